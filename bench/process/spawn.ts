// Child processes for the process-level benchmarks (cold start, memory): the bot as `npm start`
// runs it — compiled, `build/main.js` — against a local Bot API server, and baselines.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

export const ROOT = new URL("../..", import.meta.url).pathname;
export const TOKEN = "123456:BENCH-PROC-aaaaaaaaaaaaaaaaaaaaaaa";

export interface Child {
  child: ChildProcess;
  exited: Promise<number | null>;
  output(): string;
}

/** `node <args>` in the repository root with a minimal environment plus `env`. */
export function node(args: string[], env: Record<string, string> = {}): Child {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => out };
}

let built = false;
/** Compiles src/ to build/ if a source changed since the last build (what `npm start` does first). */
export function ensureBuilt(): void {
  if (built) return;
  execFileSync(process.execPath, ["scripts/setup.mjs", "--build"], { cwd: ROOT, stdio: "inherit" });
  built = true;
}

/** The bot as `npm start` runs it (compiled, without the setup script), talking to `apiRoot`. */
export function startBot(databaseUrl: string, apiRoot: string, extraArgs: string[] = [], env: Record<string, string> = {}): Child {
  ensureBuilt();
  return node([...extraArgs, "build/main.js"], {
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: apiRoot,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: "warn",
    ...env,
  });
}

/** Wall time from spawn to exit of `node <args>`, in ms (a baseline). */
export async function timeToExit(args: string[]): Promise<number> {
  const started = performance.now();
  const c = node(args);
  const code = await c.exited;
  if (code !== 0) throw new Error(`node ${args.join(" ")} exited with ${code}: ${c.output()}`);
  return performance.now() - started;
}

export async function stop(c: Child): Promise<void> {
  if (c.child.exitCode !== null || c.child.signalCode !== null) return;
  c.child.kill("SIGTERM");
  const done = await Promise.race([c.exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!done) c.child.kill("SIGKILL");
}

/** Resident set size of a running process, from /proc (Linux), in bytes. */
export function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!m) throw new Error(`no VmRSS for ${pid}`);
  return Number(m[1]) * 1024;
}

/** process.memoryUsage() of a child started with probe.mjs preloaded and MEMORY_PROBE_FILE=file. */
export async function probeMemory(c: Child, file: string): Promise<NodeJS.MemoryUsage> {
  rmSync(file, { force: true });
  c.child.kill("SIGUSR2");
  for (let i = 0; i < 200 && !existsSync(file); i++) await sleep(25);
  await sleep(25);
  return JSON.parse(readFileSync(file, "utf8")) as NodeJS.MemoryUsage;
}
