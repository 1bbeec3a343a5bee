import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "./support/db.ts";
import type { Db } from "../src/db/client.ts";
import { buildSearchText } from "../src/domain/search.ts";
import {
  getCollegeCard, listColleges, localName, parseLanguages, searchSpecialties, specialtyColleges,
} from "../src/domain/catalog/colleges.ts";

type T3 = { kk: string; ru: string; en: string };
const names = (n: T3) => ({ nameKk: n.kk, nameRu: n.ru, nameEn: n.en });

async function specialty(db: Db, code: string, name: T3, isWorking: boolean, quals: Array<[string, T3, boolean]>) {
  return db.specialty.create({
    data: {
      code, ...names(name), sector: "manufacturing", isWorking,
      // Like the seed: names and qualifications in all three languages.
      searchText: buildSearchText(name.kk, name.ru, name.en, ...quals.flatMap(([, q]) => [q.kk, q.ru, q.en])),
      qualifications: { create: quals.map(([qcode, q, w]) => ({ code: qcode, ...names(q), isWorking: w })) },
    },
  });
}

async function college(db: Db, key: string, regionCode: string, name: T3, extra: { hasDual?: boolean; city?: string } = {}) {
  return db.college.create({
    data: {
      externalId: key, regionCode, ...names(name), city: extra.city ?? "Караганда", address: "ул. Ленина, 1",
      phone: "+7 7212 00 00 00", website: "https://college.kz", studentsCount: 1200, hasDual: extra.hasDual ?? false,
      searchText: buildSearchText(name.kk, name.ru, name.en),
    },
  });
}

function offer(db: Db, collegeId: number, specialtyId: number, o: { base?: string; state?: number; paid?: number; dual?: boolean; months?: number; languages?: string } = {}) {
  return db.collegeSpecialty.create({
    data: {
      collegeId, specialtyId, baseEducation: o.base ?? "grade9", stateFundedPlaces: o.state ?? 25, paidPlaces: o.paid ?? 5,
      durationMonths: o.months ?? 34, isDual: o.dual ?? false, languages: o.languages ?? "kk,ru",
    },
  });
}

let t: TestDb;
let db: Db;
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await freshDb();
  db = t.db;
  const welding = await specialty(db, "07150300", { kk: "Дәнекерлеу ісі", ru: "Сварочное дело", en: "Welding" }, true, [
    ["3W07150301", { kk: "Электргазбен дәнекерлеуші", ru: "Электрогазосварщик", en: "Electric and gas welder" }, true],
    ["4S07150304", { kk: "Дәнекерлеу өндірісінің технигі", ru: "Техник сварочного производства", en: "Welding technician" }, false],
  ]);
  const accounting = await specialty(db, "04110100", { kk: "Есеп және аудит", ru: "Учёт и аудит", en: "Accounting and audit" }, false, [
    ["4S04110101", { kk: "Бухгалтер", ru: "Бухгалтер", en: "Accountant" }, false],
  ]);
  const turning = await specialty(db, "07150700", { kk: "Токарлық іс", ru: "Токарное дело", en: "Turning" }, true, [
    ["3W07150701", { kk: "Токарь", ru: "Токарь", en: "Turner" }, true],
  ]);
  ids.welding = welding.id;
  ids.accounting = accounting.id;
  ids.turning = turning.id;

  // Karaganda: names chosen so the Kazakh order (А, Ә, Б) differs from the Russian one.
  const tech = await college(db, "k-tech", "karaganda", { kk: "Әлихан Бөкейхан атындағы колледж", ru: "Технический колледж", en: "Technical College" }, { hasDual: true });
  const biz = await college(db, "k-biz", "karaganda", { kk: "Бизнес колледжі", ru: "Бизнес-колледж", en: "Business College" });
  const agro = await college(db, "k-agro", "karaganda", { kk: "Аграрлық колледж", ru: "Аграрный колледж", en: "Agrarian College" }, { city: "Сарань" });
  ids.tech = tech.id;
  ids.biz = biz.id;
  ids.agro = agro.id;
  await offer(db, tech.id, welding.id, { base: "grade9", state: 25, paid: 10, dual: true, months: 46 });
  await offer(db, tech.id, welding.id, { base: "grade11", state: 15, paid: 0, months: 22, languages: "ru,kk,xx" });
  await offer(db, tech.id, accounting.id, { state: 0, paid: 30 });
  await offer(db, biz.id, accounting.id, { state: 20 });
  await offer(db, agro.id, welding.id, { state: 50, dual: false });
  await offer(db, agro.id, turning.id, { state: 10 });

  // Aktobe: another region teaching welding too.
  const aktobe = await college(db, "a-poly", "aktobe", { kk: "Ақтөбе политехникалық колледжі", ru: "Актюбинский политехнический колледж", en: "Aktobe Polytechnic College" }, { city: "Актобе" });
  ids.aktobe = aktobe.id;
  await offer(db, aktobe.id, welding.id, { state: 40 });
});
afterAll(() => t.cleanup());

describe("listColleges", () => {
  it("lists the region's colleges sorted by their name in the user's language", async () => {
    const ru = await listColleges(db, { regionCode: "karaganda", workingOnly: false, locale: "ru", page: 0 });
    expect(ru.items.map((c) => localName(c, "ru"))).toEqual(["Аграрный колледж", "Бизнес-колледж", "Технический колледж"]);
    expect(ru.total).toBe(3);
    const kk = await listColleges(db, { regionCode: "karaganda", workingOnly: false, locale: "kk", page: 0 });
    expect(kk.items.map((c) => localName(c, "kk"))).toEqual(["Аграрлық колледж", "Әлихан Бөкейхан атындағы колледж", "Бизнес колледжі"]);
  });

  it("counts distinct specialties (after grade 9 and 11 are one specialty) and shows dual", async () => {
    const page = await listColleges(db, { regionCode: "karaganda", workingOnly: false, locale: "en", page: 0 });
    const tech = page.items.find((c) => c.id === ids.tech)!;
    expect(tech).toMatchObject({ specialtiesCount: 2, hasDual: true, city: "Караганда" });
  });

  it("working professions only: drops colleges without them and counts only working specialties", async () => {
    const page = await listColleges(db, { regionCode: "karaganda", workingOnly: true, locale: "en", page: 0 });
    expect(page.items.map((c) => [c.id, c.specialtiesCount])).toEqual([
      [ids.agro, 2],
      [ids.tech, 1],
    ]);
  });

  it("pages by 5, clamps the page and finds the page of a focused college", async () => {
    for (let i = 0; i < 9; i++) {
      await college(db, `j-${i}`, "jambyl", { kk: `Колледж ${i + 1}`, ru: `Колледж ${i + 1}`, en: `College ${i + 1}` });
    }
    const first = await listColleges(db, { regionCode: "jambyl", workingOnly: false, locale: "ru", page: 0 });
    expect(first).toMatchObject({ page: 0, pages: 2, total: 9 });
    expect(first.items.map((c) => c.nameRu)).toEqual(["Колледж 1", "Колледж 2", "Колледж 3", "Колледж 4", "Колледж 5"]);
    const forged = await listColleges(db, { regionCode: "jambyl", workingOnly: false, locale: "ru", page: 99 });
    expect(forged.page).toBe(1);
    expect(forged.items).toHaveLength(4);
    const eighth = forged.items.find((c) => c.nameRu === "Колледж 8")!;
    const focused = await listColleges(db, { regionCode: "jambyl", workingOnly: false, locale: "ru", page: 0, focusId: eighth.id });
    expect(focused.page).toBe(1);
    const empty = await listColleges(db, { regionCode: "ulytau", workingOnly: false, locale: "ru", page: 3 });
    expect(empty).toMatchObject({ items: [], page: 0, pages: 1, total: 0 });
  });
});

describe("getCollegeCard", () => {
  it("groups offers by specialty with qualifications, languages and both base educations", async () => {
    const card = (await getCollegeCard(db, ids.tech!, { workingOnly: false }))!;
    expect(card.college).toMatchObject({ id: ids.tech, phone: "+7 7212 00 00 00", studentsCount: 1200, hasDual: true });
    expect(card.specialties.map((s) => s.code)).toEqual(["04110100", "07150300"]);
    const welding = card.specialties[1]!;
    expect(welding.qualifications.map((q) => [q.code, q.isWorking])).toEqual([
      ["3W07150301", true],
      ["4S07150304", false],
    ]);
    expect(welding.offers.map((o) => [o.baseEducation, o.durationMonths, o.stateFundedPlaces, o.paidPlaces, o.isDual])).toEqual([
      ["grade9", 46, 25, 10, true],
      ["grade11", 22, 15, 0, false],
    ]);
    expect(welding.offers.find((o) => o.baseEducation === "grade11")!.languages).toEqual(["kk", "ru"]);
  });

  it("keeps only working specialties under the filter, and is null for a missing college", async () => {
    const card = (await getCollegeCard(db, ids.tech!, { workingOnly: true }))!;
    expect(card.specialties.map((s) => s.code)).toEqual(["07150300"]);
    const biz = (await getCollegeCard(db, ids.biz!, { workingOnly: true }))!;
    expect(biz.specialties).toEqual([]);
    expect(await getCollegeCard(db, 999_999, { workingOnly: false })).toBeNull();
  });

  it("parses languages, dropping unknown codes", () => {
    expect(parseLanguages("ru, KK,xx")).toEqual(["kk", "ru"]);
    expect(parseLanguages("")).toEqual([]);
  });
});

describe("searchSpecialties", () => {
  const search = (query: string, regionCode: string | null = "karaganda", workingOnly = false) =>
    searchSpecialties(db, { regionCode, query, workingOnly });

  it("finds a specialty by a qualification in Russian, any case", async () => {
    for (const q of ["сварщик", "СВАРЩИК", "Электрогазосварщик"]) {
      const r = await search(q);
      expect(r.items.map((s) => s.code), q).toEqual(["07150300"]);
    }
  });

  it("finds it in Kazakh with and without the Kazakh letters, and in English", async () => {
    for (const q of ["дәнекерлеу", "Дәнекерлеуші", "данекерлеуши", "welder", "WELDING"]) {
      expect((await search(q)).items.map((s) => s.code), q).toEqual(["07150300"]);
    }
  });

  it("needs every word to match", async () => {
    expect((await search("техник сварочного")).items.map((s) => s.code)).toEqual(["07150300"]);
    expect((await search("сварщик бухгалтер")).total).toBe(0);
  });

  it("lists the colleges of the region teaching it, places summed per college, most places first", async () => {
    const r = await search("сварщик");
    const colleges = r.items[0]!.colleges;
    expect(colleges.map((c) => [c.id, c.stateFundedPlaces, c.paidPlaces, c.isDual])).toEqual([
      [ids.agro, 50, 5, false],
      [ids.tech, 40, 10, true],
    ]);
    const all = await search("сварщик", null);
    expect(all.items[0]!.colleges.map((c) => c.regionCode).sort()).toEqual(["aktobe", "karaganda", "karaganda"]);
  });

  it("only returns specialties taught in the region, and working ones under the filter", async () => {
    expect((await search("токарь", "aktobe")).total).toBe(0);
    expect((await search("бухгалтер", "karaganda", true)).total).toBe(0);
    expect((await search("бухгалтер", "karaganda", false)).total).toBe(1);
  });

  it("searches nothing for a query without words", async () => {
    expect(await search("🔧 !!! a")).toEqual({ terms: [], total: 0, items: [] });
  });

  it("limits the items but counts them all", async () => {
    const r = await searchSpecialties(db, { regionCode: null, query: "колледж дело", limit: 1 });
    // "дело" is in two Russian specialty names; "колледж" in none: AND gives nothing.
    expect(r.total).toBe(0);
    const d = await searchSpecialties(db, { regionCode: null, query: "дело", limit: 1 });
    expect(d.total).toBe(2);
    expect(d.items).toHaveLength(1);
  });

  it("specialtyColleges gives all colleges of a scope for one specialty", async () => {
    expect((await specialtyColleges(db, ids.welding!, "karaganda"))!.colleges).toHaveLength(2);
    expect((await specialtyColleges(db, ids.welding!, null))!.colleges).toHaveLength(3);
    expect(await specialtyColleges(db, 999_999, null)).toBeNull();
  });
});
