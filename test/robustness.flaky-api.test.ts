// A Bot API that fails intermittently — a seeded ~25 % of requests answer 5xx, 429 with
// retry_after, hang until the client times out, or drop the connection. (a) The delivery
// worker sends a few hundred outbox deliveries through it: nothing is lost, every delivery
// ends sent exactly once, or failed with a reason for a permanent error. (b) People use the
// bot meanwhile: handlers that hit a failure never crash the bot (the error is logged), and
// once the API is healthy again every one of them gets normal answers.
// Time: the worker's backoff and flood waits run on a FakeClock moved by the test; the real
// waits left are the clients' short timeouts and auto-retry's pauses (compressed, see below).
import { Api, GrammyError, HttpError } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalBotApi, startLocalBotApi, type InjectedFailure, type LocalBotApi } from "../src/dev/bot-api/index.ts";
import { buildSearchText } from "../src/domain/search.ts";
import { startDeliveryWorker } from "../src/jobs/delivery-worker.ts";
import { unlimited } from "../src/jobs/rate-limiter.ts";
import { i18n } from "../src/bot/i18n.ts";
import { coursesCb } from "../src/bot/features/courses/callbacks.ts";
import { FakeClock } from "./support/clock.ts";
import { freshDb, type TestDb } from "./support/db.ts";
import { captureLogger, prng } from "./support/fuzz.ts";
import { Harness, texts, type FakeUser } from "./support/harness.ts";

const NOW = new Date("2026-11-25T06:00:00Z"); // 11:00 in Kazakhstan: nobody's quiet hours
const DAY = 24 * 3600 * 1000;
const TOKEN = "7100000009:FLAKY-API-aaaaaaaaaaaaaaaaaaaaaa";

/**
 * One request's fate: ~10 % 5xx, ~5 % 429 (retry_after 1–3 s), ~5 % hang (client timeout),
 * ~5 % connection reset; the rest go through. The method never runs when it fails.
 */
function flaky(random: () => number): (request: { method: string }) => InjectedFailure | undefined {
  return () => {
    const r = random();
    if (r < 0.07) return { error_code: 500, description: "Internal Server Error" };
    if (r < 0.1) return { error_code: 502, description: "Bad Gateway" };
    if (r < 0.15) return { error_code: 429, description: "Too Many Requests: retry after 2", retry_after: 1 + Math.floor(random() * 3) };
    if (r < 0.2) return { error_code: 504, description: "Gateway Timeout", hang: true };
    if (r < 0.25) return { error_code: 0, description: "reset", reset: true };
    return undefined;
  };
}

let t: TestDb;
let courseId: number;

beforeAll(async () => {
  t = await freshDb();
  const provider = await t.db.provider.create({ data: { externalId: "p-flaky", nameRu: "Центр" } });
  const course = await t.db.course.create({
    data: {
      externalId: "c-flaky", regionCode: "aktobe", providerId: provider.id, titleKk: "Слесарь", titleRu: "Слесарь", titleEn: "Fitter",
      sector: "manufacturing", durationWeeks: 4, startsAt: new Date(NOW.getTime() + 30 * DAY), registrationDeadline: new Date(NOW.getTime() + 20 * DAY),
      capacity: 1000, searchText: buildSearchText("Слесарь", "Fitter"),
    },
  });
  courseId = course.id;
});

afterAll(async () => {
  await t?.cleanup();
});

describe("injected faults over HTTP look to grammY like the real ones", () => {
  it("reset → network error, hang → timeout, 429 → retry_after; the method did not run", async () => {
    const server = await startLocalBotApi();
    try {
      server.addUser({ id: 42, first_name: "A" });
      const api = new Api(TOKEN, { apiRoot: server.apiRoot, timeoutSeconds: 30 });
      const impatient = new Api(TOKEN, { apiRoot: server.apiRoot, timeoutSeconds: 0.3 });
      server.failNext("sendMessage", { error_code: 0, description: "reset", reset: true });
      await expect(api.sendMessage(42, "a")).rejects.toBeInstanceOf(HttpError);
      server.failNext("sendMessage", { error_code: 504, description: "Gateway Timeout", hang: true });
      const hung = await impatient.sendMessage(42, "b").catch((e: unknown) => e);
      expect(hung).toBeInstanceOf(HttpError);
      expect(String((hung as HttpError).error)).toMatch(/timed out/);
      server.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 3", retry_after: 3, delayMs: 20 });
      const flood = await api.sendMessage(42, "c").catch((e: unknown) => e);
      expect(flood).toBeInstanceOf(GrammyError);
      expect((flood as GrammyError).parameters.retry_after).toBe(3);
      await api.sendMessage(42, "d");
      expect(server.messages(42).map((m) => m.text)).toEqual(["d"]);
    } finally {
      await server.close();
    }
  });
});

describe("delivery worker against a flaky Bot API", () => {
  const RECIPIENTS = 300;
  const FIRST_TG_ID = 810_000;
  /** Never started a chat with the bot: "chat not found" (400) is permanent. */
  const UNKNOWN_CHATS = new Set([FIRST_TG_ID + 7, FIRST_TG_ID + 150]);
  /** Blocked the bot: 403, permanent too. */
  const BLOCKED = new Set([FIRST_TG_ID + 42]);

  let api: LocalBotApi;
  beforeAll(async () => {
    api = createLocalBotApi();
    const ids = Array.from({ length: RECIPIENTS }, (_, i) => FIRST_TG_ID + i);
    for (const id of ids) if (!UNKNOWN_CHATS.has(id)) api.addUser({ id, first_name: `U${id}`, language_code: "ru" });
    for (const id of BLOCKED) api.setBlocked(id, true);
    const locales = ["kk", "ru", "en"];
    await t.db.user.createMany({ data: ids.map((id, i) => ({ telegramId: BigInt(id), locale: locales[i % 3]!, lastSeenAt: NOW })) });
    const users = await t.db.user.findMany({ where: { telegramId: { gte: FIRST_TG_ID } }, select: { id: true } });
    await t.db.registration.createMany({
      data: users.map((u) => ({ userId: u.id, courseId, status: "approved", fullName: "Айдана Серикова", phone: "+77011234567", birthDate: new Date("2004-01-01"), educationLevel: "college" })),
    });
    const regs = await t.db.registration.findMany({ where: { userId: { in: users.map((u) => u.id) } }, select: { id: true, userId: true } });
    await t.db.delivery.createMany({
      data: regs.map((r) => ({ kind: "registration_status", ref: `registration:${r.id}:approved`, userId: r.userId, payload: JSON.stringify({ registrationId: r.id }), notBefore: new Date(0) })),
    });
  });
  afterAll(() => api?.close());

  it("sends every delivery exactly once, or fails it with a reason when the error is permanent", async () => {
    const random = prng(20261125);
    api.failWhen(flaky(random));
    // A burst of 5xx right at the start, as when Telegram has a hiccup.
    api.failNext("sendMessage", { error_code: 502, description: "Bad Gateway" }, 15);
    const clock = new FakeClock(NOW);
    const log = captureLogger("warn");
    const worker = startDeliveryWorker({
      db: t.db,
      // A hung request is given up after 0.5 s (grammY's client timeout), then retried later;
      // long enough that a healthy request on a loaded machine never times out (and goes twice).
      api: new Api(TOKEN, { apiRoot: api.apiRoot, fetch: api.fetch as never, timeoutSeconds: 0.5 }),
      logger: log.logger,
      clock,
      intervalMs: 3_600_000, // the test drives the drains
      limiter: unlimited(),
      concurrency: 4,
      // At a 20 % transient failure rate the default 5 attempts would give up on ~1 in 3,000
      // deliveries; a busy production bot retries longer, and so does this test.
      maxAttempts: 12,
    });
    const started = Date.now();
    let rounds = 0;
    try {
      for (; rounds < 500; rounds++) {
        await worker.drainOnce();
        const left = await t.db.delivery.count({ where: { status: { in: ["pending", "sending"] } } });
        if (left === 0) break;
        clock.advance(60 * 60 * 1000); // past any backoff (≤ 1 h) and any flood wait
      }
    } finally {
      await worker.stop();
      api.failWhen(undefined);
    }

    const rows = await t.db.delivery.findMany({ include: { user: { select: { telegramId: true } } } });
    const byStatus = (s: string) => rows.filter((r) => r.status === s);
    const chatOf = (r: (typeof rows)[number]) => Number(r.user.telegramId);
    const sends = api.callsTo("sendMessage");
    const delivered = new Map<number, number>();
    for (const m of sends.flatMap((c) => c.params.chat_id)) delivered.set(Number(m), 0);
    for (const chatId of delivered.keys()) delivered.set(chatId, api.messages(chatId).filter((m) => m.fromBot).length);
    const faults = sends.length - [...delivered.values()].reduce((s, n) => s + n, 0);
    console.log(
      `flaky API: ${RECIPIENTS} deliveries, ${sends.length} sendMessage requests (${faults} failed or refused), ` +
        `${rounds + 1} drains, ${((Date.now() - started) / 1000).toFixed(1)} s; ${log.entries.length} warnings/errors logged`,
    );

    // Nothing left behind, nothing lost.
    expect(byStatus("pending").length + byStatus("sending").length).toBe(0);
    expect(byStatus("sent")).toHaveLength(RECIPIENTS - UNKNOWN_CHATS.size - BLOCKED.size);
    // Exactly once: each reachable recipient's chat holds one message from the bot.
    for (const r of byStatus("sent")) expect(api.messages(chatOf(r)).filter((m) => m.fromBot), `chat ${chatOf(r)}`).toHaveLength(1);
    // Permanent errors end with the reason, not retried forever.
    expect(byStatus("failed").map((r) => [chatOf(r), r.lastError])).toEqual(
      [...UNKNOWN_CHATS].map((id) => [id, expect.stringContaining("400 Bad Request: chat not found")]),
    );
    expect(byStatus("blocked").map((r) => [chatOf(r), r.lastError])).toEqual([...BLOCKED].map((id) => [id, expect.stringContaining("blocked")]));
    // The faults really happened, and each kind was met.
    expect(faults).toBeGreaterThan(RECIPIENTS * 0.2);
    const warnings = log.entries.map((e) => e.msg);
    expect(warnings).toContain("flood wait: sending paused");
    expect(warnings).toContain("delivery failed; will retry");
    expect(warnings).not.toContain("delivery failed for good");
  }, 60_000);
});

describe("people using the bot while the Bot API is flaky", () => {
  const USERS = 24;
  const FIRST_TG_ID = 820_000;
  let h: Harness;
  let log: ReturnType<typeof captureLogger>;
  const realSetTimeout = globalThis.setTimeout;

  beforeAll(async () => {
    log = captureLogger("warn");
    h = new Harness({ db: t.db, clock: new FakeClock(NOW), logger: log.logger, timeoutSeconds: 0.5 });
    // auto-retry (src/bot/index.ts) pauses 3 s, 6 s… between retries of 5xx answers:
    // the same pauses, a thousand times shorter, so the test runs the real plugin in seconds.
    globalThis.setTimeout = ((fn: () => void, ms?: number, ...rest: unknown[]) =>
      realSetTimeout(fn, ms !== undefined && ms >= 1000 && new Error().stack?.includes("auto-retry") ? ms / 1000 : ms, ...(rest as []))) as typeof setTimeout;
  });
  afterAll(() => {
    globalThis.setTimeout = realSetTimeout;
  });

  /** What a person does: commands, a search, a course card and its sign-up button, /my. */
  async function journey(u: FakeUser): Promise<void> {
    const steps: Array<() => Promise<unknown>> = [
      () => u.send("/start"),
      () => u.send("/menu"),
      () => u.send("/help"),
      () => u.send("слесарь"),
      () => u.send(`/start course_${courseId}`),
      () => u.pressData(coursesCb.pack("signup", courseId)),
      () => u.send("Айдана Серикова"),
      () => u.send("/settings"),
      () => u.send("/my"),
      () => u.send("/subscriptions"),
      () => u.send("/cancel"),
    ];
    for (const step of steps) {
      try {
        await step();
      } catch (err) {
        // What the production runner does with a handler's error: bot.catch (log, tell the user).
        if (err instanceof Error && err.name === "BotError") await h.bot.errorHandler(err as never);
        else if (!(err instanceof Error && /no message with button/.test(err.message))) throw err; // a lost message has no button to press
      }
    }
  }

  it("handlers that meet failures are logged, never crash the bot, and everyone is answered afterwards", async () => {
    const locales = ["kk", "ru", "en"] as const;
    const users = await Promise.all(
      Array.from({ length: USERS }, async (_, i) => {
        const id = FIRST_TG_ID + i;
        await t.db.user.create({ data: { telegramId: BigInt(id), locale: locales[i % 3], regionCode: "aktobe", lastSeenAt: NOW } });
        return { u: h.user(id, { language_code: locales[i % 3] }), locale: locales[i % 3]! };
      }),
    );
    h.api.failWhen(flaky(prng(7)));
    const started = Date.now();
    await Promise.all(users.map(({ u }) => journey(u)));
    const faultyPhase = (Date.now() - started) / 1000;
    h.api.failWhen(undefined);

    const failedCalls = h.calls.filter((c) => c.error).length;
    const updateErrors = log.errors().filter((e) => e.msg === "update failed");
    console.log(
      `flaky API, interactive: ${USERS} people, ${h.calls.length} API calls (${failedCalls} answered with an error), ` +
        `${updateErrors.length} updates failed and were logged; ${faultyPhase.toFixed(1)} s`,
    );
    expect(failedCalls).toBeGreaterThan(h.calls.length * 0.1);
    // Failures were logged by the error boundary — and nothing else logged at error level.
    expect(log.errors().map((e) => e.msg)).toEqual(updateErrors.map(() => "update failed"));

    // The API is healthy again: everyone gets their main menu, in their language.
    for (const { u, locale } of users) {
      const calls = await u.send("/menu");
      expect(calls.filter((c) => c.error)).toEqual([]);
      expect(texts(calls).join("\n"), `user ${u.chatId}`).toContain(i18n.t(locale, "menu-title"));
    }
  }, 60_000);
});
