// Start-up shared by the bot and the playground: config → database (migrate, seed) → deps.
import { ConfigError, loadDotEnv, parseConfig, type Config } from "./config.ts";
import { createDb, type Db } from "./db/client.ts";
import { migrate } from "./db/migrate.ts";
import { seedDemo, seedRegions } from "./db/seed/index.ts";
import { systemClock } from "./domain/clock.ts";
import { createLogger, type Logger } from "./logger.ts";
import { Bot } from "grammy";
import { run } from "@grammyjs/runner";
import type { Context, Deps } from "./bot/context.ts";
import { registerCommands } from "./bot/commands.ts";
import { REQUEST_TIMEOUT_SECONDS } from "./bot/index.ts";
import { syncAdminMenus } from "./bot/features/staff/commands.ts";
import { startDeliveryWorker } from "./jobs/delivery-worker.ts";
import { startScheduler } from "./jobs/scheduler.ts";
import { BotThreads } from "./bot/threads/pool.ts";
import type { BotThreadData } from "./bot/threads/bot-thread.ts";

export function loadConfigOrExit(): Config {
  loadDotEnv();
  try {
    return parseConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

/** ".js" when running compiled (`npm start` runs build/), ".ts" under tsx (tests, the other scripts). */
const OWN_EXTENSION = import.meta.url.slice(import.meta.url.lastIndexOf("."));

/** How long Telegram holds a getUpdates call open; within the client's REQUEST_TIMEOUT_SECONDS. */
const LONG_POLL_SECONDS = 10;

/** Migrates and seeds the database and returns what handlers need. */
export async function prepare(config: Config, logger: Logger = createLogger(config.logLevel)): Promise<Deps> {
  const applied = migrate(config.databaseUrl);
  if (applied.length) logger.info({ applied }, "database migrated");
  const db: Db = await createDb(config.databaseUrl, {
    backgroundCheckpoints: true,
    onCheckpointError: (message) => logger.warn({ message }, "background WAL checkpoint failed"),
    // The bot threads' caches must see the outbox's and the jobs' writes, and the other way round.
    shareWrites: config.botThreads > 1,
  });
  const clock = systemClock;
  await seedRegions(db);
  if (config.seedDemo) await seedDemo(db, clock.now());
  return { db, logger, config, clock };
}

/**
 * Connects the bot and starts everything that runs beside it: long polling, the outbox
 * sender and the periodic jobs. `stop()` ends them in order (the database stays open).
 */
export async function launch(bot: Bot<Context>, deps: Deps): Promise<{ stop(): Promise<void> }> {
  const { db, logger, clock, config } = deps;
  await bot.init();
  logger.info({ username: bot.botInfo.username }, "bot connected");
  // The command menu is a nicety: a failure must not keep the bot from serving.
  await registerCommands(bot.api).catch((err: unknown) => logger.warn({ err }, "could not register the command menu; continuing"));
  await syncAdminMenus({ api: bot.api, db, adminIds: config.adminIds, log: logger });
  const threads = config.botThreads > 1 ? await startBotThreads(bot, deps) : undefined;
  const runner = run(threads ? dispatcher(bot, threads, deps) : bot, { runner: { fetch: { timeout: LONG_POLL_SECONDS } } });
  logger.info({ threads: config.botThreads }, "polling for updates");
  const worker = startDeliveryWorker({
    db,
    api: bot.api,
    logger,
    clock,
    adminIds: config.adminIds,
    ratePerSecond: config.sendRatePerSecond,
    paidBroadcast: config.paidBroadcast,
    concurrency: config.sendConcurrency,
  });
  const scheduler = startScheduler({ db, logger, clock, api: bot.api, adminIds: config.adminIds });
  return {
    async stop() {
      if (runner.isRunning()) await runner.stop();
      await threads?.stop();
      await scheduler.stop();
      await worker.stop();
    },
  };
}

/** BOT_THREADS > 1: threads that each run the whole bot (src/bot/threads/bot-thread.ts). */
async function startBotThreads(bot: Bot<Context>, { config, logger }: Deps): Promise<BotThreads> {
  const threads = await BotThreads.start<unknown, BotThreadData>({
    entry: new URL(`./bot/threads/bot-thread${OWN_EXTENSION}`, import.meta.url),
    count: config.botThreads,
    data: { botInfo: bot.botInfo },
    onCrash: (thread, err) => logger.error({ thread, err }, "a bot thread stopped; starting it again"),
  });
  logger.info({ threads: threads.size }, "bot threads ready");
  return threads;
}

/** What the runner feeds in the main thread: each update to the thread of its chat. */
function dispatcher(bot: Bot<Context>, threads: BotThreads, { config, logger }: Deps): Bot {
  // It only polls (getUpdates), with the client settings of createBot.
  const front = new Bot(bot.token, { botInfo: bot.botInfo, client: { apiRoot: config.apiRoot, timeoutSeconds: REQUEST_TIMEOUT_SECONDS } });
  front.use((ctx) => threads.handle(ctx.update, ctx.chat?.id ?? ctx.from?.id ?? 0));
  front.catch(({ error, ctx }) => logger.error({ err: error, update_id: ctx.update.update_id }, "an update was lost with its bot thread"));
  return front;
}
