import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "./support/db.ts";
import { FakeClock } from "./support/clock.ts";
import { Harness, texts, type FakeUser } from "./support/harness.ts";
import { buildSearchText } from "../src/domain/search.ts";
import { vacanciesCb } from "../src/bot/features/vacancies/callbacks.ts";
import { eventsCb } from "../src/bot/features/events/callbacks.ts";
import { coursesCb } from "../src/bot/features/courses/callbacks.ts";
import { collegesCb } from "../src/bot/features/colleges/callbacks.ts";
import { searchCb } from "../src/bot/features/search/callbacks.ts";
import { LastQueries } from "../src/bot/features/search/last-query.ts";

type T3 = { kk: string; ru: string; en: string };
const titles = (t3: T3) => ({ titleKk: t3.kk, titleRu: t3.ru, titleEn: t3.en, searchText: buildSearchText(t3.kk, t3.ru, t3.en) });

const NOW = new Date("2026-03-10T06:00:00Z");
const at = (days: number) => new Date(NOW.getTime() + days * 24 * 3600 * 1000);
const WELDER: T3 = { kk: "Электргазбен дәнекерлеуші", ru: "Электрогазосварщик", en: "Electric and gas welder" };

let t: TestDb;
let h: Harness;
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await freshDb();
  const db = t.db;
  h = new Harness({ db, clock: new FakeClock(NOW) });
  await db.user.create({ data: { telegramId: 20n, locale: "ru", regionCode: "karaganda" } });
  await db.user.create({ data: { telegramId: 21n, locale: "kk", regionCode: "karaganda" } });
  await db.user.create({ data: { telegramId: 22n, locale: "en", regionCode: "karaganda" } });
  await db.user.create({ data: { telegramId: 23n, locale: "ru" } }); // no region

  const emp = await db.employer.create({ data: { externalId: "e-k", regionCode: "karaganda", name: "Saran Tyre", sector: "manufacturing" } });
  const empA = await db.employer.create({ data: { externalId: "e-a", regionCode: "aktobe", name: "Aktobe Steel", sector: "metallurgy" } });
  for (let i = 0; i < 7; i++) {
    const v = await db.vacancy.create({
      data: {
        externalId: `v${i}`, employerId: emp.id, regionCode: "karaganda", ...titles(WELDER), sector: "manufacturing",
        city: "Сарань", postedAt: at(-i - 1), expiresAt: at(30),
      },
    });
    ids[`v${i}`] = v.id;
  }
  const va = await db.vacancy.create({
    data: { externalId: "va", employerId: empA.id, regionCode: "aktobe", ...titles({ ...WELDER, ru: "Сварщик <в цех>" }), sector: "metallurgy", postedAt: at(-1), expiresAt: at(30) },
  });
  ids.va = va.id;
  const ev = await db.event.create({
    data: {
      externalId: "ev", regionCode: "karaganda", kind: "job_fair", city: "Караганда",
      ...titles({ kk: "Дәнекерлеушілер жәрмеңкесі", ru: "Ярмарка для сварщиков", en: "Welders' job fair" }), startsAt: at(5), endsAt: at(5.3),
    },
  });
  ids.event = ev.id;
  const provider = await db.provider.create({ data: { externalId: "p", nameRu: "Учебный центр" } });
  const course = await db.course.create({
    data: {
      externalId: "c", regionCode: "karaganda", providerId: provider.id, ...titles({ kk: "Дәнекерлеуші курсы", ru: "Курс сварщика", en: "Welder course" }),
      sector: "manufacturing", durationWeeks: 8, startsAt: at(10), registrationDeadline: at(8), capacity: 20, isFree: true,
    },
  });
  ids.course = course.id;
  const spec = await db.specialty.create({
    data: {
      code: "07150300", nameKk: "Дәнекерлеу ісі", nameRu: "Сварочное дело", nameEn: "Welding", sector: "manufacturing", isWorking: true,
      searchText: buildSearchText("Дәнекерлеу ісі", "Сварочное дело", "Welding", WELDER.kk, WELDER.ru, WELDER.en),
    },
  });
  ids.spec = spec.id;
  // Four colleges teach welding in Karaganda: the results list three and link to all of them.
  for (let i = 0; i < 4; i++) {
    const c = await db.college.create({ data: { externalId: `col${i}`, regionCode: "karaganda", nameRu: `Колледж №${i + 1}`, nameKk: `№${i + 1} колледж`, city: "Караганда" } });
    ids[`col${i}`] = c.id;
    await db.collegeSpecialty.create({ data: { collegeId: c.id, specialtyId: spec.id, durationMonths: 34, stateFundedPlaces: 40 - i, isDual: i === 0 } });
  }
});
afterAll(() => t.cleanup());

const datas = (u: FakeUser) =>
  [...u.messages()].reverse().find((m) => m.keyboard)!.keyboard!.inline_keyboard.flat().map((b) => ("callback_data" in b ? b.callback_data : ""));

describe("free-text search", () => {
  it("groups results (Russian) with counts and buttons opening the cards of each feature", async () => {
    const u = h.user(20);
    const calls = await u.send("сварщик");
    const text = texts(calls)[0]!;
    expect(text).toContain("🔎 Результаты по запросу «сварщик»");
    expect(text).toContain("📍 Регион: Карагандинская область");
    expect(text).toContain("💼 <b>Вакансии</b> — 5 из 7");
    expect(text).toContain("1. <b>Электрогазосварщик</b> — Saran Tyre · 📍 Сарань");
    expect(text).toContain("📅 <b>Ярмарки и события</b> — 1");
    expect(text).toContain("6. <b>Ярмарка для сварщиков</b>");
    expect(text).toContain("🛠 <b>Курсы</b> — 1");
    expect(text).toMatch(/7\. <b>Курс сварщика<\/b> — старт .* · бесплатно/);
    expect(text).toContain("🎓 <b>Специальности колледжей</b> — 1");
    expect(text).toContain("🎓 <b>Сварочное дело</b> · 07150300 🔧");
    expect(text).toContain("8. <b>Колледж №1</b> · 📍 Караганда\n    Бюджетных мест: 40 · платных: 0 · 🤝 дуальное обучение");
    expect(text).toContain("… и ещё 1 колледж");
    expect(text).not.toContain("Aktobe Steel");

    const data = datas(u);
    expect(data).toContain(vacanciesCb.pack("open", ids.v0!));
    expect(data).toContain(eventsCb.pack("open", ids.event!));
    expect(data).toContain(coursesCb.pack("open", ids.course!));
    expect(data).toContain(collegesCb.pack("open", ids.col0!, "a", 0));
    expect(data).toContain(collegesCb.pack("spec", ids.spec!, "my", 0));
    expect(data).toContain(searchCb.pack("scope", "all"));
    expect(u.buttons()).toEqual(expect.arrayContaining(["💼 1", "💼 5", "📅 6", "🛠 7", "🏫 8", "🏫 10", "🌍 Искать во всех регионах", "🏠 Главное меню"]));
  });

  it("its buttons open the cards of the other features", async () => {
    const u = h.user(20);
    await u.send("сварщик");
    const college = await u.press("🏫 8");
    expect(texts(college)[0]).toContain("Колледж №1");
    for (const data of [vacanciesCb.pack("open", ids.v0!), eventsCb.pack("open", ids.event!), coursesCb.pack("open", ids.course!)]) {
      await u.send("сварщик");
      const calls = await u.pressData(data);
      // The feature answers (its card, or its stub before it is merged) — never "stale button".
      expect(texts(calls).length, data).toBeGreaterThan(0);
      expect(texts(calls).join(), data).not.toContain("кнопка устарела");
    }
    await u.send("сварщик");
    const all = await u.press("все колледжи (4)");
    expect(texts(all)[0]).toContain("Колледжи, где ей учат (Карагандинская область): 4");
  });

  it("understands Kazakh, with and without the Kazakh letters", async () => {
    const u = h.user(21);
    for (const q of ["Дәнекерлеуші", "данекерлеуши"]) {
      const text = texts(await u.send(q))[0]!;
      expect(text, q).toContain(`🔎 «${q}» сұрауы бойынша нәтижелер`);
      expect(text).toContain("💼 <b>Бос жұмыс орындары</b> — 7 ішінен 5");
      expect(text).toContain("<b>Дәнекерлеушілер жәрмеңкесі</b>");
      expect(text).toContain("🎓 <b>Дәнекерлеу ісі</b>");
      expect(datas(u)).toContain(coursesCb.pack("open", ids.course!));
    }
  });

  it("understands English", async () => {
    const u = h.user(22);
    const text = texts(await u.send("WELDER"))[0]!;
    expect(text).toContain("🔎 Results for «WELDER»");
    expect(text).toContain("💼 <b>Vacancies</b> — 5 of 7");
    expect(text).toContain("<b>Welders' job fair</b>");
    expect(text).toContain("🎓 <b>College specialties</b> — 1");
    expect(datas(u)).toContain(eventsCb.pack("open", ids.event!));
  });

  it("repeats the query in all regions and back in the user's region", async () => {
    const u = h.user(20);
    await u.send("сварщик");
    const all = texts(await u.press("Искать во всех регионах"))[0]!;
    expect(all).toContain("🌍 Все регионы");
    expect(all).toContain("5 из 8");
    expect(datas(u)).toContain(collegesCb.pack("spec", ids.spec!, "all", 0));
    const mine = texts(await u.press("Только мой регион"))[0]!;
    expect(mine).toContain("📍 Регион: Карагандинская область");
    expect(mine).toContain("5 из 7");
  });

  it("searches all regions for a user without one", async () => {
    const u = h.user(23);
    const text = texts(await u.send("сварщик"))[0]!;
    expect(text).toContain("🌍 Все регионы");
    expect(text).toContain("💼 <b>Вакансии</b> — 5 из 8");
    expect(u.buttons()).not.toContain("🌍 Искать во всех регионах");
  });

  it("says so kindly when nothing is found, with the main menu", async () => {
    const u = h.user(20);
    const text = texts(await u.send("астронавт"))[0]!;
    expect(text).toContain("По запросу «астронавт» ничего не нашлось");
    expect(u.buttons()).toEqual(expect.arrayContaining(["🌍 Искать во всех регионах", "💼 Вакансии", "🏫 Колледжи"]));
  });

  it("answers emoji, punctuation or a single letter with a hint", async () => {
    const u = h.user(20);
    for (const q of ["🔥🔥🔥", "?!", "я"]) {
      expect(texts(await u.send(q))[0], q).toContain("Напишите хотя бы одно слово из двух и более букв");
    }
  });

  it("handles a 5,000-character message", async () => {
    const u = h.user(20);
    const long = `сварщик ${"🔥".repeat(2500)}`;
    expect(long.length).toBeGreaterThan(5000);
    const text = texts(await u.send(long))[0]!;
    expect(text.length).toBeLessThanOrEqual(4096);
    expect(text).toContain("«сварщик 🔥🔥");
    expect(text).toContain("…»");
    expect(text).toContain("5 из 7");
  });

  it("escapes the echoed query and the found titles", async () => {
    const u = h.user(20);
    const text = texts(await u.send("<b>сварщик</b>"))[0]!;
    expect(text).toContain("«&lt;b&gt;сварщик&lt;/b&gt;»");
    const all = texts(await u.press("Искать во всех регионах"))[0]!;
    expect(all).toContain("«&lt;b&gt;сварщик&lt;/b&gt;»");
    expect(all).toContain("<b>Сварщик &lt;в цех&gt;</b> — Aktobe Steel");
  });

  it("/search with words searches; without words, like the menu button, asks what to look for", async () => {
    const u = h.user(20);
    expect(texts(await u.send("/search сварщик"))[0]).toContain("Результаты по запросу «сварщик»");
    expect(texts(await u.send("/search"))[0]).toContain("Напишите, что ищете");
    await u.send("/menu");
    expect(texts(await u.press("🔎 Поиск"))[0]).toContain("Напишите, что ищете");
  });

  it("leaves commands to the others: an unknown command is not a query", async () => {
    const u = h.user(20);
    for (const cmd of ["/сварщик", "/welder"]) {
      expect(texts(await u.send(cmd))[0], cmd).toContain("Такой команды я не знаю");
    }
  });

  it("asks to type again when the last query is gone (e.g. after a restart)", async () => {
    const fresh = new Harness({ db: t.db, clock: new FakeClock(NOW) });
    const u = fresh.user(20);
    await u.send("/menu");
    const calls = await u.callback(u.lastMessage()!.messageId, searchCb.pack("scope", "all"));
    expect(texts(calls)[0]).toContain("напишите его, пожалуйста, ещё раз");
    const forged = await u.callback(u.lastMessage()!.messageId, "s1:scope:everywhere");
    expect(texts(forged).join()).toContain("кнопка устарела");
  });
});

describe("LastQueries", () => {
  it("keeps the most recently used entries up to its capacity", () => {
    const lru = new LastQueries(2);
    lru.remember(1, { terms: "a1", echo: "a1" });
    lru.remember(2, { terms: "b2", echo: "b2" });
    lru.get(1); // 1 is now the most recent
    lru.remember(3, { terms: "c3", echo: "c3" });
    expect(lru.get(2)).toBeUndefined();
    expect(lru.get(1)?.terms).toBe("a1");
    expect(lru.get(3)?.terms).toBe("c3");
    expect(lru.size).toBe(2);
  });
});
