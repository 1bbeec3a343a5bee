// Coordinators choose between an alert per application and a daily digest: the toggle on their
// course list, no instant alert in digest mode, one digest at 09:00 (Kazakhstan) with the day's
// counts in their language, idempotent planning, nothing when nothing is new.
import cron from "node-cron";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "./support/db.ts";
import { FakeClock } from "./support/clock.ts";
import { Harness, texts, type ApiCall, type FakeUser } from "./support/harness.ts";
import { SignupFixtures } from "./support/signups.ts";
import { coordCb } from "../src/bot/features/coordinator/callbacks.ts";
import { CONSENT_VERSION } from "../src/domain/consent.ts";
import { formatDateRange } from "../src/domain/format.ts";
import { submitApplication } from "../src/domain/registrations/apply.ts";
import { COORDINATOR_DIGEST_KIND, coordinatorDigest, digestWindow, planCoordinatorDigests } from "../src/domain/registrations/digest.ts";
import { startDeliveryWorker } from "../src/jobs/delivery-worker.ts";
import { schedulerJobs, startScheduler } from "../src/jobs/scheduler.ts";
import { createLogger } from "../src/logger.ts";
import type { Course, Provider, User } from "../src/generated/prisma/client.ts";

// Thursday 26 November 2026, 09:00 in Kazakhstan (UTC+5): the day's digest is due.
const AT_NINE = new Date("2026-11-26T04:00:00Z");
const WINDOW_FROM = new Date("2026-11-25T04:00:00Z");
const MINUTE = 60_000;
const ADMIN = 9901;

let t: TestDb;
let h: Harness;
let clock: FakeClock;
let f: SignupFixtures;
let provider: Provider;
let welding: Course; // of `provider`
let plumbing: Course; // of `provider`
let lonely: Course; // its own provider; gets no applications in the window
let nextId = 7700;

beforeAll(async () => {
  t = await freshDb();
  clock = new FakeClock(AT_NINE);
  h = new Harness({ db: t.db, clock, config: { adminIds: [ADMIN] } });
  f = new SignupFixtures(t.db, AT_NINE);
  provider = await f.provider("Karaganda Technical College");
  welding = await f.course(provider.id, { en: "Welding", ru: "Сварщик", kk: "Дәнекерлеуші" });
  plumbing = await f.course(provider.id, { en: "Plumbing", ru: "Сантехник", kk: "Сантехник-слесарь" }, { startsAt: f.inDays(30) });
  lonely = await f.course((await f.provider("Saran Academy")).id, { en: "Tyre fitting", ru: "Шиномонтаж", kk: "Шина жөндеу" });
});

afterAll(async () => {
  await t?.cleanup();
});

beforeEach(async () => {
  clock.set(AT_NINE);
  await t.db.delivery.deleteMany();
  await t.db.registration.deleteMany();
  await t.db.roleGrant.deleteMany();
});

async function person(locale: string, alerts?: "instant" | "digest"): Promise<{ user: User; u: FakeUser }> {
  const id = nextId++;
  const user = await f.user(id, { locale, ...(alerts ? { coordinatorAlerts: alerts } : {}) });
  return { user, u: h.user(id, { language_code: locale }) };
}

async function coordinator(locale: string, alerts: "instant" | "digest", scope: { providerId?: number; courseId?: number }) {
  const p = await person(locale, alerts);
  await f.grantCoordinator(p.user.id, scope);
  return p;
}

/** An application to `course` received `minutesAgo` before 09:00. */
async function application(course: Course, minutesAgo: number, status = "pending") {
  const p = await person("ru");
  return f.registration(p.user.id, course.id, status, {}, minutesAgo);
}

async function drain(): Promise<number> {
  const worker = startDeliveryWorker({ db: t.db, api: h.bot.api, logger: createLogger("silent"), clock, intervalMs: 3_600_000 });
  try {
    return await worker.drainOnce();
  } finally {
    await worker.stop();
  }
}

async function runDigestJob(): Promise<unknown> {
  const scheduler = startScheduler({ db: t.db, logger: createLogger("silent"), clock });
  try {
    return await scheduler.runNow("coordinator-digests");
  } finally {
    await scheduler.stop();
  }
}

const toasts = (calls: ApiCall[]) => calls.filter((c) => c.method === "answerCallbackQuery").map((c) => String(c.params.text ?? ""));
const digests = () => t.db.delivery.findMany({ where: { kind: COORDINATOR_DIGEST_KIND }, orderBy: { id: "asc" } });

describe("digestWindow", () => {
  it("is the 24 hours up to the latest 09:00 in Kazakhstan, named by that local date", () => {
    const at = (iso: string) => digestWindow(new Date(iso));
    expect(at("2026-11-26T04:00:00Z")).toEqual({ from: WINDOW_FROM, to: AT_NINE, day: "2026-11-26" });
    // Later the same local day (23:59 in Almaty) the window stays the same.
    expect(at("2026-11-26T18:59:00Z")).toEqual({ from: WINDOW_FROM, to: AT_NINE, day: "2026-11-26" });
    // Past local midnight, before 09:00: still that window (it is 00:00 on the 27th in Almaty).
    expect(at("2026-11-26T19:00:00Z").day).toBe("2026-11-26");
    // One millisecond before 09:00: the previous day's.
    expect(at("2026-11-26T03:59:59.999Z")).toEqual({ from: new Date("2026-11-24T04:00:00Z"), to: WINDOW_FROM, day: "2026-11-25" });
    // Across a month and a year.
    expect(at("2027-01-01T05:00:00Z")).toMatchObject({ to: new Date("2027-01-01T04:00:00Z"), day: "2027-01-01" });
    expect(at("2027-01-01T03:00:00Z").day).toBe("2026-12-31");
  });
});

describe("the alerts toggle on the course list", () => {
  it("shows the current choice, switches and stores it per coordinator", async () => {
    const c = await coordinator("ru", "instant", { providerId: provider.id });
    const other = await coordinator("ru", "instant", { courseId: welding.id });

    await c.u.send("/courses");
    expect(c.u.buttons()).toContain("🔔 Уведомления: о каждой заявке");
    expect(c.u.lastMessage()!.text).toContain("🔔 О каждой новой заявке я пишу вам сюда.");

    const calls = await c.u.press("🔔 Уведомления");
    expect(toasts(calls)).toEqual(["🗞 Готово: одна сводка в день, в 09:00."]);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: c.user.id } })).coordinatorAlerts).toBe("digest");
    // The same message now shows the new state.
    expect(c.u.messages()).toHaveLength(1);
    expect(c.u.buttons()).toContain("🔔 Уведомления: сводка раз в день");
    expect(c.u.lastMessage()!.text).toContain("🗞 Новые заявки приходят одной сводкой в день, в 09:00 по времени Астаны.");
    // Someone else's choice is theirs.
    expect((await t.db.user.findUniqueOrThrow({ where: { id: other.user.id } })).coordinatorAlerts).toBe("instant");

    // A second press of the (stale) digest button keeps "digest": the data names the mode.
    await c.u.callback(c.u.lastMessage()!.messageId, coordCb.pack("alerts", "digest", 0));
    expect((await t.db.user.findUniqueOrThrow({ where: { id: c.user.id } })).coordinatorAlerts).toBe("digest");

    await c.u.press("🔔 Уведомления");
    expect((await t.db.user.findUniqueOrThrow({ where: { id: c.user.id } })).coordinatorAlerts).toBe("instant");
    expect(c.u.buttons()).toContain("🔔 Уведомления: о каждой заявке");
  });

  it("speaks Kazakh and English too", async () => {
    const kk = await coordinator("kk", "digest", { courseId: welding.id });
    await kk.u.send("/courses");
    expect(kk.u.buttons()).toContain("🔔 Хабарламалар: күніне бір жиынтық");
    expect(toasts(await kk.u.press("🔔 Хабарламалар"))).toEqual(["🔔 Дайын: әр жаңа өтінім туралы хабарлаймын."]);

    const en = await coordinator("en", "instant", { courseId: welding.id });
    await en.u.send("/courses");
    expect(toasts(await en.u.press("🔔 Alerts: each application"))).toEqual(["🗞 Done: one digest a day, at 09:00."]);
    expect(en.u.buttons()).toContain("🔔 Alerts: daily digest");
  });

  it("is refused to non-coordinators, forged modes are stale buttons, admins without grants see no toggle", async () => {
    const stranger = await person("ru");
    await stranger.u.send("/menu");
    const refused = await stranger.u.callback(stranger.u.lastMessage()!.messageId, coordCb.pack("alerts", "digest", 0));
    expect(toasts(refused)).toEqual(["Это доступно только координаторам курсов."]);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: stranger.user.id } })).coordinatorAlerts).toBe("instant");

    const c = await coordinator("ru", "instant", { courseId: welding.id });
    await c.u.send("/courses");
    const forged = await c.u.callback(c.u.lastMessage()!.messageId, "co1:alerts:weekly:0");
    expect(texts(forged).join("\n")).toContain("Эта кнопка устарела.");
    expect((await t.db.user.findUniqueOrThrow({ where: { id: c.user.id } })).coordinatorAlerts).toBe("instant");

    await f.user(ADMIN, { locale: "en" });
    const admin = h.user(ADMIN);
    await admin.send("/courses");
    expect(admin.lastMessage()!.text).toContain("1. <b>Welding</b>");
    expect(admin.buttons().some((b) => b.includes("🔔"))).toBe(false);
  });
});

describe("instant alerts", () => {
  it("go only to coordinators who chose them", async () => {
    const instant = await coordinator("en", "instant", { providerId: provider.id });
    const digest = await coordinator("kk", "digest", { courseId: welding.id });
    const applicant = await person("ru");
    const res = await submitApplication(t.db, {
      userId: applicant.user.id, courseId: welding.id, fullName: "Айгерим Сапарова", phone: "+77011234567",
      birthDate: new Date(Date.UTC(2004, 2, 5)), educationLevel: "college", consentVersion: CONSENT_VERSION, consentGivenBy: "self", locale: "ru", allowWaitlist: true,
    }, AT_NINE);
    expect(res.ok).toBe(true);
    const alerts = await t.db.delivery.findMany({ where: { kind: "coordinator_alert" } });
    expect(alerts.map((d) => d.userId)).toEqual([instant.user.id]);

    expect(await drain()).toBe(1);
    expect(instant.u.lastMessage()!.text).toContain("📥 <b>New application</b> for «Welding»: Айгерим Сапарова.");
    expect(digest.u.messages()).toEqual([]);
  });
});

describe("the daily digest", () => {
  it("at 09:00: one digest per digest-mode coordinator, in their language, with the day's counts per course", async () => {
    const kk = await coordinator("kk", "digest", { providerId: provider.id });
    const en = await coordinator("en", "digest", { courseId: plumbing.id });
    const instant = await coordinator("ru", "instant", { providerId: provider.id });
    const idle = await coordinator("ru", "digest", { courseId: lonely.id });

    // Welding: 3 received in the window (one already approved), 1 older one still pending,
    // 1 received after 09:00 (tomorrow's digest). Plumbing: 1 received, waitlisted.
    await application(welding, 10);
    await application(welding, 23 * 60);
    await application(welding, 24 * 60, "approved"); // exactly at the window's start: included
    await application(welding, 24 * 60 + 1); // before the window
    await application(welding, -5); // 09:05
    await application(plumbing, 60, "waitlisted");
    await application(lonely, 24 * 60 + 30); // the idle coordinator's: older than the window

    expect(await runDigestJob()).toBe(2);
    const planned = await digests();
    expect(planned.map((d) => [d.userId, d.ref])).toEqual([
      [kk.user.id, "digest:2026-11-26"],
      [en.user.id, "digest:2026-11-26"],
    ]);
    expect(JSON.parse(planned[0]!.payload)).toEqual({ from: WINDOW_FROM.toISOString(), to: AT_NINE.toISOString() });
    expect(planned.every((d) => !d.urgent)).toBe(true);

    expect(await drain()).toBe(2);
    const kkText = kk.u.lastMessage()!.text;
    expect(kkText).toBe(
      [
        "🗞 <b>Тәулік ішіндегі өтінімдер</b>",
        formatDateRange(WINDOW_FROM, AT_NINE, "kk"),
        "",
        "• «Дәнекерлеуші»: жаңасы — 3, қаралуын күтіп тұрғаны — 4",
        "• «Сантехник-слесарь»: жаңасы — 1, қаралуын күтіп тұрғаны — 0",
      ].join("\n"),
    );
    expect(kk.u.buttons()).toEqual(["📋 Қарау: Дәнекерлеуші (4)", "📋 Курстарым"]);
    expect(en.u.lastMessage()!.text).toContain("• «Plumbing»: 1 new · 0 waiting for review");
    expect(en.u.lastMessage()!.text).not.toContain("Welding");
    expect(en.u.buttons()).toEqual(["📋 My courses"]);
    expect(instant.u.messages()).toEqual([]);
    expect(idle.u.messages()).toEqual([]);

    // The review button opens the pending queue, the other one the course list.
    await kk.u.press("📋 Қарау");
    expect(kk.u.lastMessage()!.text).toContain("Өтінім: 1 / 4");
    await en.u.press("📋 My courses");
    expect(en.u.lastMessage()!.text).toContain("1. <b>Plumbing</b>");
  });

  it("is planned once a day: repeated and later runs the same day add nothing", async () => {
    const c = await coordinator("ru", "digest", { courseId: welding.id });
    await application(welding, 60);
    expect(await planCoordinatorDigests(t.db, AT_NINE)).toBe(1);
    expect(await planCoordinatorDigests(t.db, AT_NINE)).toBe(1);
    expect(await t.db.delivery.count()).toBe(1);
    expect(await drain()).toBe(1);

    // A catch-up tick at 09:15 and one after an application at 10:00: still one digest today.
    clock.set(new Date(AT_NINE.getTime() + 15 * MINUTE));
    await runDigestJob();
    await application(welding, -60);
    clock.set(new Date(AT_NINE.getTime() + 105 * MINUTE));
    await runDigestJob();
    expect(await t.db.delivery.count()).toBe(1);
    expect(await drain()).toBe(0);
    expect(c.u.messages()).toHaveLength(1);

    // The next day brings the application of 10:00 in a new digest.
    clock.set(new Date(AT_NINE.getTime() + 24 * 60 * MINUTE));
    await runDigestJob();
    expect((await digests()).map((d) => d.ref)).toEqual(["digest:2026-11-26", "digest:2026-11-27"]);
    expect(await drain()).toBe(1);
    expect(c.u.lastMessage()!.text).toContain("• «Сварщик»: новых — 1, ждут рассмотрения — 2");
  });

  it("says nothing to a coordinator without new applications", async () => {
    await coordinator("en", "digest", { courseId: lonely.id });
    await coordinator("en", "digest", { providerId: provider.id });
    await application(lonely, 25 * 60);
    await application(welding, -1);
    expect(await runDigestJob()).toBe(0);
    expect(await t.db.delivery.count()).toBe(0);
  });

  it("is dropped at send time when the coordinator no longer coordinates the course", async () => {
    const c = await coordinator("en", "digest", { courseId: welding.id });
    await application(welding, 60);
    await planCoordinatorDigests(t.db, AT_NINE);
    await t.db.roleGrant.updateMany({ where: { userId: c.user.id }, data: { revokedAt: AT_NINE } });
    expect(await coordinatorDigest(t.db, c.user.id, { from: WINDOW_FROM, to: AT_NINE })).toEqual([]);
    expect(await drain()).toBe(0);
    expect((await digests())[0]).toMatchObject({ status: "cancelled", lastError: "nothing to report any more" });
  });

  it("runs every day at 09:00 Kazakhstan time, with catch-up ticks until noon", () => {
    const job = schedulerJobs(t.db).find((j) => j.name === "coordinator-digests")!;
    expect(job.cron).toBe("*/15 9-11 * * *");
    expect(cron.validate(job.cron)).toBe(true);
  });
});
