// The outbox and its worker against the local Bot API server: what is sent, in which language,
// and what happens on 403 / 429 / 5xx / 4xx and when a delivery's subject is gone.
import { Api } from "grammy";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startLocalBotApi, type LocalBotApi } from "../src/dev/bot-api/index.ts";
import { enqueue } from "../src/domain/outbox.ts";
import { buildSearchText } from "../src/domain/search.ts";
import { startDeliveryWorker, type DeliveryWorker } from "../src/jobs/delivery-worker.ts";
import { startScheduler } from "../src/jobs/scheduler.ts";
import { createLogger } from "../src/logger.ts";
import { FakeClock } from "./support/clock.ts";
import { freshDb, type TestDb } from "./support/db.ts";

const NOW = new Date("2026-11-25T06:00:00Z"); // 11:00 in Kazakhstan
const DAY = 24 * 3600 * 1000;
const TOKEN = "7100000001:OUTBOX-TEST-aaaaaaaaaaaaaaaaaaaa";

let t: TestDb;
let bot: LocalBotApi;
let api: Api;
let clock: FakeClock;
let worker: DeliveryWorker;
let courseId: number;
let nextTelegramId = 9000;

beforeAll(async () => {
  t = await freshDb();
  bot = await startLocalBotApi();
  api = new Api(TOKEN, { apiRoot: bot.apiRoot });
  const provider = await t.db.provider.create({ data: { externalId: "p-outbox", nameRu: "Учебный центр", nameEn: "Training centre" } });
  const course = await t.db.course.create({
    data: {
      externalId: "c-outbox",
      regionCode: "aktobe",
      providerId: provider.id,
      titleKk: "Дәнекерлеуші",
      titleRu: "Сварщик",
      titleEn: "Welder",
      sector: "manufacturing",
      durationWeeks: 8,
      startsAt: new Date(NOW.getTime() + 20 * DAY),
      registrationDeadline: new Date(NOW.getTime() + 10 * DAY),
      capacity: 10,
      searchText: buildSearchText("Сварщик", "Дәнекерлеуші", "Welder"),
    },
  });
  courseId = course.id;
});

afterAll(async () => {
  await worker?.stop();
  await bot?.close();
  await t?.cleanup();
});

beforeEach(async () => {
  await worker?.stop();
  await t.db.delivery.deleteMany();
  clock = new FakeClock(NOW);
  worker = startDeliveryWorker({ db: t.db, api, logger: createLogger("silent"), clock, intervalMs: 3_600_000, maxAttempts: 3 });
});

/** A user known to the bot and to the fake Telegram, with a registration in `status`. */
async function applicant(locale: string, status = "approved", extra: { rejectReason?: string; offerExpiresAt?: Date } = {}) {
  const telegramId = nextTelegramId++;
  bot.addUser({ id: telegramId, first_name: `U${telegramId}`, language_code: locale });
  const user = await t.db.user.create({ data: { telegramId: BigInt(telegramId), locale, lastSeenAt: NOW } });
  const reg = await t.db.registration.create({
    data: { userId: user.id, courseId, status, fullName: "Айгерим Сапарова", phone: "+77011234567", birthDate: new Date("2005-03-05"), educationLevel: "school11", ...extra },
  });
  return { telegramId, user, reg };
}

const statusNotice = (reg: { id: number; userId: number; status: string }) =>
  enqueue(t.db, { kind: "registration_status", ref: `registration:${reg.id}:${reg.status}`, userId: reg.userId, payload: { registrationId: reg.id } });

/** A worker claiming 4 rows at a time, and 10 status notices due: three batches. */
async function tenNoticesInBatchesOfFour() {
  await worker.stop();
  worker = startDeliveryWorker({ db: t.db, api, logger: createLogger("silent"), clock, intervalMs: 3_600_000, batchSize: 4 });
  const people = [];
  for (let i = 0; i < 10; i++) people.push(await applicant("en"));
  for (const p of people) await statusNotice(p.reg);
  return people;
}

const texts = (chatId: number) => bot.messages(chatId).filter((m) => m.fromBot).map((m) => m.text ?? "");
const delivery = async (userId: number) => t.db.delivery.findFirstOrThrow({ where: { userId }, orderBy: { id: "desc" } });
const sendCalls = () => bot.callsTo("sendMessage").length;

describe("delivery worker", () => {
  it("sends due deliveries, each rendered in its recipient's language, and marks them sent", async () => {
    const kk = await applicant("kk");
    const ru = await applicant("ru", "rejected", { rejectReason: "Нет <справки>" });
    const en = await applicant("en", "waitlisted");
    for (const a of [kk, ru, en]) await statusNotice(a.reg);

    expect(await worker.drainOnce()).toBe(3);

    expect(texts(kk.telegramId)).toEqual([expect.stringContaining("Өтініміңіз мақұлданды")]);
    expect(texts(kk.telegramId)[0]).toContain("Дәнекерлеуші");
    expect(texts(ru.telegramId)[0]).toContain("Ваша заявка на курс «Сварщик» не принята");
    expect(texts(ru.telegramId)[0]).toContain("Причина: Нет <справки>"); // escaped in HTML, shown as typed
    expect(texts(en.telegramId)[0]).toContain("You are on the waitlist for «Welder»");
    const rows = await t.db.delivery.findMany();
    expect(rows.map((r) => [r.status, r.attempts, r.sentAt?.toISOString()])).toEqual(Array(3).fill(["sent", 1, NOW.toISOString()]));
    // A button leads to the registration's card.
    const markup = bot.lastBotMessage(en.telegramId)!.replyMarkup as { inline_keyboard: Array<Array<{ callback_data?: string }>> };
    expect(markup.inline_keyboard[0]![0]!.callback_data).toBe(`my1:card:${en.reg.id}`);
  });

  it("renders at send time: a language changed after enqueueing is respected", async () => {
    const a = await applicant("ru");
    await statusNotice(a.reg);
    await t.db.user.update({ where: { id: a.user.id }, data: { locale: "en" } });
    await worker.drainOnce();
    expect(texts(a.telegramId)).toEqual([expect.stringContaining("Your application is approved!")]);
  });

  it("enqueue is idempotent per kind, ref and recipient — also after sending", async () => {
    const a = await applicant("en");
    await statusNotice(a.reg);
    await statusNotice(a.reg);
    expect(await t.db.delivery.count({ where: { userId: a.user.id } })).toBe(1);
    await worker.drainOnce();
    await statusNotice(a.reg);
    expect(await worker.drainOnce()).toBe(0);
    expect(texts(a.telegramId)).toHaveLength(1);
    // Inside a transaction as well (the domain enqueues together with its change).
    await t.db.$transaction(async (tx) => {
      await enqueue(tx, { kind: "registration_status", ref: `registration:${a.reg.id}:approved`, userId: a.user.id, payload: {} });
    });
    expect(await t.db.delivery.count({ where: { userId: a.user.id } })).toBe(1);
  });

  it("keeps a delivery until its notBefore", async () => {
    const a = await applicant("en");
    await enqueue(t.db, { kind: "registration_status", ref: `registration:${a.reg.id}:approved`, userId: a.user.id, payload: { registrationId: a.reg.id }, notBefore: new Date(NOW.getTime() + 3600_000) });
    expect(await worker.drainOnce()).toBe(0);
    clock.advance(3600_000);
    expect(await worker.drainOnce()).toBe(1);
  });

  it("403: the user becomes inactive, this and their other waiting deliveries are dropped, others still go", async () => {
    const blocked = await applicant("ru");
    const second = await t.db.registration.create({
      data: { userId: blocked.user.id, courseId, status: "waitlisted", fullName: "X", phone: "+77011234567", birthDate: new Date("2005-03-05"), educationLevel: "school11" },
    });
    const other = await applicant("en");
    await statusNotice(blocked.reg);
    await statusNotice(second);
    await statusNotice(other.reg);
    bot.setBlocked(blocked.telegramId, true);
    const before = sendCalls();

    expect(await worker.drainOnce()).toBe(1);

    expect(sendCalls() - before).toBe(2); // one 403 for the blocked user, one message to the other
    const user = await t.db.user.findUniqueOrThrow({ where: { id: blocked.user.id } });
    expect(user.isActive).toBe(false);
    expect(user.blockedAt).toEqual(NOW);
    const rows = await t.db.delivery.findMany({ where: { userId: blocked.user.id } });
    expect(rows.map((r) => r.status)).toEqual(["blocked", "blocked"]);
    expect(rows.find((r) => r.attempts === 1)!.lastError).toContain("bot was blocked by the user");
    expect(texts(other.telegramId)).toHaveLength(1);

    // Later notices to the inactive user are dropped without calling Telegram…
    await enqueue(t.db, { kind: "registration_status", ref: `registration:${blocked.reg.id}:again`, userId: blocked.user.id, payload: { registrationId: blocked.reg.id, status: "approved" } });
    const calls = sendCalls();
    await worker.drainOnce();
    expect(sendCalls()).toBe(calls);
    expect((await delivery(blocked.user.id)).status).toBe("blocked");

    // …until they write to the bot again (lastSeenAt after blockedAt): then they get it and count as active.
    bot.setBlocked(blocked.telegramId, false);
    clock.advance(60_000);
    await t.db.user.update({ where: { id: blocked.user.id }, data: { lastSeenAt: clock.now() } });
    await enqueue(t.db, { kind: "registration_status", ref: `registration:${blocked.reg.id}:back`, userId: blocked.user.id, payload: { registrationId: blocked.reg.id, status: "approved" } });
    expect(await worker.drainOnce()).toBe(1);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: blocked.user.id } })).isActive).toBe(true);
  });

  it("429: waits retry_after without counting an attempt, then sends", async () => {
    const a = await applicant("en");
    const b = await applicant("en");
    await statusNotice(a.reg);
    await statusNotice(b.reg);
    bot.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 30", retry_after: 30 });

    expect(await worker.drainOnce()).toBe(0);
    const first = await delivery(a.user.id);
    expect(first).toMatchObject({ status: "pending", attempts: 0, notBefore: new Date(NOW.getTime() + 30_000) });
    // The whole worker waits, not only that delivery: nothing else is sent meanwhile.
    expect((await delivery(b.user.id)).status).toBe("pending");
    clock.advance(29_000);
    const calls = sendCalls();
    expect(await worker.drainOnce()).toBe(0);
    expect(sendCalls()).toBe(calls);

    clock.advance(1_000);
    expect(await worker.drainOnce()).toBe(2);
    expect(await delivery(a.user.id)).toMatchObject({ status: "sent", attempts: 1 });
    expect(texts(a.telegramId)).toHaveLength(1);
  });

  it("claims the next batch while sending the second half of one; a 429 then gives both back", async () => {
    const people = await tenNoticesInBatchesOfFour();
    // The third send (second half of the first batch: the next one is claimed by then) meets a flood wait.
    let sends = 0;
    let leftClaimed = -1;
    bot.failWhen(({ method }) => {
      if (method !== "sendMessage" || ++sends !== 3) return undefined;
      return { error_code: 429, description: "Too Many Requests: retry after 5", retry_after: 5 };
    });
    const count = (status: string) => t.db.delivery.count({ where: { status } });
    try {
      expect(await worker.drainOnce()).toBe(2);
      leftClaimed = await count("sending");
    } finally {
      bot.failWhen(undefined);
    }
    expect(leftClaimed).toBe(0); // the rest of the batch and the batch claimed ahead are pending again
    expect(await count("sent")).toBe(2);
    expect(await count("pending")).toBe(8);
    clock.advance(5_000);
    expect(await worker.drainOnce()).toBe(8);
    expect(await count("sent")).toBe(10);
    for (const p of people) expect(texts(p.telegramId)).toHaveLength(1);
  });

  it("stopping in the middle of a batch gives back its rest and the batch claimed ahead", async () => {
    await tenNoticesInBatchesOfFour();
    let sends = 0;
    bot.failWhen(({ method }) => {
      if (method === "sendMessage" && ++sends === 3) void worker.stop();
      return undefined;
    });
    try {
      expect(await worker.drainOnce()).toBe(3);
    } finally {
      bot.failWhen(undefined);
    }
    expect(await t.db.delivery.count({ where: { status: "sending" } })).toBe(0);
    expect(await t.db.delivery.count({ where: { status: "pending" } })).toBe(7);
  });

  it("5xx: retried with growing backoff, then failed with the last error", async () => {
    const a = await applicant("en");
    await statusNotice(a.reg);
    bot.failNext("sendMessage", { error_code: 500, description: "Internal Server Error" }, 3);

    await worker.drainOnce();
    expect(await delivery(a.user.id)).toMatchObject({ status: "pending", attempts: 1, notBefore: new Date(NOW.getTime() + 30_000) });
    clock.advance(30_000);
    await worker.drainOnce();
    expect(await delivery(a.user.id)).toMatchObject({ status: "pending", attempts: 2, notBefore: new Date(NOW.getTime() + 90_000) });
    clock.advance(60_000);
    await worker.drainOnce();
    expect(await delivery(a.user.id)).toMatchObject({ status: "failed", attempts: 3, lastError: "500 Internal Server Error" });
    clock.advance(DAY);
    expect(await worker.drainOnce()).toBe(0);
    expect(texts(a.telegramId)).toHaveLength(0);
  });

  it("a transient error followed by success sends once", async () => {
    const a = await applicant("en");
    await statusNotice(a.reg);
    bot.failNext("sendMessage", { error_code: 502, description: "Bad Gateway" });
    await worker.drainOnce();
    clock.advance(30_000);
    expect(await worker.drainOnce()).toBe(1);
    expect(await delivery(a.user.id)).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("other 4xx errors fail at once (the same request would fail again)", async () => {
    const a = await applicant("en");
    await statusNotice(a.reg);
    bot.failNext("sendMessage", { error_code: 400, description: "Bad Request: chat not found" });
    await worker.drainOnce();
    expect(await delivery(a.user.id)).toMatchObject({ status: "failed", attempts: 1, lastError: "400 Bad Request: chat not found" });
  });

  it("cancels deliveries whose subject vanished or moved on, and fails unknown kinds", async () => {
    const gone = await applicant("en");
    const moved = await applicant("en", "cancelled");
    const odd = await applicant("en");
    await statusNotice(gone.reg);
    await enqueue(t.db, { kind: "registration_status", ref: `registration:${moved.reg.id}:approved`, userId: moved.user.id, payload: { registrationId: moved.reg.id } });
    await enqueue(t.db, { kind: "no_such_kind", ref: "x:1", userId: odd.user.id, payload: {} });
    await t.db.registration.delete({ where: { id: gone.reg.id } });

    expect(await worker.drainOnce()).toBe(0);
    expect(await delivery(gone.user.id)).toMatchObject({ status: "cancelled", lastError: "registration not found" });
    expect(await delivery(moved.user.id)).toMatchObject({ status: "cancelled", lastError: "superseded: now cancelled" });
    expect(await delivery(odd.user.id)).toMatchObject({ status: "failed", lastError: 'no renderer for kind "no_such_kind"' });
    expect(bot.callsTo("sendMessage").filter((c) => [gone, moved, odd].some((a) => Number(c.params.chat_id) === a.telegramId))).toEqual([]);
  });

  it("a seat offer shows its deadline in Kazakhstan time with accept / decline buttons", async () => {
    const a = await applicant("ru", "offered", { offerExpiresAt: new Date("2026-11-26T06:00:00Z") });
    await enqueue(t.db, { kind: "registration_offer", ref: `registration:${a.reg.id}:offer:1`, userId: a.user.id, payload: { registrationId: a.reg.id } });
    await worker.drainOnce();
    const msg = bot.lastBotMessage(a.telegramId)!;
    expect(msg.text).toContain("Освободилось место!");
    expect(msg.text).toMatch(/26 ноября 2026.*11:00/);
    const data = (msg.replyMarkup as { inline_keyboard: Array<Array<{ callback_data?: string }>> }).inline_keyboard.flat().map((b) => b.callback_data);
    expect(data).toEqual([`my1:accept:${a.reg.id}`, `my1:decline:${a.reg.id}`]);
  });

  it("an offer that expired before it could be sent is cancelled", async () => {
    const a = await applicant("en", "offered", { offerExpiresAt: new Date(NOW.getTime() - 1000) });
    await enqueue(t.db, { kind: "registration_offer", ref: `registration:${a.reg.id}:offer:1`, userId: a.user.id, payload: { registrationId: a.reg.id } });
    await worker.drainOnce();
    expect((await delivery(a.user.id)).status).toBe("cancelled");
  });

  it("alerts a coordinator of the course with the pending count, not someone whose role was revoked", async () => {
    const applicantA = await applicant("en", "pending");
    await applicant("en", "pending");
    const coordId = nextTelegramId++;
    bot.addUser({ id: coordId, first_name: "Coord", language_code: "kk" });
    const coord = await t.db.user.create({ data: { telegramId: BigInt(coordId), locale: "kk" } });
    const grant = await t.db.roleGrant.create({ data: { userId: coord.id, role: "coordinator", courseId } });
    const alert = (ref: string) => enqueue(t.db, { kind: "coordinator_alert", ref, userId: coord.id, payload: { registrationId: applicantA.reg.id } });

    await alert(`registration:${applicantA.reg.id}:new`);
    await worker.drainOnce();
    const msg = bot.lastBotMessage(coordId)!;
    expect(msg.text).toContain("«Дәнекерлеуші» курсына жаңа өтінім: Айгерим Сапарова");
    const pending = await t.db.registration.count({ where: { courseId, status: "pending" } });
    expect(msg.text).toContain(`Қаралуын күтіп тұрғаны: ${pending}`);
    const data = (msg.replyMarkup as { inline_keyboard: Array<Array<{ callback_data?: string }>> }).inline_keyboard.flat().map((b) => b.callback_data);
    expect(data).toEqual([`co1:app:${courseId}:pending:0`, `co1:course:${courseId}`]);

    await t.db.roleGrant.update({ where: { id: grant.id }, data: { revokedAt: NOW } });
    await alert(`registration:${applicantA.reg.id}:again`);
    await worker.drainOnce();
    expect(await delivery(coord.id)).toMatchObject({ status: "cancelled", lastError: "recipient no longer coordinates the course" });
  });

  it("resumes after a crash: rows left 'sending' are sent by the next worker", async () => {
    const a = await applicant("en");
    await statusNotice(a.reg);
    await t.db.delivery.updateMany({ where: { userId: a.user.id }, data: { status: "sending" } });
    await worker.stop();
    worker = startDeliveryWorker({ db: t.db, api, logger: createLogger("silent"), clock, intervalMs: 3_600_000 });
    expect(await worker.drainOnce()).toBe(1);
  });

  it("drains on its own timer and stops cleanly", async () => {
    await worker.stop();
    const a = await applicant("en");
    await statusNotice(a.reg);
    worker = startDeliveryWorker({ db: t.db, api, logger: createLogger("silent"), clock, intervalMs: 20 });
    await bot.waitFor(() => texts(a.telegramId).length === 1);
    await worker.stop();
    expect((await delivery(a.user.id)).status).toBe("sent");
  });
});

describe("scheduler", () => {
  it("expire-offers passes a seat whose offer ran out", async () => {
    const expired = await applicant("en", "offered", { offerExpiresAt: new Date(NOW.getTime() - 60_000) });
    const scheduler = startScheduler({ db: t.db, logger: createLogger("silent"), clock });
    try {
      await scheduler.runNow("expire-offers");
    } finally {
      await scheduler.stop();
    }
    const reg = await t.db.registration.findUniqueOrThrow({ where: { id: expired.reg.id } });
    expect(reg.status).toBe("cancelled");
    // The person is told, by the worker, in their language.
    await worker.drainOnce();
    expect(texts(expired.telegramId)).toEqual([expect.stringContaining("⌛ The seat on «Welder» was not confirmed in time")]);
  });
});
