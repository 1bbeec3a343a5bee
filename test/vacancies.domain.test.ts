import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "./support/db.ts";
import type { Db } from "../src/db/client.ts";
import { buildSearchText } from "../src/domain/search.ts";
import {
  countOpenVacanciesBySector,
  getVacancy,
  isVacancyOpen,
  isVacancyScheduled,
  listOpenVacancies,
  upcomingFair,
} from "../src/domain/catalog/vacancies.ts";

const NOW = new Date("2026-11-25T06:00:00Z");
const DAY = 86_400_000;
const daysFromNow = (d: number) => new Date(NOW.getTime() + d * DAY);

let t: TestDb;
let db: Db;
let seq = 0;

async function employer(regionCode: string, name: string) {
  seq++;
  return db.employer.create({ data: { externalId: `emp-${seq}`, regionCode, name, sector: "oil_gas", aboutRu: `О компании ${name}` } });
}

async function vacancy(employerId: number, regionCode: string, title: string, o: { sector?: string; working?: boolean; posted?: number; expires?: number; eventId?: number } = {}) {
  seq++;
  return db.vacancy.create({
    data: {
      externalId: `vac-${seq}`,
      employerId,
      regionCode,
      titleRu: title,
      sector: o.sector ?? "oil_gas",
      isWorkingProfession: o.working ?? false,
      postedAt: daysFromNow(o.posted ?? -1),
      expiresAt: daysFromNow(o.expires ?? 30),
      eventId: o.eventId,
      searchText: buildSearchText(title),
    },
  });
}

const ids = {} as Record<"welder" | "driver" | "accountant" | "operator" | "expired" | "future" | "other", number>;

beforeAll(async () => {
  t = await freshDb();
  db = t.db;
  const aktobe = await employer("aktobe", "Aktobe Munai");
  const karaganda = await employer("karaganda", "Saran Tyres");
  ids.welder = (await vacancy(aktobe.id, "aktobe", "Сварщик", { working: true, posted: -1 })).id;
  ids.driver = (await vacancy(aktobe.id, "aktobe", "Водитель", { sector: "transport", working: true, posted: -3 })).id;
  ids.accountant = (await vacancy(aktobe.id, "aktobe", "Бухгалтер", { sector: "service", posted: -2 })).id;
  ids.operator = (await vacancy(aktobe.id, "aktobe", "Оператор", { posted: -5 })).id;
  ids.expired = (await vacancy(aktobe.id, "aktobe", "Просроченная", { posted: -40, expires: -1 })).id;
  ids.future = (await vacancy(aktobe.id, "aktobe", "Будущая", { posted: 2 })).id;
  ids.other = (await vacancy(karaganda.id, "karaganda", "Шиномонтажник", { working: true, posted: 0 })).id;
});
afterAll(() => t.cleanup());

describe("listOpenVacancies", () => {
  it("lists open vacancies of the region newest first, with the employer, excluding expired and not yet posted", async () => {
    const page = await listOpenVacancies(db, { regionCode: "aktobe", workingOnly: false, now: NOW, page: 0 });
    expect(page.items.map((v) => v.titleRu)).toEqual(["Сварщик", "Бухгалтер", "Водитель", "Оператор"]);
    expect(page.items[0]!.employer.name).toBe("Aktobe Munai");
    expect(page).toMatchObject({ total: 4, page: 0, pages: 1 });
  });

  it("keeps regions apart", async () => {
    const page = await listOpenVacancies(db, { regionCode: "karaganda", workingOnly: false, now: NOW, page: 0 });
    expect(page.items.map((v) => v.id)).toEqual([ids.other]);
    const empty = await listOpenVacancies(db, { regionCode: "abai", workingOnly: false, now: NOW, page: 0 });
    expect(empty).toEqual({ items: [], page: 0, pages: 1, total: 0 });
  });

  it("filters by sector and working professions", async () => {
    const oil = await listOpenVacancies(db, { regionCode: "aktobe", sector: "oil_gas", workingOnly: false, now: NOW, page: 0 });
    expect(oil.items.map((v) => v.titleRu)).toEqual(["Сварщик", "Оператор"]);
    const working = await listOpenVacancies(db, { regionCode: "aktobe", workingOnly: true, now: NOW, page: 0 });
    expect(working.items.map((v) => v.titleRu)).toEqual(["Сварщик", "Водитель"]);
    const both = await listOpenVacancies(db, { regionCode: "aktobe", sector: "oil_gas", workingOnly: true, now: NOW, page: 0 });
    expect(both.items.map((v) => v.titleRu)).toEqual(["Сварщик"]);
  });

  it("a vacancy stops being listed the moment it expires", async () => {
    const v = (await getVacancy(db, ids.welder))!;
    const atExpiry = await listOpenVacancies(db, { regionCode: "aktobe", workingOnly: false, now: v.expiresAt, page: 0 });
    expect(atExpiry.items.map((x) => x.id)).not.toContain(ids.welder);
  });

  it("pages by 5 in a stable order and clamps out-of-range pages", async () => {
    const emp = await employer("mangystau", "Caspian Port");
    const made: number[] = [];
    for (let i = 0; i < 7; i++) made.push((await vacancy(emp.id, "mangystau", `Docker ${i}`, { posted: -1 })).id);
    const first = await listOpenVacancies(db, { regionCode: "mangystau", workingOnly: false, now: NOW, page: 0 });
    const last = await listOpenVacancies(db, { regionCode: "mangystau", workingOnly: false, now: NOW, page: 99 });
    expect(first).toMatchObject({ page: 0, pages: 2, total: 7 });
    expect(first.items).toHaveLength(5);
    expect(last).toMatchObject({ page: 1, pages: 2 });
    // Same postedAt: the id breaks the tie, so the two pages together hold every row once.
    expect([...first.items, ...last.items].map((v) => v.id)).toEqual([...made].reverse());
    const negative = await listOpenVacancies(db, { regionCode: "mangystau", workingOnly: false, now: NOW, page: -3 });
    expect(negative.page).toBe(0);
  });
});

describe("countOpenVacanciesBySector", () => {
  it("counts open vacancies per sector of the region, biggest first", async () => {
    expect(await countOpenVacanciesBySector(db, "aktobe", false, NOW)).toEqual([
      { sector: "oil_gas", count: 2 },
      { sector: "transport", count: 1 },
      { sector: "service", count: 1 },
    ]);
    expect(await countOpenVacanciesBySector(db, "aktobe", true, NOW)).toEqual([
      { sector: "oil_gas", count: 1 },
      { sector: "transport", count: 1 },
    ]);
    expect(await countOpenVacanciesBySector(db, "abai", false, NOW)).toEqual([]);
  });
});

describe("getVacancy and open rules", () => {
  it("returns the vacancy with employer, whatever its state, and null for unknown ids", async () => {
    const expired = await getVacancy(db, ids.expired);
    expect(expired?.employer.name).toBe("Aktobe Munai");
    expect(isVacancyOpen(expired!, NOW)).toBe(false);
    expect(await getVacancy(db, 999_999)).toBeNull();
  });

  it("is open from postedAt inclusive to expiresAt exclusive", () => {
    const v = { postedAt: NOW, expiresAt: daysFromNow(1) };
    expect(isVacancyOpen(v, NOW)).toBe(true);
    expect(isVacancyOpen(v, new Date(NOW.getTime() - 1))).toBe(false);
    expect(isVacancyScheduled(v, new Date(NOW.getTime() - 1))).toBe(true);
    expect(isVacancyOpen(v, daysFromNow(1))).toBe(false);
    expect(isVacancyScheduled(v, daysFromNow(1))).toBe(false);
  });

  it("points to the fair only while it is published and not over", async () => {
    const fair = await db.event.create({
      data: { externalId: "fair-1", regionCode: "atyrau", kind: "job_fair", titleRu: "Ярмарка вакансий", startsAt: daysFromNow(3), endsAt: daysFromNow(3.3) },
    });
    const emp = await employer("atyrau", "Fair Employer");
    const v = (await getVacancy(db, (await vacancy(emp.id, "atyrau", "Слесарь", { eventId: fair.id })).id))!;
    expect(upcomingFair(v, NOW)?.titleRu).toBe("Ярмарка вакансий");
    expect(upcomingFair(v, daysFromNow(4))).toBeNull();
    expect(upcomingFair({ event: { ...v.event!, status: "cancelled" } }, NOW)).toBeNull();
    expect(upcomingFair({ event: null }, NOW)).toBeNull();
  });
});
