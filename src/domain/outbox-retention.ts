// The outbox's retention: finished deliveries and fan-outs are deleted once they are older than
// OUTBOX_RETENTION_MS. Every broadcast adds a row per recipient, so without this the Delivery
// table — and with it /stats and each report that counts it — grows for as long as the bot runs.
//
// What may go:
// - Deliveries in a final state (sent, failed, blocked, cancelled) last changed before the
//   cutoff. A broadcast's deliveries only after its report was kept on its row
//   (Broadcast.report), so its card still shows what was sent; the report of a broadcast whose
//   deliveries are all gone is that stored one (broadcastReports).
// - Fan-outs that are done or cancelled, last changed before the cutoff. Planning never
//   looks that far back (announcements: a day; reminders: items that have not started yet;
//   digests: today), so nothing is planned again for them.
// Pending and sending rows are never touched, whatever their age: they are still to be sent.
// Deletes go a chunk at a time, each its own statement, so the bot's writes are not held up.
import type { Db } from "../db/client.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { broadcastReports } from "./broadcasts/broadcasts.ts";

export const OUTBOX_RETENTION_DAYS = 90;
export const OUTBOX_RETENTION_MS = OUTBOX_RETENTION_DAYS * 24 * 3600 * 1000;

const FINAL_DELIVERY = ["sent", "failed", "blocked", "cancelled"];
const FINAL_FANOUT = ["done", "cancelled"];
const FINAL_BROADCAST = ["done", "cancelled"];
/** Rows deleted per statement. */
const CHUNK = 2_000;

export interface OutboxPurge {
  /** Broadcasts whose report was kept on their row in this run. */
  reportsKept: number;
  deliveries: number;
  fanouts: number;
}

/** Deletes what the outbox no longer needs (see above). Idempotent; for a daily job. */
export async function purgeOutbox(db: Db, now: Date, retentionMs = OUTBOX_RETENTION_MS): Promise<OutboxPurge> {
  const before = new Date(now.getTime() - retentionMs);
  const reportsKept = await keepReports(db, before);
  let deliveries = 0;
  for (;;) {
    // One statement per chunk (a list of ids as parameters would hit SQLite's parameter limit).
    const count = await db.$executeRaw`
      DELETE FROM "Delivery" WHERE "id" IN (
        SELECT d."id" FROM "Delivery" d LEFT JOIN "Broadcast" b ON b."id" = d."broadcastId"
        WHERE d."status" IN (${Prisma.join(FINAL_DELIVERY)}) AND d."updatedAt" < ${before}
          AND (d."broadcastId" IS NULL OR b."report" IS NOT NULL)
        LIMIT ${CHUNK})`;
    deliveries += count;
    if (count < CHUNK) break;
  }
  const { count: fanouts } = await db.fanout.deleteMany({ where: { status: { in: FINAL_FANOUT }, updatedAt: { lt: before } } });
  return { reportsKept, deliveries, fanouts };
}

/** Keeps the report of each finished broadcast older than `before` on its row; returns how many. */
async function keepReports(db: Db, before: Date): Promise<number> {
  const due = await db.broadcast.findMany({
    where: { status: { in: FINAL_BROADCAST }, finishedAt: { lt: before }, report: null },
    select: { id: true },
  });
  if (due.length === 0) return 0;
  const reports = await broadcastReports(db, due.map((b) => b.id));
  // Deliveries of a finished broadcast no longer change, so counting and writing need not be one transaction.
  await db.$transaction(due.map((b) => db.broadcast.update({ where: { id: b.id }, data: { report: JSON.stringify(reports.get(b.id)) } })));
  return due.length;
}
