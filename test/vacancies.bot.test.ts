import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "./support/db.ts";
import { Harness, texts } from "./support/harness.ts";
import { FakeClock } from "./support/clock.ts";
import { buildSearchText } from "../src/domain/search.ts";
import { vacanciesCb } from "../src/bot/features/vacancies/callbacks.ts";
import { eventsCb } from "../src/bot/features/events/callbacks.ts";
import { formatKzt, formatNumber } from "../src/domain/format.ts";

const NOW = new Date("2026-11-25T06:00:00Z");
const DAY = 86_400_000;
const daysFromNow = (d: number) => new Date(NOW.getTime() + d * DAY);
// Intl groups digits with a no-break space: expectations are built the same way.
const kzt = (n: number, locale: "kk" | "ru" | "en") => formatKzt(n, locale);

let t: TestDb;
let h: Harness;
const ids = {} as Record<"welder" | "driver" | "accountant" | "expired" | "future" | "karaganda", number>;
let fairId = 0;
let seq = 0;

type VacancyInput = {
  title: [kk: string, ru: string];
  regionCode?: string;
  sector?: string;
  working?: boolean;
  salary?: [number | null, number | null];
  schedule?: string;
  posted?: number;
  expires?: number;
  eventId?: number;
  contact?: { name?: string; phone?: string; email?: string; telegram?: string };
};

async function vacancy(employerId: number, v: VacancyInput): Promise<number> {
  seq++;
  const row = await t.db.vacancy.create({
    data: {
      externalId: `vac-${seq}`,
      employerId,
      regionCode: v.regionCode ?? "aktobe",
      titleKk: v.title[0],
      titleRu: v.title[1],
      requirementsRu: "Опыт от 1 года",
      sector: v.sector ?? "oil_gas",
      isWorkingProfession: v.working ?? false,
      salaryMin: v.salary?.[0] ?? null,
      salaryMax: v.salary?.[1] ?? null,
      schedule: v.schedule ?? "full_time",
      positions: 3,
      city: "Ақтөбе",
      contactName: v.contact?.name,
      contactPhone: v.contact?.phone,
      contactEmail: v.contact?.email,
      contactTelegram: v.contact?.telegram,
      postedAt: daysFromNow(v.posted ?? -1),
      expiresAt: daysFromNow(v.expires ?? 30),
      eventId: v.eventId,
      searchText: buildSearchText(...v.title),
    },
  });
  return row.id;
}

beforeAll(async () => {
  t = await freshDb();
  h = new Harness({ db: t.db, clock: new FakeClock(NOW) });
  const db = t.db;
  const munai = await db.employer.create({
    data: { externalId: "emp-1", regionCode: "aktobe", name: "Ақтөбе <Мұнай> & Co", sector: "oil_gas", aboutRu: "Нефтедобыча с 1990 года" },
  });
  const trans = await db.employer.create({ data: { externalId: "emp-2", regionCode: "aktobe", name: "AktobeTrans", sector: "transport", phone: "+7 7132 11 22 33" } });
  const saran = await db.employer.create({ data: { externalId: "emp-3", regionCode: "karaganda", name: "Saran Tyres", sector: "manufacturing" } });
  const fair = await db.event.create({
    data: {
      externalId: "fair-1", regionCode: "aktobe", kind: "job_fair", titleKk: "Бос жұмыс орындары жәрмеңкесі", titleRu: "Ярмарка вакансий",
      startsAt: daysFromNow(5), endsAt: daysFromNow(5.3),
    },
  });
  fairId = fair.id;

  ids.welder = await vacancy(munai.id, {
    title: ["Дәнекерлеуші", "Сварщик"], working: true, salary: [250_000, 400_000], schedule: "rotation", posted: -1, eventId: fair.id,
    contact: { name: "Айгүл Сапарова", phone: "+7 701 234 56 78", email: "hr@munai.kz", telegram: "@munai_hr" },
  });
  ids.driver = await vacancy(trans.id, { title: ["Жүргізуші", "Водитель"], sector: "transport", working: true, salary: [180_000, null], schedule: "shift", posted: -2 });
  ids.accountant = await vacancy(munai.id, { title: ["Бухгалтер", "Бухгалтер"], sector: "service", posted: -3 });
  ids.expired = await vacancy(munai.id, { title: ["Оператор", "Оператор"], posted: -40, expires: -1 });
  ids.future = await vacancy(munai.id, { title: ["Болашақ", "Будущая"], posted: 3 });
  ids.karaganda = await vacancy(saran.id, { title: ["Шиномонтаждаушы", "Шиномонтажник"], regionCode: "karaganda", salary: [null, 300_000] });

  await db.user.create({ data: { telegramId: 10n, locale: "kk", regionCode: "aktobe" } });
  await db.user.create({ data: { telegramId: 11n, locale: "ru", regionCode: "aktobe" } });
  await db.user.create({ data: { telegramId: 12n, locale: "en", regionCode: null } });
});
afterAll(() => t.cleanup());

describe("vacancies list", () => {
  it("lists open vacancies of the user's region in Kazakh, newest first", async () => {
    const u = h.user(10);
    await u.send("/menu");
    await u.press("Бос жұмыс орындары");
    const text = u.lastMessage()!.text;
    expect(text).toContain("Ақтөбе облысы");
    expect(text).toContain("Ашық бос орындар саны: 3");
    expect(text).toMatch(/Дәнекерлеуші[\s\S]*Жүргізуші[\s\S]*Бухгалтер/);
    expect(text).toContain("Ақтөбе &lt;Мұнай&gt; &amp; Co");
    expect(text).toContain(`${formatNumber(250_000, "kk")} – ${kzt(400_000, "kk")}`);
    expect(text).toContain(`${kzt(180_000, "kk")} бастап`);
    expect(text).toContain("келісім бойынша");
    expect(text).toContain("📍 Ақтөбе");
    for (const hidden of ["Оператор", "Болашақ", "Шиномонтаждаушы"]) expect(text).not.toContain(hidden);
    expect(u.buttons()).toEqual(expect.arrayContaining(["1", "2", "3", "🔧 Тек жұмысшы мамандықтар", "🏷 Сала: барлығы", "🏠 Басты мәзір"]));
  });

  it("toggles working professions only, then picks a sector from the picker with counts", async () => {
    const u = h.user(10);
    await u.press("Тек жұмысшы мамандықтар");
    let text = u.lastMessage()!.text;
    expect(text).toContain("Ашық бос орындар саны: 2");
    expect(text).not.toContain("Бухгалтер");
    expect(u.buttons()).toContain("✅ 🔧 Тек жұмысшы мамандықтар");

    await u.press("🏷 Сала");
    expect(u.lastMessage()!.text).toContain("Саланы таңдаңыз");
    // Counts follow the working filter: the accountant (services, not working) is not offered.
    expect(u.buttons()).toEqual(["✓ Кез келген сала (2)", "Мұнай және газ (1)", "Көлік және логистика (1)", "‹ Артқа", "🏠 Басты мәзір"].map((b) => expect.stringContaining(b)));

    await u.press("Көлік және логистика");
    text = u.lastMessage()!.text;
    expect(text).toContain("Жүргізуші");
    expect(text).not.toContain("Дәнекерлеуші");
    expect(u.buttons()).toContain("🏷 Сала: Көлік және логистика");
    expect(u.buttons()).toContain("✅ 🔧 Тек жұмысшы мамандықтар");
  });

  it("opens a card and goes back to the same filtered list", async () => {
    const u = h.user(10);
    await u.press(/^1$/);
    const card = u.lastMessage()!.text;
    expect(card).toContain("Жүргізуші");
    expect(card).toContain(`Жалақы: ${kzt(180_000, "kk")} бастап`);
    expect(card).toContain("ауысымдық кесте");
    expect(card).toContain("+7 7132 11 22 33"); // the employer's phone when the vacancy has none
    const back = await u.press("Тізімге оралу");
    expect(back.find((c) => c.method === "editMessageText")).toBeDefined();
    expect(u.lastMessage()!.text).toContain("Жүргізуші");
    expect(u.lastMessage()!.text).not.toContain("Дәнекерлеуші");
    expect(u.buttons()).toContain("🏷 Сала: Көлік және логистика");
    expect(u.buttons()).toContain("✅ 🔧 Тек жұмысшы мамандықтар");
  });

  it("shows the full card: salary, schedule, contacts (escaped), dates and the fair", async () => {
    const u = h.user(11);
    await u.send("/menu");
    await u.press("Вакансии");
    await u.press(/^1$/);
    const card = u.lastMessage()!.text;
    expect(card).toContain("<b>Сварщик</b>");
    expect(card).toContain("Ақтөбе &lt;Мұнай&gt; &amp; Co");
    expect(card).toContain("Нефтедобыча с 1990 года");
    expect(card).toContain("🏷 Нефть и газ");
    expect(card).toContain("Рабочая профессия");
    expect(card).toContain("Количество мест: 3");
    expect(card).toContain(`Зарплата: ${formatNumber(250_000, "ru")} – ${kzt(400_000, "ru")}`);
    expect(card).toContain("График: вахтовый метод");
    expect(card).toContain("Опыт от 1 года");
    expect(card).toContain("Опубликовано: 24 ноября 2026 г.");
    expect(card).toContain("Последний день приёма откликов: 25 декабря 2026 г.");
    expect(card).toContain("«Ярмарка вакансий»");
    expect(card).toContain("Айгүл Сапарова");
    expect(card).toContain("+7 701 234 56 78");
    expect(card).toContain("hr@munai.kz");
    expect(card).toContain('<a href="https://t.me/munai_hr">@munai_hr</a>');
    const fairButton = u.lastMessage()!.keyboard!.inline_keyboard.flat().find((b) => b.text.includes("Ярмарка:"));
    expect(fairButton).toMatchObject({ text: "📅 Ярмарка: Ярмарка вакансий", callback_data: eventsCb.pack("open", fairId) });
  });

  it("pages by five and the card returns to the page it came from", async () => {
    const emp = await t.db.employer.create({ data: { externalId: "emp-many", regionCode: "mangystau", name: "Caspian Port", sector: "transport" } });
    for (let i = 1; i <= 7; i++) await vacancy(emp.id, { title: [`Докер ${i}`, `Докер ${i}`], regionCode: "mangystau", sector: "transport", posted: -i });
    await t.db.user.create({ data: { telegramId: 13n, locale: "en", regionCode: "mangystau" } });
    const u = h.user(13);
    await u.send("/menu");
    await u.press("Vacancies");
    expect(u.lastMessage()!.text).toContain("7 open vacancies");
    expect(u.buttons()).toEqual(expect.arrayContaining(["1", "5", "1/2", "›"]));
    await u.press("›");
    expect(u.lastMessage()!.text).toContain("6. Докер 6");
    await u.press(/^7$/);
    expect(u.lastMessage()!.text).toContain("Докер 7");
    expect(u.lastMessage()!.text).toContain("Schedule: full-time");
    await u.press("Back to the list");
    expect(u.buttons()).toContain("2/2");
  });

  it("suggests clearing filters when nothing matches, and the button clears them", async () => {
    const u = h.user(10);
    // As if a sector had emptied since the picker was shown.
    await u.callback(u.lastMessage()!.messageId, vacanciesCb.pack("list", "healthcare", "w", 0));
    expect(u.lastMessage()!.text).toContain("Сүзгілерді алып тастап көріңіз");
    await u.press("Сүзгілерді алып тастау");
    expect(u.lastMessage()!.text).toContain("Ашық бос орындар саны: 3");
    expect(u.buttons()).toContain("🔧 Тек жұмысшы мамандықтар");
  });

  it("a region without vacancies says so; a user without a region gets the region picker", async () => {
    await t.db.user.create({ data: { telegramId: 14n, locale: "en", regionCode: "abai" } });
    const a = h.user(14);
    await a.send("/menu");
    await a.press("Vacancies");
    expect(a.lastMessage()!.text).toContain("There are no open vacancies in Abai Region right now");
    expect(a.buttons()).not.toContain("✖️ Clear filters");

    const u = h.user(12);
    await u.send("/menu");
    await u.press("Vacancies");
    expect(u.lastMessage()!.text).toContain("Which region do you live in?");
  });
});

describe("vacancy cards from links and stale buttons", () => {
  it("a new user following /start vacancy_<id> picks a language first, then gets the card", async () => {
    const u = h.user(20, { language_code: "ru" });
    const first = await u.send(`/start vacancy_${ids.welder}`);
    expect(texts(first)[0]).toContain("Тілді таңдаңыз");
    const calls = await u.press("Русский");
    const sent = calls.filter((c) => c.method === "sendMessage");
    expect(sent.at(-1)!.params.text).toContain("<b>Сварщик</b>");
    expect(sent.at(-1)!.params.text).toContain("Как откликнуться");
    expect(u.buttons()).toContain("‹ К списку");
  });

  it("an expired vacancy answers that it is closed, by deep link and by button", async () => {
    const u = h.user(11);
    const calls = await u.send(`/start vacancy_${ids.expired}`);
    expect(texts(calls)).toEqual([expect.stringContaining("Эта вакансия закрыта (последний день приёма откликов — 24 ноября 2026 г.).")]);
    expect(u.buttons()).toContain("💼 Вакансии");
    expect(texts(calls).join()).not.toContain("Оператор");

    const byButton = await u.callback(u.lastMessage()!.messageId, vacanciesCb.pack("open", ids.expired));
    expect(texts(byButton).join()).toContain("Эта вакансия закрыта");
  });

  it("unknown and not yet posted vacancies are not found", async () => {
    const u = h.user(11);
    expect(texts(await u.send("/start vacancy_999999")).join()).toContain("Не удалось найти");
    const future = await u.send(`/start vacancy_${ids.future}`);
    expect(texts(future).join()).toContain("Не удалось найти");
    expect(texts(future).join()).not.toContain("Будущая");
  });

  it("a card of another region opens by deep link (posters travel), its back button lists the user's region", async () => {
    const u = h.user(11);
    await u.send(`/start vacancy_${ids.karaganda}`);
    expect(u.lastMessage()!.text).toContain(`до ${kzt(300_000, "ru")}`);
    await u.press("К списку");
    expect(u.lastMessage()!.text).toContain("Сварщик");
  });

  it("forged callback data gets the stale-button answer, never a crash", async () => {
    const u = h.user(11);
    for (const data of ["v1:open:xyz", "v1:list:any:q:0", "v1:list:nowhere:a:0", "v1:card:1:any:a", "v1:sectors:any:x", "v1:open:-5"]) {
      const calls = await u.callback(1, data);
      expect(calls.some((c) => c.method === "answerCallbackQuery")).toBe(true);
      expect(texts(calls).join()).toContain("Эта кнопка устарела");
      expect(texts(calls).join()).not.toContain("Что-то пошло не так");
    }
  });
});
