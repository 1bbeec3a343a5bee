import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "./support/db.ts";
import type { Db } from "../src/db/client.ts";
import { buildSearchText } from "../src/domain/search.ts";
import { isEmptyResult, searchCatalog } from "../src/domain/catalog/search.ts";

type T3 = { kk: string; ru: string; en: string };
const titles = (t3: T3) => ({ titleKk: t3.kk, titleRu: t3.ru, titleEn: t3.en, searchText: buildSearchText(t3.kk, t3.ru, t3.en) });

const NOW = new Date("2026-03-10T06:00:00Z");
const day = 24 * 3600 * 1000;
const at = (days: number) => new Date(NOW.getTime() + days * day);

const WELDER: T3 = { kk: "Электргазбен дәнекерлеуші", ru: "Электрогазосварщик", en: "Electric and gas welder" };

let t: TestDb;
let db: Db;
let employers: Record<string, number>;
let provider: number;
let n = 0;

function vacancy(regionCode: string, t3: T3, posted: number, expires: number) {
  return db.vacancy.create({
    data: {
      externalId: `v${++n}`, employerId: employers[regionCode]!, regionCode, ...titles(t3), sector: "manufacturing",
      city: "Сарань", postedAt: at(posted), expiresAt: at(expires),
    },
  });
}

function event(regionCode: string, t3: T3, starts: number, status = "published") {
  return db.event.create({
    data: { externalId: `e${++n}`, regionCode, kind: "job_fair", ...titles(t3), startsAt: at(starts), endsAt: at(starts + 0.3), status },
  });
}

function course(regionCode: string, t3: T3, starts: number, isPublished = true) {
  return db.course.create({
    data: {
      externalId: `c${++n}`, regionCode, providerId: provider, ...titles(t3), sector: "manufacturing", durationWeeks: 8,
      startsAt: at(starts), registrationDeadline: at(starts - 2), capacity: 20, isPublished,
    },
  });
}

beforeAll(async () => {
  t = await freshDb();
  db = t.db;
  const e1 = await db.employer.create({ data: { externalId: "emp-k", regionCode: "karaganda", name: "Saran Tyre", sector: "manufacturing" } });
  const e2 = await db.employer.create({ data: { externalId: "emp-a", regionCode: "aktobe", name: "Aktobe Steel", sector: "metallurgy" } });
  employers = { karaganda: e1.id, aktobe: e2.id };
  provider = (await db.provider.create({ data: { externalId: "p1", nameRu: "Учебный центр" } })).id;

  // Karaganda: 7 open welder vacancies, plus ones that must never show.
  for (let i = 0; i < 7; i++) await vacancy("karaganda", { ...WELDER, ru: `${WELDER.ru}, смена ${i + 11}` }, -i - 1, 30);
  await vacancy("karaganda", WELDER, -40, -1); // expired
  await vacancy("karaganda", WELDER, 2, 30); // not posted yet
  await vacancy("karaganda", { kk: "Аспаз", ru: "Повар", en: "Cook" }, -1, 30);
  await vacancy("aktobe", WELDER, -1, 30);

  await event("karaganda", { kk: "Дәнекерлеушілер жәрмеңкесі", ru: "Ярмарка для сварщиков", en: "Welders' fair" }, 5);
  await event("karaganda", { kk: "Дәнекерлеушілер жәрмеңкесі", ru: "Прошедшая ярмарка сварщиков", en: "Past welders' fair" }, -5);
  await event("karaganda", { kk: "Дәнекерлеушілер", ru: "Черновик: сварщики", en: "Draft welders" }, 5, "draft");
  await event("karaganda", { kk: "Дәнекерлеушілер", ru: "Отменено: сварщики", en: "Cancelled welders" }, 5, "cancelled");

  await course("karaganda", { kk: "Дәнекерлеуші курсы", ru: "Курс сварщика", en: "Welder course" }, 10);
  await course("karaganda", { kk: "Дәнекерлеуші курсы", ru: "Начавшийся курс сварщика", en: "Started welder course" }, -1);
  await course("karaganda", { kk: "Дәнекерлеуші курсы", ru: "Скрытый курс сварщика", en: "Hidden welder course" }, 10, false);

  const spec = await db.specialty.create({
    data: {
      code: "07150300", nameKk: "Дәнекерлеу ісі", nameRu: "Сварочное дело", nameEn: "Welding", sector: "manufacturing", isWorking: true,
      searchText: buildSearchText("Дәнекерлеу ісі", "Сварочное дело", "Welding", WELDER.kk, WELDER.ru, WELDER.en),
    },
  });
  const college = await db.college.create({ data: { externalId: "col", regionCode: "karaganda", nameRu: "Технический колледж" } });
  await db.collegeSpecialty.create({ data: { collegeId: college.id, specialtyId: spec.id, durationMonths: 34, stateFundedPlaces: 25 } });
});
afterAll(() => t.cleanup());

const search = (query: string, regionCode: string | null = "karaganda") => searchCatalog(db, { query, regionCode, now: NOW });

describe("searchCatalog", () => {
  it("finds Cyrillic regardless of case", async () => {
    for (const q of ["сварщик", "СВАРЩИК", "Сварщик"]) {
      const r = await search(q);
      expect(r.vacancies.total, q).toBe(7);
      expect(r.events.total, q).toBe(1);
      expect(r.courses.total, q).toBe(1);
      expect(r.specialties.total, q).toBe(1);
    }
  });

  it("finds Kazakh with and without the Kazakh letters, and English", async () => {
    for (const q of ["Дәнекерлеуші", "данекерлеуши", "ДӘНЕКЕРЛЕУ", "welder", "WELDER"]) {
      const r = await search(q);
      expect(r.vacancies.total, q).toBe(7);
      expect(r.courses.total, q).toBe(1);
      expect(r.specialties.total, q).toBe(1);
    }
  });

  it("requires every word (AND)", async () => {
    expect((await search("сварщик смена 13")).vacancies.items.map((v) => v.titleRu)).toEqual(["Электрогазосварщик, смена 13"]);
    expect((await search("сварщик смена")).vacancies.total).toBe(7);
    expect((await search("сварщик повар")).vacancies.total).toBe(0);
    expect((await search("повар")).vacancies.items.map((v) => v.titleRu)).toEqual(["Повар"]);
  });

  it("searches the user's region, or every region", async () => {
    expect((await search("сварщик", "aktobe")).vacancies.items.map((v) => v.employer.name)).toEqual(["Aktobe Steel"]);
    expect((await search("сварщик", "aktobe")).specialties.total).toBe(0);
    const all = await search("сварщик", null);
    expect(all.vacancies.total).toBe(8);
    expect(all.specialties.items[0]!.colleges).toHaveLength(1);
  });

  it("leaves out expired or future vacancies, past, draft and cancelled events, started and hidden courses", async () => {
    const r = await search("сварщик");
    expect(r.vacancies.items.every((v) => v.titleRu.includes("смена"))).toBe(true);
    expect(r.events.items.map((e) => e.titleRu)).toEqual(["Ярмарка для сварщиков"]);
    expect(r.courses.items.map((c) => c.titleRu)).toEqual(["Курс сварщика"]);
  });

  it("returns at most 5 per category, newest vacancies first, with the full count", async () => {
    const r = await search("сварщик");
    expect(r.vacancies.items).toHaveLength(5);
    expect(r.vacancies.items[0]!.titleRu).toBe("Электрогазосварщик, смена 11");
    const three = await searchCatalog(db, { query: "сварщик", regionCode: "karaganda", now: NOW, limit: 3 });
    expect(three.vacancies).toMatchObject({ total: 7 });
    expect(three.vacancies.items).toHaveLength(3);
  });

  it("searches nothing for emoji, punctuation or one letter, and caps the words of long texts", async () => {
    for (const q of ["🔧🔥", "?!…", "а", "   "]) {
      const r = await search(q);
      expect(r.terms, q).toEqual([]);
      expect(isEmptyResult(r)).toBe(true);
    }
    const long = await search(`${"сварщик ".repeat(700)}повар токарь слесарь бухгалтер водитель`);
    expect(long.terms).toEqual(["сварщик", "повар", "токарь", "слесарь", "бухгалтер"]);
    expect(isEmptyResult(long)).toBe(true);
  });
});
