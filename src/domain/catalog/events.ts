// Job fairs and career events: what a jobseeker may see, and the vacancies offered at a fair.
// An event is visible while it is published and not over (endsAt > now): an event that has
// started but not ended is still worth going to. Drafts and ended events do not exist for
// jobseekers; a cancelled one is reported as cancelled, so a poster's link explains itself.
import { cachedCatalogRead } from "./cache.ts";
import type { Db, Prisma } from "../../db/client.ts";
import type { Employer, Event, Region, Vacancy } from "../../generated/prisma/client.ts";
import { clampPage, PAGE_SIZE, paginate, type Page } from "../paging.ts";
import { openVacancyWhere, upcomingEventWhere } from "./visibility.ts";

export const EVENT_KINDS = ["job_fair", "open_day", "forum", "competition", "festival", "excursion", "masterclass"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export function isEventKind(kind: string): kind is EventKind {
  return (EVENT_KINDS as readonly string[]).includes(kind);
}

/** The Prisma filter for events a jobseeker can see now (optionally in one region). */
export function visibleEventsWhere(now: Date, regionCode?: string | null): Prisma.EventWhereInput {
  return { ...upcomingEventWhere(now), ...(regionCode ? { regionCode } : {}) };
}

/**
 * Vacancies shown at a fair: open now. Same window as the vacancies feature uses
 * (posted already, not expired), so a button here never leads to a card that says "gone".
 */
export function openFairVacanciesWhere(eventId: number, now: Date): Prisma.VacancyWhereInput {
  return { eventId, ...openVacancyWhere(now) };
}

export type EventVisibility = "visible" | "cancelled" | "gone";

export function eventVisibility(e: Pick<Event, "status" | "endsAt">, now: Date): EventVisibility {
  if (e.status === "cancelled") return "cancelled";
  if (e.status !== "published" || e.endsAt.getTime() <= now.getTime()) return "gone";
  return "visible";
}

const LIST_SELECT = {
  id: true,
  kind: true,
  titleKk: true,
  titleRu: true,
  titleEn: true,
  city: true,
  regionCode: true,
  startsAt: true,
  endsAt: true,
} satisfies Prisma.EventSelect;

export type EventListItem = Prisma.EventGetPayload<{ select: typeof LIST_SELECT }>;

export interface UpcomingQuery {
  /** A region code, or null for every region. */
  regionCode: string | null;
  now: Date;
  page: number;
}

/** One page of visible events, soonest first (count + one findMany). */
export function listUpcomingEvents(db: Db, q: UpcomingQuery): Promise<Page<EventListItem>> {
  return cachedCatalogRead(db, `events.list:${q.regionCode}:${q.page}`, ["Event"], q.now, () => loadUpcomingEvents(db, q));
}

function loadUpcomingEvents(db: Db, q: UpcomingQuery): Promise<Page<EventListItem>> {
  const where = visibleEventsWhere(q.now, q.regionCode);
  return paginate(
    q.page,
    () => db.event.count({ where }),
    (skip, take) =>
      db.event.findMany({
        where,
        select: LIST_SELECT,
        // id breaks ties so pages never repeat or skip events starting at the same minute.
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        skip,
        take,
      }),
  );
}

export type EventWithRegion = Event & { region: Region };

export type EventCardResult =
  | { status: "visible"; event: EventWithRegion; openVacancies: number }
  | { status: "cancelled"; event: EventWithRegion }
  | { status: "gone" };

/** An event for its card, with its region and the number of open vacancies linked to it (one query). */
export function getEventCard(db: Db, id: number, now: Date): Promise<EventCardResult> {
  return cachedCatalogRead(db, `events.card:${id}`, ["Event", "Region", "Vacancy"], now, () => loadEventCard(db, id, now));
}

async function loadEventCard(db: Db, id: number, now: Date): Promise<EventCardResult> {
  const row = await db.event.findUnique({
    where: { id },
    include: {
      region: true,
      _count: { select: { vacancies: { where: openFairVacanciesWhere(id, now) } } },
    },
  });
  if (!row) return { status: "gone" };
  const { _count, ...event } = row;
  const visibility = eventVisibility(event, now);
  if (visibility === "visible") return { status: "visible", event, openVacancies: _count.vacancies };
  if (visibility === "cancelled") return { status: "cancelled", event };
  return { status: "gone" };
}

export type FairVacancy = Pick<Vacancy, "id" | "titleKk" | "titleRu" | "titleEn" | "salaryMin" | "salaryMax" | "positions"> & {
  employer: Pick<Employer, "id" | "name">;
};

export interface EmployerGroup {
  employer: Pick<Employer, "id" | "name">;
  vacancies: FairVacancy[];
}

export type FairVacanciesResult =
  | {
      status: "visible";
      event: Pick<Event, "id" | "titleKk" | "titleRu" | "titleEn" | "startsAt" | "endsAt">;
      page: Page<FairVacancy>;
      /** The page's vacancies grouped by employer, in page order. */
      groups: EmployerGroup[];
    }
  | { status: "cancelled"; event: Pick<Event, "id" | "titleKk" | "titleRu" | "titleEn"> }
  | { status: "gone" };

/**
 * Open vacancies offered at a fair, sorted by employer so that a page groups them
 * (an employer split across pages is named again on the next page). Two queries: the event
 * with its vacancy count, then the page.
 */
export function listFairVacancies(db: Db, eventId: number, now: Date, page: number, size = PAGE_SIZE): Promise<FairVacanciesResult> {
  const key = `events.fair:${eventId}:${page}:${size}`;
  return cachedCatalogRead(db, key, ["Event", "Vacancy", "Employer"], now, () => loadFairVacancies(db, eventId, now, page, size));
}

async function loadFairVacancies(db: Db, eventId: number, now: Date, page: number, size: number): Promise<FairVacanciesResult> {
  const where = openFairVacanciesWhere(eventId, now);
  const row = await db.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      titleKk: true,
      titleRu: true,
      titleEn: true,
      startsAt: true,
      endsAt: true,
      status: true,
      _count: { select: { vacancies: { where } } },
    },
  });
  if (!row) return { status: "gone" };
  const { _count, status, ...event } = row;
  const visibility = eventVisibility({ status, endsAt: event.endsAt }, now);
  if (visibility === "cancelled") return { status: "cancelled", event };
  if (visibility === "gone") return { status: "gone" };

  // The count came with the event, so paginate() would query it twice: clamp by hand.
  const total = _count.vacancies;
  const c = clampPage(page, total, size);
  const items =
    total === 0
      ? []
      : await db.vacancy.findMany({
          where,
          select: {
            id: true,
            titleKk: true,
            titleRu: true,
            titleEn: true,
            salaryMin: true,
            salaryMax: true,
            positions: true,
            employer: { select: { id: true, name: true } },
          },
          orderBy: [{ employer: { name: "asc" } }, { employerId: "asc" }, { id: "asc" }],
          skip: c.skip,
          take: size,
        });
  return {
    status: "visible",
    event,
    page: { items, page: c.page, pages: c.pages, total },
    groups: groupByEmployer(items),
  };
}

/** Consecutive vacancies of the same employer become one group (input sorted by employer). */
export function groupByEmployer(items: FairVacancy[]): EmployerGroup[] {
  const groups: EmployerGroup[] = [];
  for (const v of items) {
    const last = groups.at(-1);
    if (last && last.employer.id === v.employer.id) last.vacancies.push(v);
    else groups.push({ employer: v.employer, vacancies: [v] });
  }
  return groups;
}
