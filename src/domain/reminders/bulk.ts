// Planning in bulk: one INSERT … SELECT puts a delivery in the outbox for every recipient an
// audience query yields, in SQLite, without shipping user ids through JS. Used by the digests
// (per-user contents) and by fan-out expansion (fanout.ts), a chunk of recipients at a time. The
// outbox's unique (kind, ref, userId) plus ON CONFLICT DO NOTHING make it idempotent like
// `enqueue` (SQLite has no createMany skipDuplicates). Dates are bound as parameters, so they
// are stored in the same text form Prisma writes.
import type { Db } from "../../db/client.ts";
import type { Tx } from "../registrations/tx.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { DUE_AT_ONCE } from "../outbox.ts";

/** SQL condition on a `User` aliased `u`: worth messaging (the SQL twin of outbox isReachable). */
export const REACHABLE_USER = Prisma.sql`u."deletedAt" IS NULL AND (u."isActive" = 1 OR (u."blockedAt" IS NOT NULL AND u."lastSeenAt" > u."blockedAt"))`;

export interface BulkDelivery {
  kind: string;
  ref: string;
  /** An object, or JSON text already (a fan-out's stored payload). */
  payload: object | string;
  /** Rows' createdAt/updatedAt. */
  now: Date;
  notBefore?: Date;
  /** Ignores the recipients' quiet hours (e.g. "the event is cancelled"). */
  urgent?: boolean;
}

/**
 * Plans `d` for every user id `audience` selects (a query with one column, `userId`; duplicates
 * are fine), skipping unreachable users and those who already have it. Returns the rows added.
 *
 * Two shapes, chosen by one cheap probe: the first time (nobody has this kind+ref yet) a plain
 * INSERT … SELECT; on later runs the SELECT first drops those who already have it (NOT EXISTS
 * on the unique index), because letting ON CONFLICT refuse them one by one costs ~3× more per
 * row, and the 5-minute re-run would pay it for the whole audience every time. The NOT EXISTS
 * is kept out of the first run: a SELECT that reads "Delivery" makes SQLite copy its whole
 * result to a temp table before inserting. ON CONFLICT DO NOTHING stays as the guarantee.
 */
export async function enqueueForAudience(db: Db | Tx, d: BulkDelivery, audience: Prisma.Sql): Promise<number> {
  const [{ planned }] = await db.$queryRaw<[{ planned: number | bigint }]>`
    SELECT EXISTS (SELECT 1 FROM "Delivery" WHERE "kind" = ${d.kind} AND "ref" = ${d.ref}) AS planned`;
  const notYet = Number(planned)
    ? Prisma.sql`AND NOT EXISTS (SELECT 1 FROM "Delivery" p WHERE p."kind" = ${d.kind} AND p."ref" = ${d.ref} AND p."userId" = a."userId")`
    : Prisma.empty;
  return insertDeliveries(db, d, audience, notYet);
}

/**
 * The plain INSERT … SELECT behind `enqueueForAudience` and fan-out expansion: `d` for every
 * reachable user `audience` yields (`extra`: more conditions on `a`/`u`). Returns the rows added.
 */
export function insertDeliveries(db: Db | Tx, d: BulkDelivery, audience: Prisma.Sql, extra: Prisma.Sql = Prisma.empty): Promise<number> {
  return db.$executeRaw(insertDeliveriesSql(d, audience, extra));
}

/** The statement of `insertDeliveries`, to run on either connection. */
export function insertDeliveriesSql(d: BulkDelivery, audience: Prisma.Sql, extra: Prisma.Sql = Prisma.empty): Prisma.Sql {
  const payload = typeof d.payload === "string" ? d.payload : JSON.stringify(d.payload);
  return Prisma.sql`
    INSERT INTO "Delivery" ("kind", "ref", "userId", "payload", "urgent", "status", "attempts", "notBefore", "createdAt", "updatedAt")
    SELECT ${d.kind}, ${d.ref}, a."userId", ${payload}, ${d.urgent ? 1 : 0}, 'pending', 0, ${d.notBefore ?? DUE_AT_ONCE}, ${d.now}, ${d.now}
    FROM (${audience}) a
    JOIN "User" u ON u."id" = a."userId"
    WHERE ${REACHABLE_USER} ${extra}
    ON CONFLICT ("kind", "ref", "userId") DO NOTHING`;
}
