// Vacancies of a region: what is open now, filtered by sector and "working profession".
// A vacancy is open from postedAt (inclusive) until expiresAt (exclusive); outside that
// window it is invisible everywhere — lists, counts and cards.
import { cachedCatalogRead } from "./cache.ts";
import type { Db, Prisma } from "../../db/client.ts";
import type { Employer, Event, Vacancy } from "../../generated/prisma/client.ts";
import { paginate, type Page } from "../paging.ts";
import { SECTORS } from "../sectors.ts";
import { openVacancyWhere } from "./visibility.ts";

export interface VacancyFilter {
  regionCode: string;
  /** A sector code; undefined/null means any sector. */
  sector?: string | null;
  workingOnly: boolean;
  now: Date;
}

export type VacancyWithEmployer = Vacancy & { employer: Employer };

export type VacancyFair = Pick<Event, "id" | "titleKk" | "titleRu" | "titleEn" | "startsAt" | "endsAt" | "status" | "city">;

export type VacancyDetails = VacancyWithEmployer & { event: VacancyFair | null };

export interface SectorCount {
  sector: string;
  count: number;
}

/** The Prisma filter for "open in this region now" (shared by lists and counts). */
export function openVacanciesWhere(f: VacancyFilter): Prisma.VacancyWhereInput {
  return {
    regionCode: f.regionCode,
    ...openVacancyWhere(f.now),
    ...(f.sector ? { sector: f.sector } : {}),
    ...(f.workingOnly ? { isWorkingProfession: true } : {}),
  };
}

/** One page of open vacancies, newest first, each with its employer (count + one findMany). */
export function listOpenVacancies(db: Db, q: VacancyFilter & { page: number }): Promise<Page<VacancyWithEmployer>> {
  const key = `vacancies.list:${q.regionCode}:${q.sector ?? ""}:${q.workingOnly}:${q.page}`;
  return cachedCatalogRead(db, key, ["Vacancy", "Employer"], q.now, () => loadOpenVacancies(db, q));
}

function loadOpenVacancies(db: Db, q: VacancyFilter & { page: number }): Promise<Page<VacancyWithEmployer>> {
  const where = openVacanciesWhere(q);
  return paginate(
    q.page,
    () => db.vacancy.count({ where }),
    (skip, take) =>
      db.vacancy.findMany({
        where,
        include: { employer: true },
        // id breaks ties so that pages never repeat or skip rows posted at the same instant.
        orderBy: [{ postedAt: "desc" }, { id: "desc" }],
        skip,
        take,
      }),
  );
}

/** Open vacancies per sector (for the sector picker), the biggest sectors first. */
export function countOpenVacanciesBySector(db: Db, regionCode: string, workingOnly: boolean, now: Date): Promise<SectorCount[]> {
  const key = `vacancies.sectors:${regionCode}:${workingOnly}`;
  return cachedCatalogRead(db, key, ["Vacancy"], now, () => loadSectorCounts(db, regionCode, workingOnly, now));
}

async function loadSectorCounts(db: Db, regionCode: string, workingOnly: boolean, now: Date): Promise<SectorCount[]> {
  const groups = await db.vacancy.groupBy({
    by: ["sector"],
    where: openVacanciesWhere({ regionCode, workingOnly, now }),
    _count: { _all: true },
  });
  const order = (s: string) => {
    const i = (SECTORS as readonly string[]).indexOf(s);
    return i < 0 ? SECTORS.length : i;
  };
  return groups
    .map((g) => ({ sector: g.sector, count: g._count._all }))
    .sort((a, b) => b.count - a.count || order(a.sector) - order(b.sector));
}

/** A vacancy with its employer and fair, whether open or not (the caller decides). */
export function getVacancy(db: Db, id: number): Promise<VacancyDetails | null> {
  return cachedCatalogRead(db, `vacancies.card:${id}`, ["Vacancy", "Employer", "Event"], null, () => loadVacancy(db, id));
}

function loadVacancy(db: Db, id: number): Promise<VacancyDetails | null> {
  return db.vacancy.findUnique({
    where: { id },
    include: {
      employer: true,
      event: { select: { id: true, titleKk: true, titleRu: true, titleEn: true, startsAt: true, endsAt: true, status: true, city: true } },
    },
  });
}

export function isVacancyOpen(v: Pick<Vacancy, "postedAt" | "expiresAt">, now: Date): boolean {
  return v.postedAt.getTime() <= now.getTime() && v.expiresAt.getTime() > now.getTime();
}

/** Whether a vacancy is not published yet (postedAt in the future): treat it as not existing. */
export function isVacancyScheduled(v: Pick<Vacancy, "postedAt">, now: Date): boolean {
  return v.postedAt.getTime() > now.getTime();
}

/** The fair worth pointing to from the card: published and not over yet, else null. */
export function upcomingFair(v: Pick<VacancyDetails, "event">, now: Date): VacancyFair | null {
  const e = v.event;
  return e && e.status === "published" && e.endsAt.getTime() > now.getTime() ? e : null;
}
