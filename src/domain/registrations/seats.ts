// Seats passing on: when a seat-holding registration lets go of its seat, the first people on
// the waitlist are offered it for a limited time. Plus the notices these changes plan in the
// outbox (rendered by src/bot/notifications/registrations.ts at send time).
import type { Course } from "../../generated/prisma/client.ts";
import { countTakenSeats, seatsLeft } from "../catalog/courses.ts";
import { enqueue } from "../outbox.ts";
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

export async function takenSeats(tx: Pick<Tx, "registration">, courseId: number): Promise<number> {
  return (await countTakenSeats(tx, [courseId])).get(courseId) ?? 0;
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

/**
 * A ref not used yet for this kind and recipient: `base` the first time, `base:2`, `base:3`…
 * after. The outbox ignores a repeated (kind, ref, user), which is right for re-planning but
 * would swallow a second real event of the same name (waitlisted, offered, waitlisted again).
 */
async function freshRef(tx: Tx, kind: string, userId: number, base: string): Promise<string> {
  const used = await tx.delivery.count({ where: { kind, userId, OR: [{ ref: base }, { ref: { startsWith: `${base}:` } }] } });
  return used === 0 ? base : `${base}:${used + 1}`;
}

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

/**
 * An application waiting for the course's coordinators: one alert per person holding an
 * unrevoked coordinator grant for the course or its provider who wants an alert per
 * application ("instant"); those who chose the daily digest (digest.ts) hear of it there.
 * `event` "new" for a fresh application, "accepted" for an accepted offer that needs a decision.
 */
export async function notifyCoordinators(
  tx: Tx,
  course: Pick<Course, "id" | "providerId">,
  registrationId: number,
  event: "new" | "accepted",
): Promise<void> {
  const grants = await tx.roleGrant.findMany({
    where: {
      role: "coordinator",
      revokedAt: null,
      OR: [{ courseId: course.id }, { providerId: course.providerId }],
      user: { coordinatorAlerts: "instant" satisfies CoordinatorAlerts },
    },
    select: { userId: true },
  });
  for (const userId of new Set(grants.map((g) => g.userId))) {
    const ref = await freshRef(tx, "coordinator_alert", userId, `registration:${registrationId}:${event}`);
    await enqueue(tx, { kind: "coordinator_alert", ref, userId, payload: { registrationId } });
  }
}
