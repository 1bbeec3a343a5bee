// The one durable outbox: everything the bot sends on its own initiative is first a Delivery
// row (unique per kind + ref + recipient), then the delivery worker (src/jobs/delivery-worker.ts)
// sends it. Rows carry only a kind and a small JSON payload; the text is rendered at send time
// in the recipient's language, so a later language change or an edited course is respected.
//
// Life of a row: pending → sending (claimed) → sent | pending again (retry, notBefore later)
// | failed (gave up) | blocked (recipient blocked the bot) | cancelled (its subject vanished).
import type { Db, Prisma } from "../db/client.ts";
import type { Delivery, User } from "../generated/prisma/client.ts";
import { kzOffsetMs } from "./kz-time.ts";
import type { SyncWriter } from "../db/sqlite.ts";

type DbOrTx = Db | Prisma.TransactionClient;

export const DELIVERY_STATUSES = ["pending", "sending", "sent", "failed", "blocked", "cancelled"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface NewDelivery {
  kind: string;
  ref: string;
  userId: number;
  payload: object;
  urgent?: boolean;
  notBefore?: Date;
}

/**
 * "Due at once". Stored instead of the database's now(): the worker compares notBefore with its
 * clock, and a row stamped with the wall clock would hide from a worker whose clock (a test's,
 * or a machine's a little behind) reads earlier. FIFO order among these comes from the id.
 */
export const DUE_AT_ONCE = new Date(0);

/**
 * Plans a message. Idempotent: the same (kind, ref, userId) again is a no-op, so callers may
 * re-plan freely (a retried transaction, a job that runs twice). Works inside a transaction.
 */
export async function enqueue(db: DbOrTx, d: NewDelivery): Promise<void> {
  await db.delivery.upsert({
    where: { kind_ref_userId: { kind: d.kind, ref: d.ref, userId: d.userId } },
    create: {
      kind: d.kind,
      ref: d.ref,
      userId: d.userId,
      payload: JSON.stringify(d.payload),
      urgent: d.urgent ?? false,
      notBefore: d.notBefore ?? DUE_AT_ONCE,
    },
    update: {},
  });
}

export type ClaimedDelivery = Delivery & { user: User };

/**
 * Claims up to `limit` due deliveries (pending, notBefore ≤ now), oldest first, by marking them
 * "sending" in one transaction, so a second drain never sends the same row twice.
 */
export async function claimDue(db: Db, now: Date, limit: number): Promise<ClaimedDelivery[]> {
  return db.$transaction(async (tx) => {
    const rows = await tx.delivery.findMany({
      where: { status: "pending", notBefore: { lte: now } },
      orderBy: [{ notBefore: "asc" }, { id: "asc" }],
      take: limit,
      include: { user: true },
    });
    if (rows.length === 0) return [];
    await tx.delivery.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: "sending" } });
    return rows.map((r) => ({ ...r, status: "sending" }));
  });
}

/**
 * After a crash, rows left "sending" were maybe sent, maybe not: they go back to pending
 * (at-least-once — a rare duplicate beats a lost decision notice). Called when a worker starts.
 */
export async function releaseClaims(db: Db): Promise<number> {
  const { count } = await db.delivery.updateMany({ where: { status: "sending" }, data: { status: "pending" } });
  return count;
}

export async function markSent(db: Db, id: number, now: Date): Promise<void> {
  await markSentMany(db, [id], now);
}

/** Several sent deliveries recorded in one statement (the worker batches its marks). */
export async function markSentMany(db: Db, ids: readonly number[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.delivery.updateMany({ where: { id: { in: [...ids] } }, data: { status: "sent", sentAt: now, attempts: { increment: 1 }, lastError: null } });
}

/**
 * A failed attempt: counted, the error kept; with `retryAt` it is tried again then,
 * without it the delivery has failed for good.
 */
export async function markFailed(db: Db, id: number, error: string, retryAt: Date | null): Promise<void> {
  await db.delivery.update({
    where: { id },
    data: {
      attempts: { increment: 1 },
      lastError: error.slice(0, 500),
      ...(retryAt ? { status: "pending", notBefore: retryAt } : { status: "failed" }),
    },
  });
}

/** Flood control (429): back to pending until `until`, without counting an attempt. */
export async function postpone(db: Db, id: number, until: Date): Promise<void> {
  await db.delivery.update({ where: { id }, data: { status: "pending", notBefore: until } });
}

/** The subject is gone (a deleted course, a superseded status): nothing to say any more. */
export async function markCancelled(db: Db, id: number, why: string): Promise<void> {
  await db.delivery.update({ where: { id }, data: { status: "cancelled", lastError: why.slice(0, 500) } });
}

/**
 * The recipient blocked the bot (403): the user is inactive from now on, this delivery and
 * every other one still waiting for them are dropped (status "blocked"), in one transaction.
 */
export async function markBlocked(db: Db, id: number, userId: number, error: string, now: Date): Promise<void> {
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { isActive: false, blockedAt: now } }),
    db.delivery.update({ where: { id }, data: { status: "blocked", attempts: { increment: 1 }, lastError: error.slice(0, 500) } }),
    db.delivery.updateMany({
      where: { userId, status: { in: ["pending", "sending"] }, id: { not: id } },
      data: { status: "blocked", lastError: "not sent: the recipient blocked the bot" },
    }),
  ]);
}

/**
 * Whether to try a user at all. A blocked user who has written to the bot since (lastSeenAt
 * after blockedAt) has evidently unblocked it, even if nothing has reset isActive yet.
 */
export function isReachable(user: Pick<User, "isActive" | "blockedAt" | "lastSeenAt">): boolean {
  if (user.isActive) return true;
  return user.blockedAt !== null && user.lastSeenAt > user.blockedAt;
}

/** A successful send to a user marked blocked proves they are back. */
export async function markReachable(db: Db, userId: number): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { isActive: true, blockedAt: null } });
}

/** The wall-clock time in Kazakhstan as if it were UTC (so its hour reads with getUTCHours). */
function localWallClock(at: Date): Date {
  return new Date(at.getTime() + kzOffsetMs(at));
}

/**
 * If `now` falls in the user's quiet hours (local hours quietFrom..quietTo in Asia/Almaty,
 * from inclusive, to exclusive, wrapping midnight when from > to), the instant they end;
 * otherwise null. Equal hours mean no quiet hours.
 */
export function quietHoursEnd(user: Pick<User, "quietFrom" | "quietTo">, now: Date): Date | null {
  const from = user.quietFrom;
  const to = user.quietTo;
  if (from === to) return null;
  const local = localWallClock(now);
  const hour = local.getUTCHours();
  const inside = from < to ? hour >= from && hour < to : hour >= from || hour < to;
  if (!inside) return null;
  // Hours and minutes until the local quietTo:00, added to the real instant (no DST in Kazakhstan,
  // and adding a duration stays right even if the offset ever changed outside the quiet window).
  const hoursLeft = (to - hour + 24) % 24; // never 0: quietTo itself is outside
  const sinceHourMs = local.getTime() % 3_600_000;
  return new Date(now.getTime() + hoursLeft * 3_600_000 - sinceHourMs);
}

/** `enqueue` inside a synchronous transaction (src/db/sqlite.ts); createdAt is `now`. */
export function enqueueSync(w: SyncWriter, d: NewDelivery, now: Date): void {
  w.run(
    `INSERT INTO "Delivery" ("kind", "ref", "userId", "payload", "urgent", "status", "attempts", "notBefore", "createdAt", "updatedAt")
     VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?) ON CONFLICT ("kind", "ref", "userId") DO NOTHING`,
    d.kind, d.ref, d.userId, JSON.stringify(d.payload), d.urgent ?? false, d.notBefore ?? DUE_AT_ONCE, now, now,
  );
}
