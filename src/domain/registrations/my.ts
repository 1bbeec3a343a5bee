// A jobseeker's own registrations: the list, cancelling, and answering a waitlist offer.
import type { Db } from "../../db/client.ts";
import type { Course, Provider, Registration } from "../../generated/prisma/client.ts";
import { DEFAULT_OFFER_HOURS, notifyCoordinators, notifyStatus, passSeatsOn, type Promoted } from "./seats.ts";
import { holdsSeat, isActiveStatus } from "./status.ts";
import { writeTransaction, type Tx } from "./tx.ts";

export type MyRegistration = Registration & { course: Course & { provider: Provider } };

/** Every registration of the user, newest first, with course and provider (one query). */
export function listMyRegistrations(db: Db, userId: number): Promise<MyRegistration[]> {
  return db.registration.findMany({
    where: { userId },
    include: { course: { include: { provider: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

interface OwnQuery {
  userId: number;
  registrationId: number;
  now: Date;
}

/** The user's own registration with what seat rules need; someone else's id reads as missing. */
async function loadOwn(tx: Tx, q: Pick<OwnQuery, "userId" | "registrationId">) {
  if (!Number.isSafeInteger(q.registrationId)) return null;
  const reg = await tx.registration.findUnique({
    where: { id: q.registrationId },
    include: { course: { select: { id: true, providerId: true, capacity: true, startsAt: true } } },
  });
  return reg && reg.userId === q.userId ? reg : null;
}

type OwnRegistration = NonNullable<Awaited<ReturnType<typeof loadOwn>>>;

/** Ends a registration as "cancelled"; a seat it held goes to the waitlist. */
async function release(tx: Tx, reg: OwnRegistration, now: Date, offerHours: number): Promise<Promoted[]> {
  await tx.registration.update({ where: { id: reg.id }, data: { status: "cancelled", offerExpiresAt: null } });
  return holdsSeat(reg.status) ? passSeatsOn(tx, reg.course, now, offerHours) : [];
}

const isExpiredOffer = (reg: Pick<Registration, "status" | "offerExpiresAt">, now: Date) =>
  reg.status === "offered" && reg.offerExpiresAt !== null && reg.offerExpiresAt <= now;

export type CancelResult = { ok: true; promoted?: Promoted } | { ok: false; reason: "not_found" | "not_active" };

/**
 * The applicant withdraws a live application (pending, approved, waitlisted or offered) — also
 * after the start: it tells the coordinator they will not come. A seat it held is offered to
 * the first person on the waitlist (see passSeatsOn), who is told by a delivery.
 */
export function cancelRegistration(db: Db, q: OwnQuery & { offerHours?: number }): Promise<CancelResult> {
  return writeTransaction(db, async (tx): Promise<CancelResult> => {
    const reg = await loadOwn(tx, q);
    if (!reg) return { ok: false, reason: "not_found" };
    if (!isActiveStatus(reg.status)) return { ok: false, reason: "not_active" };
    const [promoted] = await release(tx, reg, q.now, q.offerHours ?? DEFAULT_OFFER_HOURS);
    return promoted ? { ok: true, promoted } : { ok: true };
  });
}

export type OfferResult = { ok: true } | { ok: false; reason: "not_found" | "expired" | "not_offered" };

/**
 * Checks an answer to an offer. An offer found expired is expired right here (as the job
 * would do a few minutes later), so the seat moves on without waiting for it.
 */
async function answerable(tx: Tx, q: OwnQuery & { offerHours?: number }): Promise<OwnRegistration | Exclude<OfferResult, { ok: true }>> {
  const reg = await loadOwn(tx, q);
  if (!reg) return { ok: false, reason: "not_found" };
  if (isExpiredOffer(reg, q.now)) {
    await expireOne(tx, reg, q.now, q.offerHours ?? DEFAULT_OFFER_HOURS);
    return { ok: false, reason: "expired" };
  }
  if (reg.status !== "offered") return { ok: false, reason: "not_offered" };
  return reg;
}

/**
 * Takes the offered seat. Decision: the registration becomes "approved" when a coordinator
 * had reviewed it and chose the waitlist (decidedAt is set: the place was promised subject to a
 * seat), and "pending" when the person joined the waitlist by themselves because the course
 * was full — nobody has reviewed that application yet, so the coordinators are alerted and
 * decide as for any new one. Either way the seat stays held.
 */
export function acceptOffer(db: Db, q: OwnQuery & { offerHours?: number }): Promise<OfferResult> {
  return writeTransaction(db, async (tx): Promise<OfferResult> => {
    const reg = await answerable(tx, q);
    if ("ok" in reg) return reg;
    const reviewed = reg.decidedAt !== null;
    await tx.registration.update({ where: { id: reg.id }, data: { status: reviewed ? "approved" : "pending", offerExpiresAt: null } });
    if (!reviewed) await notifyCoordinators(tx, reg.course, reg.id, "accepted");
    return { ok: true };
  });
}

/** Turns the offered seat down: the registration is cancelled and the seat goes to the next person. */
export function declineOffer(db: Db, q: OwnQuery & { offerHours?: number }): Promise<OfferResult> {
  return writeTransaction(db, async (tx): Promise<OfferResult> => {
    const reg = await answerable(tx, q);
    if ("ok" in reg) return reg;
    await release(tx, reg, q.now, q.offerHours ?? DEFAULT_OFFER_HOURS);
    return { ok: true };
  });
}

/** An unanswered offer lapses: cancelled, the person told, the seat offered to the next one. */
async function expireOne(tx: Tx, reg: OwnRegistration, now: Date, offerHours: number): Promise<void> {
  await release(tx, reg, now, offerHours);
  await notifyStatus(tx, reg, "cancelled");
}

/**
 * Expires every offer past its time (a job runs this every few minutes); returns how many.
 * One transaction: the seats pass on in waitlist order, course by course. `offerHours` is the
 * time given to the next people in line.
 */
export async function expireOffers(db: Db, now: Date, offerHours = DEFAULT_OFFER_HOURS): Promise<number> {
  const dueWhere = { status: "offered", offerExpiresAt: { lte: now } };
  // Most runs find nothing: a plain read first spares them the write lock.
  if ((await db.registration.count({ where: dueWhere })) === 0) return 0;
  return writeTransaction(db, async (tx) => {
    const due = await tx.registration.findMany({
      where: dueWhere,
      include: { course: { select: { id: true, providerId: true, capacity: true, startsAt: true } } },
      orderBy: [{ offerExpiresAt: "asc" }, { id: "asc" }],
    });
    for (const reg of due) await expireOne(tx, reg, now, offerHours);
    return due.length;
  });
}
