import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "./support/db.ts";
import type { Db } from "../src/db/client.ts";
import type { Prisma } from "../src/generated/prisma/client.ts";
import { buildSearchText } from "../src/domain/search.ts";
import {
  NO_FILTERS,
  countCoursesBySector,
  getCourseCard,
  isRegistrationOpen,
  listCourses,
  seatsLeft,
  type CourseListQuery,
} from "../src/domain/catalog/courses.ts";

const NOW = new Date("2026-03-01T06:00:00Z");
const DAY = 24 * 3600 * 1000;
const inDays = (d: number) => new Date(NOW.getTime() + d * DAY);

let t: TestDb;
let db: Db;
let providerId: number;
let seq = 0;

async function course(data: Partial<Prisma.CourseUncheckedCreateInput> = {}) {
  seq++;
  const titleEn = data.titleEn ?? `Course ${seq}`;
  return db.course.create({
    data: {
      externalId: `test-course-${seq}`,
      regionCode: "karaganda",
      providerId,
      titleEn,
      sector: "it",
      format: "offline",
      durationWeeks: 4,
      startsAt: inDays(10 + seq),
      registrationDeadline: inDays(5 + seq),
      capacity: 10,
      searchText: buildSearchText(titleEn),
      ...data,
    },
  });
}

async function register(courseId: number, status: string) {
  seq++;
  const user = await db.user.create({ data: { telegramId: BigInt(90_000 + seq) } });
  await db.registration.create({
    data: { userId: user.id, courseId, status, fullName: "Test Person", phone: "+77000000000", birthDate: new Date("2004-05-05"), educationLevel: "grade11" },
  });
}

const query = (q: Partial<CourseListQuery> = {}): CourseListQuery => ({ ...NO_FILTERS, regionCode: "karaganda", now: NOW, page: 0, ...q });
const titles = (items: Array<{ course: { titleEn: string } }>) => items.map((i) => i.course.titleEn);

beforeAll(async () => {
  t = await freshDb();
  db = t.db;
  providerId = (await db.provider.create({ data: { externalId: "p1", nameEn: "Karaganda Skills Centre", phone: "+7 7212 00 00 00" } })).id;
});
afterAll(() => t.cleanup());

describe("pure rules", () => {
  it("seatsLeft never goes below zero", () => {
    expect(seatsLeft({ capacity: 10 }, 3)).toBe(7);
    expect(seatsLeft({ capacity: 10 }, 10)).toBe(0);
    expect(seatsLeft({ capacity: 10 }, 12)).toBe(0);
  });

  it("registration is open before the deadline and the start, for published courses only", () => {
    const c = { isPublished: true, registrationDeadline: inDays(2), startsAt: inDays(5) };
    expect(isRegistrationOpen(c, NOW)).toBe(true);
    expect(isRegistrationOpen(c, inDays(2))).toBe(false); // the deadline instant itself is closed
    expect(isRegistrationOpen(c, inDays(3))).toBe(false);
    expect(isRegistrationOpen({ ...c, isPublished: false }, NOW)).toBe(false);
    // A deadline entered after the start does not keep registration open past the start.
    expect(isRegistrationOpen({ ...c, registrationDeadline: inDays(9) }, inDays(6))).toBe(false);
  });
});

describe("listCourses", () => {
  beforeAll(async () => {
    await course({ titleEn: "Welding", sector: "construction", startsAt: inDays(40) });
    await course({ titleEn: "Python basics", format: "online", startsAt: inDays(3), isFree: false, priceKzt: 90_000 });
    await course({ titleEn: "Electrician", sector: "energy", format: "hybrid", startsAt: inDays(20) });
    await course({ titleEn: "Remote 1C", regionCode: "aktobe", format: "online", startsAt: inDays(15) });
    await course({ titleEn: "Aktobe driller", regionCode: "aktobe", startsAt: inDays(12) });
    await course({ titleEn: "Aktobe hybrid", regionCode: "aktobe", format: "hybrid", startsAt: inDays(13) });
    await course({ titleEn: "Already started", startsAt: new Date(NOW.getTime() - 1000) });
    await course({ titleEn: "Starts right now", startsAt: NOW });
    await course({ titleEn: "Draft", isPublished: false });
  });

  it("shows own region's courses of every format and other regions' online ones, soonest first", async () => {
    const page = await listCourses(db, query());
    expect(titles(page.items)).toEqual(["Python basics", "Remote 1C", "Electrician", "Welding"]);
    expect(page).toMatchObject({ total: 4, page: 0, pages: 1 });
    expect(page.items[0]!.course.provider.nameEn).toBe("Karaganda Skills Centre");
  });

  it("leaves out started, starting-now and unpublished courses", async () => {
    const all = titles((await listCourses(db, query())).items);
    for (const hidden of ["Already started", "Starts right now", "Draft", "Aktobe driller", "Aktobe hybrid"]) expect(all).not.toContain(hidden);
    // Another region sees its own offline/hybrid courses and our online one, not our offline ones.
    expect(titles((await listCourses(db, query({ regionCode: "aktobe" }))).items)).toEqual([
      "Python basics", "Aktobe driller", "Aktobe hybrid", "Remote 1C",
    ]);
  });

  it("filters by price, format and sector", async () => {
    expect(titles((await listCourses(db, query({ price: "paid" }))).items)).toEqual(["Python basics"]);
    expect(titles((await listCourses(db, query({ price: "free" }))).items)).toEqual(["Remote 1C", "Electrician", "Welding"]);
    expect(titles((await listCourses(db, query({ format: "online" }))).items)).toEqual(["Python basics", "Remote 1C"]);
    // "offline" means in-person attendance: hybrid included.
    expect(titles((await listCourses(db, query({ format: "offline" }))).items)).toEqual(["Electrician", "Welding"]);
    expect(titles((await listCourses(db, query({ sector: "energy" }))).items)).toEqual(["Electrician"]);
    expect(titles((await listCourses(db, query({ price: "paid", format: "offline" }))).items)).toEqual([]);
  });

  it("counts sectors under the price/format filters, most courses first", async () => {
    expect(await countCoursesBySector(db, { regionCode: "karaganda", now: NOW, price: "any", format: "any" })).toEqual([
      { sector: "it", count: 2 },
      { sector: "construction", count: 1 },
      { sector: "energy", count: 1 },
    ]);
    expect(await countCoursesBySector(db, { regionCode: "karaganda", now: NOW, price: "free", format: "offline" })).toEqual([
      { sector: "construction", count: 1 },
      { sector: "energy", count: 1 },
    ]);
  });

  it("paginates by 5 and clamps forged page numbers", async () => {
    for (let i = 0; i < 4; i++) await course({ titleEn: `Extra ${i}`, regionCode: "pavlodar", startsAt: inDays(30 + i) });
    await course({ titleEn: "Extra 4", regionCode: "pavlodar", format: "online", startsAt: inDays(34) });
    const first = await listCourses(db, query({ regionCode: "pavlodar" }));
    // 5 Pavlodar courses + 2 online ones from other regions.
    expect(first).toMatchObject({ total: 7, pages: 2, page: 0 });
    expect(first.items).toHaveLength(5);
    const last = await listCourses(db, query({ regionCode: "pavlodar", page: 99 }));
    expect(last.page).toBe(1);
    expect(titles(last.items)).toEqual(["Extra 3", "Extra 4"]);
    expect((await listCourses(db, query({ regionCode: "pavlodar", page: -3 }))).page).toBe(0);
    const empty = await listCourses(db, query({ regionCode: "ulytau", format: "offline" }));
    expect(empty).toMatchObject({ items: [], total: 0, page: 0, pages: 1 });
  });
});

describe("seats and cards", () => {
  it("only pending, approved and offered registrations take seats", async () => {
    const c = await course({ titleEn: "Crane operator", capacity: 5, startsAt: inDays(60) });
    for (const status of ["pending", "approved", "offered", "waitlisted", "rejected", "cancelled", "withdrawn"]) await register(c.id, status);
    const card = await getCourseCard(db, c.id, NOW);
    expect(card).toMatchObject({ seatsLeft: 2, available: true, registrationOpen: true });
    expect(card!.course.provider.nameEn).toBe("Karaganda Skills Centre");
    const listed = (await listCourses(db, query({ page: 99 }))).items.find((i) => i.course.id === c.id);
    expect(listed?.seatsLeft).toBe(2);
  });

  it("a full course shows zero seats left, even when over-booked", async () => {
    const c = await course({ titleEn: "Full", capacity: 2 });
    for (const status of ["approved", "approved", "pending"]) await register(c.id, status);
    expect((await getCourseCard(db, c.id, NOW))!.seatsLeft).toBe(0);
  });

  it("a past deadline closes registration but keeps the card available until the start", async () => {
    const c = await course({ registrationDeadline: inDays(-1), startsAt: inDays(2) });
    expect(await getCourseCard(db, c.id, NOW)).toMatchObject({ available: true, registrationOpen: false });
    expect(await getCourseCard(db, c.id, inDays(3))).toMatchObject({ available: false, registrationOpen: false });
  });

  it("unpublished courses are unavailable; unknown or invalid ids give null", async () => {
    const c = await course({ isPublished: false });
    expect(await getCourseCard(db, c.id, NOW)).toMatchObject({ available: false, registrationOpen: false });
    expect(await getCourseCard(db, 999_999, NOW)).toBeNull();
    expect(await getCourseCard(db, -1, NOW)).toBeNull();
  });
});
