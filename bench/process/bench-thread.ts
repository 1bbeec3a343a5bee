// A bot thread of the update benchmark (bench/updates.ts, BENCH_THREADS): what
// src/bot/threads/bot-thread.ts runs, on the bench's database and with the fake Telegram of
// the in-process rounds. After each update it sends back the chat's current screen (the buttons
// the simulated user presses next) and any answer that means something went wrong.
import { BroadcastChannel } from "node:worker_threads";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { createBot } from "../../src/bot/index.ts";
import { serveUpdates, threadData } from "../../src/bot/threads/serve.ts";
import { parseConfig } from "../../src/config.ts";
import { createDb } from "../../src/db/client.ts";
import { createLogger } from "../../src/logger.ts";
import { BOT_INFO, FakeTelegram, problemTexts, type Shown } from "../support/fake-telegram.ts";
import { FORGET_CHANNEL } from "../support/threads.ts";

export interface BenchThreadData {
  kind: "bot" | "baseline";
  url: string;
  /** The bench's frozen clock. */
  seededAt: number;
  undiciResponses: boolean;
}

export interface BenchThreadResult {
  chatId: number;
  /** Time the thread took over the update, from its arrival to its last answer, in ms. */
  ms: number;
  screen: Shown | undefined;
  /** This thread's count of problem answers so far, and the first few of them. */
  problems: number;
  samples: string[];
}

const TOKEN = "123456:BENCH-TOKEN-aaaaaaaaaaaaaaaaaaaaaa";
const { data } = threadData<BenchThreadData>();
const problems = problemTexts();
const tg = new FakeTelegram({ isProblem: (text) => problems.has(text), undiciResponses: data.undiciResponses });
// The main thread forgets a simulated user when it is done; so does this thread.
const forget = new BroadcastChannel(FORGET_CHANNEL);
forget.unref();
forget.onmessage = (m) => tg.forget((m as { data: number }).data);

const client = { fetch: tg.fetch as never };
let bot: { handleUpdate(update: Update): Promise<void> };
let stop = async (): Promise<void> => {};
if (data.kind === "bot") {
  const db = await createDb(data.url, { shareWrites: true, checkpointedElsewhere: true });
  const seededAt = new Date(data.seededAt);
  const deps = { db, logger: createLogger("silent"), config: parseConfig({ LOG_LEVEL: "silent" }), clock: { now: () => seededAt } };
  bot = createBot(TOKEN, deps, { botInfo: BOT_INFO, client });
  stop = () => db.$disconnect();
} else {
  const bare = new Bot(TOKEN, { botInfo: BOT_INFO, client });
  bare.use((ctx) => ctx.reply("ok"));
  bot = bare;
}

serveUpdates(async (update): Promise<BenchThreadResult> => {
  const start = performance.now();
  await bot.handleUpdate(update);
  const ms = performance.now() - start;
  const chatId = (update.message ?? update.callback_query?.message)!.chat.id;
  return { chatId, ms, screen: tg.current(chatId), problems: tg.problems, samples: tg.problems ? tg.problemSamples : [] };
}, stop);
