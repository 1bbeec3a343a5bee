// Benchmark "outbox": the real delivery worker (render, send, mark) draining a real SQLite
// outbox in-process, Telegram faked through grammY's client.fetch. Raw throughput with the cap
// off, then the achieved rate as a fraction of the cap at 30/s and 1000/s (short timed runs).
import { Api } from "grammy";
import { createLogger } from "../src/logger.ts";
import type { Db } from "../src/db/client.ts";
import { buildSearchText } from "../src/domain/search.ts";
import { startDeliveryWorker } from "../src/jobs/delivery-worker.ts";
import { RateLimiter, unlimited } from "../src/jobs/rate-limiter.ts";
import { freshDb } from "../test/support/db.ts";
import { FakeTelegram } from "./support/fake-telegram.ts";
import { fmt, table } from "./support/stats.ts";

const TOKEN = "123456:BENCH-TOKEN-aaaaaaaaaaaaaaaaaaaaaa";
// 11:00 in Kazakhstan: nobody is in quiet hours.
const clock = { now: () => new Date("2026-11-25T06:00:00Z") };

export interface OutboxOptions {
  /** Deliveries drained with the cap off. */
  messages: number;
  /** Seconds each capped run lasts. */
  seconds: number;
}

export function outboxOptions(env: NodeJS.ProcessEnv = process.env): OutboxOptions {
  const messages = Number(env.BENCH_OUTBOX_MESSAGES ?? 5000);
  const seconds = Number(env.BENCH_OUTBOX_SECONDS ?? 3);
  if (!Number.isInteger(messages) || messages < 1) throw new Error(`BENCH_OUTBOX_MESSAGES must be an integer ≥ 1`);
  if (!(seconds > 0)) throw new Error(`BENCH_OUTBOX_SECONDS must be > 0`);
  return { messages, seconds };
}

/** `n` recipients, each with an approved registration and its status notice due now. */
async function plant(db: Db, n: number, firstTelegramId: number): Promise<void> {
  const provider = await db.provider.upsert({ where: { externalId: "p-bench" }, create: { externalId: "p-bench", nameRu: "Центр" }, update: {} });
  const course = await db.course.create({
    data: {
      externalId: `c-bench-${firstTelegramId}`, regionCode: "aktobe", providerId: provider.id, titleKk: "Дәнекерлеуші", titleRu: "Сварщик", titleEn: "Welder",
      sector: "manufacturing", durationWeeks: 8, startsAt: new Date("2026-12-20T04:00:00Z"), registrationDeadline: new Date("2026-12-10T04:00:00Z"),
      capacity: n, searchText: buildSearchText("Сварщик", "Дәнекерлеуші", "Welder"),
    },
  });
  const locales = ["kk", "ru", "en"];
  await db.user.createMany({ data: Array.from({ length: n }, (_, i) => ({ telegramId: BigInt(firstTelegramId + i), locale: locales[i % 3]! })) });
  const users = await db.user.findMany({ where: { telegramId: { gte: firstTelegramId, lt: firstTelegramId + n } }, select: { id: true } });
  await db.registration.createMany({
    data: users.map((u) => ({ userId: u.id, courseId: course.id, status: "approved", fullName: "Айгерим Сапарова", phone: "+77011234567", birthDate: new Date("2004-01-01"), educationLevel: "college" })),
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

/** Drains with `limiter` until everything is sent or `maxSeconds` have passed. */
async function run(db: Db, limiter: RateLimiter, maxSeconds: number, latencyMs = 0, concurrency = 1): Promise<Run> {
  const sendTimes: number[] = [];
  const tg = new FakeTelegram({ onCall: (m) => m === "sendMessage" && sendTimes.push(performance.now()) });
  // A real request always passes through the event loop; an instant answer would not, and a
  // drain of pure promise continuations would starve the timer that ends a timed run.
  const fetch = async (url: string, init?: RequestInit) => {
    await new Promise((resolve) => (latencyMs > 0 ? setTimeout(resolve, latencyMs) : setImmediate(resolve)));
    return tg.fetch(url, init);
  };
  const api = new Api(TOKEN, { fetch: fetch as never });
  const worker = startDeliveryWorker({ db, api, logger: createLogger("silent"), clock, intervalMs: 3_600_000, limiter, concurrency });
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

export async function benchOutbox(opts: OutboxOptions, progress: (line: string) => void): Promise<string> {
  const t = await freshDb();
  try {
    progress(`planting ${fmt.int(opts.messages)} deliveries…`);
    await plant(t.db, opts.messages, 1_000_000);
    progress("draining with the cap off…");
    const free = await run(t.db, unlimited(), 600);
    if (free.sent !== opts.messages) throw new Error(`sent ${free.sent} of ${opts.messages}`);

    const capped: Array<{ cap: number; latencyMs: number; lanes: number; r: Run }> = [];
    // The last runs answer each request after 50 ms, like a round trip to Telegram's servers.
    for (const [cap, latencyMs, lanes] of [[30, 0, 1], [1000, 0, 1], [1000, 0, 8], [25, 50, 1], [25, 50, 8]] as const) {
      // Enough for the whole run at the cap, plus a margin; fresh recipients each time.
      const n = Math.ceil(cap * opts.seconds * 1.2) + 10;
      progress(`planting ${fmt.int(n)} and sending at ${cap}/s, ${lanes} lanes, API latency ${latencyMs} ms, for ${opts.seconds} s…`);
      await plant(t.db, n, 10_000_000 * (capped.length + 2));
      capped.push({ cap, latencyMs, lanes, r: await run(t.db, new RateLimiter({ perSecond: cap }), opts.seconds, latencyMs, lanes) });
      await t.db.delivery.deleteMany({ where: { status: "pending" } });
    }

    const out: string[] = [];
    out.push(`The delivery worker (claim 25, render in kk/ru/en, send, mark sent) on a real SQLite file;`);
    out.push(`Telegram faked in-process via client.fetch. Capped runs last ${opts.seconds} s each, timed from the first`);
    out.push(`claim to the last mark; messages/s = (sent − 1) / (last send − first send). Fresh recipients each`);
    out.push(`run (one message per chat, so only the global cap applies).`);
    out.push("");
    out.push(
      table(
        ["run", "messages", "seconds", "messages/s", "of the cap"],
        [
          ["cap off, 1 lane", fmt.int(free.sent), fmt.x(free.seconds), fmt.int(free.rate), ""],
          ...capped.map(({ cap, latencyMs, lanes, r }) => [`cap ${cap}/s, ${lanes} lane${lanes > 1 ? "s" : ""}${latencyMs ? `, API answers in ${latencyMs} ms` : ""}`, fmt.int(r.sent), fmt.x(r.seconds), fmt.x(r.rate, 1), `${fmt.x((100 * r.rate) / cap, 1)} %`]),
        ],
      ),
    );
    return out.join("\n");
  } finally {
    await t.cleanup();
  }
}
