// Benchmark "update handling": simulated users walk a journey (onboarding, lists, cards, sign-up, search) through the real bot
// (createBot on a seeded SQLite file, Telegram faked over HTTP), with a bounded number of
// users in flight like @grammyjs/runner; a bare grammY bot answering "ok" to the same update
// stream is the baseline. Throughput and latency are medians over repeated rounds.
import { intFromEnv, intsFromEnv } from "./support/env.ts";
import { AsyncLocalStorage } from "node:async_hooks";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { createBot } from "../src/bot/index.ts";
import type { Deps } from "../src/bot/context.ts";
import { parseConfig } from "../src/config.ts";
import type { Db } from "../src/db/client.ts";
import { createLogger } from "../src/logger.ts";
import { collectGarbage } from "./support/gc.ts";
import { benchDb, countingDb, uncachedDb } from "./support/db.ts";
import { BOT_INFO, FakeTelegram, problemTexts } from "./support/fake-telegram.ts";
import { JOURNEY, SimUser, type Screens } from "./support/journey.ts";
import { BenchThreads } from "./support/threads.ts";
import { fmt, median, percentile, pool, table } from "./support/stats.ts";

const TOKEN = "123456:BENCH-TOKEN-aaaaaaaaaaaaaaaaaaaaaa";

export interface UpdatesOptions {
  users: number;
  repeats: number;
  concurrency: number;
  /**
   * Also rounds with this many users in flight (0: none). Telegram takes tens to hundreds of ms
   * to answer an API call, so at 2,000 updates/s hundreds of updates wait for it at any time
   * (Little's law), each holding what it has built so far; the fake Telegram answers at once,
   * and `concurrency` users in flight are enough to keep the bot busy.
   */
  manyInFlight: number;
  /** Users walked one update at a time, for each step's service time and query counts. */
  sampleUsers: number;
  /** Also run the bot with its caches off (as before them), alternating with the others. */
  uncached: boolean;
  /** Steady load: updates per second offered by `steadyUsers` users, for latency below saturation. */
  steadyRate: number;
  steadyUsers: number;
  steadyRepeats: number;
  /**
   * Also run the bot in this many threads (src/bot/threads/), as BOT_THREADS does; 0: not. One
   * thread shows what a thread costs and how one does with the load two would share.
   */
  threads: number;
  /** Steady loads offered to the threaded bot, one set of rounds each. */
  threadsSteadyRates: number[];
  /** The fake Telegram answers with undici Response objects, as before (fake-telegram.ts). */
  undiciResponses: boolean;
}

export function updatesOptions(env: NodeJS.ProcessEnv = process.env): UpdatesOptions {
  return {
    // The load: 1,000 users walking the whole journey in every round.
    users: intFromEnv(env, "BENCH_USERS", 1000, 1),
    repeats: intFromEnv(env, "BENCH_REPEATS", 5, 1),
    concurrency: intFromEnv(env, "BENCH_CONCURRENCY", 32, 1),
    manyInFlight: intFromEnv(env, "BENCH_MANY_IN_FLIGHT", 400, 0),
    // 48 = 4 regions × 3 languages × 4 different items opened.
    sampleUsers: intFromEnv(env, "BENCH_SAMPLE_USERS", 48, 1),
    uncached: env.BENCH_UNCACHED === "1",
    steadyRate: intFromEnv(env, "BENCH_STEADY_RATE", 250, 1),
    steadyUsers: intFromEnv(env, "BENCH_STEADY_USERS", 50, 1),
    steadyRepeats: intFromEnv(env, "BENCH_STEADY_REPEATS", 3, 1),
    threads: intFromEnv(env, "BENCH_THREADS", 2, 0),
    // Half the target's 2,000 updates/s, and the target itself.
    threadsSteadyRates: intsFromEnv(env, "BENCH_THREADS_STEADY_RATE", [1000, 2000], 1),
    undiciResponses: env.BENCH_UNDICI_RESPONSES === "1",
  };
}


interface Round {
  updates: number;
  seconds: number;
  /** CPU time of the whole process (every thread) per update, in ms. */
  cpuMs: number;
  latencies: Float64Array;
  /** Latencies per journey step. */
  byStep: number[][];
  /** Each user's updates in order, to replay to the baseline. */
  streams: Update[][];
}

type Handle = (update: Update, step: number) => Promise<void>;
type Summary = Omit<Round, "byStep" | "streams">;

/** CPU time of the process since `since` (all its threads), in ms per update. */
const cpuPer = (since: NodeJS.CpuUsage, updates: number) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000 / updates;
};

/** One round of the real bot: `users` fresh users (new Telegram ids) walk the journey. */
export async function journeyRound(tg: Screens, handle: Handle, firstId: number, users: number, concurrency: number, now: Date): Promise<Round> {
  const sims = Array.from({ length: users }, (_, i) => new SimUser(i, firstId + i, tg, now));
  const latencies = new Float64Array(users * JOURNEY.length);
  const byStep: number[][] = JOURNEY.map(() => []);
  const streams: Update[][] = [];
  let n = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  await pool(sims, concurrency, async (u) => {
    const stream: Update[] = [];
    for (const [i, step] of JOURNEY.entries()) {
      const update = step.next(u);
      stream.push(update);
      const t0 = performance.now();
      await handle(update, i);
      const ms = performance.now() - t0;
      latencies[n++] = ms;
      byStep[i]!.push(ms);
      step.after?.(u);
    }
    streams[u.index] = stream;
    u.done();
  });
  return { updates: n, seconds: (performance.now() - start) / 1000, cpuMs: cpuPer(cpu, n), latencies, byStep, streams };
}

/** The baseline replays the same per-user update streams with the same concurrency. */
async function replayRound(handle: (update: Update) => Promise<void>, streams: Update[][], concurrency: number): Promise<Summary> {
  const total = streams.reduce((s, x) => s + x.length, 0);
  const latencies = new Float64Array(total);
  let n = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  await pool(streams, concurrency, async (stream) => {
    for (const update of stream) {
      const t0 = performance.now();
      await handle(update);
      latencies[n++] = performance.now() - t0;
    }
  });
  return { updates: n, seconds: (performance.now() - start) / 1000, cpuMs: cpuPer(cpu, n), latencies };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Steady load, as people would send updates rather than as fast as the bot answers: `lanes`
 * users in parallel, each sending its next update `think` ms after the previous one was due (or
 * when it was answered, if later: one chat's updates stay in order), `lanes / think` updates per
 * second offered in all. A lane walks `passes` users one after another, and the lanes start
 * spread over one journey's duration, so at any moment every step of the journey is being
 * walked by someone; only updates due while every lane is running are measured. Latency then
 * is the bot's response time below saturation, not queueing for the CPU.
 * `next(lane, k)` gives a lane's k-th update (null: the lane is done).
 */
async function steadyRound(
  lanes: number,
  rate: number,
  stepsPerPass: number,
  passes: number,
  next: (lane: number, k: number) => Update | null,
  handle: (update: Update, lane: number, k: number) => Promise<void>,
): Promise<SteadySummary> {
  const think = (lanes / rate) * 1000;
  const period = think * stepsPerPass;
  const latencies: number[] = [];
  const dueAt: number[] = [];
  let updates = 0;
  let handled = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  const [from, to] = [start + period, start + passes * period];
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      let due = start + (lane / lanes) * period;
      for (let k = 0; ; k++) {
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        const update = next(lane, k);
        if (!update) return;
        const t0 = performance.now();
        await handle(update, lane, k);
        handled++;
        if (due >= from && due < to) {
          latencies.push(performance.now() - t0);
          dueAt.push(due - from);
          updates++;
        }
        due += think;
      }
    }),
  );
  return { updates, seconds: (to - from) / 1000, cpuMs: cpuPer(cpu, handled), latencies: Float64Array.from(latencies), dueAt: Float64Array.from(dueAt) };
}

/** A steady round: also when each measured update was due (ms into the measured span). */
type SteadySummary = Summary & { dueAt: Float64Array };

interface Steady {
  bots: SteadySummary[];
  bases: SteadySummary[];
}

/** The time windows `slowWindows` counts, in ms. */
const STALL_WINDOW_MS = 100;

/**
 * How the round's slowest 1 % spread over time: in how many of its windows they fell. Costly
 * updates (a dialog's confirmation…) spread over the whole round; stalls — a GC pause, the
 * machine slowing down, a lock held — bunch them into a few windows.
 */
function slowWindows(r: SteadySummary): number {
  const p99 = percentile(r.latencies, 99);
  const hit = new Set<number>();
  r.latencies.forEach((ms, i) => {
    if (ms >= p99) hit.add(Math.floor(r.dueAt[i]! / STALL_WINDOW_MS));
  });
  return hit.size;
}

/**
 * `repeats` steady rounds (steadyRound) of fresh users walking the journey through `handle`,
 * each followed by the baseline getting the same updates at the same pace.
 */
export async function steadyRounds(
  target: { screens: Screens; handle: (update: Update) => Promise<void>; baseline: (update: Update) => Promise<void> },
  o: { users: number; rate: number; repeats: number; now: Date; startRound: () => Promise<number>; progress: (line: string) => void },
): Promise<Steady> {
  const passes = 3;
  const result: Steady = { bots: [], bases: [] };
  for (let r = 1; r <= o.repeats; r++) {
    o.progress(`steady load ${r}/${o.repeats}: ${o.users} users, ${o.rate} updates/s offered…`);
    const firstId = await o.startRound();
    const sims = Array.from({ length: o.users * passes }, (_, i) => new SimUser(i, firstId + i, target.screens, o.now));
    const streams: Update[][] = Array.from({ length: o.users }, () => []);
    const simOf = (lane: number, k: number) => sims[Math.floor(k / JOURNEY.length) * o.users + lane];
    const next = (lane: number, k: number) => {
      const sim = simOf(lane, k);
      if (!sim) return null;
      const update = JOURNEY[k % JOURNEY.length]!.next(sim);
      streams[lane]!.push(update);
      return update;
    };
    const handle = async (update: Update, lane: number, k: number) => {
      await target.handle(update);
      const sim = simOf(lane, k)!;
      JOURNEY[k % JOURNEY.length]!.after?.(sim);
      if (k % JOURNEY.length === JOURNEY.length - 1) sim.done();
    };
    result.bots.push(await steadyRound(o.users, o.rate, JOURNEY.length, passes, next, handle));
    result.bases.push(await steadyRound(o.users, o.rate, JOURNEY.length, passes, (lane, k) => streams[lane]![k] ?? null, target.baseline));
  }
  return result;
}

interface StepCost {
  updates: number;
  prismaCalls: number;
  sqlStatements: number;
  /** Of those, prepared statements on the synchronous connection (src/db/sqlite.ts). */
  syncStatements: number;
  apiCalls: number;
  operations: Map<string, number>;
}

type RoundSummary = { tput: number; cpu: string; p50: number; p99: number; all: string };

/** The table rows of the rounds with many users in flight. */
function manyRows(bot: RoundSummary, base: RoundSummary, inFlight: number): string[][] {
  return [
    [`bot, ${inFlight} in flight`, fmt.int(bot.tput), fmt.ms(bot.p50), fmt.ms(bot.p99), bot.cpu, bot.all],
    [`baseline, ${inFlight} in flight`, fmt.int(base.tput), fmt.ms(base.p50), fmt.ms(base.p99), base.cpu, base.all],
  ];
}

const rss = () => process.memoryUsage().rss;

/** Runs the benchmark; progress goes to `progress`, the report is returned as text. */
export async function benchUpdates(opts: UpdatesOptions, progress: (line: string) => void): Promise<string> {
  const rssBefore = rss();
  const setupStart = performance.now();
  const bench = await benchDb();
  const clock = { now: () => bench.seededAt }; // frozen: every round sees the same catalogue
  const config = parseConfig({ LOG_LEVEL: "silent" });
  const logger = createLogger("silent");
  const problems = problemTexts();
  const isProblem = (text: string) => problems.has(text);
  const depsFor = (db: Db): Deps => ({ db, logger, config, clock });

  // The measured bot and the baseline, each with its own fake Telegram.
  const fake = { undiciResponses: opts.undiciResponses };
  const botTg = new FakeTelegram({ isProblem, ...fake });
  const bot = createBot(TOKEN, depsFor(bench.db), { botInfo: BOT_INFO, client: { fetch: botTg.fetch as never } });
  const baseTg = new FakeTelegram(fake);
  const baseline = new Bot(TOKEN, { botInfo: BOT_INFO, client: { fetch: baseTg.fetch as never } });
  baseline.use((ctx) => ctx.reply("ok"));
  // The bot with its caches off (BENCH_UNCACHED=1): the "before" of the table.
  const plainTg = new FakeTelegram({ isProblem, ...fake });
  const plain = opts.uncached
    ? createBot(TOKEN, depsFor(await uncachedDb(bench.url)), { botInfo: BOT_INFO, client: { fetch: plainTg.fetch as never } })
    : null;

  // A second bot whose client reports every query counts what each step costs, one update at
  // a time: concurrent findUnique calls would be batched into one SQL query across users, and
  // AsyncLocalStorage could then not attribute them. API calls are attributed the same way.
  const costs: StepCost[] = JOURNEY.map(() => ({ updates: 0, prismaCalls: 0, sqlStatements: 0, syncStatements: 0, apiCalls: 0, operations: new Map() }));
  const als = new AsyncLocalStorage<StepCost>();
  const counting = await countingDb(bench.url, {
    onPrismaCall(op) {
      const c = als.getStore();
      if (c) {
        c.prismaCalls++;
        c.operations.set(op, (c.operations.get(op) ?? 0) + 1);
      }
    },
    onSql() {
      const c = als.getStore();
      if (c) c.sqlStatements++;
    },
    onSyncSql(sql) {
      const c = als.getStore();
      if (!c || /^(BEGIN|COMMIT|ROLLBACK)/.test(sql)) return;
      c.sqlStatements++;
      c.syncStatements++;
    },
  });
  const countTg = new FakeTelegram({
    ...fake,
    isProblem,
    onCall() {
      const c = als.getStore();
      if (c) c.apiCalls++;
    },
  });
  const countingBot = createBot(TOKEN, depsFor(counting.db), { botInfo: BOT_INFO, client: { fetch: countTg.fetch as never } });
  const setupSeconds = (performance.now() - setupStart) / 1000;
  const rssAfterSetup = rss();

  const users = opts.users;
  let nextIds = 10_000_000;
  // Every round starts with courses without sign-ups (bench/support/db.ts) and a collected
  // main-thread heap (bench/support/gc.ts); it gets new users (/start onboards them): the
  // first of their ids is returned.
  const startRound = async () => {
    await bench.clearSignups();
    collectGarbage();
    return (nextIds += 10_000_000);
  };
  const runStart = performance.now();

  // Warming up (JIT, caches) needs no full round.
  const warmUsers = Math.min(users, 200);
  progress(`warm-up: ${warmUsers} users × ${JOURNEY.length} steps…`);
  const warm = await journeyRound(botTg, (u) => bot.handleUpdate(u), await startRound(), warmUsers, opts.concurrency, bench.seededAt);
  await replayRound((u) => baseline.handleUpdate(u), warm.streams, opts.concurrency);
  if (plain) await journeyRound(plainTg, (u) => plain.handleUpdate(u), await startRound(), warmUsers, opts.concurrency, bench.seededAt);

  const tput = (r: { updates: number; seconds: number }) => r.updates / r.seconds;
  const botRounds: Round[] = [];
  const baseRounds: Array<Summary> = [];
  const plainRounds: Round[] = [];
  const manyRounds: Round[] = [];
  const manyBaseRounds: Summary[] = [];
  for (let r = 1; r <= opts.repeats; r++) {
    // Bot and baseline alternate, so a change in the machine's load hits both alike.
    const b = await journeyRound(botTg, (u) => bot.handleUpdate(u), await startRound(), users, opts.concurrency, bench.seededAt);
    const base = await replayRound((u) => baseline.handleUpdate(u), b.streams, opts.concurrency);
    b.streams.length = 0;
    botRounds.push(b);
    baseRounds.push(base);
    let line = `round ${r}/${opts.repeats}: bot ${fmt.int(b.updates / b.seconds)} updates/s, baseline ${fmt.int(base.updates / base.seconds)} updates/s`;
    if (plain) {
      const p = await journeyRound(plainTg, (u) => plain.handleUpdate(u), await startRound(), users, opts.concurrency, bench.seededAt);
      p.streams.length = 0;
      plainRounds.push(p);
      line += `, bot without caches ${fmt.int(p.updates / p.seconds)} updates/s`;
    }
    if (opts.manyInFlight) {
      const m = await journeyRound(botTg, (u) => bot.handleUpdate(u), await startRound(), users, opts.manyInFlight, bench.seededAt);
      manyBaseRounds.push(await replayRound((u) => baseline.handleUpdate(u), m.streams, opts.manyInFlight));
      m.streams.length = 0;
      manyRounds.push(m);
      line += `; ${opts.manyInFlight} in flight: bot ${fmt.int(tput(m))} updates/s`;
    }
    progress(line);
  }
  const rssAfter = rss();

  // Latency below saturation: the bot, then the baseline on the same streams, at the same rate.
  const steadyUsers = (rate: number) => Math.max(1, Math.round((opts.steadyUsers * rate) / opts.steadyRate)); // same think time
  const steadyOne = await steadyRounds(
    { screens: botTg, handle: (u) => bot.handleUpdate(u), baseline: (u) => baseline.handleUpdate(u) },
    { users: opts.steadyUsers, rate: opts.steadyRate, repeats: opts.steadyRepeats, now: bench.seededAt, startRound, progress },
  );

  // The same rounds with the bot in threads, as BOT_THREADS runs it; baseline: bare bots in as many threads.
  let threaded: { bot: Summary[]; base: Summary[]; steady: Array<{ rate: number; inThread: number[] } & Steady>; problems: number; samples: string[] } | null = null;
  const nThreads = opts.threads === 1 ? "1 thread" : `${opts.threads} threads`;
  if (opts.threads >= 1) {
    progress(`starting ${opts.threads} bot threads and ${opts.threads} baseline threads…`);
    const botT = await BenchThreads.start("bot", opts.threads, bench.url, bench.seededAt, opts.undiciResponses);
    const baseT = await BenchThreads.start("baseline", opts.threads, bench.url, bench.seededAt, opts.undiciResponses);
    const warmT = await journeyRound(botT, botT.handle, await startRound(), warmUsers, opts.concurrency, bench.seededAt);
    await replayRound(baseT.handle, warmT.streams, opts.concurrency);
    threaded = { bot: [], base: [], steady: [], problems: 0, samples: [] };
    for (let r = 1; r <= opts.repeats; r++) {
      const b = await journeyRound(botT, botT.handle, await startRound(), users, opts.concurrency, bench.seededAt);
      const base = await replayRound(baseT.handle, b.streams, opts.concurrency);
      b.streams.length = 0;
      threaded.bot.push(b);
      threaded.base.push(base);
      progress(`${nThreads}, round ${r}/${opts.repeats}: bot ${fmt.int(b.updates / b.seconds)} updates/s, baseline ${fmt.int(base.updates / base.seconds)} updates/s`);
    }
    for (const rate of opts.threadsSteadyRates) {
      botT.takeThreadTimes();
      const steady = await steadyRounds(
        { screens: botT, handle: botT.handle, baseline: baseT.handle },
        { users: steadyUsers(rate), rate, repeats: opts.steadyRepeats, now: bench.seededAt, startRound, progress },
      );
      threaded.steady.push({ rate, ...steady, inThread: botT.takeThreadTimes() });
    }
    threaded.problems = botT.problems;
    threaded.samples = botT.problemSamples;
    await botT.stop();
    await baseT.stop();
  }

  // Service time: one update in flight, so a step's latency is its own cost, not queueing.
  progress(`service time and query counts: ${opts.sampleUsers} users, one update at a time…`);
  const profile = await journeyRound(botTg, (u) => bot.handleUpdate(u), await startRound(), opts.sampleUsers, 1, bench.seededAt);
  await journeyRound(
    countTg,
    (update, step) => {
      const cost = costs[step]!;
      cost.updates++;
      return als.run(cost, () => countingBot.handleUpdate(update));
    },
    await startRound(),
    opts.sampleUsers,
    1,
    bench.seededAt,
  );
  await counting.disconnect();
  const runSeconds = (performance.now() - runStart) / 1000;
  const maxRss = process.resourceUsage().maxRSS * 1024;
  await bench.cleanup();

  const problemsSeen = botTg.problems + countTg.problems + plainTg.problems + (threaded?.problems ?? 0);
  if (problemsSeen > 0) {
    const samples = [...botTg.problemSamples, ...countTg.problemSamples, ...plainTg.problemSamples, ...(threaded?.samples ?? [])];
    throw new Error(`the bot answered ${problemsSeen} updates with an error or "not found": ${samples.join(" | ")}`);
  }

  // ---- Report -----------------------------------------------------------------------------
  const summary = (rounds: Summary[]): RoundSummary => ({
    tput: median(rounds.map(tput)),
    cpu: fmt.ms(median(rounds.map((r) => r.cpuMs))),
    p50: median(rounds.map((r) => percentile(r.latencies, 50))),
    p99: median(rounds.map((r) => percentile(r.latencies, 99))),
    all: rounds.map((r) => fmt.int(tput(r))).join(" "),
  });
  const botS = summary(botRounds);
  const baseS = summary(baseRounds);
  const plainS = plainRounds.length ? summary(plainRounds) : null;
  const perRound = users * JOURNEY.length;

  const out: string[] = [];
  out.push(`Workload: ${fmt.int(users)} users × ${JOURNEY.length} steps = ${fmt.int(perRound)} updates per round, ${opts.concurrency} users in flight`);
  out.push(`(one user's updates in order, like @grammyjs/runner). 1 warm-up round + ${opts.repeats} measured rounds, bot and`);
  out.push(`baseline alternating on the same update stream; medians over the measured rounds. New users every round,`);
  out.push(`so each one onboards with /start. Demo seed in a real SQLite file; clock frozen at seed time.`);
  out.push(
    opts.undiciResponses
      ? `The fake Telegram answers with undici Response objects (BENCH_UNDICI_RESPONSES=1).`
      : `The fake Telegram answers with the JSON text behind a bare json() (BENCH_UNDICI_RESPONSES=1: undici Response objects).`,
  );
  out.push(`CPU ms/update: the whole process's CPU time during a round (every thread, GC included) ÷ its updates.`);
  if (opts.manyInFlight) {
    out.push(`"${opts.manyInFlight} in flight" (BENCH_MANY_IN_FLIGHT): the same rounds with that many users at a time, as Telegram's answer`);
    out.push(`time keeps them in production (the fake one answers at once); what they hold while they wait costs GC time.`);
  }
  out.push("");
  out.push(
    table(
      ["", "updates/s", "p50 ms", "p99 ms", "CPU ms/update", "updates/s in each round"],
      [
        ["bot (createBot)", fmt.int(botS.tput), fmt.ms(botS.p50), fmt.ms(botS.p99), botS.cpu, botS.all],
        ...(plainRounds.length
          ? [[`bot without caches (before)`, fmt.int(plainS!.tput), fmt.ms(plainS!.p50), fmt.ms(plainS!.p99), plainS!.cpu, plainS!.all]]
          : []),
        ["baseline (bare grammY, replies ok)", fmt.int(baseS.tput), fmt.ms(baseS.p50), fmt.ms(baseS.p99), baseS.cpu, baseS.all],
        ["bot / baseline throughput", `${fmt.x(botS.tput / baseS.tput, 3)} ×`, "", "", "", ""],
        ...(plainRounds.length ? [["bot without caches / baseline", `${fmt.x(plainS!.tput / baseS.tput, 3)} ×`, "", "", "", ""]] : []),
        ...(manyRounds.length ? manyRows(summary(manyRounds), summary(manyBaseRounds), opts.manyInFlight) : []),
      ],
    ),
  );
  out.push("");
  if (threaded) {
    const botT = summary(threaded.bot);
    const baseT = summary(threaded.base);
    const how = opts.threads > 1 ? `as BOT_THREADS=${opts.threads} runs it` : "a worker thread: BOT_THREADS=1 itself runs the bot in the main thread";
    out.push(`The same rounds with the bot in ${nThreads} (BENCH_THREADS; src/bot/threads/, ${how}):`);
    out.push(`the simulated users in the main thread, each chat's updates handed to its thread. Baseline: bare bots in as many threads.`);
    out.push(
      table(
        ["", "updates/s", "p50 ms", "p99 ms", "CPU ms/update", "updates/s in each round"],
        [
          [`bot, ${nThreads}`, fmt.int(botT.tput), fmt.ms(botT.p50), fmt.ms(botT.p99), botT.cpu, botT.all],
          [`baseline, ${nThreads}`, fmt.int(baseT.tput), fmt.ms(baseT.p50), fmt.ms(baseT.p99), baseT.cpu, baseT.all],
          ["bot / baseline throughput", `${fmt.x(botT.tput / baseT.tput, 3)} ×`, "", "", "", ""],
          [`bot in ${nThreads} / in the main thread`, `${fmt.x(botT.tput / botS.tput, 2)} ×`, "", "", "", ""],
        ],
      ),
    );
    out.push("");
  }
  out.push(`Steady load (below saturation): users each sending the next journey step every ${fmt.int((opts.steadyUsers / opts.steadyRate) * 1000)} ms,`);
  out.push(`as many of them at a time as the offered rate needs; starts spread over a journey so all steps mix;`);
  out.push(`3 users in turn per lane, updates measured while all lanes run. The baseline gets the same updates at the same pace.`);
  out.push(`Medians of ${opts.steadyRepeats} rounds (BENCH_STEADY_REPEATS). Last column: in how many of a round's ${STALL_WINDOW_MS}-ms windows`);
  out.push(`its slowest 1 % fell, each round: few windows mean stalls (GC pauses, the machine slowing down), not costly updates.`);
  out.push(`CPU ms/update: the whole process's CPU per update of each round (every thread). Near the cores' limit p99 follows it`);
  out.push(`steeply, and the machine's speed moves it from run to run: compare p99s of rounds with like CPU.`);
  const steady = (rounds: SteadySummary[]) => [
    fmt.int(median(rounds.map(tput))),
    fmt.ms(median(rounds.map((r) => percentile(r.latencies, 50)))),
    fmt.ms(median(rounds.map((r) => percentile(r.latencies, 99)))),
    fmt.ms(median(rounds.map((r) => percentile(r.latencies, 100)))),
    rounds.map((r) => fmt.ms(percentile(r.latencies, 99))).join(" "),
    rounds.map((r) => fmt.ms(r.cpuMs)).join(" "),
    `${rounds.map(slowWindows).join(" ")} of ${Math.ceil((rounds[0]!.seconds * 1000) / STALL_WINDOW_MS)}`,
  ];
  out.push(
    table(
      ["", "offered", "updates/s", "p50 ms", "p99 ms", "max ms", "p99 in each round", "CPU ms/update in each round", "slowest 1 % in windows"],
      [
        ["bot (createBot)", fmt.int(opts.steadyRate), ...steady(steadyOne.bots)],
        ["baseline (bare grammY)", fmt.int(opts.steadyRate), ...steady(steadyOne.bases)],
        ...(threaded?.steady ?? []).flatMap((s) => [
          [`bot, ${nThreads}`, fmt.int(s.rate), ...steady(s.bots)],
          [`baseline, ${nThreads}`, fmt.int(s.rate), ...steady(s.bases)],
        ]),
      ],
    ),
  );
  for (const s of threaded?.steady ?? []) {
    const at = (p: number) => fmt.ms(percentile(s.inThread, p));
    out.push(`Inside the bot threads at ${fmt.int(s.rate)}/s (an update's arrival to its last answer, every update of those rounds): p50 ${at(50)}, p99 ${at(99)} ms.`);
  }
  out.push("");
  out.push(`Per journey step. Queries and API calls per update, and service time (one update in flight), from`);
  out.push(`${fmt.int(opts.sampleUsers)} more users walked one update at a time; p50 under load from the measured rounds.`);
  const stepRows = JOURNEY.map((s, i) => {
    const c = costs[i]!;
    const per = (x: number) => fmt.x(x / c.updates, 2);
    return [
      `${String(i + 1).padStart(2)} ${s.name}`,
      per(c.prismaCalls),
      per(c.sqlStatements),
      per(c.syncStatements),
      per(c.apiCalls),
      fmt.ms(percentile(profile.byStep[i]!, 50)),
      fmt.ms(percentile(profile.byStep[i]!, 99)),
      fmt.ms(median(botRounds.map((r) => percentile(r.byStep[i]!, 50)))),
    ];
  });
  const total = costs.reduce(
    (a, c) => ({ p: a.p + c.prismaCalls, s: a.s + c.sqlStatements, sync: a.sync + c.syncStatements, api: a.api + c.apiCalls, n: a.n + c.updates }),
    { p: 0, s: 0, sync: 0, api: 0, n: 0 },
  );
  stepRows.push([
    "all steps",
    fmt.x(total.p / total.n),
    fmt.x(total.s / total.n),
    fmt.x(total.sync / total.n),
    fmt.x(total.api / total.n),
    fmt.ms(percentile(profile.latencies, 50)),
    fmt.ms(percentile(profile.latencies, 99)),
    fmt.ms(botS.p50),
  ]);
  out.push(
    table(["step", "Prisma calls", "SQL stmts", "of them sync", "API calls", "service p50 ms", "service p99 ms", `p50 ms, ${opts.concurrency} in flight`], stepRows),
  );
  out.push("");
  out.push("Prisma calls per update by step (model.operation ×average):");
  JOURNEY.forEach((s, i) => {
    const c = costs[i]!;
    const ops = [...c.operations].map(([op, n]) => `${op} ×${n % c.updates ? fmt.x(n / c.updates) : n / c.updates}`).join(", ");
    out.push(`  ${String(i + 1).padStart(2)} ${s.name.padEnd(22)} ${ops}`);
  });
  out.push("");
  out.push(
    `Memory (RSS): ${fmt.mb(rssBefore)} at start (modules loaded), ${fmt.mb(rssAfterSetup)} after setup (seeded DB, bots), ` +
      `${fmt.mb(rssAfter)} after the measured rounds; peak ${fmt.mb(maxRss)}.`,
  );
  out.push(`Time: setup ${setupSeconds.toFixed(1)} s, runs ${runSeconds.toFixed(1)} s. Answers with an error or "not found": ${problemsSeen}.`);
  return out.join("\n");
}
