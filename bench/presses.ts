// Benchmark "presses": CPU per button press by where its feature stands in the bot's chain —
// the menu's (second feature), search's (the last) and a stale button nobody owns — one chat,
// one press at a time, against a bare grammY bot answering the same presses. Since presses are
// routed by their callback prefix (src/bot/features/routing.ts) the three should cost about
// the same; before, each feature in front of a button's own added its handlers' filters.
import { intFromEnv } from "./support/env.ts";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { createBot } from "../src/bot/index.ts";
import { parseConfig } from "../src/config.ts";
import { createLogger } from "../src/logger.ts";
import { benchDb } from "./support/db.ts";
import { BOT_INFO, FakeTelegram } from "./support/fake-telegram.ts";
import { fmt, median, table } from "./support/stats.ts";

const TOKEN = "123456:BENCH-TOKEN-aaaaaaaaaaaaaaaaaaaaaa";

export interface PressesOptions {
  presses: number;
  repeats: number;
}

export function pressesOptions(env: NodeJS.ProcessEnv = process.env): PressesOptions {
  return { presses: intFromEnv(env, "BENCH_PRESSES", 5000), repeats: intFromEnv(env, "BENCH_PRESSES_REPEATS", 3) };
}

const BUTTONS = [
  ["menu (m1:home, the second feature)", "m1:home"],
  ["search (s1:prompt, the last feature)", "s1:prompt"],
  ["stale (zz:1, no feature)", "zz:1"],
] as const;

const from = { id: 42, is_bot: false as const, first_name: "A", language_code: "ru" };
const chat = { id: 42, type: "private" as const, first_name: "A" };
let updateId = 1;
const press = (data: string): Update => ({
  update_id: updateId++,
  callback_query: { id: String(updateId), from, chat_instance: "1", data, message: { message_id: 1, date: 0, chat, from: BOT_INFO, text: "x" } },
});

/** CPU time per update (µs) of `n` presses of `data`, one after another. */
async function cpuPerPress(handle: (u: Update) => Promise<void>, data: string, n: number): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) await handle(press(data));
  const used = process.cpuUsage(start);
  return (used.user + used.system) / n;
}

export async function benchPresses(opts: PressesOptions, progress: (line: string) => void): Promise<string> {
  const bench = await benchDb();
  const deps = { db: bench.db, logger: createLogger("silent"), config: parseConfig({ LOG_LEVEL: "silent" }), clock: { now: () => bench.seededAt } };
  const bot = createBot(TOKEN, deps, { botInfo: BOT_INFO, client: { fetch: new FakeTelegram().fetch as never } });
  const bare = new Bot(TOKEN, { botInfo: BOT_INFO, client: { fetch: new FakeTelegram().fetch as never } });
  bare.use((ctx) => ctx.answerCallbackQuery());
  await bot.handleUpdate({ update_id: updateId++, message: { message_id: 1, date: 0, chat, from, text: "/start", entities: [{ type: "bot_command", offset: 0, length: 6 }] } });

  const rows: string[][] = [];
  for (const [label, data] of BUTTONS) {
    const bots: number[] = [];
    const bases: number[] = [];
    await cpuPerPress((u) => bot.handleUpdate(u), data, opts.presses); // warm-up
    for (let r = 1; r <= opts.repeats; r++) {
      bots.push(await cpuPerPress((u) => bot.handleUpdate(u), data, opts.presses));
      bases.push(await cpuPerPress((u) => bare.handleUpdate(u), data, opts.presses));
      progress(`${label}, round ${r}/${opts.repeats}: ${fmt.x(bots.at(-1)!, 0)} µs, bare ${fmt.x(bases.at(-1)!, 0)} µs`);
    }
    rows.push([label, fmt.x(median(bots), 0), fmt.x(median(bases), 0), `${fmt.x(median(bots) / median(bases), 1)} ×`]);
  }
  await bench.cleanup();
  return [
    `${fmt.int(opts.presses)} presses of each button in a row on one chat (BENCH_PRESSES), process CPU time per press;`,
    `medians of ${opts.repeats} rounds (BENCH_PRESSES_REPEATS). Baseline: a bare grammY bot answering each press.`,
    "",
    table(["button", "bot µs/press", "bare µs/press", "bot ÷ bare"], rows),
  ].join("\n");
}
