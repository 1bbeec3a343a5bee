// Short courses: which ones a person sees, seats left and whether registration is open.
// Telegram-free; the bot feature (src/bot/features/courses) only renders what this returns.
import { cachedCatalogRead } from "./cache.ts";
import type { Db, Prisma } from "../../db/client.ts";
import { sqlStrings, syncDbOf, type SyncReader } from "../../db/sqlite.ts";
import type { Tx } from "../registrations/tx.ts";
import type { Course, Provider } from "../../generated/prisma/client.ts";
import { paginate, type Page } from "../paging.ts";
import { SECTORS, isSector, type Sector } from "../sectors.ts";
import { openCourseWhere } from "./visibility.ts";

export const PRICE_FILTERS = ["any", "free", "paid"] as const;
export type PriceFilter = (typeof PRICE_FILTERS)[number];
export const FORMAT_FILTERS = ["any", "online", "offline"] as const;
export type FormatFilter = (typeof FORMAT_FILTERS)[number];
export type SectorFilter = "any" | Sector;

export const isPriceFilter = (v: unknown): v is PriceFilter => PRICE_FILTERS.includes(v as PriceFilter);
export const isFormatFilter = (v: unknown): v is FormatFilter => FORMAT_FILTERS.includes(v as FormatFilter);
export const isSectorFilter = (v: unknown): v is SectorFilter => v === "any" || isSector(v);

export interface CourseFilters {
  price: PriceFilter;
  format: FormatFilter;
  sector: SectorFilter;
}

export const NO_FILTERS: CourseFilters = { price: "any", format: "any", sector: "any" };

export interface CourseListQuery extends CourseFilters {
  regionCode: string;
  now: Date;
  page: number;
}

/**
 * Registration statuses that hold a seat. A pending application holds its seat until the
 * coordinator decides (otherwise a course could be over-promised); an "offered" seat is
 * reserved for a waitlisted person until the offer expires. Waitlisted, rejected, cancelled
 * and withdrawn registrations hold none.
 */
export const SEAT_TAKING_STATUSES = ["pending", "approved", "offered"] as const;

/** Seats still free: capacity minus seat-holding registrations, never below zero. */
export function seatsLeft(course: Pick<Course, "capacity">, takenSeats: number): number {
  return Math.max(0, course.capacity - takenSeats);
}

/**
 * Whether sign-ups are accepted at `now`: published, before the registration deadline and
 * before the start. A full course stays open — new sign-ups join the waitlist.
 */
export function isRegistrationOpen(
  course: Pick<Course, "isPublished" | "registrationDeadline" | "startsAt">,
  now: Date,
): boolean {
  return course.isPublished && now < course.registrationDeadline && now < course.startsAt;
}

/** Whether the course is shown to jobseekers at all: published and not started yet. */
export function isCourseVisible(course: Pick<Course, "isPublished" | "startsAt">, now: Date): boolean {
  return course.isPublished && course.startsAt > now;
}

export type CourseWithProvider = Course & { provider: Provider };

export interface CourseSummary {
  course: CourseWithProvider;
  seatsLeft: number;
  registrationOpen: boolean;
}

export interface CourseCard extends CourseSummary {
  /** False when unpublished or already started: the card then only says "no longer available". */
  available: boolean;
}

const TAKEN_SEATS_SQL = `SELECT "courseId", count(*) AS "taken" FROM "Registration"
  WHERE "courseId" IN (SELECT value FROM json_each(?)) AND "status" IN (${sqlStrings(SEAT_TAKING_STATUSES)})
  GROUP BY "courseId"`;

const seatMap = (rows: Array<{ courseId: number | bigint; taken: number | bigint }>) =>
  new Map(rows.map((r) => [Number(r.courseId), Number(r.taken)]));

/**
 * Seat-holding registrations per course, for the given courses only (one grouped query, by
 * index, on the synchronous connection: every course list and card shows seats left, never
 * cached). Deliberately not a filtered relation `_count` on the course query: Prisma compiles
 * that into a join on an aggregate over the whole Registration table (measured 16 ms per list
 * page with 60k registrations, against well under 1 ms for this).
 */
export function countTakenSeats(db: Db, courseIds: readonly number[]): Map<number, number> {
  return countTakenSeatsSync(syncDbOf(db), courseIds);
}

/** The same count inside a Prisma transaction, which must see its own uncommitted changes. */
export async function countTakenSeatsInTx(tx: Pick<Tx, "$queryRawUnsafe">, courseIds: readonly number[]): Promise<Map<number, number>> {
  if (courseIds.length === 0) return new Map();
  return seatMap(await tx.$queryRawUnsafe(TAKEN_SEATS_SQL, JSON.stringify(courseIds)));
}

/** The same count in a synchronous transaction (src/db/sqlite.ts). */
export function countTakenSeatsSync(r: SyncReader, courseIds: readonly number[]): Map<number, number> {
  return courseIds.length === 0 ? new Map() : seatMap(r.all(TAKEN_SEATS_SQL, JSON.stringify(courseIds)));
}

function summarize(course: CourseWithProvider, taken: Map<number, number>, now: Date): CourseSummary {
  return { course, seatsLeft: seatsLeft(course, taken.get(course.id) ?? 0), registrationOpen: isRegistrationOpen(course, now) };
}

/**
 * What a person of `regionCode` sees: published courses that have not started yet, of their
 * own region in every format, plus ONLINE courses of other regions — those can be taken
 * from anywhere, and a region with few courses of its own would otherwise look empty.
 * Hybrid and offline courses of other regions need travel, so they stay out.
 *
 * The format filter asks "do I have to go somewhere?": "online" keeps fully online courses,
 * "offline" keeps every course with in-person attendance (offline and hybrid).
 */
function visibleWhere(q: { regionCode: string; now: Date } & Omit<CourseFilters, "sector">): Prisma.CourseWhereInput {
  const and: Prisma.CourseWhereInput[] = [
    openCourseWhere(q.now),
    { OR: [{ regionCode: q.regionCode }, { format: "online" }] },
  ];
  if (q.price === "free") and.push({ isFree: true });
  if (q.price === "paid") and.push({ isFree: false });
  if (q.format === "online") and.push({ format: "online" });
  if (q.format === "offline") and.push({ format: { in: ["offline", "hybrid"] } });
  return { AND: and };
}

function listWhere(q: Omit<CourseListQuery, "page">): Prisma.CourseWhereInput {
  const where = visibleWhere(q);
  return q.sector === "any" ? where : { AND: [where, { sector: q.sector }] };
}

/** What course rows are read from (seats left come from Registration, never cached). */
const COURSE_TABLES = ["Course", "Provider"] as const;

function loadCoursePage(db: Db, q: CourseListQuery): Promise<Page<CourseWithProvider>> {
  const where = listWhere(q);
  return paginate(
    q.page,
    () => db.course.count({ where }),
    (skip, take) => db.course.findMany({ where, include: { provider: true }, orderBy: [{ startsAt: "asc" }, { id: "asc" }], skip, take }),
  );
}

/** A page of visible courses, soonest start first, with provider and seats left (count + page, cached; seats: one query). */
export async function listCourses(db: Db, q: CourseListQuery): Promise<Page<CourseSummary>> {
  // The page of courses comes from the catalog cache; seats change with every sign-up, so
  // they are counted afresh (one query).
  const key = `courses.list:${q.regionCode}:${q.price}:${q.format}:${q.sector}:${q.page}`;
  const page = await cachedCatalogRead(db, key, COURSE_TABLES, q.now, () => loadCoursePage(db, q));
  const taken = countTakenSeats(db, page.items.map((c) => c.id));
  return { ...page, items: page.items.map((c) => summarize(c, taken, q.now)) };
}

export interface SectorCount {
  sector: Sector;
  count: number;
}

/**
 * Sectors that have visible courses under the price/format filters, with counts, most
 * courses first (ties in the SECTORS order). Unknown sector codes are left out: they could
 * not be chosen as a filter anyway.
 */
export function countCoursesBySector(
  db: Db,
  q: { regionCode: string; now: Date } & Omit<CourseFilters, "sector">,
): Promise<SectorCount[]> {
  return cachedCatalogRead(db, `courses.sectors:${q.regionCode}:${q.price}:${q.format}`, ["Course"], q.now, () => loadSectorCounts(db, q));
}

async function loadSectorCounts(
  db: Db,
  q: { regionCode: string; now: Date } & Omit<CourseFilters, "sector">,
): Promise<SectorCount[]> {
  const groups = await db.course.groupBy({ by: ["sector"], where: visibleWhere(q), _count: { _all: true } });
  return groups
    .filter((g): g is typeof g & { sector: Sector } => isSector(g.sector))
    .map((g) => ({ sector: g.sector, count: g._count._all }))
    .sort((a, b) => b.count - a.count || SECTORS.indexOf(a.sector) - SECTORS.indexOf(b.sector));
}

/** The course behind a card (any region: cards open from deep links too), or null. */
export async function getCourseCard(db: Db, id: number, now: Date): Promise<CourseCard | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const course = await cachedCatalogRead(db, `courses.card:${id}`, COURSE_TABLES, null, () =>
    db.course.findUnique({ where: { id }, include: { provider: true } }),
  );
  if (!course) return null;
  const taken = countTakenSeats(db, [course.id]);
  return { ...summarize(course, taken, now), available: isCourseVisible(course, now) };
}
