// Benchmark "cold start": the compiled bot, `build/main.js`, spawned as a process (as `npm start`
// runs it, without the setup script) on a fresh database file, TELEGRAM_API_ROOT pointing at a local Bot API server
// that already holds a "/start" from a user: time from spawn to the bot's answer, migrations
// and the demo seed included. Also when the first getUpdates arrived (start-up done).
// Baselines in the same run: `node -e ''` (the runtime alone) and `node --import tsx` of an empty
// file (the TypeScript loader). BENCH_COLD_REPEATS rounds (default 5), medians.
import { intFromEnv } from "./support/env.ts";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLocalBotApi } from "../src/dev/bot-api/index.ts";
import { rssOf, startBot, stop, timeToExit } from "./process/spawn.ts";
import { fmt, median, table } from "./support/stats.ts";

export interface ColdStartOptions {
  repeats: number;
  /** Also start the bot with BOT_THREADS=threads (0: not). */
  threads: number;
}

export function coldStartOptions(env: NodeJS.ProcessEnv = process.env): ColdStartOptions {
  return { repeats: intFromEnv(env, "BENCH_COLD_REPEATS", 5), threads: intFromEnv(env, "BENCH_THREADS", 2, 0) };
}

interface Start {
  /** Spawn → first getUpdates (config, migrations, seed, bot set-up done). */
  polling: number;
  /** Spawn → the reply to /start reached the Bot API. */
  answered: number;
  /** The bot process's resident memory right after it answered. */
  rss: number;
}

async function coldStart(dir: string, round: number, env: Record<string, string> = {}): Promise<Start> {
  const api = await startLocalBotApi();
  const user = 4242;
  api.addUser({ id: user, first_name: "Арман", language_code: "kk" });
  api.sendText(user, "/start");
  const reply = api.waitForBotMessage(user, undefined, 60_000);
  const started = performance.now();
  let polling = NaN;
  void api.waitFor(() => api.callsTo("getUpdates").length > 0, 60_000).then(() => (polling = performance.now() - started), () => undefined);
  const bot = startBot(`file:${join(dir, `cold-${round}-${env.BOT_THREADS ?? 1}.db`)}`, api.apiRoot, [], env);
  try {
    await reply.catch((err: unknown) => {
      throw new Error(`no answer: ${String(err)}\n${bot.output()}`);
    });
    const answered = performance.now() - started;
    return { polling, answered, rss: rssOf(bot.child.pid!) };
  } finally {
    await stop(bot);
    await api.close();
  }
}

export async function benchColdStart(o: ColdStartOptions, progress: (line: string) => void): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "mamandyq-bench-cold-"));
  const empty = join(dir, "empty.ts");
  writeFileSync(empty, "export {};\n");
  try {
    const bare: number[] = [];
    const tsx: number[] = [];
    const starts: Start[] = [];
    const threaded: Start[] = [];
    for (let round = 0; round < o.repeats; round++) {
      bare.push(await timeToExit(["-e", ""]));
      tsx.push(await timeToExit(["--import", "tsx", empty]));
      starts.push(await coldStart(dir, round));
      const s = starts.at(-1)!;
      let line = `round ${round + 1}: node -e '' ${fmt.int(bare.at(-1)!)} ms, tsx empty ${fmt.int(tsx.at(-1)!)} ms, polling after ${fmt.int(s.polling)} ms, answered after ${fmt.int(s.answered)} ms`;
      if (o.threads > 1) {
        threaded.push(await coldStart(dir, round, { BOT_THREADS: String(o.threads) }));
        line += `; BOT_THREADS=${o.threads}: answered after ${fmt.int(threaded.at(-1)!.answered)} ms`;
      }
      progress(line);
    }
    const b = median(bare);
    const t = median(tsx);
    const p = median(starts.map((s) => s.polling));
    const a = median(starts.map((s) => s.answered));
    const row = (name: string, ms: number, rss?: number) => [name, fmt.int(ms), `${fmt.x(ms / b, 1)} ×`, `${fmt.x(ms / t, 1)} ×`, rss ? fmt.mb(rss) : ""];
    const rss = median(starts.map((s) => s.rss));
    return [
      `build/main.js (the compiled bot, as npm start runs it) spawned on a fresh SQLite file (migrations + regions + demo seed), a local Bot API holding one "/start". Medians of ${o.repeats} rounds.`,
      "",
      table(
        ["process", "ms", "÷ node -e ''", "÷ tsx empty file", "RSS then"],
        [
          row("node -e '' (baseline)", b),
          row("node --import tsx empty.ts (baseline)", t),
          row("bot: first getUpdates", p),
          row("bot: /start answered", a, rss),
          ...(threaded.length
            ? [row(`bot, BOT_THREADS=${o.threads}: /start answered`, median(threaded.map((s) => s.answered)), median(threaded.map((s) => s.rss)))]
            : []),
        ],
      ),
    ].join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
