// New published events, courses and vacancies, announced to the instant subscribers of their
// region and topic (vacancies also by the subscription's sector and "working professions only").
// Only items that appeared within ANNOUNCE_WINDOW_MS and after the subscription was made, and
// are still open: a catch-up after downtime, or a new subscriber, is not flooded with old news.
// Kinds "event_new" / "course_new" / "vacancy_new", refs `event:<id>` / `course:<id>` / `vacancy:<id>`.
import type { Db } from "../../db/client.ts";
import type { Tx } from "../registrations/tx.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { enqueueForAudience } from "./bulk.ts";
import { newCoursesWhere, newEventsWhere, type NewsTopic } from "./news.ts";
import { ANNOUNCE_WINDOW_MS } from "./schedule.ts";

export const ANNOUNCE_KINDS = { events: "event_new", courses: "course_new", vacancies: "vacancy_new" } as const satisfies Record<NewsTopic, string>;

/** Instant subscribers of the topic in the region who subscribed before the item appeared. */
const audience = (regionCode: string, topic: NewsTopic, postedAt: Date, extra: Prisma.Sql = Prisma.empty) =>
  Prisma.sql`SELECT "userId" FROM "Subscription" WHERE "regionCode" = ${regionCode} AND "topic" = ${topic}
    AND "frequency" = 'instant' AND "createdAt" < ${postedAt} ${extra}`;

/**
 * Announces one published event to its region's instant subscribers (the events editor calls
 * it at publish time, inside its transaction; the planner's later run then adds nothing).
 */
export function announceEvent(db: Db | Tx, e: { id: number; regionCode: string; publishedAt: Date | null; createdAt: Date }, now: Date): Promise<number> {
  return enqueueForAudience(
    db,
    { kind: ANNOUNCE_KINDS.events, ref: `event:${e.id}`, payload: { eventId: e.id }, now },
    audience(e.regionCode, "events", e.publishedAt ?? e.createdAt),
  );
}

/** Plans announcements of what appeared recently; idempotent. Returns the deliveries added. */
export async function planAnnouncements(db: Db, now: Date): Promise<number> {
  const since = new Date(now.getTime() - ANNOUNCE_WINDOW_MS);
  const [events, courses, vacancies] = await Promise.all([
    db.event.findMany({ where: newEventsWhere(undefined, since, now, now), select: { id: true, regionCode: true, publishedAt: true, createdAt: true } }),
    db.course.findMany({ where: newCoursesWhere(undefined, since, now, now), select: { id: true, regionCode: true, createdAt: true } }),
    db.vacancy.findMany({
      where: { postedAt: { gt: since, lte: now }, expiresAt: { gt: now } },
      select: { id: true, regionCode: true, postedAt: true, sector: true, isWorkingProfession: true },
    }),
  ]);
  let added = 0;
  for (const e of events) added += await announceEvent(db, e, now);
  for (const c of courses) {
    added += await enqueueForAudience(
      db,
      { kind: ANNOUNCE_KINDS.courses, ref: `course:${c.id}`, payload: { courseId: c.id }, now },
      audience(c.regionCode, "courses", c.createdAt),
    );
  }
  for (const v of vacancies) {
    const match = Prisma.sql`AND ("sector" IS NULL OR "sector" = ${v.sector})${v.isWorkingProfession ? Prisma.empty : Prisma.sql` AND "workingOnly" = 0`}`;
    added += await enqueueForAudience(
      db,
      { kind: ANNOUNCE_KINDS.vacancies, ref: `vacancy:${v.id}`, payload: { vacancyId: v.id }, now },
      audience(v.regionCode, "vacancies", v.postedAt, match),
    );
  }
  return added;
}
