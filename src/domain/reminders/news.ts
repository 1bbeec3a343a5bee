// "What is new" for a subscription: published items of its region and topic that appeared in a
// time window and are still open. One definition for instant announcements, for planning
// digests and for rendering them at send time.
import type { Db } from "../../db/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

/** Topics with items to announce ("admission" has none yet: colleges carry no dated news). */
export const NEWS_TOPICS = ["events", "courses", "vacancies"] as const;
export type NewsTopic = (typeof NEWS_TOPICS)[number];
export const isNewsTopic = (v: string): v is NewsTopic => (NEWS_TOPICS as readonly string[]).includes(v);

/** The part of a Subscription that decides what it matches. */
export interface NewsFilter {
  regionCode: string;
  topic: NewsTopic;
  sector?: string | null;
  workingOnly?: boolean;
}

export interface NewsItem {
  id: number;
  titleKk: string;
  titleRu: string;
  titleEn: string;
  /** When it appeared (event publishedAt, course createdAt, vacancy postedAt). */
  postedAt: Date;
  /** Event or course start; vacancy expiry. */
  at: Date;
}

const titles = { id: true, titleKk: true, titleRu: true, titleEn: true } as const;

/** Events: published; "appeared" = publishedAt, or createdAt for rows published without a stamp. */
/** `regionCode` undefined: every region. */
export const newEventsWhere = (regionCode: string | undefined, from: Date, to: Date, now: Date): Prisma.EventWhereInput => ({
  ...(regionCode ? { regionCode } : {}),
  status: "published",
  startsAt: { gt: now },
  OR: [{ publishedAt: { gt: from, lte: to } }, { publishedAt: null, createdAt: { gt: from, lte: to } }],
});

export const newCoursesWhere = (regionCode: string | undefined, from: Date, to: Date, now: Date): Prisma.CourseWhereInput => ({
  ...(regionCode ? { regionCode } : {}),
  isPublished: true,
  startsAt: { gt: now },
  createdAt: { gt: from, lte: to },
});

export const newVacanciesWhere = (f: NewsFilter, from: Date, to: Date, now: Date): Prisma.VacancyWhereInput => ({
  regionCode: f.regionCode,
  postedAt: { gt: from, lte: to },
  expiresAt: { gt: now },
  ...(f.sector ? { sector: f.sector } : {}),
  ...(f.workingOnly ? { isWorkingProfession: true } : {}),
});

/** New items for `f` that appeared in (from, to] and are still open at `now`, newest first. */
export async function newItems(db: Db, f: NewsFilter, from: Date, to: Date, now: Date, take = 50): Promise<NewsItem[]> {
  switch (f.topic) {
    case "events": {
      const rows = await db.event.findMany({
        where: newEventsWhere(f.regionCode, from, to, now),
        select: { ...titles, publishedAt: true, createdAt: true, startsAt: true },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        take,
      });
      return rows.map((r) => ({ ...r, postedAt: r.publishedAt ?? r.createdAt, at: r.startsAt }));
    }
    case "courses": {
      const rows = await db.course.findMany({
        where: newCoursesWhere(f.regionCode, from, to, now),
        select: { ...titles, createdAt: true, startsAt: true },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        take,
      });
      return rows.map((r) => ({ ...r, postedAt: r.createdAt, at: r.startsAt }));
    }
    case "vacancies": {
      const rows = await db.vacancy.findMany({
        where: newVacanciesWhere(f, from, to, now),
        select: { ...titles, postedAt: true, expiresAt: true },
        orderBy: [{ postedAt: "desc" }, { id: "desc" }],
        take,
      });
      return rows.map((r) => ({ ...r, at: r.expiresAt }));
    }
  }
}
