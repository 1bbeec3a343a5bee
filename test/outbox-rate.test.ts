// Outbox pacing and quiet hours: the global cap and the one-per-second-per-chat gap (with time
// faked, so timings are exact), allow_paid_broadcast, and quiet hours postponing non-urgent
// deliveries to their end while urgent ones go through.
import { Api } from "grammy";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startLocalBotApi, type LocalBotApi } from "../src/dev/bot-api/index.ts";
import { enqueue, quietHoursEnd } from "../src/domain/outbox.ts";
import { buildSearchText } from "../src/domain/search.ts";
import { startDeliveryWorker, type DeliveryWorker, type DeliveryWorkerOptions } from "../src/jobs/delivery-worker.ts";
import { RateLimiter } from "../src/jobs/rate-limiter.ts";
import { createLogger } from "../src/logger.ts";
import { FakeClock } from "./support/clock.ts";
import { freshDb, type TestDb } from "./support/db.ts";

const NOW = new Date("2026-11-25T06:00:00Z"); // 11:00 in Kazakhstan (UTC+5)
const TOKEN = "7100000002:OUTBOX-RATE-aaaaaaaaaaaaaaaaaaaa";

/** Time for the limiter that moves only when it sleeps. */
function fakeTime() {
  const t = { ms: 0, sleeps: 0 };
  const sleep = async (d: number) => {
    t.sleeps++;
    t.ms += d;
  };
  return { t, now: () => t.ms, sleep };
}

describe("RateLimiter", () => {
  it("spaces messages evenly at the cap: 100 at 25/s take 3.96 s", async () => {
    const { t, now, sleep } = fakeTime();
    const limiter = new RateLimiter({ perSecond: 25, now, sleep });
    const at: number[] = [];
    for (let chat = 1; chat <= 100; chat++) {
      await limiter.acquire(chat);
      at.push(t.ms);
    }
    expect(at[0]).toBe(0);
    expect(at[1]).toBeCloseTo(40);
    expect(at[99]).toBeCloseTo(3960);
  });

  it("does not save idle time for a burst, and a late wake-up is made up by the next message", async () => {
    const { t, now, sleep } = fakeTime();
    const limiter = new RateLimiter({ perSecond: 10, now, sleep });
    await limiter.acquire(1);
    t.ms = 5000; // idle for 5 s
    await limiter.acquire(2);
    expect(t.ms).toBe(5000);
    await limiter.acquire(3);
    expect(t.ms).toBe(5100);
    t.ms += 30; // the sleep overshot, or the send took a while
    await limiter.acquire(4);
    expect(t.ms).toBe(5200); // still on the 100 ms grid
  });

  it("keeps one second between two messages to the same chat", async () => {
    const { t, now, sleep } = fakeTime();
    const limiter = new RateLimiter({ perSecond: Infinity, now, sleep });
    await limiter.acquire(7);
    await limiter.acquire(8);
    expect(t.ms).toBe(0);
    t.ms = 300;
    expect(limiter.chatWait(7)).toBe(700);
    expect(limiter.chatWait(9)).toBe(0);
    await limiter.acquire(7);
    expect(t.ms).toBe(1000);
  });
});

describe("quietHoursEnd", () => {
  const night = { quietFrom: 22, quietTo: 8 };
  it("wraps midnight: 23:30 and 03:00 local end at 08:00, 08:00 and 21:59 are outside", () => {
    expect(quietHoursEnd(night, new Date("2026-11-25T18:30:00Z"))).toEqual(new Date("2026-11-26T03:00:00Z"));
    expect(quietHoursEnd(night, new Date("2026-11-25T22:00:00Z"))).toEqual(new Date("2026-11-26T03:00:00Z"));
    expect(quietHoursEnd(night, new Date("2026-11-25T17:00:00Z"))).toEqual(new Date("2026-11-26T03:00:00Z")); // 22:00 sharp
    expect(quietHoursEnd(night, new Date("2026-11-26T03:00:00Z"))).toBeNull();
    expect(quietHoursEnd(night, new Date("2026-11-25T16:59:59Z"))).toBeNull();
  });

  it("handles a window within one day, and equal hours mean none", () => {
    const lunch = { quietFrom: 13, quietTo: 15 };
    expect(quietHoursEnd(lunch, new Date("2026-11-25T08:15:00Z"))).toEqual(new Date("2026-11-25T10:00:00Z"));
    expect(quietHoursEnd(lunch, new Date("2026-11-25T10:00:00Z"))).toBeNull();
    expect(quietHoursEnd(lunch, new Date("2026-11-25T07:59:00Z"))).toBeNull();
    expect(quietHoursEnd({ quietFrom: 0, quietTo: 0 }, new Date("2026-11-25T19:00:00Z"))).toBeNull();
  });
});

describe("delivery worker pacing and quiet hours", () => {
  let t: TestDb;
  let bot: LocalBotApi;
  let api: Api;
  let courseId: number;
  let clock: FakeClock;
  let worker: DeliveryWorker | undefined;
  let nextTelegramId = 50_000;
  /** sendMessage calls as the worker made them: chat, limiter time, options. */
  let sends: Array<{ chat: number; ms: number; paid: boolean }>;
  let time: ReturnType<typeof fakeTime>;

  beforeAll(async () => {
    t = await freshDb();
    bot = await startLocalBotApi();
    api = new Api(TOKEN, { apiRoot: bot.apiRoot });
    api.config.use((prev, method, payload, signal) => {
      if (method === "sendMessage") {
        const p = payload as { chat_id: number; allow_paid_broadcast?: boolean };
        sends.push({ chat: p.chat_id, ms: time.t.ms, paid: p.allow_paid_broadcast === true });
      }
      return prev(method, payload, signal);
    });
    const provider = await t.db.provider.create({ data: { externalId: "p-rate", nameRu: "Центр" } });
    const course = await t.db.course.create({
      data: {
        externalId: "c-rate", regionCode: "aktobe", providerId: provider.id, titleKk: "Электрик", titleRu: "Электрик", titleEn: "Electrician",
        sector: "energy", durationWeeks: 6, startsAt: new Date("2026-12-20T04:00:00Z"), registrationDeadline: new Date("2026-12-10T04:00:00Z"), capacity: 500,
        searchText: buildSearchText("Электрик", "Electrician"),
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
    sends = [];
    time = fakeTime();
    clock = new FakeClock(NOW);
  });

  function startWorker(perSecond: number, extra: Partial<DeliveryWorkerOptions> = {}) {
    const limiter = new RateLimiter({ perSecond, now: time.now, sleep: time.sleep });
    // One lane: with time faked, the order of sends is then exact.
    worker = startDeliveryWorker({ db: t.db, api, logger: createLogger("silent"), clock, intervalMs: 3_600_000, limiter, concurrency: 1, ...extra });
    return worker;
  }

  /** A user with an approved registration and its status notice planned. */
  async function recipient(quiet: { quietFrom?: number; quietTo?: number } = {}, urgent = false) {
    const telegramId = nextTelegramId++;
    bot.addUser({ id: telegramId, first_name: `U${telegramId}`, language_code: "ru" });
    const user = await t.db.user.create({ data: { telegramId: BigInt(telegramId), locale: "ru", lastSeenAt: NOW, ...quiet } });
    const reg = await t.db.registration.create({
      data: { userId: user.id, courseId, status: "approved", fullName: "Ерлан Омаров", phone: "+77011234567", birthDate: new Date("2004-01-01"), educationLevel: "school11" },
    });
    await enqueue(t.db, { kind: "registration_status", ref: `registration:${reg.id}:approved`, userId: user.id, payload: { registrationId: reg.id }, urgent });
    return { telegramId, user, reg };
  }

  it("sends at the global cap: 60 messages at 30/s, 1/30 s apart", async () => {
    for (let i = 0; i < 60; i++) await recipient();
    expect(await startWorker(30).drainOnce()).toBe(60);
    expect(sends).toHaveLength(60);
    const gaps = sends.slice(1).map((s, i) => s.ms - sends[i]!.ms);
    for (const gap of gaps) expect(gap).toBeCloseTo(1000 / 30, 6);
    expect(sends.at(-1)!.ms).toBeCloseTo((59 * 1000) / 30, 6);
    expect(sends.every((s) => !s.paid)).toBe(true);
  });

  it("a second message to a chat waits a second, without holding up the others", async () => {
    const a = await recipient();
    const others = [];
    for (let i = 0; i < 5; i++) others.push(await recipient());
    // A second notice to the first recipient, queued right behind the first.
    const reg2 = await t.db.registration.create({
      data: { userId: a.user.id, courseId, status: "approved", fullName: "Ерлан Омаров", phone: "+77011234567", birthDate: new Date("2004-01-01"), educationLevel: "school11" },
    });
    await enqueue(t.db, { kind: "registration_status", ref: `registration:${reg2.id}:approved`, userId: a.user.id, payload: { registrationId: reg2.id } });

    expect(await startWorker(10).drainOnce()).toBe(7);
    const toA = sends.filter((s) => s.chat === a.telegramId);
    expect(toA).toHaveLength(2);
    expect(toA[1]!.ms - toA[0]!.ms).toBeGreaterThanOrEqual(1000);
    // The five others went first, on the 100 ms grid, not after a 1 s stall.
    expect(sends.slice(1, 6).map((s) => s.chat)).toEqual(others.map((o) => o.telegramId));
    expect(sends[5]!.ms).toBeCloseTo(500, 6);
    expect(await t.db.delivery.count({ where: { status: "sent" } })).toBe(7);
  });

  it("with paid broadcasting, sends with allow_paid_broadcast at up to 1000/s", async () => {
    for (let i = 0; i < 20; i++) await recipient();
    expect(await startWorker(1000, { paidBroadcast: true }).drainOnce()).toBe(20);
    expect(sends.every((s) => s.paid)).toBe(true);
    expect(sends.at(-1)!.ms).toBeCloseTo(19, 6);
  });

  it("with several lanes (real time), every message goes once and one chat never gets two within a second", async () => {
    const a = await recipient();
    for (let i = 0; i < 30; i++) await recipient();
    const reg2 = await t.db.registration.create({
      data: { userId: a.user.id, courseId, status: "approved", fullName: "Ерлан Омаров", phone: "+77011234567", birthDate: new Date("2004-01-01"), educationLevel: "school11" },
    });
    await enqueue(t.db, { kind: "registration_status", ref: `registration:${reg2.id}:approved`, userId: a.user.id, payload: { registrationId: reg2.id } });
    const at: Array<{ chat: number; ms: number }> = [];
    const before = bot.callsTo("sendMessage").length;
    worker = startDeliveryWorker({ db: t.db, api, logger: createLogger("silent"), clock, intervalMs: 3_600_000, ratePerSecond: 1000, concurrency: 8 });
    expect(await worker.drainOnce()).toBe(32);
    for (const c of bot.callsTo("sendMessage").slice(before)) at.push({ chat: Number(c.params.chat_id), ms: c.time });
    expect(new Set(at.map((x) => x.chat)).size).toBe(31);
    const toA = at.filter((x) => x.chat === a.telegramId);
    expect(toA).toHaveLength(2);
    expect(toA[1]!.ms - toA[0]!.ms).toBeGreaterThanOrEqual(990); // the server's clock, in whole ms
    expect(await t.db.delivery.count({ where: { status: "sent" } })).toBe(32);
  });

  it("quiet hours: a non-urgent delivery waits for their end, an urgent one goes through", async () => {
    clock.set("2026-11-25T18:30:00Z"); // 23:30 in Almaty
    const sleeper = await recipient(); // default quiet hours 22–08
    const urgent = await recipient({}, true);
    const nightOwl = await recipient({ quietFrom: 1, quietTo: 6 });
    const w = startWorker(25);

    expect(await w.drainOnce()).toBe(2);
    expect(sends.map((s) => s.chat)).toEqual([urgent.telegramId, nightOwl.telegramId]);
    const waiting = await t.db.delivery.findFirstOrThrow({ where: { userId: sleeper.user.id } });
    expect(waiting).toMatchObject({ status: "pending", attempts: 0, notBefore: new Date("2026-11-26T03:00:00Z") });

    clock.set("2026-11-26T02:59:00Z");
    expect(await w.drainOnce()).toBe(0);
    clock.set("2026-11-26T03:00:00Z"); // 08:00
    expect(await w.drainOnce()).toBe(1);
    expect(sends.at(-1)!.chat).toBe(sleeper.telegramId);
    expect(bot.messages(sleeper.telegramId).filter((m) => m.fromBot)).toHaveLength(1);
  });
});
