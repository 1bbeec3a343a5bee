import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventsCb } from "../src/bot/features/events/callbacks.ts";
import { vacanciesCb } from "../src/bot/features/vacancies/callbacks.ts";
import { buildSearchText } from "../src/domain/search.ts";
import { FakeClock } from "./support/clock.ts";
import { freshDb, type TestDb } from "./support/db.ts";
import { Harness, texts } from "./support/harness.ts";

const NOW = new Date("2026-11-02T06:00:00Z");
let t: TestDb;
let h: Harness;
const ids: Record<string, number> = {};
async function event(key: string, data: { regionCode: string; titleRu: string; titleKk?: string; kind?: string; startsAt: string; endsAt: string; status?: string; latitude?: number; longitude?: number; expectedVacancies?: number; expectedEmployers?: number }) {
  const { titleKk, ...rest } = data;
  const row = await t.db.event.create({
    data: {
      externalId: `ev-${key}`,
      kind: "job_fair",
      titleKk: titleKk ?? "",
      descriptionRu: "Приходите с резюме — работодатели проводят собеседования на месте.",
      venue: "Дворец культуры «Туркестан»",
      address: "пр. Тауке хана, 1",
      city: "Туркестан",
      ...rest,
      startsAt: new Date(data.startsAt),
      endsAt: new Date(data.endsAt),
      searchText: buildSearchText(data.titleRu, titleKk),
    },
  });
  ids[key] = row.id;
}

beforeAll(async () => {
  t = await freshDb();
  h = new Harness({ db: t.db, clock: new FakeClock(NOW) });
  await event("fest", {
    regionCode: "turkistan",
    titleRu: "Ярмарка вакансий «Mamandyk Fest»",
    titleKk: "«Mamandyk Fest» бос жұмыс орындары жәрмеңкесі",
    startsAt: "2026-11-05T05:00:00Z",
    endsAt: "2026-11-05T11:00:00Z",
    latitude: 43.2975,
    longitude: 68.2517,
    expectedVacancies: 1500,
    expectedEmployers: 40,
  });
  await event("openDay", { regionCode: "turkistan", titleRu: "День открытых дверей колледжа", kind: "open_day", startsAt: "2026-11-10T04:00:00Z", endsAt: "2026-11-10T08:00:00Z" });
  await event("aktobe", { regionCode: "aktobe", titleRu: "Форум работающей молодёжи", kind: "forum", startsAt: "2026-11-04T05:00:00Z", endsAt: "2026-11-04T09:00:00Z" });
  await event("cancelled", { regionCode: "turkistan", titleRu: "Отменённая ярмарка", status: "cancelled", startsAt: "2026-11-06T05:00:00Z", endsAt: "2026-11-06T09:00:00Z" });
  await event("ended", { regionCode: "turkistan", titleRu: "Прошедшая ярмарка", startsAt: "2026-10-01T05:00:00Z", endsAt: "2026-10-01T09:00:00Z" });

  const plant = await t.db.employer.create({ data: { externalId: "emp-1", regionCode: "turkistan", name: "ТОО «Туркестан Құрылыс»", sector: "construction" } });
  const textile = await t.db.employer.create({ data: { externalId: "emp-2", regionCode: "turkistan", name: "Ontustik Textile", sector: "textile" } });
  const vacancy = (employerId: number, titleRu: string, extra: { salaryMin?: number; salaryMax?: number; positions?: number; expiresAt?: Date } = {}) =>
    t.db.vacancy.create({
      data: {
        externalId: `vac-${titleRu}`,
        employerId,
        regionCode: "turkistan",
        eventId: ids.fest!,
        titleRu,
        sector: "construction",
        postedAt: new Date("2026-10-20T00:00:00Z"),
        expiresAt: extra.expiresAt ?? new Date("2026-12-31T00:00:00Z"),
        searchText: buildSearchText(titleRu),
        ...extra,
      },
    });
  ids.welder = (await vacancy(plant.id, "Электрогазосварщик", { salaryMin: 300_000, salaryMax: 450_000, positions: 3 })).id;
  ids.seamstress = (await vacancy(textile.id, "Швея", { salaryMin: 180_000, positions: 5 })).id;
  await vacancy(textile.id, "Закройщик (истёк)", { expiresAt: new Date("2026-11-01T00:00:00Z") });

  await t.db.user.create({ data: { telegramId: 7n, locale: "ru", regionCode: "turkistan" } });
  await t.db.user.create({ data: { telegramId: 8n, locale: "kk", regionCode: "turkistan" } });
  await t.db.user.create({ data: { telegramId: 9n, locale: "ru", regionCode: "ulytau" } });
  await t.db.user.create({ data: { telegramId: 10n, locale: "ru" } });
});
afterAll(() => t.cleanup());

describe("events list", () => {
  const u = () => h.user(7, { language_code: "ru" });

  it("shows the user's region's upcoming events, soonest first, from the main menu", async () => {
    const user = u();
    await user.send("/menu");
    const calls = await user.press("Ярмарки и события");
    const text = texts(calls).join("\n");
    expect(text).toContain("Туркестанская область");
    expect(text.indexOf("Mamandyk Fest")).toBeLessThan(text.indexOf("День открытых дверей"));
    expect(text).toContain("10:00"); // 05:00Z in Kazakhstan time
    expect(text).not.toContain("Форум работающей молодёжи");
    expect(text).not.toContain("Отменённая");
    expect(text).not.toContain("Прошедшая");
    expect(user.buttons()).toEqual(expect.arrayContaining(["1", "2", "✅ 📍 Мой регион", "🌍 Все регионы", "🏠 Главное меню"]));
  });

  it("toggles to all regions and back", async () => {
    const user = u();
    const all = texts(await user.press("Все регионы")).join("\n");
    expect(all).toContain("все регионы");
    expect(all).toContain("Форум работающей молодёжи");
    expect(user.buttons()).toContain("✅ 🌍 Все регионы");
    const mine = texts(await user.press("Мой регион")).join("\n");
    expect(mine).not.toContain("Форум работающей молодёжи");
  });

  it("suggests all regions when the user's region has nothing", async () => {
    const user = h.user(9, { language_code: "ru" });
    await user.send("/menu");
    const text = texts(await user.press("Ярмарки и события")).join("\n");
    expect(text).toContain("Область Ұлытау");
    expect(text).toContain("пока нет предстоящих");
    expect(text).toContain("Все регионы");
  });

  it("asks for a region first when the user has none", async () => {
    const user = h.user(10, { language_code: "ru" });
    await user.send("/menu");
    const text = texts(await user.press("Ярмарки и события")).join("\n");
    expect(text).toContain("В каком регионе вы живёте?");
  });
});

describe("event card", () => {
  const u = () => h.user(7, { language_code: "ru" });

  it("opens from the list with the details in Kazakhstan time", async () => {
    const user = u();
    await user.send("/menu");
    await user.press("Ярмарки и события");
    const text = texts(await user.pressData(eventsCb.pack("card", ids.fest!, "my", 0))).join("\n");
    expect(text).toContain("Ярмарка вакансий");
    expect(text).toContain("<b>Ярмарка вакансий «Mamandyk Fest»</b>");
    expect(text).toContain("10:00 – 16:00");
    expect(text).toContain("чт, 5 ноября 2026");
    expect(text).toContain("Дворец культуры «Туркестан», пр. Тауке хана, 1, Туркестан");
    expect(text).toMatch(/Ожидается вакансий: 1\s500/);
    expect(text).toContain("Ожидается работодателей: 40");
    expect(text).toContain("Туркестанская область");
    expect(user.buttons()).toEqual(
      expect.arrayContaining(["📍 Показать на карте", "🗓 Добавить в календарь", "💼 Вакансии ярмарки (2)", "‹ К списку событий"]),
    );
  });

  it("sends the venue with the event's coordinates", async () => {
    const calls = await u().press("Показать на карте");
    const venue = calls.find((c) => c.method === "sendVenue");
    expect(venue?.params).toMatchObject({
      latitude: 43.2975,
      longitude: 68.2517,
      title: "Ярмарка вакансий «Mamandyk Fest»",
      address: "Дворец культуры «Туркестан», пр. Тауке хана, 1, Туркестан",
    });
  });

  it("sends a calendar file", async () => {
    const calls = await u().press("Добавить в календарь");
    const upload = calls.find((c) => c.method === "sendDocument")!;
    const doc = upload.files.document!;
    expect(doc.name).toBe(`event-${ids.fest}.ics`);
    const ics = doc.content.toString("utf8").replace(/\r\n[ \t]/g, "");
    expect(ics).toContain("SUMMARY:Ярмарка вакансий «Mamandyk Fest»");
    expect(ics).toContain("DTSTART:20261105T050000Z");
    expect(ics).toContain(`UID:event-${ids.fest}@mamandyq`);
    expect(upload.params.caption).toContain("«Ярмарка вакансий «Mamandyk Fest»»");
  });

  it("lists the fair's employers and their open vacancies, each opening the vacancy card", async () => {
    const user = u();
    const calls = await user.press("Вакансии ярмарки");
    const text = texts(calls).join("\n");
    expect(text).toContain("ТОО «Туркестан Құрылыс»");
    expect(text).toContain("Ontustik Textile");
    expect(text).toMatch(/Электрогазосварщик — 300\s000 – 450\s000 ₸ · 3 места/);
    expect(text).toMatch(/Швея — от 180\s000 ₸ · 5 мест/);
    expect(text).not.toContain("Закройщик");
    const edit = calls.find((c) => c.method === "editMessageText")!;
    const data = edit.params.reply_markup.inline_keyboard.flat().map((b: { callback_data?: string }) => b.callback_data);
    expect(data).toEqual(expect.arrayContaining([vacanciesCb.pack("open", ids.welder!), vacanciesCb.pack("open", ids.seamstress!)]));
    expect(user.buttons()).toContain("‹ К событию");
  });

  it("hides the map button when the event has no coordinates", async () => {
    const user = u();
    await user.send("/menu");
    await user.press("Ярмарки и события");
    await user.pressData(eventsCb.pack("card", ids.openDay!, "my", 0));
    expect(user.buttons()).not.toContain("📍 Показать на карте");
    expect(user.buttons()).not.toContain("💼 Вакансии ярмарки (0)");
    expect(user.buttons()).toContain("🗓 Добавить в календарь");
  });

  it("speaks Kazakh to a Kazakh user", async () => {
    const user = h.user(8);
    const text = texts(await user.send(`/start fair_${ids.fest}`)).join("\n");
    expect(text).toContain("Бос жұмыс орындарының жәрмеңкесі");
    expect(text).toContain("«Mamandyk Fest» бос жұмыс орындары жәрмеңкесі");
    expect(text).toContain("10:00 – 16:00");
    expect(text).toContain("Түркістан облысы");
    expect(user.buttons()).toContain("🗓 Күнтізбеге қосу");
  });
});

describe("deep links and stale buttons", () => {
  it("a brand-new user picks a language first, then sees the card", async () => {
    const user = h.user(20, { language_code: "ru" });
    const first = texts(await user.send(`/start fair_${ids.fest}`)).join("\n");
    expect(first).toContain("Выберите язык");
    const calls = await user.press("Русский");
    const sent = calls.find((c) => c.method === "sendMessage");
    expect(sent?.params.text).toContain("Ярмарка вакансий «Mamandyk Fest»");
    expect(sent?.params.text).toContain("10:00 – 16:00");
  });

  it("a link to a missing event answers item-not-found with the menu", async () => {
    const user = h.user(7, { language_code: "ru" });
    const text = texts(await user.send("/start fair_999999")).join("\n");
    expect(text).toContain("Не удалось найти");
    expect(user.buttons()).toContain("💼 Вакансии");
  });

  it("a link to a cancelled event says it was cancelled; an ended one is not found", async () => {
    const user = h.user(7, { language_code: "ru" });
    expect(texts(await user.send(`/start event_${ids.cancelled}`)).join("\n")).toContain("Событие «Отменённая ярмарка» отменено");
    expect(texts(await user.send(`/start event_${ids.ended}`)).join("\n")).toContain("Не удалось найти");
  });

  it("forged callback data gets the stale-button answer", async () => {
    const user = h.user(7, { language_code: "ru" });
    await user.send("/menu");
    const calls = await user.callback(user.lastMessage()!.messageId, "e1:open:abc");
    expect(calls.some((c) => c.method === "answerCallbackQuery")).toBe(true);
    expect(texts(calls).join("\n")).toContain("кнопка устарела");
    expect(texts(await user.callback(user.lastMessage()!.messageId, "e1:list:nowhere:0")).join("\n")).toContain("кнопка устарела");
  });

  it("a forged page number lands on the last page", async () => {
    const user = h.user(7, { language_code: "ru" });
    await user.send("/menu");
    const text = texts(await user.callback(user.lastMessage()!.messageId, eventsCb.pack("list", "all", 999))).join("\n");
    expect(text).toContain("Mamandyk Fest");
  });

  it("a card button of an event that has ended meanwhile answers item-not-found", async () => {
    const user = h.user(7, { language_code: "ru" });
    await user.send("/menu");
    const text = texts(await user.callback(user.lastMessage()!.messageId, eventsCb.pack("map", ids.ended!))).join("\n");
    expect(text).toContain("Не удалось найти");
  });
});
