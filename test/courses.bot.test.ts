import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "./support/db.ts";
import { FakeClock } from "./support/clock.ts";
import { Harness, texts } from "./support/harness.ts";
import type { Prisma } from "../src/generated/prisma/client.ts";
import { buildSearchText } from "../src/domain/search.ts";
import { formatKzt } from "../src/domain/format.ts";
import { coursesCb } from "../src/bot/features/courses/callbacks.ts";

const NOW = new Date("2026-03-01T06:00:00Z");
const DAY = 24 * 3600 * 1000;
const inDays = (d: number) => new Date(NOW.getTime() + d * DAY);

let t: TestDb;
let h: Harness;
let providerId: number;
let seq = 0;
const ids: Record<string, number> = {};

async function course(key: string, data: Partial<Prisma.CourseUncheckedCreateInput>) {
  seq++;
  const titleEn = data.titleEn ?? key;
  const row = await t.db.course.create({
    data: {
      externalId: `bot-${key}`,
      regionCode: "karaganda",
      providerId,
      titleEn,
      sector: "it",
      format: "offline",
      durationWeeks: 4,
      startsAt: inDays(10 + seq),
      registrationDeadline: inDays(5 + seq),
      capacity: 10,
      searchText: buildSearchText(titleEn, data.titleRu, data.titleKk),
      ...data,
    },
  });
  ids[key] = row.id;
  return row;
}

async function register(courseId: number, status: string) {
  seq++;
  const user = await t.db.user.create({ data: { telegramId: BigInt(800_000 + seq) } });
  await t.db.registration.create({
    data: { userId: user.id, courseId, status, fullName: "A", phone: "+77000000000", birthDate: new Date("2005-01-01"), educationLevel: "grade11" },
  });
}

async function karagandaUser(id: number, locale = "en") {
  await t.db.user.create({ data: { telegramId: BigInt(id), locale, regionCode: "karaganda" } });
  const u = h.user(id);
  await u.send("/menu");
  return u;
}

const lastText = (u: ReturnType<Harness["user"]>) => u.lastMessage()!.text;

beforeAll(async () => {
  t = await freshDb();
  h = new Harness({ db: t.db, clock: new FakeClock(NOW) });
  providerId = (
    await t.db.provider.create({
      data: { externalId: "kts", nameEn: "Karaganda Technical <College>", nameRu: "Карагандинский технический колледж", phone: "+7 7212 41 00 00", website: "ktsk.kz" },
    })
  ).id;
  await course("python", {
    titleEn: "Python for beginners",
    titleRu: "Python для начинающих",
    format: "online",
    isFree: false,
    priceKzt: 90_000,
    durationWeeks: 5,
    hoursTotal: 120,
    startsAt: inDays(14),
    registrationDeadline: new Date("2026-03-10T20:00:00Z"), // 11 March, 01:00 in Kazakhstan
    capacity: 10,
    descriptionEn: "Variables, loops & functions.",
    descriptionRu: "Переменные, циклы и функции.",
  });
  await course("welding", { titleEn: "Welding", sector: "construction", city: "Saran", address: "Zavodskaya 1", startsAt: inDays(3), registrationDeadline: inDays(-1) });
  await course("electric", { titleEn: "Electrician", sector: "energy", format: "hybrid", startsAt: inDays(20), capacity: 2 });
  await course("remote", { titleEn: "Remote 1C accounting", regionCode: "aktobe", format: "online", startsAt: inDays(8) });
  await course("aktobeOffline", { titleEn: "Aktobe driller", regionCode: "aktobe", startsAt: inDays(4) });
  await course("started", { titleEn: "Started already", startsAt: inDays(-2), registrationDeadline: inDays(-5) });
  await course("draft", { titleEn: "Draft course", isPublished: false });
  for (const s of ["approved", "pending", "waitlisted", "rejected"]) await register(ids.python!, s);
  for (const s of ["approved", "offered", "cancelled"]) await register(ids.electric!, s);
});
afterAll(() => t.cleanup());

describe("courses list", () => {
  it("shows a Karaganda user their courses plus online ones from elsewhere, soonest first", async () => {
    const u = await karagandaUser(1);
    await u.press("Courses");
    const text = lastText(u);
    expect(text).toContain("Short courses</b> · Karaganda Region");
    const order = ["Welding", "Remote 1C accounting", "Python for beginners", "Electrician"].map((x) => text.indexOf(x));
    expect(order.every((pos, i) => pos > 0 && (i === 0 || pos > order[i - 1]!))).toBe(true);
    expect(text).not.toContain("Aktobe driller");
    expect(text).not.toContain("Started already");
    expect(text).not.toContain("Draft course");
    expect(text).toContain("💻 Online (Aktobe Region)");
    expect(text).toContain("Karaganda Technical &lt;College&gt;"); // provider, escaped
    expect(text).toContain("💰 90,000 ₸");
    expect(text).toContain("🪑 8 left"); // python: approved + pending hold seats
    expect(text).toContain("⏳ waitlist only"); // electrician: 2 of 2 taken
    expect(text).toContain("⛔ registration closed"); // welding: deadline passed
    expect(u.buttons()).toEqual(expect.arrayContaining(["1", "2", "3", "4", "💰 Any price", "🖥 Any format", "🗂 All sectors", "🏠 Main menu"]));
  });

  it("cycles the price filter Any → Free → Paid → Any, and the format filter", async () => {
    const u = await karagandaUser(2);
    await u.press("Courses");
    await u.press("Any price");
    expect(u.buttons()).toContain("✅ Free");
    expect(lastText(u)).not.toContain("Python for beginners");
    expect(lastText(u)).toContain("Welding");
    await u.press("✅ Free");
    expect(u.buttons()).toContain("✅ Paid");
    expect(lastText(u)).toContain("Python for beginners");
    expect(lastText(u)).not.toContain("Welding");
    await u.press("✅ Paid");
    expect(u.buttons()).toContain("💰 Any price");

    await u.press("Any format");
    expect(u.buttons()).toContain("✅ Online");
    expect(lastText(u)).toContain("Remote 1C accounting");
    expect(lastText(u)).not.toContain("Welding");
    await u.press("✅ Online");
    expect(u.buttons()).toContain("✅ In person");
    expect(lastText(u)).toContain("Electrician"); // hybrid means attending in person
    expect(lastText(u)).not.toContain("Remote 1C");
  });

  it("picks a sector from the sectors that have courses, with counts", async () => {
    const u = await karagandaUser(3);
    await u.press("Courses");
    await u.press("All sectors");
    expect(lastText(u)).toContain("Choose a sector");
    expect(u.buttons()).toEqual(expect.arrayContaining(["✅ All sectors", "IT (2)", "Construction (1)", "Energy (1)"]));
    expect(u.buttons().join()).not.toContain("Mining");
    await u.press("Energy (1)");
    expect(u.buttons()).toContain("✅ Energy");
    expect(lastText(u)).toContain("Electrician");
    expect(lastText(u)).not.toContain("Welding");
  });

  it("shows a friendly empty list with a button to clear the filters", async () => {
    const u = await karagandaUser(4);
    await u.press("Courses");
    await u.press("Any price"); // free
    await u.press("All sectors");
    await u.press("IT (1)");
    await u.press("Any format"); // free + online + IT: the Aktobe 1C course is IT
    expect(lastText(u)).toContain("Remote 1C accounting");
    await u.press("✅ Online"); // free + in person + IT: nothing
    expect(lastText(u)).toContain("No upcoming courses match these filters");
    await u.press("Clear filters");
    expect(lastText(u)).toContain("Welding");
    expect(u.buttons()).toContain("💰 Any price");
  });

  it("says so when the region has no courses at all, and asks for a region first", async () => {
    await t.db.user.create({ data: { telegramId: 5n, locale: "en", regionCode: "ulytau" } });
    const u = h.user(5);
    await u.send("/menu");
    await u.press("Courses");
    // Ulytau has no courses of its own, but online courses are open to everyone.
    expect(lastText(u)).toContain("Remote 1C accounting");
    expect(lastText(u)).not.toContain("Welding");
    await u.press("Any format");
    await u.press("✅ Online"); // in person only
    expect(lastText(u)).toContain("No upcoming courses match these filters");

    await t.db.user.create({ data: { telegramId: 6n, locale: "en" } });
    const nobody = h.user(6);
    await nobody.send("/menu");
    await nobody.press("Courses");
    expect(lastText(nobody)).toContain("Which region do you live in?");
  });

  it("paginates by five and keeps the page when coming back from a card", async () => {
    for (let i = 1; i <= 6; i++) await course(`pav${i}`, { titleEn: `Pavlodar course ${i}`, regionCode: "pavlodar", startsAt: inDays(30 + i) });
    await t.db.user.create({ data: { telegramId: 7n, locale: "en", regionCode: "pavlodar" } });
    const u = h.user(7);
    await u.send("/menu");
    await u.press("Courses");
    // 6 Pavlodar courses + 2 online courses from Karaganda and Aktobe.
    expect(lastText(u)).toContain("Courses found: 8");
    expect(u.buttons()).toContain("1/2");
    await u.press("›");
    expect(u.buttons()).toContain("2/2");
    expect(lastText(u)).toContain("<b>8. Pavlodar course 6</b>");
    await u.press(/^8$/);
    expect(lastText(u)).toContain("<b>Pavlodar course 6</b>");
    await u.press("Back to courses");
    expect(u.buttons()).toContain("2/2");
  });
});

describe("course card", () => {
  it("shows price, duration, deadline in Kazakhstan time, seats left; back keeps the filters", async () => {
    const u = await karagandaUser(10);
    await u.press("Courses");
    await u.press("Any price"); // free
    await u.press("✅ Free"); // paid: only Python
    const listId = u.lastMessage()!.messageId;
    const calls = await u.press(/^1$/);
    expect(calls.some((c) => c.method === "editMessageText" && c.params.message_id === listId)).toBe(true);
    const card = lastText(u);
    expect(card).toContain("<b>Python for beginners</b>");
    expect(card).toContain("🏢 Karaganda Technical &lt;College&gt;");
    expect(card).toContain("📞 +7 7212 41 00 00 · 🌐 ktsk.kz");
    expect(card).toContain("🗂 IT");
    expect(card).toContain("Format: 💻 Online");
    expect(card).toContain("💰 Price: 90,000 ₸");
    expect(card).toContain("⏱ Duration: 5 weeks, 120 hours in total");
    expect(card).toContain("📅 Starts: March 15, 2026");
    expect(card).toContain("📝 Registration until March 11, 2026");
    expect(card).toContain("👤 Age: 14–35");
    expect(card).toContain("🪑 8 of 10 seats left");
    expect(card).toContain("Variables, loops &amp; functions.");
    expect(u.buttons()[0]).toBe("📝 Sign up"); // registration is open
    await u.press("Back to courses");
    expect(u.buttons()).toContain("✅ Paid");
    expect(lastText(u)).not.toContain("Welding");
  });

  it("shows a closed registration, the place of an offline course and a full course's waitlist", async () => {
    const u = await karagandaUser(11);
    await u.press("Courses");
    await u.press(/^1$/); // Welding
    expect(lastText(u)).toContain("⛔ Registration is closed (the deadline was February 28, 2026)");
    expect(lastText(u)).toContain("📍 Saran, Zavodskaya 1");
    expect(lastText(u)).toContain("💰 Free of charge");
    await u.press("Back to courses");
    await u.press(/^4$/); // Electrician
    expect(lastText(u)).toContain("🪑 No seats left — waitlist only");
    expect(lastText(u)).toContain("Format: 🔀 Hybrid");
  });

  it("speaks Russian with correct plurals and falls back for untranslated titles", async () => {
    await t.db.user.create({ data: { telegramId: 12n, locale: "ru", regionCode: "karaganda" } });
    const u = h.user(12);
    await u.send(`/start course_${ids.python}`);
    const card = lastText(u);
    expect(card).toContain("<b>Python для начинающих</b>");
    expect(card).toContain("⏱ Длительность: 5 недель, всего 120 часов");
    expect(card).toContain(`💰 Стоимость: ${formatKzt(90_000, "ru")}`); // "90 000 ₸" with a no-break space
    expect(card).toContain("📝 Запись до 11 марта 2026 г.");
    expect(card).toContain("🪑 Свободных мест: 8 из 10");
    await u.send(`/start course_${ids.electric}`);
    expect(lastText(u)).toContain("<b>Electrician</b>"); // no Russian title: English fallback
  });

  it("opens by deep link for a new user after the language choice, as a new message", async () => {
    const u = h.user(20, { language_code: "en" });
    const first = await u.send(`/start course_${ids.python}`);
    expect(texts(first)[0]).toContain("Choose your language");
    const calls = await u.press("English");
    const sent = calls.filter((c) => c.method === "sendMessage");
    expect(sent).toHaveLength(1);
    expect(sent[0]!.params.text).toContain("<b>Python for beginners</b>");
    expect(sent[0]!.params.text).toContain("🪑 8 of 10 seats left");
    expect(u.buttons()).toEqual(["📝 Sign up", "🔔 Remind me", "🛠 All courses", "🏠 Main menu"]);
  });

  it("says a started or unpublished course is no longer available, and an unknown one is not found", async () => {
    const u = await karagandaUser(21);
    for (const key of ["started", "draft"]) {
      const calls = await u.send(`/start course_${ids[key]}`);
      expect(texts(calls)).toHaveLength(1);
      expect(texts(calls)[0]).toContain("This course is no longer available");
      expect(texts(calls)[0]).not.toContain(key === "started" ? "Started already" : "Draft course");
      expect(u.buttons()).toContain("🏠 Main menu");
    }
    await u.send("/start course_999999");
    expect(lastText(u)).toContain("could not find it");
    // A button of another feature pointing at a course that has started meanwhile.
    const calls = await u.callback(1, coursesCb.pack("open", ids.started!));
    expect(texts(calls).join()).toContain("This course is no longer available");
  });

  it("answers forged or stale buttons as out of date", async () => {
    const u = await karagandaUser(22);
    for (const data of ["c1:list:free:xx:any:0", "c1:open:-", "c1:list:any:any:welding:0", "c1:card:1:any:any:any", "c1:sectors:gold:any:any:0"]) {
      const calls = await u.callback(1, data);
      expect(texts(calls).join(), data).toContain("This button is out of date");
      expect(calls.some((c) => c.method === "answerCallbackQuery"), data).toBe(true);
    }
  });
});
