// Registration statuses and education levels of course sign-ups: the vocabulary shared by the
// sign-up dialog, "my registrations", coordinators and exports.
import { SEAT_TAKING_STATUSES } from "../catalog/courses.ts";

export const REGISTRATION_STATUSES = ["pending", "approved", "waitlisted", "offered", "rejected", "cancelled", "withdrawn"] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** Statuses of a live application: a person has at most one of these per course. */
export const ACTIVE_STATUSES: RegistrationStatus[] = ["pending", "approved", "waitlisted", "offered"];

export const EDUCATION_LEVELS = ["school9", "school11", "college", "bachelor", "other"] as const; // UI labels: signup-education-<level>
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const isRegistrationStatus = (v: unknown): v is RegistrationStatus => REGISTRATION_STATUSES.includes(v as RegistrationStatus);
export const isEducationLevel = (v: unknown): v is EducationLevel => EDUCATION_LEVELS.includes(v as EducationLevel);
export const isActiveStatus = (s: string): boolean => ACTIVE_STATUSES.includes(s as RegistrationStatus);

/** Whether a registration in this status holds one of the course's seats (one definition: catalog/courses.ts). */
export const holdsSeat = (s: string): boolean => (SEAT_TAKING_STATUSES as readonly string[]).includes(s);

/** Zero for every status: the base of per-status counts. */
export function emptyStatusCounts(): Record<RegistrationStatus, number> {
  return Object.fromEntries(REGISTRATION_STATUSES.map((s) => [s, 0])) as Record<RegistrationStatus, number>;
}
