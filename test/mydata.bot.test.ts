// /mydata shows everything stored; /deleteme erases it only after a confirmation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "./support/db.ts";
import { FakeClock } from "./support/clock.ts";
import { Harness, texts } from "./support/harness.ts";
import { SignupFixtures } from "./support/signups.ts";
import { CONSENT_PURPOSE, CONSENT_VERSION } from "../src/domain/consent.ts";
import { formatDateTime } from "../src/domain/format.ts";

const NOW = new Date("2026-11-25T06:00:00Z");

let t: TestDb;
let h: Harness;
let f: SignupFixtures;
let nextId = 6000;

beforeAll(async () => {
  t = await freshDb();
  h = new Harness({ db: t.db, clock: new FakeClock(NOW) });
  f = new SignupFixtures(t.db, NOW);
});

afterAll(async () => {
  await t?.cleanup();
});

/** A person who signed up for a course: profile details, a consent, an application, a subscription. */
async function applicant(locale: string) {
  const id = nextId++;
  const user = await f.user(id, {
    locale,
    fullName: "Айгерим <Сапарова>",
    phone: "+77011234567",
    birthDate: new Date(Date.UTC(2004, 2, 5)),
    educationLevel: "college",
    createdAt: new Date("2026-09-01T06:00:00Z"),
  });
  const consent = await t.db.consent.create({ data: { userId: user.id, purpose: CONSENT_PURPOSE, version: CONSENT_VERSION, locale, givenAt: new Date("2026-11-20T05:00:00Z") } });
  const provider = await f.provider();
  const course = await f.course(provider.id, { en: "Welding", ru: "Сварщик", kk: "Дәнекерлеуші" });
  const reg = await f.registration(user.id, course.id, "approved", { consentId: consent.id });
  await t.db.subscription.create({ data: { userId: user.id, regionCode: "karaganda", topic: "courses" } });
  return { user, consent, reg, u: h.user(id, { language_code: locale, first_name: "Айгерим" }) };
}

describe("/mydata", () => {
  it("shows the profile, consents, applications and counts, escaped", async () => {
    const { u, consent } = await applicant("ru");
    await u.send("/mydata");
    const text = u.lastMessage()!.text;
    expect(text).toContain("🔐 <b>Что я храню о вас</b>");
    expect(text).toContain(`Telegram id: ${u.chatId}`);
    expect(text).toContain("Имя в Telegram: Айгерим"); // as Telegram reports it with each update
    expect(text).toContain("Имя пользователя: —");
    expect(text).toContain("Язык: Русский");
    expect(text).toContain("Регион: Карагандинская область");
    expect(text).toContain("ФИО: Айгерим &lt;Сапарова&gt;");
    expect(text).toContain("Телефон: +7 701 123 45 67");
    expect(text).toContain("Дата рождения: 5 марта 2004 г.");
    expect(text).toContain("Образование: Колледж");
    expect(text).toContain(`✅ запись на курсы — версия текста ${CONSENT_VERSION}, дано ${formatDateTime(consent.givenAt, "ru")}`);
    expect(text).toContain("<b>Заявки на курсы: 1</b>\n• Сварщик — ✅ одобрена");
    expect(text).toContain("Подписки: 1");
    expect(u.buttons()).toEqual(["🗑 Удалить мои персональные данные", "🏠 Главное меню"]);
  });

  it("works for someone who never signed up", async () => {
    const id = nextId++;
    await f.user(id, { locale: "kk" });
    const u = h.user(id);
    await u.send("/mydata");
    const text = u.lastMessage()!.text;
    expect(text).toContain("Аты-жөні: —");
    expect(text).toContain("<b>Курстарға өтінімдер: 0</b>");
  });
});

describe("/deleteme", () => {
  it("asks first; 'no' keeps everything; 'yes' erases, withdraws consent and the application", async () => {
    const { u, user, consent, reg } = await applicant("en");
    const ask = await u.send("/deleteme");
    expect(texts(ask)[0]).toContain("Delete your personal data?");
    expect(u.buttons()).toEqual(["🗑 Yes, delete everything", "No, keep it"]);

    await u.press("No, keep it");
    expect(u.lastMessage()!.text).toContain("What I store about you");
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).phone).toBe("+77011234567");

    await u.press("Delete my personal data");
    await u.press("Yes, delete everything");
    expect(u.lastMessage()!.text).toBe("✅ Done: your personal data is erased and your consent withdrawn.");

    const after = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ fullName: null, phone: null, birthDate: null, educationLevel: null, username: null });
    expect((await t.db.consent.findUniqueOrThrow({ where: { id: consent.id } })).withdrawnAt).toEqual(NOW);
    expect(await t.db.registration.findUniqueOrThrow({ where: { id: reg.id } })).toMatchObject({ status: "withdrawn", fullName: "", phone: "" });
    expect(await t.db.subscription.count({ where: { userId: user.id } })).toBe(0);
    expect(await t.db.auditLog.count({ where: { action: "personal_data.erase", entityId: String(user.id) } })).toBe(1);

    await u.send("/mydata");
    const text = u.lastMessage()!.text;
    expect(text).toContain("Full name: —");
    expect(text).toContain("Phone: —");
    expect(text).toContain(`withdrawn ${formatDateTime(NOW, "en")}`);
    expect(text).toContain("• Welding — ↩️ withdrawn");
  });

  it("the command alone erases nothing", async () => {
    const { u, user } = await applicant("kk");
    await u.send("/deleteme");
    await u.send("/menu");
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).fullName).toBe("Айгерим <Сапарова>");
  });
});
