// Benchmark "outbox": the real delivery worker (render, send, mark) draining a real SQLite
// outbox in-process, Telegram faked through grammY's client.fetch. Raw throughput with the cap
// off, then the achieved rate as a fraction of the cap at 30/s and 1000/s (short timed runs).
// Three kinds of delivery: a registration status notice (rendered per recipient from the
// database), an event reminder (one fan-out to the event's watchers, expanded by the worker as it
// sends; the same event for everyone, rendered in each one's language) and a broadcast (the same
// message for everyone).
// Baseline, same run: a bare loop of api.sendMessage through the same fake Telegram (no
// database, no rendering, no pacing), the ceiling of grammY plus the fake itself. Every figure is
// the median of BENCH_OUTBOX_REPEATS runs (default 3).
import { intFromEnv } from "./support/env.ts";
import { Api } from "grammy";
import { createLogger } from "../src/logger.ts";
import type { Db } from "../src/db/client.ts";
import { buildSearchText } from "../src/domain/search.ts";
import { planEventReminders } from "../src/domain/reminders/index.ts";
import { claimBatchFor, startDeliveryWorker } from "../src/jobs/delivery-worker.ts";
import { RateLimiter, unlimited } from "../src/jobs/rate-limiter.ts";
import { freshDb } from "../test/support/db.ts";
import { FakeTelegram } from "./support/fake-telegram.ts";
import { median, fmt, table } from "./support/stats.ts";

const TOKEN = "123456:BENCH-TOKEN-aaaaaaaaaaaaaaaaaaaaaa";
// 11:00 in Kazakhstan: nobody is in quiet hours.
const clock = { now: () => new Date("2026-11-25T06:00:00Z") };

export interface OutboxOptions {
  /** Deliveries drained with the cap off. */
  messages: number;
  /** Seconds each capped run lasts. */
  seconds: number;
  repeats: number;
}

export function outboxOptions(env: NodeJS.ProcessEnv = process.env): OutboxOptions {
  const seconds = Number(env.BENCH_OUTBOX_SECONDS ?? 3); // fractions allowed
  if (!(seconds > 0)) throw new Error(`BENCH_OUTBOX_SECONDS must be > 0`);
  return { messages: intFromEnv(env, "BENCH_OUTBOX_MESSAGES", 5000), seconds, repeats: intFromEnv(env, "BENCH_OUTBOX_REPEATS", 3) };
}

type Kind = "status" | "reminder" | "broadcast";

/** `n` fresh recipients and one due delivery each, of `kind`. */
export async function plant(db: Db, kind: Kind, n: number, firstTelegramId: number): Promise<void> {
  if (kind === "broadcast") return plantBroadcast(db, n, firstTelegramId);
  if (kind === "reminder") return plantReminder(db, n, firstTelegramId);
  return plantStatus(db, n, firstTelegramId);
}

/** `n` fresh users in kk/ru/en; their ids. */
async function recipients(db: Db, n: number, firstTelegramId: number): Promise<number[]> {
  const locales = ["kk", "ru", "en"];
  await db.user.createMany({ data: Array.from({ length: n }, (_, i) => ({ telegramId: BigInt(firstTelegramId + i), locale: locales[i % 3]! })) });
  const users = await db.user.findMany({ where: { telegramId: { gte: firstTelegramId, lt: firstTelegramId + n } }, select: { id: true } });
  return users.map((u) => u.id);
}

/** An event starting in 20 hours, watched by `n` recipients: its 24-hour reminder, planned as the scheduler plans it. */
async function plantReminder(db: Db, n: number, firstTelegramId: number): Promise<void> {
  const titles = { titleKk: "Бос жұмыс орындары жәрмеңкесі", titleRu: "Ярмарка вакансий", titleEn: "Job fair" };
  const now = clock.now();
  const event = await db.event.create({
    data: {
      externalId: `e-bench-${firstTelegramId}`, regionCode: "aktobe", kind: "job_fair", ...titles, venue: "Дворец спорта", address: "пр. Абылай хана, 1",
      startsAt: new Date(now.getTime() + 20 * 3600_000), endsAt: new Date(now.getTime() + 24 * 3600_000), publishedAt: now,
      searchText: buildSearchText(...Object.values(titles)),
    },
  });
  const users = await recipients(db, n, firstTelegramId);
  await db.watch.createMany({ data: users.map((userId) => ({ userId, itemType: "event", itemId: event.id })) });
  if ((await planEventReminders(db, now)) !== 1) throw new Error("the reminder was not planned");
}

/** `n` recipients of one broadcast (text with entities), planned as startBroadcast plans it. */
async function plantBroadcast(db: Db, n: number, firstTelegramId: number): Promise<void> {
  const users = await recipients(db, n, firstTelegramId);
  const author = users[0]!;
  const text = "Ярмарка вакансий в субботу, 10:00 — ждём вас!";
  const b = await db.broadcast.create({
    data: { createdById: author, text, entities: JSON.stringify([{ type: "bold", offset: 0, length: 15 }]), audience: "{}", status: "sending" },
  });
  await db.delivery.createMany({
    data: users.map((userId) => ({ kind: "broadcast", ref: `broadcast:${b.id}`, userId, broadcastId: b.id, payload: JSON.stringify({ broadcastId: b.id }), notBefore: new Date(0) })),
  });
}

/** `n` recipients, each with an approved registration and its status notice due now. */
async function plantStatus(db: Db, n: number, firstTelegramId: number): Promise<void> {
  const provider = await db.provider.upsert({ where: { externalId: "p-bench" }, create: { externalId: "p-bench", nameRu: "Центр" }, update: {} });
  const course = await db.course.create({
    data: {
      externalId: `c-bench-${firstTelegramId}`, regionCode: "aktobe", providerId: provider.id, titleKk: "Дәнекерлеуші", titleRu: "Сварщик", titleEn: "Welder",
      sector: "manufacturing", durationWeeks: 8, startsAt: new Date("2026-12-20T04:00:00Z"), registrationDeadline: new Date("2026-12-10T04:00:00Z"),
      capacity: n, searchText: buildSearchText("Сварщик", "Дәнекерлеуші", "Welder"),
    },
  });
  const users = await recipients(db, n, firstTelegramId);
  await db.registration.createMany({
    data: users.map((userId) => ({ userId, courseId: course.id, status: "approved", fullName: "Айгерим Сапарова", phone: "+77011234567", birthDate: new Date("2004-01-01"), educationLevel: "college" })),
  });
  const regs = await db.registration.findMany({ where: { courseId: course.id }, select: { id: true, userId: true } });
  await db.delivery.createMany({
    data: regs.map((r) => ({ kind: "registration_status", ref: `registration:${r.id}:approved`, userId: r.userId, payload: JSON.stringify({ registrationId: r.id }), notBefore: new Date(0) })),
  });
}

interface Run {
  sent: number;
  /** From the worker's start to the end of its drain. */
  seconds: number;
  /** Messages per second between the first and the last send ((n − 1) / span). */
  rate: number;
}

/** grammY's Api on a fresh fake Telegram that answers after `latencyMs`, recording send times. */
function fakeApi(latencyMs: number) {
  const sendTimes: number[] = [];
  const tg = new FakeTelegram({ onCall: (m) => m === "sendMessage" && sendTimes.push(performance.now()) });
  // A real request always passes through the event loop; an instant answer would not, and a
  // drain of pure promise continuations would starve the timer that ends a timed run.
  const fetch = async (url: string, init?: RequestInit) => {
    await new Promise((resolve) => (latencyMs > 0 ? setTimeout(resolve, latencyMs) : setImmediate(resolve)));
    return tg.fetch(url, init);
  };
  return { tg, sendTimes, api: new Api(TOKEN, { fetch: fetch as never }) };
}

/** The baseline: `n` bare sendMessage calls, one at a time, through the same fake. Messages/s. */
async function bareSends(n: number): Promise<number> {
  const { api, sendTimes } = fakeApi(0);
  for (let i = 0; i < n; i++) await api.sendMessage(5_000_000 + i, "<b>Ярмарка</b> вакансий в субботу", { parse_mode: "HTML" });
  return (n - 1) / ((sendTimes.at(-1)! - sendTimes[0]!) / 1000);
}

/** Drains with `limiter` until everything is sent or `maxSeconds` have passed. */
export async function run(db: Db, limiter: RateLimiter, maxSeconds: number, latencyMs = 0, concurrency = 1, batchSize = 25): Promise<Run> {
  const { tg, sendTimes, api } = fakeApi(latencyMs);
  const worker = startDeliveryWorker({ db, api, logger: createLogger("silent"), clock, intervalMs: 3_600_000, limiter, concurrency, batchSize });
  const start = performance.now();
  const timer = setTimeout(() => void worker.stop(), maxSeconds * 1000);
  const sent = await worker.drainOnce();
  const seconds = (performance.now() - start) / 1000;
  clearTimeout(timer);
  await worker.stop();
  if (sent !== tg.callsByMethod.get("sendMessage")) throw new Error(`worker says ${sent} sent, fake Telegram got ${tg.callsByMethod.get("sendMessage")}`);
  const span = (sendTimes.at(-1)! - sendTimes[0]!) / 1000;
  return { sent, seconds, rate: (sent - 1) / span };
}

interface Case {
  label: string;
  kind: Kind;
  /** Messages per second; Infinity = cap off. */
  cap: number;
  latencyMs: number;
  lanes: number;
}

const CASES: Case[] = [
  { label: "status notices, cap off, 1 lane", kind: "status", cap: Infinity, latencyMs: 0, lanes: 1 },
  { label: "event reminders, cap off, 1 lane", kind: "reminder", cap: Infinity, latencyMs: 0, lanes: 1 },
  { label: "broadcast, cap off, 1 lane", kind: "broadcast", cap: Infinity, latencyMs: 0, lanes: 1 },
  { label: "status notices, cap 30/s, 1 lane", kind: "status", cap: 30, latencyMs: 0, lanes: 1 },
  { label: "status notices, cap 1000/s, 8 lanes", kind: "status", cap: 1000, latencyMs: 0, lanes: 8 },
  { label: "event reminders, cap 1000/s, 8 lanes", kind: "reminder", cap: 1000, latencyMs: 0, lanes: 8 },
  { label: "broadcast, cap 1000/s, 1 lane", kind: "broadcast", cap: 1000, latencyMs: 0, lanes: 1 },
  { label: "broadcast, cap 1000/s, 8 lanes", kind: "broadcast", cap: 1000, latencyMs: 0, lanes: 8 },
  // Each request answered after 50 ms, like a round trip to Telegram's servers.
  { label: "status notices, cap 25/s, API answers in 50 ms, 8 lanes", kind: "status", cap: 25, latencyMs: 50, lanes: 8 },
];

export async function benchOutbox(opts: OutboxOptions, progress: (line: string) => void): Promise<string> {
  const t = await freshDb();
  try {
    const bare: number[] = [];
    const results = CASES.map(() => [] as Run[]);
    let firstId = 1_000_000;
    for (let round = 0; round < opts.repeats; round++) {
      bare.push(await bareSends(opts.messages));
      progress(`round ${round + 1}: bare sendMessage loop ${fmt.int(bare.at(-1)!)}/s`);
      for (const [i, c] of CASES.entries()) {
        // Uncapped: a fixed number; capped: enough for the whole run at the cap, plus a margin.
        const n = Number.isFinite(c.cap) ? Math.ceil(c.cap * opts.seconds * 1.2) + 10 : opts.messages;
        await plant(t.db, c.kind, n, firstId);
        firstId += n;
        const limiter = Number.isFinite(c.cap) ? new RateLimiter({ perSecond: c.cap }) : unlimited();
        // The worker's default claim size for the cap (as in production, where the cap is known).
        const r = await run(t.db, limiter, Number.isFinite(c.cap) ? opts.seconds : 600, c.latencyMs, c.lanes, claimBatchFor(Number.isFinite(c.cap) ? c.cap : 1000));
        if (!Number.isFinite(c.cap) && r.sent !== n) throw new Error(`${c.label}: sent ${r.sent} of ${n}`);
        results[i]!.push(r);
        progress(`round ${round + 1}: ${c.label}: ${fmt.int(r.sent)} in ${fmt.x(r.seconds)} s, ${fmt.x(r.rate, 1)}/s`);
        // What a timed run left: not sent by the next one (a fan-out's rest included).
        await t.db.delivery.deleteMany({ where: { status: "pending" } });
        await t.db.fanout.updateMany({ where: { status: "pending" }, data: { status: "cancelled" } });
      }
    }
    const base = median(bare);
    const out: string[] = [];
    out.push(`The delivery worker (claim ${claimBatchFor(30)} at 30/s, ${claimBatchFor(1000)} at 1000/s and uncapped; render in kk/ru/en, send, mark sent) on a real SQLite file; Telegram faked`);
    out.push(`in-process via client.fetch. Capped runs last ${opts.seconds} s each; messages/s = (sent − 1) / (last send − first send).`);
    out.push(`Fresh recipients each run (one message per chat, so only the global cap applies). Medians of ${opts.repeats} rounds.`);
    out.push("");
    out.push(
      table(
        ["run", "messages", "messages/s", "of the cap", "÷ bare sends"],
        CASES.map((c, i) => {
          const rate = median(results[i]!.map((r) => r.rate));
          return [c.label, fmt.int(median(results[i]!.map((r) => r.sent))), fmt.x(rate, 1), Number.isFinite(c.cap) ? `${fmt.x((100 * rate) / c.cap, 1)} %` : "", `${fmt.x(rate / base, 2)} ×`];
        }),
      ),
    );
    out.push("");
    out.push(`baseline: bare api.sendMessage loop through the same fake Telegram, no database: ${fmt.int(base)} messages/s`);
    return out.join("\n");
  } finally {
    await t.cleanup();
  }
}
