// A bot thread of `npm start` with BOT_THREADS > 1 (pool.ts): the whole bot, on its own
// connections to the database the main thread has migrated and seeded, handling the updates
// of its chats. The outbox and the jobs stay in the main thread.
import type { UserFromGetMe } from "grammy/types";
import { parseConfig } from "../../config.ts";
import { createDb } from "../../db/client.ts";
import { systemClock } from "../../domain/clock.ts";
import { createLogger } from "../../logger.ts";
import { createBot } from "../index.ts";
import { serveUpdates, threadData } from "./serve.ts";

export interface BotThreadData {
  /** Asked once by the main thread (getMe), so threads start without calling Telegram. */
  botInfo: UserFromGetMe;
}

const { index, data } = threadData<BotThreadData>();
// The thread's environment is a copy of the main thread's, .env included.
const config = parseConfig(process.env);
const logger = createLogger(config.logLevel).child({ thread: index });
const db = await createDb(config.databaseUrl, { shareWrites: true, checkpointedElsewhere: true });
const bot = createBot(config.botToken, { db, logger, config, clock: systemClock }, { botInfo: data.botInfo });
serveUpdates(
  (update) => bot.handleUpdate(update),
  () => db.$disconnect(),
);
