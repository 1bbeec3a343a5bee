// Who gets a reminder or announcement, as data: a typed spec stored with a fan-out (Fanout
// .audience, JSON) and mapped to SQL here, in ONE place, when it is expanded — so a stored spec
// never carries SQL text that a later migration could make stale. The same mapping serves the
// small audiences planned and expanded at once inside the events editor's transactions.
import { z } from "zod";
import { Prisma } from "../../generated/prisma/client.ts";
import { ACTIVE_STATUSES } from "../registrations/status.ts";
import { NEWS_TOPICS } from "./news.ts";

const id = z.number().int().positive();

export const audienceSpec = z.discriminatedUnion("type", [
  /** Watchers of the event and the instant subscribers of its region's "events" topic. */
  z.object({ type: z.literal("eventReminder"), eventId: id, regionCode: z.string() }),
  /**
   * Instant subscribers of a region's topic who subscribed before the item appeared (postedAt,
   * ISO). Vacancies also match the subscription's sector (none, or the item's `sector`) and
   * "working professions only" (`workingProfession: false` leaves those subscribers out).
   */
  z.object({
    type: z.literal("announce"),
    regionCode: z.string(),
    topic: z.enum(NEWS_TOPICS),
    postedAt: z.iso.datetime(),
    sector: z.string().optional(),
    workingProfession: z.boolean().optional(),
  }),
  /** Approved participants of a course. */
  z.object({ type: z.literal("courseApproved"), courseId: id }),
  /** Everyone with a live application for a course (ACTIVE_STATUSES). */
  z.object({ type: z.literal("courseApplicants"), courseId: id }),
  /** Watchers of a course without a live application. */
  z.object({ type: z.literal("deadline"), courseId: id }),
  /** Those who asked to be reminded about an item. */
  z.object({ type: z.literal("watchers"), itemType: z.enum(["event", "course"]), itemId: id }),
]);
export type AudienceSpec = z.infer<typeof audienceSpec>;

/** A window of user ids, (after, upTo]: expansion takes the audience a chunk at a time. */
export interface UserRange {
  after?: number;
  upTo?: number;
}

/** The range as a condition on `column` ("AND …", or nothing). */
function inRange(column: Prisma.Sql, r: UserRange): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (r.after !== undefined && r.after > 0) parts.push(Prisma.sql`AND ${column} > ${r.after}`);
  if (r.upTo !== undefined) parts.push(Prisma.sql`AND ${column} <= ${r.upTo}`);
  return parts.length ? Prisma.join(parts, " ") : Prisma.empty;
}

const watchers = (itemType: string, itemId: number, r: UserRange) =>
  Prisma.sql`SELECT "userId" FROM "Watch" WHERE "itemType" = ${itemType} AND "itemId" = ${itemId} ${inRange(Prisma.sql`"userId"`, r)}`;

/**
 * The audience as a query with one column, `userId` (duplicates possible across a UNION's
 * branches are removed by the UNION; callers add DISTINCT/ON CONFLICT where it matters). The
 * range condition goes into every branch, so each uses its index instead of reading the
 * whole audience per chunk. Reachability is not part of it: the outbox insert joins User.
 */
export function audienceSql(spec: AudienceSpec, r: UserRange = {}): Prisma.Sql {
  switch (spec.type) {
    case "eventReminder":
      return Prisma.sql`${watchers("event", spec.eventId, r)} UNION SELECT "userId" FROM "Subscription"
        WHERE "regionCode" = ${spec.regionCode} AND "topic" = 'events' AND "frequency" = 'instant' ${inRange(Prisma.sql`"userId"`, r)}`;
    case "announce": {
      const sector = spec.sector === undefined ? Prisma.empty : Prisma.sql`AND ("sector" IS NULL OR "sector" = ${spec.sector})`;
      const working = spec.workingProfession === false ? Prisma.sql`AND "workingOnly" = 0` : Prisma.empty;
      return Prisma.sql`SELECT "userId" FROM "Subscription" WHERE "regionCode" = ${spec.regionCode} AND "topic" = ${spec.topic}
        AND "frequency" = 'instant' AND "createdAt" < ${new Date(spec.postedAt)} ${sector} ${working} ${inRange(Prisma.sql`"userId"`, r)}`;
    }
    case "courseApproved":
      return Prisma.sql`SELECT DISTINCT "userId" FROM "Registration" WHERE "courseId" = ${spec.courseId} AND "status" = 'approved' ${inRange(Prisma.sql`"userId"`, r)}`;
    case "courseApplicants":
      return Prisma.sql`SELECT DISTINCT "userId" FROM "Registration" WHERE "courseId" = ${spec.courseId}
        AND "status" IN (${Prisma.join(ACTIVE_STATUSES)}) ${inRange(Prisma.sql`"userId"`, r)}`;
    case "deadline":
      return Prisma.sql`SELECT w."userId" FROM (${watchers("course", spec.courseId, r)}) w WHERE NOT EXISTS (
        SELECT 1 FROM "Registration" g WHERE g."userId" = w."userId" AND g."courseId" = ${spec.courseId}
        AND g."status" IN (${Prisma.join(ACTIVE_STATUSES)}))`;
    case "watchers":
      return watchers(spec.itemType, spec.itemId, r);
  }
}
