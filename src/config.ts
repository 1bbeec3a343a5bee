// Configuration from the environment (and `.env`), validated once into one typed object.
import { existsSync } from "node:fs";
import { z } from "zod";
import { ADULT_AGE } from "./domain/consent.ts";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const boolFromEnv = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .transform((v) => v === "true" || v === "1" || v === "yes");

/** Telegram's free broadcast limit is about 30 messages/s; allow_paid_broadcast lifts it to 1000. */
const FREE_RATE_LIMIT = 30;
const PAID_RATE_LIMIT = 1000;

const schema = z
  .object({
    BOT_TOKEN: z
      .string()
      .trim()
      .regex(/^(\d+:[A-Za-z0-9_-]{20,})?$/, "expected a token like 123456:ABC-DEF… from @BotFather")
      .default(""),
    DATABASE_URL: z
      .string()
      .trim()
      .regex(/^file:.+/, "expected a SQLite URL such as file:./data/mamandyq.db")
      .default("file:./data/mamandyq.db"),
    TELEGRAM_API_ROOT: z
      .union([z.literal(""), z.url({ protocol: /^https?$/, error: "expected an http(s) URL" })])
      .default(""),
    ADMIN_IDS: z
      .string()
      .trim()
      .regex(/^(\d+(\s*,\s*\d+)*)?$/, "expected comma-separated Telegram user ids")
      .default(""),
    LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
    TZ: z
      .string()
      .default("Asia/Almaty")
      .refine(isKnownTimeZone, "unknown time zone (expected an IANA name such as Asia/Almaty)"),
    SEED_DEMO: boolFromEnv.default(true),
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    SEND_RATE_PER_SECOND: z.coerce
      .number()
      .int("expected a whole number of messages per second")
      .min(1)
      .max(PAID_RATE_LIMIT, `at most ${PAID_RATE_LIMIT} (Telegram's paid broadcast limit)`)
      .default(25),
    PAID_BROADCAST: boolFromEnv.default(false),
    SEND_CONCURRENCY: z.coerce.number().int("expected a whole number").min(1).max(32, "at most 32").default(1),
    BOT_THREADS: z.coerce.number().int("expected a whole number").min(1).max(16, "at most 16").default(1),
    CONSENT_ADULT_AGE: z.coerce.number().int("expected a whole number of years").min(14, "at least 14").max(21, "at most 21").default(ADULT_AGE),
  })
  .refine((c) => c.PAID_BROADCAST || c.SEND_RATE_PER_SECOND <= FREE_RATE_LIMIT, {
    path: ["SEND_RATE_PER_SECOND"],
    message: `more than ${FREE_RATE_LIMIT}/s needs PAID_BROADCAST=true (Telegram answers 429 otherwise)`,
  });

export interface Config {
  botToken: string;
  databaseUrl: string;
  apiRoot: string | undefined;
  adminIds: number[];
  logLevel: (typeof LOG_LEVELS)[number];
  timeZone: string;
  seedDemo: boolean;
  production: boolean;
  /** Global cap on messages the outbox sends per second. */
  sendRatePerSecond: number;
  /** Send outbox messages with allow_paid_broadcast (Stars per message, up to 1000/s). */
  paidBroadcast: boolean;
  /** Outbox messages in flight at once (overlaps round trips to Telegram). */
  sendConcurrency: number;
  /** Threads handling updates (src/bot/threads/); 1: in the main thread. */
  botThreads: number;
  /** Younger applicants' consent is given by a parent or legal representative. */
  consentAdultAge: number;
}

export class ConfigError extends Error {}

function isKnownTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Parses the environment; throws ConfigError naming every invalid variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = result.data;
  return {
    botToken: c.BOT_TOKEN,
    databaseUrl: c.DATABASE_URL,
    apiRoot: c.TELEGRAM_API_ROOT ? c.TELEGRAM_API_ROOT.replace(/\/+$/, "") : undefined,
    adminIds: c.ADMIN_IDS ? c.ADMIN_IDS.split(",").map((s) => Number(s.trim())) : [],
    logLevel: c.LOG_LEVEL,
    timeZone: c.TZ,
    seedDemo: c.SEED_DEMO,
    production: c.NODE_ENV === "production",
    sendRatePerSecond: c.SEND_RATE_PER_SECOND,
    paidBroadcast: c.PAID_BROADCAST,
    sendConcurrency: c.SEND_CONCURRENCY,
    botThreads: c.BOT_THREADS,
    consentAdultAge: c.CONSENT_ADULT_AGE,
  };
}

/** Reads `.env` (if present) into process.env without overriding real variables. */
export function loadDotEnv(path = ".env"): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
