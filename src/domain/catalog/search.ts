// One free-text query over the whole catalog: open vacancies, upcoming events, open courses and
// college specialties. Every normalised term must occur in the row's `searchText` (AND of
// `contains`), so case, Kazakh letters typed on a Russian keyboard and the language of the
// query do not matter: searchText holds all three languages, normalised (../search.ts).
import { cachedCatalogRead } from "./cache.ts";
import type { Db, Prisma } from "../../db/client.ts";
import { searchTerms } from "../search.ts";
import { searchSpecialties, type SpecialtyHit } from "./colleges.ts";
import { openCourseWhere, openVacancyWhere, upcomingEventWhere } from "./visibility.ts";

export const SEARCH_LIMIT = 5;

export interface Category<T> {
  /** How many match in the scope; `items` holds the first `limit` of them. */
  total: number;
  items: T[];
}

export interface VacancyHit {
  id: number;
  titleKk: string;
  titleRu: string;
  titleEn: string;
  city: string;
  employer: { name: string };
}

export interface EventHit {
  id: number;
  titleKk: string;
  titleRu: string;
  titleEn: string;
  city: string;
  startsAt: Date;
}

export interface CourseHit {
  id: number;
  titleKk: string;
  titleRu: string;
  titleEn: string;
  city: string;
  format: string;
  isFree: boolean;
  priceKzt: number | null;
  startsAt: Date;
}

export interface CatalogSearchResult {
  /** The normalised words searched for; empty when the query had nothing searchable. */
  terms: string[];
  vacancies: Category<VacancyHit>;
  events: Category<EventHit>;
  courses: Category<CourseHit>;
  specialties: Category<SpecialtyHit>;
}

export interface CatalogSearchOptions {
  query: string;
  /** The user's region; null searches every region. */
  regionCode: string | null;
  now: Date;
  limit?: number;
}

// What a jobseeker may still act on. Events are shown until they end (a fair running today is
// still worth going to); courses only before they start; vacancies between posting and expiry.

const EMPTY = { total: 0, items: [] };

export function isEmptyResult(r: CatalogSearchResult): boolean {
  return r.vacancies.total + r.events.total + r.courses.total + r.specialties.total === 0;
}

export function searchCatalog(db: Db, opts: CatalogSearchOptions): Promise<CatalogSearchResult> {
  const key = `search:${opts.regionCode}:${opts.limit ?? SEARCH_LIMIT}:${JSON.stringify(searchTerms(opts.query))}`;
  return cachedCatalogRead(db, key, SEARCH_TABLES, opts.now, () => loadSearch(db, opts));
}

/** What a search reads (specialties with the colleges teaching them included). */
const SEARCH_TABLES = ["Vacancy", "Employer", "Event", "Course", "Specialty", "CollegeSpecialty", "College", "Qualification"] as const;

async function loadSearch(db: Db, opts: CatalogSearchOptions): Promise<CatalogSearchResult> {
  const terms = searchTerms(opts.query);
  if (terms.length === 0) return { terms, vacancies: EMPTY, events: EMPTY, courses: EMPTY, specialties: EMPTY };
  const take = opts.limit ?? SEARCH_LIMIT;
  const text = terms.map((t) => ({ searchText: { contains: t } }));
  const region = opts.regionCode ? { regionCode: opts.regionCode } : {};
  const titles = { id: true, titleKk: true, titleRu: true, titleEn: true, city: true } as const;

  const vacancyWhere: Prisma.VacancyWhereInput = { AND: text, ...region, ...openVacancyWhere(opts.now) };
  const eventWhere: Prisma.EventWhereInput = { AND: text, ...region, ...upcomingEventWhere(opts.now) };
  const courseWhere: Prisma.CourseWhereInput = { AND: text, ...region, ...openCourseWhere(opts.now) };

  const [vacancies, events, courses, specialties] = await Promise.all([
    db.vacancy.findMany({
      where: vacancyWhere,
      select: { ...titles, employer: { select: { name: true } } },
      orderBy: [{ postedAt: "desc" }, { id: "desc" }],
      take,
    }),
    db.event.findMany({ where: eventWhere, select: { ...titles, startsAt: true }, orderBy: [{ startsAt: "asc" }, { id: "asc" }], take }),
    db.course.findMany({
      where: courseWhere,
      select: { ...titles, format: true, isFree: true, priceKzt: true, startsAt: true },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take,
    }),
    searchSpecialties(db, { regionCode: opts.regionCode, query: terms.join(" "), limit: take }),
  ]);
  // A category that came back short is complete: count only the full ones (saves most of
  // the search's queries, which are the most expensive step of a session).
  const totalOf = (items: unknown[], count: () => Promise<number>) => (items.length < take ? Promise.resolve(items.length) : count());
  const [vacancyCount, eventCount, courseCount] = await Promise.all([
    totalOf(vacancies, () => db.vacancy.count({ where: vacancyWhere })),
    totalOf(events, () => db.event.count({ where: eventWhere })),
    totalOf(courses, () => db.course.count({ where: courseWhere })),
  ]);
  return {
    terms,
    vacancies: { total: vacancyCount, items: vacancies },
    events: { total: eventCount, items: events },
    courses: { total: courseCount, items: courses },
    specialties: { total: specialties.total, items: specialties.items },
  };
}
