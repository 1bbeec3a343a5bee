// Applying for a course: who may, and the one transaction that records an application.
import type { Db } from "../../db/client.ts";
import type { Course } from "../../generated/prisma/client.ts";
import { ageOn } from "../birth-date.ts";
import { ADULT_AGE, consentGiverFor, isConsentGiver, isConsentVersion, CONSENT_PURPOSE, type ConsentGiver } from "../consent.ts";
import { isLocale, type Locale } from "../locale.ts";
import { normalizePhone } from "../phone.ts";
import { countTakenSeatsSync, seatsLeft } from "../catalog/courses.ts";
import { dateFrom, sqlStrings, syncDbOf, type SyncReader } from "../../db/sqlite.ts";
import { planCoordinatorAlerts } from "./seats.ts";
import { ACTIVE_STATUSES, isEducationLevel, type EducationLevel } from "./status.ts";

export type Ineligible = "not_found" | "closed" | "started" | "duplicate" | "too_young" | "too_old" | "full";

export type CourseForSignup = Pick<
  Course,
  "id" | "providerId" | "titleKk" | "titleRu" | "titleEn" | "minAge" | "maxAge" | "startsAt" | "registrationDeadline" | "capacity"
>;

/** The contract's loose shape, kept for callers that store an outcome; checkEligibility returns the stricter EligibilityResult. */
export interface Eligibility {
  ok: boolean;
  reason?: Ineligible;
  seatsLeft: number;
  course?: CourseForSignup;
}


export type EligibilityResult =
  | { ok: true; seatsLeft: number; course: CourseForSignup }
  | { ok: false; reason: Exclude<Ineligible, "full">; course?: CourseForSignup };

const COURSE_FOR_SIGNUP_SQL = `SELECT "id", "providerId", "titleKk", "titleRu", "titleEn", "minAge", "maxAge",
  "startsAt", "registrationDeadline", "capacity", "isPublished" FROM "Course" WHERE "id" = ?`;
const LIVE_APPLICATION_SQL = `SELECT 1 AS "live" FROM "Registration"
  WHERE "userId" = ? AND "courseId" = ? AND "status" IN (${sqlStrings(ACTIVE_STATUSES)}) LIMIT 1`;

type CourseRow = Omit<CourseForSignup, "startsAt" | "registrationDeadline"> & { startsAt: string; registrationDeadline: string; isPublished: number };

/** A published course as the sign-up needs it, or null. */
function readCourse(db: SyncReader, courseId: number): CourseForSignup | null {
  if (!Number.isSafeInteger(courseId) || courseId <= 0) return null;
  const row = db.get<CourseRow>(COURSE_FOR_SIGNUP_SQL, courseId);
  if (!row || !row.isPublished) return null;
  const { isPublished: _, ...rest } = row;
  return { ...rest, startsAt: dateFrom(row.startsAt), registrationDeadline: dateFrom(row.registrationDeadline) };
}

/** The course of a sign-up dialog (titles and age limits for its questions), or null once unpublished. */
export function courseForSignup(db: Db, courseId: number): CourseForSignup | null {
  return readCourse(syncDbOf(db), courseId);
}

/**
 * The rules, in the order a person should hear them: the course must exist and be published,
 * not have started ("started" rather than "closed" once it has), be before its registration
 * deadline, the person must not already have a live application (pending, approved,
 * waitlisted or offered), and — when the birth date is known — their age on the day they apply
 * (Kazakhstan calendar) must be within the course's limits, both inclusive. A full course is
 * NOT ineligible here: `seatsLeft` 0 means "offer the waitlist".
 *
 * Synchronous (src/db/sqlite.ts): the dialog asks at two steps, and the seat transaction asks
 * again inside its BEGIN IMMEDIATE, where nothing may await.
 */
function evaluate(db: SyncReader, q: { userId: number; courseId: number; now: Date; birthDate?: Date }): EligibilityResult {
  const course = readCourse(db, q.courseId);
  if (!course) return { ok: false, reason: "not_found" };
  if (q.now >= course.startsAt) return { ok: false, reason: "started", course };
  if (q.now >= course.registrationDeadline) return { ok: false, reason: "closed", course };
  if (db.get(LIVE_APPLICATION_SQL, q.userId, course.id)) return { ok: false, reason: "duplicate", course };
  if (q.birthDate) {
    const age = ageOn(q.birthDate, q.now);
    if (age < course.minAge) return { ok: false, reason: "too_young", course };
    if (age > course.maxAge) return { ok: false, reason: "too_old", course };
  }
  const taken = countTakenSeatsSync(db, [course.id]).get(course.id) ?? 0;
  return { ok: true, seatsLeft: seatsLeft(course, taken), course };
}

/** Whether `userId` may apply now (the dialog asks before and during the questions). Read-only. */
export async function checkEligibility(db: Db, q: { userId: number; courseId: number; now: Date; birthDate?: Date }): Promise<EligibilityResult> {
  return evaluate(syncDbOf(db), q);
}

export interface ApplicationInput {
  userId: number;
  courseId: number;
  fullName: string;
  phone: string;
  birthDate: Date;
  educationLevel: EducationLevel;
  consentVersion: string;
  /** Who agreed: for a minor (consentGiverFor), a parent or legal representative. */
  consentGivenBy: ConsentGiver;
  /** CONSENT_ADULT_AGE: from this age people consent themselves (default ADULT_AGE). */
  consentAdultAge?: number;
  locale: Locale;
  allowWaitlist: boolean;
}

export type SubmitResult = { ok: true; registrationId: number; status: "pending" | "waitlisted" } | { ok: false; reason: Ineligible };

const MAX_NAME_LENGTH = 100;

/**
 * A minor's own consent is not enough; a representative's stays valid for someone who came of
 * age while signing up.
 */
function consentGiverFits(input: ApplicationInput, now: Date): boolean {
  if (!isConsentGiver(input.consentGivenBy)) return false;
  if (input.consentGivenBy === "representative" || Number.isNaN(input.birthDate.getTime())) return true;
  return consentGiverFor(ageOn(input.birthDate, now), input.consentAdultAge ?? ADULT_AGE) === "self";
}

/**
 * Input the dialog should already have validated. Anything else is a programming error, so it
 * throws (a RangeError) before any transaction starts; returns the values as stored.
 */
function cleanInput(input: ApplicationInput, now: Date): { fullName: string; phone: string } {
  const fullName = input.fullName.normalize("NFC").replace(/\s+/g, " ").trim();
  const phone = normalizePhone(input.phone);
  const problems = [
    (fullName.length === 0 || [...fullName].length > MAX_NAME_LENGTH || /\p{Cc}/u.test(fullName)) && "fullName",
    !phone && "phone",
    Number.isNaN(input.birthDate.getTime()) && "birthDate",
    !isEducationLevel(input.educationLevel) && "educationLevel",
    !isConsentVersion(input.consentVersion) && "consentVersion",
    !consentGiverFits(input, now) && "consentGivenBy",
    !isLocale(input.locale) && "locale",
  ].filter(Boolean);
  if (problems.length > 0 || !phone) throw new RangeError(`submitApplication: invalid ${problems.join(", ")}`);
  return { fullName, phone };
}

/**
 * Records an application in ONE transaction that holds the write lock from its start (BEGIN
 * IMMEDIATE on the synchronous connection, in its turn at the process's gate), so it cannot
 * oversell, across processes too: re-checks every rule of checkEligibility against the
 * current data, then stores the consent (purpose, the text version agreed to, who agreed — the
 * person or, for a minor, a parent or legal representative — their language, the time),
 * copies the answers to the user's profile (to prefill the next sign-up;
 * erased by /deleteme), and creates the registration — "pending" (holding a seat) when one is
 * free, "waitlisted" when the course is full and the person accepted the waitlist, else nothing
 * is written and the answer is "full". The coordinators' alerts are planned in the same
 * transaction. It runs without a single await, in microseconds, so the rest of the bot's
 * queries never queue behind it.
 */
export async function submitApplication(db: Db, input: ApplicationInput, now: Date): Promise<SubmitResult> {
  const { fullName, phone } = cleanInput(input, now);
  return syncDbOf(db).write((w): SubmitResult => {
    const check = evaluate(w, { userId: input.userId, courseId: input.courseId, now, birthDate: input.birthDate });
    if (!check.ok) return { ok: false, reason: check.reason };
    const full = check.seatsLeft === 0;
    if (full && !input.allowWaitlist) return { ok: false, reason: "full" };
    const status = full ? "waitlisted" : "pending";

    const consentId = w.run(
      `INSERT INTO "Consent" ("userId", "purpose", "version", "locale", "givenBy", "givenAt") VALUES (?, ?, ?, ?, ?, ?)`,
      input.userId, CONSENT_PURPOSE, input.consentVersion, input.locale, input.consentGivenBy, now,
    ).lastInsertRowid;
    w.run(
      `UPDATE "User" SET "fullName" = ?, "phone" = ?, "birthDate" = ?, "educationLevel" = ? WHERE "User"."id" = ?`,
      fullName, phone, input.birthDate, input.educationLevel, input.userId,
    );
    const registrationId = w.run(
      `INSERT INTO "Registration" ("userId", "courseId", "status", "fullName", "phone", "birthDate", "educationLevel", "consentId", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      input.userId, check.course.id, status, fullName, phone, input.birthDate, input.educationLevel, consentId, now, now,
    ).lastInsertRowid;
    planCoordinatorAlerts(w, check.course, registrationId, "new", now);
    return { ok: true, registrationId, status };
  });
}
