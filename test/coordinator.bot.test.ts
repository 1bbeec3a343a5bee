// Coordinators: their courses with counts, applications one card at a time, approve /
// waitlist / reject with a reason, CSV export, alerts — and forged callbacks for another
// coordinator's course refused with nothing changed. Admins grant and revoke the role.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "./support/db.ts";
import { FakeClock } from "./support/clock.ts";
import { Harness, texts, type ApiCall, type FakeUser } from "./support/harness.ts";
import { SignupFixtures } from "./support/signups.ts";
import { coordCb } from "../src/bot/features/coordinator/callbacks.ts";
import { enqueue } from "../src/domain/outbox.ts";
import { formatDateTime } from "../src/domain/format.ts";
import { startDeliveryWorker } from "../src/jobs/delivery-worker.ts";
import { createLogger } from "../src/logger.ts";
import type { Course, Registration, User } from "../src/generated/prisma/client.ts";

const NOW = new Date("2026-11-25T06:00:00Z");
const ADMIN = 9001;

let t: TestDb;
let h: Harness;
let f: SignupFixtures;
let ours: Course; // coordinated by `coord` (course grant)
let theirs: Course; // coordinated by `other` (provider grant)
let coord: { user: User; u: FakeUser };
let other: { user: User; u: FakeUser };
let nextId = 8000;

beforeAll(async () => {
  t = await freshDb();
  h = new Harness({ db: t.db, clock: new FakeClock(NOW), config: { adminIds: [ADMIN] } });
  f = new SignupFixtures(t.db, NOW);
  const p1 = await f.provider("Karaganda Technical College");
  const p2 = await f.provider("Saran Tyre Plant Academy");
  ours = await f.course(p1.id, { en: "Welding", ru: "Сварщик", kk: "Дәнекерлеуші" }, { capacity: 2 });
  theirs = await f.course(p2.id, { en: "Tyre fitting", ru: "Шиномонтаж", kk: "Шина жөндеу" });
  coord = await person("ru");
  await f.grantCoordinator(coord.user.id, { courseId: ours.id });
  other = await person("en");
  await f.grantCoordinator(other.user.id, { providerId: p2.id });
});

afterAll(async () => {
  await t?.cleanup();
});

beforeEach(async () => {
  await t.db.delivery.deleteMany();
  await t.db.auditLog.deleteMany();
  await t.db.registration.deleteMany();
});

async function person(locale: string) {
  const id = nextId++;
  const user = await f.user(id, { locale });
  return { user, u: h.user(id, { language_code: locale }) };
}

async function applicant(course: Course, status = "pending", locale = "kk", minutesAgo = 60, data: Partial<Registration> = {}) {
  const p = await person(locale);
  const reg = await f.registration(p.user.id, course.id, status, { fullName: `Applicant ${p.user.id} <b>`, ...data }, minutesAgo);
  return { ...p, reg };
}

const reg = (id: number) => t.db.registration.findUniqueOrThrow({ where: { id } });
const alerts = (calls: ApiCall[]) => calls.filter((c) => c.method === "answerCallbackQuery").map((c) => String(c.params.text ?? ""));

describe("access", () => {
  it("someone without the role gets only a 'not allowed'", async () => {
    const { u } = await person("ru");
    const calls = await u.send("/courses");
    const sent = calls.filter((c) => c.method.startsWith("send"));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.params.text).toBe("Это доступно только координаторам курсов.");
    expect(sent[0]!.params.reply_markup).toBeUndefined();
  });

  it("a jobseeker pressing a coordinator button is refused too", async () => {
    const { u } = await person("en");
    await u.send("/menu");
    const calls = await u.callback(u.lastMessage()!.messageId, coordCb.pack("course", ours.id));
    expect(alerts(calls)).toEqual(["This is only for course coordinators."]);
    expect(texts(calls)).toEqual([]);
  });
});

describe("reviewing", () => {
  it("lists the coordinator's courses with counts, then the pending applications one by one", async () => {
    const first = await applicant(ours, "pending", "kk", 120);
    await applicant(ours, "pending", "en", 60);
    await applicant(ours, "approved");
    await applicant(theirs);

    await coord.u.send("/courses");
    const list = coord.u.lastMessage()!.text;
    expect(list).toContain("📋 <b>Ваши курсы</b>");
    expect(list).toContain("1. <b>Сварщик</b>");
    expect(list).toContain("⏳ на рассмотрении: 2 · ✅ одобрена: 1");
    expect(list).not.toContain("Шиномонтаж");

    await coord.u.press("1");
    expect(coord.u.lastMessage()!.text).toContain("🪑 Мест: 2");
    expect(coord.u.buttons()).toContain("📋 Рассмотреть заявки (2)");
    expect(coord.u.buttons()).toContain("📄 Выгрузить в CSV");

    await coord.u.press("Рассмотреть заявки");
    const card = coord.u.lastMessage()!.text;
    expect(card).toContain("<b>Заявка 1 из 2</b> · Сварщик");
    expect(card).toContain(`👤 Applicant ${first.user.id} &lt;b&gt;`);
    expect(card).toContain("📞 +7 701 123 45 67");
    expect(card).toContain("🎂 5 марта 2004 г. (22 года)");
    expect(card).toContain("🎓 Колледж");
    expect(card).toContain(`🗓 Подана: ${formatDateTime(first.reg.createdAt, "ru")}`);
    expect(coord.u.buttons().slice(0, 3)).toEqual(["✅ Одобрить", "🕒 В лист ожидания", "❌ Отклонить"]);
    await coord.u.press("›");
    expect(coord.u.lastMessage()!.text).toContain("<b>Заявка 2 из 2</b>");
  });

  it("approve: status, who and when, audit, a notice in the applicant's language; the next card follows", async () => {
    const a = await applicant(ours, "pending", "kk", 120);
    const b = await applicant(ours, "pending", "en", 60);
    await coord.u.send("/courses");
    await coord.u.press("1");
    await coord.u.press("Рассмотреть заявки");
    const calls = await coord.u.press("✅ Одобрить");

    expect(await reg(a.reg.id)).toMatchObject({ status: "approved", decidedById: coord.user.id, decidedAt: NOW });
    expect(await t.db.auditLog.count({ where: { action: "registration.approve", entityId: String(a.reg.id), actorId: coord.user.id } })).toBe(1);
    expect(alerts(calls)).toContain("✅ Заявка одобрена. Заявитель получит сообщение.");
    const next = coord.u.lastMessage()!.text;
    expect(next).toContain("✅ Заявка одобрена.");
    expect(next).toContain("<b>Заявка 1 из 1</b>");
    expect(next).toContain(`Applicant ${b.user.id}`);

    // The worker tells the applicant, in Kazakh.
    const worker = startDeliveryWorker({ db: t.db, api: h.bot.api, logger: createLogger("silent"), clock: h.deps.clock, intervalMs: 3_600_000 });
    try {
      expect(await worker.drainOnce()).toBe(1);
    } finally {
      await worker.stop();
    }
    expect(a.u.lastMessage()!.text).toContain("✅ <b>Өтініміңіз мақұлданды!</b>\nКурс: «Дәнекерлеуші»");
  });

  it("no approval beyond capacity; waitlisting works instead", async () => {
    await applicant(ours, "approved");
    await applicant(ours, "approved");
    const late = await applicant(ours, "waitlisted", "ru", 10);
    await coord.u.send("/courses");
    await coord.u.press("1");
    await coord.u.press("Лист ожидания");
    const calls = await coord.u.press("✅ Одобрить");
    expect(alerts(calls)).toContain("Свободных мест нет: курс заполнен. Можно поставить заявителя в лист ожидания.");
    expect((await reg(late.reg.id)).status).toBe("waitlisted");

    const pending = await applicant(ours, "pending", "ru", 5);
    await coord.u.send("/courses");
    await coord.u.press("1");
    await coord.u.press("Рассмотреть заявки");
    await coord.u.press("🕒 В лист ожидания");
    expect((await reg(pending.reg.id)).status).toBe("waitlisted");
    expect(coord.u.lastMessage()!.text).toContain("Заявок со статусом «⏳ на рассмотрении» больше нет.");
  });

  it("reject asks for a reason as a reply; too long is explained; the reason is stored and sent", async () => {
    const a = await applicant(ours, "pending", "en");
    await coord.u.send("/courses");
    await coord.u.press("1");
    await coord.u.press("Рассмотреть заявки");
    const ask = await coord.u.press("❌ Отклонить");
    const prompt = ask.find((c) => c.method === "sendMessage")!;
    expect(prompt.params.text).toMatch(new RegExp(`^❌ #${a.reg.id} · Applicant`));
    expect(prompt.params.reply_markup).toMatchObject({ force_reply: true });
    expect((await reg(a.reg.id)).status).toBe("pending");
    const promptId = coord.u.lastMessage()!.messageId;

    const reply = (text: string, to = promptId) => h.act(() => h.api.sendText(coord.u.chatId, text, { replyToMessageId: to }));
    const long = await reply("x".repeat(501));
    expect(texts(long)[0]).toContain("Причина слишком длинная: 501 символ, а можно не больше 500.");
    expect((await reg(a.reg.id)).status).toBe("pending");

    const ok = await reply("  Нет документа об образовании  ", coord.u.lastMessage()!.messageId);
    expect(await reg(a.reg.id)).toMatchObject({ status: "rejected", rejectReason: "Нет документа об образовании", decidedById: coord.user.id });
    expect(texts(ok)[0]).toContain("❌ Заявка отклонена. Заявитель получит сообщение с вашей причиной.");
    expect(await t.db.delivery.count({ where: { userId: a.user.id, kind: "registration_status" } })).toBe(1);

    // Text that is no reply to a prompt is not taken for a reason (it goes on to search).
    const b = await applicant(ours, "pending", "en");
    await coord.u.send("Some words");
    expect((await reg(b.reg.id)).status).toBe("pending");
  });

  it("exports the course's applications as a CSV document with a BOM", async () => {
    await applicant(ours, "pending", "kk", 120, { fullName: "Әсел Құрманғазықызы" });
    await applicant(ours, "rejected", "kk", 60, { rejectReason: "=HYPERLINK(1)" });
    await coord.u.send("/courses");
    await coord.u.press("1");
    const calls = await coord.u.press("📄 Выгрузить в CSV");
    const doc = calls.find((c) => c.method === "sendDocument")!;
    expect(doc.error).toBeUndefined();
    expect(doc.files.document!.name).toBe(`applications-course-${ours.id}.csv`);
    const bytes = doc.files.document!.content;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString("utf8").slice(1);
    expect(csv.split("\r\n")[0]).toBe("№;ФИО;Телефон;Дата рождения;Образование;Статус;Причина отказа;Дата заявки;Согласие дал(а)");
    expect(csv).toContain("Әсел Құрманғазықызы;+77011234567;05.03.2004;Колледж;на рассмотрении");
    expect(csv).toContain("'=HYPERLINK(1)");
    expect(doc.params.caption).toBe("Заявки: Сварщик");
  });
});

describe("forged callbacks for another coordinator's course", () => {
  it("are refused and change nothing", async () => {
    const victim = await applicant(theirs, "pending", "en");
    await coord.u.send("/courses");
    const msg = coord.u.lastMessage()!.messageId;
    const before = await reg(victim.reg.id);

    const forged = [
      coordCb.pack("ok", victim.reg.id, theirs.id, "pending", 0),
      coordCb.pack("ok", victim.reg.id, ours.id, "pending", 0), // own course id, foreign registration
      coordCb.pack("wait", victim.reg.id, theirs.id, "pending", 0),
      coordCb.pack("no", victim.reg.id, theirs.id, "pending", 0),
      coordCb.pack("app", theirs.id, "pending", 0),
      coordCb.pack("course", theirs.id),
      coordCb.pack("csv", theirs.id),
    ];
    for (const data of forged) {
      const calls = await coord.u.callback(msg, data);
      expect(alerts(calls), data).toEqual(["Этого курса нет среди ваших — ничего не изменено."]);
      // Nothing of the other course is shown or sent: no name, no file, no prompt.
      expect(calls.filter((c) => c.method === "sendDocument")).toEqual([]);
      expect(JSON.stringify(calls)).not.toContain(`Applicant ${victim.user.id}`);
    }
    expect(await reg(victim.reg.id)).toEqual(before);
    expect(await t.db.auditLog.count()).toBe(0);
    expect(await t.db.delivery.count()).toBe(0);
  });

  it("the owner of that course can do it", async () => {
    const victim = await applicant(theirs, "pending", "en");
    await other.u.send("/courses");
    const calls = await other.u.callback(other.u.lastMessage()!.messageId, coordCb.pack("ok", victim.reg.id, theirs.id, "pending", 0));
    expect(alerts(calls)).toEqual(["✅ Approved. The applicant will be told."]);
    expect((await reg(victim.reg.id)).status).toBe("approved");
  });
});

describe("alerts", () => {
  it("a new application alert leads to the pending card", async () => {
    const a = await applicant(ours, "pending", "en");
    await enqueue(t.db, { kind: "coordinator_alert", ref: `registration:${a.reg.id}:new`, userId: coord.user.id, payload: { registrationId: a.reg.id } });
    const worker = startDeliveryWorker({ db: t.db, api: h.bot.api, logger: createLogger("silent"), clock: h.deps.clock, intervalMs: 3_600_000 });
    try {
      await worker.drainOnce();
    } finally {
      await worker.stop();
    }
    expect(coord.u.lastMessage()!.text).toContain("📥 <b>Новая заявка</b> на курс «Сварщик»");
    await coord.u.press("📋 Рассмотреть заявки");
    expect(coord.u.lastMessage()!.text).toContain("<b>Заявка 1 из 1</b>");
  });
});

describe("granting the role", () => {
  it("only admins may; the grant works at once and is audited; revoking takes it away", async () => {
    const target = await person("en");
    const notAdmin = await coord.u.send(`/grant_coordinator ${target.user.telegramId} course:${ours.id}`);
    expect(texts(notAdmin)).toEqual(["Это доступно только администраторам."]);
    expect(await t.db.roleGrant.count({ where: { userId: target.user.id } })).toBe(0);

    await f.user(ADMIN, { locale: "en" });
    const admin = h.user(ADMIN);
    expect(texts(await admin.send("/grant_coordinator"))[0]).toContain("Usage:");
    expect(texts(await admin.send("/grant_coordinator 123 course:abc"))[0]).toContain("Usage:");
    expect(texts(await admin.send(`/grant_coordinator 424242 course:${ours.id}`))).toEqual([
      "No user with Telegram id 424242: they must open the bot and press Start first.",
    ]);
    expect(texts(await admin.send(`/grant_coordinator ${target.user.telegramId} course:99999`))).toEqual(["There is no course #99999."]);

    const granted = await admin.send(`/grant_coordinator ${target.user.telegramId} course:${ours.id}`);
    expect(texts(granted)).toEqual([`✅ User ${target.user.telegramId} is now a coordinator: course #${ours.id}.`]);
    expect(await t.db.auditLog.count({ where: { action: "role.grant" } })).toBe(1);
    expect(texts(await admin.send(`/grant_coordinator ${target.user.telegramId} course:${ours.id}`))[0]).toContain("already coordinates");

    await target.u.send("/courses");
    expect(target.u.lastMessage()!.text).toContain("1. <b>Welding</b>");

    const revoked = await admin.send(`/revoke_coordinator ${target.user.telegramId} course:${ours.id}`);
    expect(texts(revoked)).toEqual([`✅ User ${target.user.telegramId} is no longer a coordinator: course #${ours.id}.`]);
    expect(texts(await target.u.send("/courses"))).toEqual(["This is only for course coordinators."]);
  });
});
