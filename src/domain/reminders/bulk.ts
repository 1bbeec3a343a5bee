// Planning in bulk: one INSERT … SELECT per item puts a delivery in the outbox for every
// recipient an audience query yields, in SQLite, without shipping user ids through JS. The
// outbox's unique (kind, ref, userId) plus ON CONFLICT DO NOTHING make it idempotent like
// `enqueue` (SQLite has no createMany skipDuplicates). Dates are bound as parameters, so they
// are stored in the same text form Prisma writes.
import type { Db } from "../../db/client.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { DUE_AT_ONCE } from "../outbox.ts";

/** SQL condition on a `User` aliased `u`: worth messaging (the SQL twin of outbox isReachable). */
export const REACHABLE_USER = Prisma.sql`u."deletedAt" IS NULL AND (u."isActive" = 1 OR (u."blockedAt" IS NOT NULL AND u."lastSeenAt" > u."blockedAt"))`;

export interface BulkDelivery {
  kind: string;
  ref: string;
  payload: object;
  /** Rows' createdAt/updatedAt. */
  now: Date;
  notBefore?: Date;
}

/**
 * Plans `d` for every user id `audience` selects (a query with one column, `userId`; duplicates
 * are fine), skipping unreachable users and those who already have it. Returns the rows added.
 */
export function enqueueForAudience(db: Db, d: BulkDelivery, audience: Prisma.Sql): Promise<number> {
  return db.$executeRaw`
    INSERT INTO "Delivery" ("kind", "ref", "userId", "payload", "urgent", "status", "attempts", "notBefore", "createdAt", "updatedAt")
    SELECT ${d.kind}, ${d.ref}, a."userId", ${JSON.stringify(d.payload)}, 0, 'pending', 0, ${d.notBefore ?? DUE_AT_ONCE}, ${d.now}, ${d.now}
    FROM (SELECT DISTINCT "userId" FROM (${audience})) a
    JOIN "User" u ON u."id" = a."userId"
    WHERE ${REACHABLE_USER}
    ON CONFLICT ("kind", "ref", "userId") DO NOTHING`;
}

/** Audience: instant (or `frequency`) subscribers of a region's topic. */
export const subscribersSql = (regionCode: string, topic: string, frequency = "instant") =>
  Prisma.sql`SELECT "userId" FROM "Subscription" WHERE "regionCode" = ${regionCode} AND "topic" = ${topic} AND "frequency" = ${frequency}`;

/** Audience: people who asked to be reminded about an item. */
export const watchersSql = (itemType: "event" | "course", itemId: number) =>
  Prisma.sql`SELECT "userId" FROM "Watch" WHERE "itemType" = ${itemType} AND "itemId" = ${itemId}`;
