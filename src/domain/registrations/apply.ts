// Applying for a course: who may, and the one transaction that records an application.
import type { Db } from "../../db/client.ts";
import type { Course } from "../../generated/prisma/client.ts";
import { ageOn } from "../birth-date.ts";
import { isConsentVersion, CONSENT_PURPOSE } from "../consent.ts";
import { isLocale, type Locale } from "../locale.ts";
import { normalizePhone } from "../phone.ts";
import { seatsLeft } from "../catalog/courses.ts";
import { notifyCoordinators, takenSeats } from "./seats.ts";
import { ACTIVE_STATUSES, isEducationLevel, type EducationLevel } from "./status.ts";
import { writeTransaction, type Tx } from "./tx.ts";

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

const COURSE_FOR_SIGNUP = {
  id: true, providerId: true, titleKk: true, titleRu: true, titleEn: true, minAge: true, maxAge: true,
  startsAt: true, registrationDeadline: true, capacity: true, isPublished: true,
} as const;

type Reader = Pick<Tx, "course" | "registration">;

/**
 * The rules, in the order a person should hear them: the course must exist and be published,
 * not have started ("started" rather than "closed" once it has), be before its registration
 * deadline, the person must not already have a live application (pending, approved,
 * waitlisted or offered), and — when the birth date is known — their age on the day they apply
 * (Kazakhstan calendar) must be within the course's limits, both inclusive. A full course is
 * NOT ineligible here: `seatsLeft` 0 means "offer the waitlist".
 */
async function evaluate(db: Reader, q: { userId: number; courseId: number; now: Date; birthDate?: Date }): Promise<EligibilityResult> {
  if (!Number.isSafeInteger(q.courseId) || q.courseId <= 0) return { ok: false, reason: "not_found" };
  const row = await db.course.findUnique({ where: { id: q.courseId }, select: COURSE_FOR_SIGNUP });
  if (!row || !row.isPublished) return { ok: false, reason: "not_found" };
  const { isPublished: _, ...course } = row;
  if (q.now >= course.startsAt) return { ok: false, reason: "started", course };
  if (q.now >= course.registrationDeadline) return { ok: false, reason: "closed", course };
  const live = await db.registration.findFirst({
    where: { userId: q.userId, courseId: course.id, status: { in: ACTIVE_STATUSES } },
    select: { id: true },
  });
  if (live) return { ok: false, reason: "duplicate", course };
  if (q.birthDate) {
    const age = ageOn(q.birthDate, q.now);
    if (age < course.minAge) return { ok: false, reason: "too_young", course };
    if (age > course.maxAge) return { ok: false, reason: "too_old", course };
  }
  return { ok: true, seatsLeft: seatsLeft(course, await takenSeats(db, course.id)), course };
}

/** Whether `userId` may apply now (the dialog asks before and during the questions). Read-only. */
export function checkEligibility(db: Db, q: { userId: number; courseId: number; now: Date; birthDate?: Date }): Promise<EligibilityResult> {
  return evaluate(db, q);
}

export interface ApplicationInput {
  userId: number;
  courseId: number;
  fullName: string;
  phone: string;
  birthDate: Date;
  educationLevel: EducationLevel;
  consentVersion: string;
  locale: Locale;
  allowWaitlist: boolean;
}

export type SubmitResult = { ok: true; registrationId: number; status: "pending" | "waitlisted" } | { ok: false; reason: Ineligible };

const MAX_NAME_LENGTH = 100;

/**
 * Input the dialog should already have validated. Anything else is a programming error, so it
 * throws (a RangeError) before any transaction starts; returns the values as stored.
 */
function cleanInput(input: ApplicationInput): { fullName: string; phone: string } {
  const fullName = input.fullName.normalize("NFC").replace(/\s+/g, " ").trim();
  const phone = normalizePhone(input.phone);
  const problems = [
    (fullName.length === 0 || [...fullName].length > MAX_NAME_LENGTH || /\p{Cc}/u.test(fullName)) && "fullName",
    !phone && "phone",
    Number.isNaN(input.birthDate.getTime()) && "birthDate",
    !isEducationLevel(input.educationLevel) && "educationLevel",
    !isConsentVersion(input.consentVersion) && "consentVersion",
    !isLocale(input.locale) && "locale",
  ].filter(Boolean);
  if (problems.length > 0 || !phone) throw new RangeError(`submitApplication: invalid ${problems.join(", ")}`);
  return { fullName, phone };
}

/**
 * Records an application in ONE transaction (see tx.ts for why it cannot oversell): re-checks
 * every rule of checkEligibility against the current data, then stores the consent (purpose,
 * the text version the person agreed to, their language, the time), copies the answers to the
 * user's profile (to prefill the next sign-up; erased by /deleteme), and creates the
 * registration — "pending" (holding a seat) when one is free, "waitlisted" when the course is
 * full and the person accepted the waitlist, else nothing is written and the answer is "full".
 * The coordinators' alerts are planned in the same transaction.
 */
export async function submitApplication(db: Db, input: ApplicationInput, now: Date): Promise<SubmitResult> {
  const { fullName, phone } = cleanInput(input);
  return writeTransaction(db, async (tx) => {
    const check = await evaluate(tx, { userId: input.userId, courseId: input.courseId, now, birthDate: input.birthDate });
    if (!check.ok) return { ok: false, reason: check.reason };
    const full = check.seatsLeft === 0;
    if (full && !input.allowWaitlist) return { ok: false, reason: "full" };
    const status = full ? "waitlisted" : "pending";

    const consent = await tx.consent.create({
      data: { userId: input.userId, purpose: CONSENT_PURPOSE, version: input.consentVersion, locale: input.locale, givenAt: now },
    });
    const answers = { fullName, phone, birthDate: input.birthDate, educationLevel: input.educationLevel };
    await tx.user.update({ where: { id: input.userId }, data: answers });
    const reg = await tx.registration.create({
      data: { ...answers, userId: input.userId, courseId: check.course.id, status, consentId: consent.id, createdAt: now },
    });
    await notifyCoordinators(tx, check.course, reg.id, "new");
    return { ok: true, registrationId: reg.id, status };
  });
}
