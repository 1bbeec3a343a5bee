import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "./support/db.ts";
import { Harness, texts } from "./support/harness.ts";
import type { Db } from "../src/db/client.ts";
import { buildSearchText } from "../src/domain/search.ts";
import { collegesCb } from "../src/bot/features/colleges/callbacks.ts";

type T3 = { kk: string; ru: string; en: string };
const names = (n: T3) => ({ nameKk: n.kk, nameRu: n.ru, nameEn: n.en });

let t: TestDb;
let h: Harness;
const ids: Record<string, number> = {};

async function college(db: Db, key: string, regionCode: string, name: T3, hasDual = false) {
  return db.college.create({
    data: {
      externalId: key, regionCode, ...names(name), city: "Караганда", address: "пр. Бухар-Жырау, 50",
      phone: "+7 7212 41 00 00", website: "https://ktsk.kz", studentsCount: 1850, hasDual,
      searchText: buildSearchText(name.kk, name.ru, name.en),
    },
  });
}

async function specialty(db: Db, code: string, name: T3, isWorking: boolean, qual?: T3) {
  return db.specialty.create({
    data: {
      code, ...names(name), sector: "manufacturing", isWorking,
      searchText: buildSearchText(name.kk, name.ru, name.en, qual?.kk, qual?.ru, qual?.en),
      qualifications: qual ? { create: [{ code: `3W${code}`, ...names(qual), isWorking }] } : undefined,
    },
  });
}

beforeAll(async () => {
  t = await freshDb();
  const db = t.db;
  h = new Harness({ db });
  await db.user.create({ data: { telegramId: 10n, locale: "ru", regionCode: "karaganda" } });
  await db.user.create({ data: { telegramId: 11n, locale: "kk", regionCode: "karaganda" } });
  await db.user.create({ data: { telegramId: 12n, locale: "en", regionCode: "karaganda" } });
  await db.user.create({ data: { telegramId: 13n, locale: "ru" } }); // no region yet

  const welding = await specialty(db, "07150300", { kk: "Дәнекерлеу ісі", ru: "Сварочное дело", en: "Welding" }, true, {
    kk: "Электргазбен дәнекерлеуші", ru: "Электрогазосварщик", en: "Electric and gas welder",
  });
  const accounting = await specialty(db, "04110100", { kk: "Есеп және аудит", ru: "Учёт и аудит", en: "Accounting and audit" }, false);

  const tech = await college(db, "kts", "karaganda", {
    kk: "Қарағанды технология және сервис колледжі", ru: "Карагандинский колледж технологии и сервиса", en: "Karaganda College of Technology and Service",
  }, true);
  ids.tech = tech.id;
  await db.collegeSpecialty.create({
    data: { collegeId: tech.id, specialtyId: welding.id, stateFundedPlaces: 25, paidPlaces: 10, durationMonths: 46, isDual: true, languages: "kk,ru" },
  });
  await db.collegeSpecialty.create({
    data: { collegeId: tech.id, specialtyId: accounting.id, stateFundedPlaces: 0, paidPlaces: 30, durationMonths: 34, baseEducation: "grade11", studyForm: "part_time" },
  });
  // A college with many long specialties, so its card needs several pages.
  const big = await college(db, "big", "karaganda", { kk: "Жоғары колледж", ru: "Большой колледж", en: "Big College" });
  ids.big = big.id;
  for (let i = 0; i < 14; i++) {
    const long = "очень длинное название специальности ".repeat(3);
    const s = await specialty(db, `0900${String(i).padStart(4, "0")}`, { kk: `Мамандық ${i}`, ru: `${long}${i}`, en: `Specialty ${i}` }, i % 2 === 0, {
      kk: `Біліктілік ${i}`, ru: `Квалификация ${i} `.repeat(8), en: `Qualification ${i}`,
    });
    await db.collegeSpecialty.create({ data: { collegeId: big.id, specialtyId: s.id, durationMonths: 34 } });
  }
  for (let i = 0; i < 6; i++) {
    await college(db, `x${i}`, "karaganda", { kk: `Колледж ${i}`, ru: `Колледж ${i}`, en: `College ${i}` });
  }
  await college(db, "other", "aktobe", { kk: "Ақтөбе колледжі", ru: "Актюбинский колледж", en: "Aktobe College" });
});
afterAll(() => t.cleanup());

describe("colleges list", () => {
  it("opens from the main menu with the region's colleges, alphabetically, 5 per page", async () => {
    const u = h.user(10);
    await u.send("/menu");
    const calls = await u.press("Колледжи");
    const text = texts(calls)[0]!;
    expect(text).toContain("Колледжи — Карагандинская область");
    expect(text).toContain("Всего колледжей: 8");
    expect(text).not.toContain("Актюбинский");
    expect(text.indexOf("Большой колледж")).toBeLessThan(text.indexOf("Карагандинский колледж"));
    expect(text).toContain("1. <b>Большой колледж</b>");
    expect(text).toContain("14 специальностей");
    expect(text).toMatch(/Карагандинский колледж технологии и сервиса<\/b>\n.*2 специальности · 🤝 дуальное обучение/);
    expect(u.buttons()).toEqual(expect.arrayContaining(["1", "5", "🔧 Только рабочие профессии", "🔎 Найти специальность", "1/2", "›"]));
    await u.press("›");
    expect(u.lastMessage()!.text).toContain("6. <b>Колледж 3</b>");
  });

  it("filters to working professions with a toggle that shows its state", async () => {
    const u = h.user(10);
    await u.send("/menu");
    await u.press("Колледжи");
    await u.press("Только рабочие профессии");
    const text = u.lastMessage()!.text;
    expect(text).toContain("Только колледжи и специальности рабочих профессий");
    expect(text).toContain("Всего колледжей: 2");
    expect(text).toContain("7 специальностей"); // the big college's working ones
    expect(text).toContain("1 специальность");
    expect(u.buttons()).toContain("✅ 🔧 Только рабочие профессии");
  });

  it("explains how to find a specialty", async () => {
    const u = h.user(10);
    await u.send("/menu");
    await u.press("Колледжи");
    await u.press("Найти специальность");
    expect(u.lastMessage()!.text).toContain("«сварщик», «дәнекерлеу» или «welder»");
    await u.press("Список колледжей");
    expect(u.lastMessage()!.text).toContain("Всего колледжей: 8");
  });

  it("asks for the region first when there is none", async () => {
    const u = h.user(13);
    await u.send("/menu");
    const calls = await u.press("Колледжи");
    expect(texts(calls)[0]).toContain("В каком регионе");
  });
});

describe("college card", () => {
  it("shows contacts, dual education and specialties with places, form, duration and languages", async () => {
    const u = h.user(10);
    await u.send("/menu");
    await u.press("Колледжи");
    await u.press(/^2$/); // Карагандинский колледж технологии и сервиса
    const text = u.lastMessage()!.text;
    expect(text).toContain("🏫 <b>Карагандинский колледж технологии и сервиса</b>");
    expect(text).toContain("📍 Караганда, пр. Бухар-Жырау, 50");
    expect(text).toContain("☎️ +7 7212 41 00 00");
    expect(text).toContain("🌐 https://ktsk.kz");
    expect(text).toMatch(/Студентов: 1\s850/);
    expect(text).toContain("Дуальное обучение с предприятиями-партнёрами");
    expect(text).toContain("<b>Специальности</b>: 2");
    expect(text).toContain("🎓 <b>Сварочное дело</b> · 07150300\n🔧 рабочая профессия");
    expect(text).toContain("Квалификации: Электрогазосварщик 🔧");
    expect(text).toContain("на базе 9 классов · очная форма · 3 года 10 месяцев");
    expect(text).toContain("Бюджетных мест: 25 · платных: 10 · язык обучения: казахский, русский · 🤝 дуальное обучение");
    expect(text).toContain("на базе 11 классов · заочная форма · 2 года 10 месяцев");
    // Accounting comes first (by code) and is not a working profession.
    expect(text.indexOf("Учёт и аудит")).toBeLessThan(text.indexOf("Сварочное дело"));
  });

  it("respects the working-only filter and goes back to the list page holding the college", async () => {
    const u = h.user(10);
    await u.send("/menu");
    await u.press("Колледжи");
    await u.press(/^2$/);
    await u.press("Только рабочие профессии");
    const text = u.lastMessage()!.text;
    expect(text).toContain("<b>Специальности рабочих профессий</b>: 1");
    expect(text).not.toContain("Учёт и аудит");
    await u.press("Список колледжей");
    expect(u.lastMessage()!.text).toContain("Только колледжи и специальности рабочих профессий");
    expect(u.lastMessage()!.text).toContain("Карагандинский колледж технологии и сервиса");
  });

  it("pages long specialty lists, every page within Telegram's limit", async () => {
    const u = h.user(10);
    await u.send("/menu");
    await u.press("Колледжи");
    await u.press(/^1$/); // Большой колледж
    const pages = u.buttons().find((b) => /^1\/\d+$/.test(b));
    expect(pages).toBeDefined();
    const count = Number(pages!.split("/")[1]);
    expect(count).toBeGreaterThan(2);
    const seen = new Set<string>();
    for (let p = 0; p < count; p++) {
      const calls = await u.pressData(collegesCb.pack("open", ids.big!, "a", p));
      const text = texts(calls)[0]!;
      expect(text.length).toBeLessThanOrEqual(4096);
      expect(text).toContain("<b>Специальности</b>: 14");
      for (const m of text.matchAll(/· (0900\d{4})/g)) seen.add(m[1]!);
    }
    expect(seen.size).toBe(14); // every specialty on exactly one of the pages
  });

  it("speaks Kazakh and English, with durations in words", async () => {
    const kk = h.user(11);
    await kk.send("/start college_" + ids.tech);
    const kkText = kk.lastMessage()!.text;
    expect(kkText).toContain("Қарағанды технология және сервис колледжі");
    expect(kkText).toContain("9-сынып негізінде · күндізгі оқу · 3 жыл 10 ай");
    expect(kkText).toContain("Мемлекеттік тапсырыс орындары: 25 · ақылы: 10 · оқыту тілі: қазақ, орыс");
    const en = h.user(12);
    await en.send("/start college_" + ids.tech);
    const enText = en.lastMessage()!.text;
    expect(enText).toContain("after grade 9 · full-time · 3 years 10 months");
    expect(enText).toContain("State-funded places: 25 · paid: 10 · language of instruction: Kazakh, Russian · 🤝 dual education");
  });

  it("deep link to a missing college and forged buttons answer politely", async () => {
    const u = h.user(10);
    const missing = await u.send("/start college_999999");
    expect(texts(missing)[0]).toContain("Не удалось найти");
    expect(u.buttons()).toContain("🏫 Колледжи");
    const gone = await u.callback(1, collegesCb.pack("open", 999_999, "a", 0));
    expect(texts(gone).join()).toContain("Не удалось найти");
    const forged = await u.callback(1, "k1:open:1:zz:0");
    expect(texts(forged).join()).toContain("кнопка устарела");
    const bad = await u.callback(1, "k1:list:a");
    expect(texts(bad).join()).toContain("кнопка устарела");
  });
});

describe("colleges teaching a specialty", () => {
  it("lists them with places and opens a card", async () => {
    const u = h.user(10);
    const spec = await t.db.specialty.findUniqueOrThrow({ where: { code: "07150300" } });
    await u.send("/menu");
    const calls = await u.callback(u.lastMessage()!.messageId, collegesCb.pack("spec", spec.id, "my", 0));
    const text = texts(calls)[0]!;
    expect(text).toContain("🎓 <b>Сварочное дело</b> · 07150300");
    expect(text).toContain("Колледжи, где ей учат (Карагандинская область): 1");
    expect(text).toContain("Бюджетных мест: 25 · платных: 10 · 🤝 дуальное обучение");
    await u.press(/^1$/);
    expect(u.lastMessage()!.text).toContain("🏫 <b>Карагандинский колледж технологии и сервиса</b>");
  });
});
