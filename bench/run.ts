// `npm run bench`: runs every benchmark and prints its table with the machine and the exact
// command, so figures can be compared and reproduced. Progress goes to stderr, results to stdout.
// Speed is measured here only; no test asserts timings.
import "../src/v8-tuning.ts"; // first, as in src/main.ts: the bot is measured as it runs
import os from "node:os";
import { relative } from "node:path";
import { benchUpdates, updatesOptions } from "./updates.ts";
import { benchOutbox, outboxOptions } from "./outbox.ts";
import { benchPlanning, planningOptions } from "./planning.ts";
import { benchColdStart, coldStartOptions } from "./cold-start.ts";
import { benchMemory, memoryOptions } from "./memory.ts";
import { benchPresses, pressesOptions } from "./presses.ts";
import { benchWakeups, wakeupsOptions } from "./wakeups.ts";

interface Benchmark {
  /** For BENCH_ONLY=<key>[,<key>…]. */
  key: string;
  name: string;
  run(progress: (line: string) => void): Promise<string>;
}

const BENCHMARKS: Benchmark[] = [
  {
    key: "wakeups",
    name: "wake-ups (the machine)",
    run: (progress) => benchWakeups(wakeupsOptions(), progress),
  },
  {
    key: "updates",
    name: "update handling",
    run: (progress) => benchUpdates(updatesOptions(), progress),
  },
  {
    key: "presses",
    name: "button presses",
    run: (progress) => benchPresses(pressesOptions(), progress),
  },
  {
    key: "planning",
    name: "planning",
    run: (progress) => benchPlanning(planningOptions(), progress),
  },
  {
    key: "outbox",
    name: "outbox",
    run: (progress) => benchOutbox(outboxOptions(), progress),
  },
  {
    key: "memory",
    name: "memory",
    run: (progress) => benchMemory(memoryOptions(), progress),
  },
  {
    key: "cold-start",
    name: "cold start",
    run: (progress) => benchColdStart(coldStartOptions(), progress),
  },
];

/** BENCH_ONLY=outbox (or wakeups, updates, presses, planning, memory, cold-start; comma-separated) runs just those. */
function selected(): Benchmark[] {
  const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim()).filter(Boolean);
  if (!only?.length) return BENCHMARKS;
  const unknown = only.filter((k) => !BENCHMARKS.some((b) => b.key === k));
  if (unknown.length) throw new Error(`BENCH_ONLY: unknown ${unknown.join(", ")}; expected ${BENCHMARKS.map((b) => b.key).join(", ")}`);
  return BENCHMARKS.filter((b) => only.includes(b.key));
}

function command(): string {
  const env = Object.entries(process.env)
    .filter(([k]) => k.startsWith("BENCH_"))
    .map(([k, v]) => `${k}=${v}`);
  const base =
    process.env.npm_lifecycle_event === "bench"
      ? "npm run bench"
      : ["npx tsx", relative(process.cwd(), process.argv[1] ?? "bench/run.ts"), ...process.argv.slice(2)].join(" ");
  return [...env, base].join(" ");
}

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");

async function main(): Promise<void> {
  const cpus = os.cpus();
  console.log("Mamandyq benchmarks");
  console.log(`machine: ${os.availableParallelism()} cores (${cpus[0]?.model.trim() ?? "unknown CPU"}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.platform()} ${os.arch()}`);
  console.log(`node ${process.version}; command: ${command()}`);
  console.log(`date: ${new Date().toISOString()}; load average (1/5/15 min) at start: ${load()}`);
  for (const b of selected()) {
    const started = performance.now();
    const report = await b.run((line) => console.error(`[${b.name}] ${line}`));
    console.log(`\n== ${b.name} (${((performance.now() - started) / 1000).toFixed(0)} s) ==\n`);
    console.log(report);
  }
  console.log(`\nload average at end: ${load()}`);
}

main().then(
  // Prisma's engine may keep the loop alive a little after $disconnect: leave now.
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
