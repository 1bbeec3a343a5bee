// Seats passing on: when a seat-holding registration lets go of its seat, the first people on
// the waitlist are offered it for a limited time. Plus the notices these changes plan in the
// outbox (rendered by src/bot/notifications/registrations.ts at send time).
import type { Course } from "../../generated/prisma/client.ts";
import { countTakenSeatsInTx, seatsLeft } from "../catalog/courses.ts";
import type { SyncReader, SyncWriter } from "../../db/sqlite.ts";
import { enqueue, enqueueSync } from "../outbox.ts";
import type { CoordinatorAlerts } from "./digest.ts";
import type { RegistrationStatus } from "./status.ts";
import type { Tx } from "./tx.ts";

export const DEFAULT_OFFER_HOURS = 24;
const HOUR = 3600_000;

export type SeatCourse = Pick<Course, "id" | "capacity" | "startsAt">;

export interface Promoted {
  registrationId: number;
  userId: number;
}

export async function takenSeats(tx: Tx, courseId: number): Promise<number> {
  return (await countTakenSeatsInTx(tx, [courseId])).get(courseId) ?? 0;
}

/**
 * Offers every free seat of the course to the waitlist, first come first served (createdAt).
 * The offer holds the seat ("offered" is seat-taking) until it is accepted, declined or
 * expires — at most `offerHours`, and never past the start of the course. Nothing moves once
 * the course has started. `skipId` stays where it is: a coordinator who has just put that
 * person on the waitlist did not mean to hand them their seat back.
 */
export async function passSeatsOn(
  tx: Tx,
  course: SeatCourse,
  now: Date,
  offerHours = DEFAULT_OFFER_HOURS,
  skipId?: number,
): Promise<Promoted[]> {
  if (now >= course.startsAt) return [];
  const free = seatsLeft(course, await takenSeats(tx, course.id));
  if (free === 0) return [];
  const next = await tx.registration.findMany({
    where: { courseId: course.id, status: "waitlisted", ...(skipId === undefined ? {} : { id: { not: skipId } }) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: free,
    select: { id: true, userId: true },
  });
  const offerExpiresAt = new Date(Math.min(now.getTime() + offerHours * HOUR, course.startsAt.getTime()));
  for (const r of next) {
    await tx.registration.update({ where: { id: r.id }, data: { status: "offered", offerExpiresAt } });
    await notifyOffer(tx, r);
  }
  return next.map((r) => ({ registrationId: r.id, userId: r.userId }));
}

/** How many of the recipient's deliveries of a kind have `base` or `base:<n>` as ref. */
const REFS_USED_SQL = `SELECT count(*) AS "used" FROM "Delivery" WHERE "kind" = ? AND "userId" = ? AND ("ref" = ? OR substr("ref", 1, ?) = ?)`;
const refsUsedArgs = (kind: string, userId: number, base: string) => [kind, userId, base, base.length + 1, `${base}:`] as const;

/**
 * A ref not used yet for this kind and recipient: `base` the first time, `base:2`, `base:3`…
 * after. The outbox ignores a repeated (kind, ref, user), which is right for re-planning but
 * would swallow a second real event of the same name (waitlisted, offered, waitlisted again).
 */
async function freshRef(tx: Tx, kind: string, userId: number, base: string): Promise<string> {
  const [{ used }] = await tx.$queryRawUnsafe<[{ used: number | bigint }]>(REFS_USED_SQL, ...refsUsedArgs(kind, userId, base));
  return nextRef(base, Number(used));
}

function freshRefSync(w: SyncReader, kind: string, userId: number, base: string): string {
  return nextRef(base, w.get<{ used: number }>(REFS_USED_SQL, ...refsUsedArgs(kind, userId, base))!.used);
}

const nextRef = (base: string, used: number) => (used === 0 ? base : `${base}:${used + 1}`);

/** Tells the applicant their registration is now `status` (payload: registrationId, status). */
export async function notifyStatus(tx: Tx, reg: { id: number; userId: number }, status: RegistrationStatus): Promise<void> {
  const ref = await freshRef(tx, "registration_status", reg.userId, `registration:${reg.id}:${status}`);
  await enqueue(tx, { kind: "registration_status", ref, userId: reg.userId, payload: { registrationId: reg.id, status } });
}

/** Offers are urgent: quiet hours would otherwise eat into the time to answer. */
async function notifyOffer(tx: Tx, reg: { id: number; userId: number }): Promise<void> {
  const n = await tx.delivery.count({ where: { kind: "registration_offer", userId: reg.userId, ref: { startsWith: `registration:${reg.id}:offer:` } } });
  const ref = `registration:${reg.id}:offer:${n + 1}`;
  await enqueue(tx, { kind: "registration_offer", ref, userId: reg.userId, payload: { registrationId: reg.id }, urgent: true });
}

/** Coordinators of the course or its provider (unrevoked grants) who want an alert per application. */
const INSTANT_COORDINATORS_SQL = `SELECT DISTINCT g."userId" FROM "RoleGrant" g JOIN "User" u ON u."id" = g."userId"
  WHERE g."role" = 'coordinator' AND g."revokedAt" IS NULL AND (g."courseId" = ? OR g."providerId" = ?)
  AND u."coordinatorAlerts" = '${"instant" satisfies CoordinatorAlerts}' ORDER BY g."userId"`;

type AlertCourse = Pick<Course, "id" | "providerId">;
const alertRef = (registrationId: number, event: "new" | "accepted") => `registration:${registrationId}:${event}`;

/**
 * An application waiting for the course's coordinators: one alert per person holding an
 * unrevoked coordinator grant for the course or its provider who wants an alert per
 * application ("instant"); those who chose the daily digest (digest.ts) hear of it there.
 * `event` "new" for a fresh application, "accepted" for an accepted offer that needs a decision.
 */
export async function notifyCoordinators(tx: Tx, course: AlertCourse, registrationId: number, event: "new" | "accepted"): Promise<void> {
  const coordinators = await tx.$queryRawUnsafe<Array<{ userId: number | bigint }>>(INSTANT_COORDINATORS_SQL, course.id, course.providerId);
  for (const c of coordinators) {
    const userId = Number(c.userId);
    const ref = await freshRef(tx, "coordinator_alert", userId, alertRef(registrationId, event));
    await enqueue(tx, { kind: "coordinator_alert", ref, userId, payload: { registrationId } });
  }
}

/** notifyCoordinators inside a synchronous transaction (the sign-up's, apply.ts). */
export function planCoordinatorAlerts(w: SyncWriter, course: AlertCourse, registrationId: number, event: "new" | "accepted", now: Date): void {
  for (const { userId } of w.all<{ userId: number }>(INSTANT_COORDINATORS_SQL, course.id, course.providerId)) {
    const ref = freshRefSync(w, "coordinator_alert", userId, alertRef(registrationId, event));
    enqueueSync(w, { kind: "coordinator_alert", ref, userId, payload: { registrationId } }, now);
  }
}
