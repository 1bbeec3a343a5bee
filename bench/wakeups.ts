// Benchmark "wakeups": what this machine charges for waking a sleeping thread, the cost every
// update pays at a steady rate and hardly at all when the bot is saturated. No bot code runs:
// a main-thread timer that does nothing, and a message to a worker thread that answers it,
// each at a steady rate (the thread sleeps in between) and back to back (it never sleeps:
// setImmediate turns, and 64 messages on their way at once).
// The process's CPU time per tick or round trip, and the ratio to back to back, tell how far
// the steady-rate figures of "update handling" can be compared with another machine's.
import { Worker } from "node:worker_threads";
import { intFromEnv } from "./support/env.ts";
import { fmt, median, table } from "./support/stats.ts";

export interface WakeupsOptions {
  /** Length of each measured run. */
  seconds: number;
  repeats: number;
}

export function wakeupsOptions(env: NodeJS.ProcessEnv = process.env): WakeupsOptions {
  return { seconds: intFromEnv(env, "BENCH_WAKEUP_SECONDS", 1), repeats: intFromEnv(env, "BENCH_WAKEUP_REPEATS", 3) };
}

/** Process CPU time (every thread) in µs per event of `run`, which returns how many events it made. */
async function cpuPer(run: () => Promise<number>): Promise<number> {
  const before = process.cpuUsage();
  const events = await run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / events;
}

/** Calls `fire(k)` with the events due at `rate`/s for `seconds`, sleeping on a timer in between. */
function paced(rate: number, seconds: number, fire: (due: number) => void): Promise<void> {
  const start = performance.now();
  const total = rate * seconds;
  let done = 0;
  return new Promise((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - start) * rate) / 1000) + 1);
      if (due > done) fire(due - done);
      done = due;
      if (done >= total) return resolve();
      setTimeout(tick, Math.max(0, start + (done * 1000) / rate - performance.now()));
    };
    tick();
  });
}

const timerSteady = (rate: number, seconds: number) => () => paced(rate, seconds, () => {}).then(() => rate * seconds);

function timerBackToBack(seconds: number) {
  return () =>
    new Promise<number>((resolve) => {
      const end = performance.now() + seconds * 1000;
      let turns = 0;
      const turn = () => (++turns, performance.now() < end ? setImmediate(turn) : resolve(turns));
      turn();
    });
}

/** A worker that answers every message with the same message. */
async function echoThread(): Promise<Worker> {
  const worker = new Worker(`require("node:worker_threads").parentPort.on("message", (m) => require("node:worker_threads").parentPort.postMessage(m));`, { eval: true });
  await new Promise((resolve) => worker.once("online", resolve));
  return worker;
}

function roundTripsSteady(worker: Worker, rate: number, seconds: number) {
  return async () => {
    let answered = 0;
    const all = new Promise<void>((resolve) => worker.on("message", () => ++answered === rate * seconds && resolve()));
    await paced(rate, seconds, (due) => {
      for (let i = 0; i < due; i++) worker.postMessage(i);
    });
    await all;
    worker.removeAllListeners("message");
    return answered;
  };
}

/** Round trips with `inFlight` messages on their way at any time, so neither thread runs out of work. */
function roundTripsBackToBack(worker: Worker, seconds: number, inFlight = 64) {
  return () =>
    new Promise<number>((resolve) => {
      const end = performance.now() + seconds * 1000;
      let sent = 0;
      let answered = 0;
      worker.on("message", () => {
        answered++;
        if (performance.now() < end) return void worker.postMessage(sent++);
        if (answered < sent) return;
        worker.removeAllListeners("message");
        resolve(answered);
      });
      while (sent < inFlight) worker.postMessage(sent++);
    });
}

export async function benchWakeups(opts: WakeupsOptions, progress: (line: string) => void): Promise<string> {
  const worker = await echoThread();
  // Each group's first run is the back-to-back one the others are compared with.
  const groups: [label: string, run: () => Promise<number>][][] = [
    [
      ["main-thread timer, back to back (setImmediate)", timerBackToBack(opts.seconds)],
      ["main-thread timer, steady 250/s", timerSteady(250, opts.seconds)],
      ["main-thread timer, steady 1,000/s", timerSteady(1000, opts.seconds)],
    ],
    [
      ["thread round trip, back to back (64 on their way)", roundTripsBackToBack(worker, opts.seconds)],
      ["thread round trip, steady 1,000/s", roundTripsSteady(worker, 1000, opts.seconds)],
      ["thread round trip, steady 2,000/s", roundTripsSteady(worker, 2000, opts.seconds)],
    ],
  ];
  const results = new Map<string, number[]>(groups.flat().map(([label]) => [label, []]));
  for (let r = 0; r < opts.repeats; r++) {
    progress(`round ${r + 1}/${opts.repeats}`);
    for (const [label, run] of groups.flat()) results.get(label)!.push(await cpuPer(run));
  }
  await worker.terminate();
  const rows = groups.flatMap((group) => {
    const base = median(results.get(group[0]![0])!);
    return group.map(([label]) => {
      const each = results.get(label)!;
      return [label, fmt.x(median(each), 1), `${fmt.x(median(each) / base, 1)} ×`, each.map((v) => fmt.x(v, 1)).join(" ")];
    });
  });
  return [
    `A timer that does nothing, and a message to a worker thread that answers it: the process's CPU time`,
    `per tick or round trip at a steady rate (the thread sleeps between events) and back to back (it`,
    `never does); medians of ${opts.repeats} runs of ${opts.seconds} s. Every update at a steady rate pays such wake-ups (the`,
    `bot thread's for the update, the main thread's for its answer, the timers of both); a saturated`,
    `bot hardly any. Compare the "× back to back" column with another machine's before its steady-rate figures.`,
    table(["", "CPU µs each", "× back to back", "each run"], rows),
  ].join("\n");
}
