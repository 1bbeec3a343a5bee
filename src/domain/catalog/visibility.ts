// What "open" means for each kind of item — one definition shared by lists, cards and search,
// so a button never leads to a card that says the item is gone.
import type { Prisma } from "../../generated/prisma/client.ts";

/** Vacancies already posted and not yet expired. */
export const openVacancyWhere = (now: Date): Prisma.VacancyWhereInput => ({ postedAt: { lte: now }, expiresAt: { gt: now } });

/** Published events that have not ended (one under way still shows). */
export const upcomingEventWhere = (now: Date): Prisma.EventWhereInput => ({ status: "published", endsAt: { gt: now } });

/** Published courses that have not started. */
export const openCourseWhere = (now: Date): Prisma.CourseWhereInput => ({ isPublished: true, startsAt: { gt: now } });
