// Entry point: config → database → bot → long polling; graceful shutdown on SIGINT/SIGTERM.
// Without BOT_TOKEN (outside production) it opens the offline playground instead.
import "./v8-tuning.ts"; // first: V8 flags hold before anything else runs
import { launch, loadConfigOrExit, prepare } from "./app.ts";
import { createBot } from "./bot/index.ts";
import { createLogger } from "./logger.ts";

const config = loadConfigOrExit();
const logger = createLogger(config.logLevel);

if (!config.botToken) {
  if (config.production) {
    console.error(
      [
        "BOT_TOKEN is not set, so the bot cannot connect to Telegram.",
        "To get a token: open https://t.me/BotFather in Telegram, send /newbot, follow the steps,",
        "then put the token into .env (copy .env.example) as BOT_TOKEN=123456:ABC… and run `npm start` again.",
      ].join("\n"),
    );
    process.exit(1);
  }
  // Outside production, no token means the offline playground: the real bot against a local
  // Bot API server, with a chat in this terminal. Imported lazily: production never loads it.
  const { runPlayground } = await import("./dev/playground/index.ts");
  const code = await runPlayground(config);
  process.exit(code);
}

const deps = await prepare(config, logger);
const services = await launch(createBot(config.botToken, deps), deps);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "shutting down");
  await services.stop();
  await deps.db.$disconnect();
  process.exit(0);
}
process.once("SIGINT", () => void shutdown("SIGINT"));
process.once("SIGTERM", () => void shutdown("SIGTERM"));
