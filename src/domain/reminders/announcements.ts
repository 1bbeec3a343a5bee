// New published events, courses and vacancies, announced to the instant subscribers of their
// region and topic (vacancies also by the subscription's sector and "working professions only").
// Only items that appeared within ANNOUNCE_WINDOW_MS and after the subscription was made, and
// are still open: a catch-up after downtime, or a new subscriber, is not flooded with old news.
// Kinds "event_new" / "course_new" / "vacancy_new", refs `event:<id>` / `course:<id>` / `vacancy:<id>`.
// Each announcement is one fan-out (fanout.ts), expanded into deliveries by the delivery worker.
import type { Db } from "../../db/client.ts";
import type { Tx } from "../registrations/tx.ts";
import type { AudienceSpec } from "./audience.ts";
import { fanOutNow, planFanouts, type FanoutPlan } from "./fanout.ts";
import { newCoursesWhere, newEventsWhere, type NewsTopic } from "./news.ts";
import { ANNOUNCE_WINDOW_MS } from "./schedule.ts";

export const ANNOUNCE_KINDS = { events: "event_new", courses: "course_new", vacancies: "vacancy_new" } as const satisfies Record<NewsTopic, string>;

type AnnouncedEvent = { id: number; regionCode: string; publishedAt: Date | null; createdAt: Date };

/** The announcement of an event: its region's instant "events" subscribers older than it. */
const eventAnnouncement = (e: AnnouncedEvent, now: Date): FanoutPlan => ({
  kind: ANNOUNCE_KINDS.events,
  ref: `event:${e.id}`,
  payload: { eventId: e.id },
  audience: { type: "announce", regionCode: e.regionCode, topic: "events", postedAt: (e.publishedAt ?? e.createdAt).toISOString() },
  now,
});

/**
 * Announces one event as it is published (the events editor, inside its transaction): planned
 * and expanded at once, so the editor can say how many were told. Returns the deliveries added;
 * the planner's later run finds the fan-out and adds nothing.
 */
export function announceEvent(tx: Tx, e: AnnouncedEvent, now: Date): Promise<number> {
  return fanOutNow(tx, eventAnnouncement(e, now));
}

/** Plans announcements of what appeared recently; idempotent. Returns the fan-outs added. */
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
  const plans: FanoutPlan[] = [
    ...events.map((e) => eventAnnouncement(e, now)),
    ...courses.map((c) => ({
      kind: ANNOUNCE_KINDS.courses,
      ref: `course:${c.id}`,
      payload: { courseId: c.id },
      audience: { type: "announce", regionCode: c.regionCode, topic: "courses", postedAt: c.createdAt.toISOString() } satisfies AudienceSpec,
      now,
    })),
    ...vacancies.map((v) => ({
      kind: ANNOUNCE_KINDS.vacancies,
      ref: `vacancy:${v.id}`,
      payload: { vacancyId: v.id },
      audience: {
        type: "announce",
        regionCode: v.regionCode,
        topic: "vacancies",
        postedAt: v.postedAt.toISOString(),
        sector: v.sector,
        workingProfession: v.isWorkingProfession,
      } satisfies AudienceSpec,
      now,
    })),
  ];
  return planFanouts(db, plans);
}
