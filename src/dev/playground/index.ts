// The offline playground: the real bot, polling a local Bot API server in this process, and
// a terminal chat with it over the demo data. `npm start` without BOT_TOKEN lands here.
import { dirname, join, resolve } from "node:path";
import type { Readable, Writable } from "node:stream";
import { pino } from "pino";
import { launch, prepare } from "../../app.ts";
import { createBot } from "../../bot/index.ts";
import type { Config } from "../../config.ts";
import { sqlitePath } from "../../db/client.ts";
import type { Logger } from "../../logger.ts";
import { startLocalBotApi } from "../bot-api/index.ts";
import { displayPath, FileSaver } from "./files.ts";
import { IdleWatch, type IdleOptions } from "./idle.ts";
import { Session } from "./session.ts";
import { Terminal, type LineSource } from "./terminal.ts";
import { fullName, NEW_USER_ID, simulatedUsers } from "./users.ts";

/** Any well-formed token works: the local server takes the bot id from it. */
const PLAYGROUND_TOKEN = "7000000001:offline-playground";

export interface PlaygroundIo {
  /** Default process.stdin. An async iterable of lines is pulled one line per action. */
  input?: LineSource;
  /** Default process.stdout. */
  output?: Writable & { isTTY?: boolean };
  /** Prompt and live chat; default: the input is a TTY. Otherwise a script: echo, plain text. */
  interactive?: boolean;
  /** ANSI formatting; default when interactive on a TTY and NO_COLOR is not set. */
  color?: boolean;
  /** Where files the bot sends are saved; default $PLAYGROUND_FILES_DIR or ./playground-files. */
  filesDir?: string;
  /** Default: a file next to the database (data/playground.log), so logs don't garble the chat. */
  logger?: Logger;
  idle?: IdleOptions;
}

/** Runs the playground until EOF or :quit; resolves with the exit code after a clean shutdown. */
export async function runPlayground(baseConfig: Config, io: PlaygroundIo = {}): Promise<number> {
  const input = io.input ?? process.stdin;
  const output = io.output ?? process.stdout;
  const interactive = io.interactive ?? Boolean((input as Readable & { isTTY?: boolean }).isTTY);
  const color = io.color ?? (interactive && Boolean(output.isTTY) && !process.env.NO_COLOR);
  const files = new FileSaver(io.filesDir ?? process.env.PLAYGROUND_FILES_DIR ?? "playground-files");

  const api = await startLocalBotApi();
  const config: Config = { ...baseConfig, apiRoot: api.apiRoot };
  const logPath = resolve(join(dirname(sqlitePath(config.databaseUrl)), "playground.log"));
  const logger = io.logger ?? pino({ level: config.logLevel, base: { app: "mamandyq" } }, pino.destination({ dest: logPath, mkdir: true, sync: true }));

  let deps;
  try {
    deps = await prepare(config, logger);
    // The "new" user is new on every start, so onboarding can always be tried.
    await deps.db.user.deleteMany({ where: { telegramId: BigInt(NEW_USER_ID) } });
  } catch (err) {
    await api.close();
    throw err;
  }

  const users = simulatedUsers();
  for (const user of users) api.addUser(user.telegram);
  const bot = createBot(PLAYGROUND_TOKEN, deps, { client: { apiRoot: api.apiRoot } });
  const idle = new IdleWatch(api, bot, io.idle);
  // Polling, notices (decisions, offers, alerts) and periodic jobs, as in production.
  const services = await launch(bot, deps);

  const terminal = new Terminal(input, output, interactive);
  const start = users.find((u) => u.telegram.id === NEW_USER_ID) ?? users[0]!;
  const session = new Session({ api, users, user: start, idle, files, style: { color }, print: (lines) => terminal.print(lines), echo: !interactive });

  const stop = (): void => terminal.close();
  const usesProcessInput = input === process.stdin;
  if (usesProcessInput) process.once("SIGINT", stop).once("SIGTERM", stop);

  terminal.print(
    banner({
      apiRoot: api.apiRoot,
      database: sqlitePath(config.databaseUrl),
      demo: config.seedDemo,
      log: io.logger ? undefined : logPath,
      filesDir: files.dir,
      you: `${fullName(start)} (${start.key}, id ${start.telegram.id}) — ${start.role}`,
    }),
  );
  try {
    terminal.ready();
    for await (const line of terminal.lines()) {
      if ((await session.handle(line)) === "quit") break;
      terminal.ready();
    }
  } finally {
    if (interactive) output.write("\n");
    terminal.close();
    session.dispose();
    idle.dispose();
    if (usesProcessInput) process.off("SIGINT", stop).off("SIGTERM", stop);
    await services.stop();
    await api.close();
    await deps.db.$disconnect();
  }
  terminal.print(["Playground closed."]);
  return 0;
}

interface BannerInfo {
  apiRoot: string;
  database: string;
  demo: boolean;
  log: string | undefined;
  filesDir: string;
  you: string;
}

function banner(b: BannerInfo): string[] {
  return [
    "Mamandyq — OFFLINE PLAYGROUND",
    `  No Telegram: the real bot runs against a local Bot API server at ${b.apiRoot}.`,
    "  To connect to Telegram instead: create a bot with @BotFather (https://t.me/BotFather),",
    "  put its token into .env as BOT_TOKEN=123456:ABC… and run `npm start` again.",
    `  Database: ${displayPath(b.database)}${b.demo ? " (with demo data)" : " (no demo data: SEED_DEMO=false)"}` +
      (b.log ? ` · bot logs: ${displayPath(b.log)}` : ""),
    `  Files the bot sends are saved in ${displayPath(b.filesDir)}/`,
    `You are ${b.you}.`,
    "Type /start to begin; a number presses a button; :users, :as <name> switch user; :help lists all; :quit leaves.",
    "",
  ];
}
