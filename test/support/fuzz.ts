// Tools for the robustness suite: a seeded PRNG (reproducible "random" faults and inputs),
// a logger that keeps what it logs, the fuzz inputs, and a fingerprint of the database to
// prove that nothing changed.
import { pino } from "pino";
import type { Db } from "../../src/db/client.ts";
import type { Logger } from "../../src/logger.ts";

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). The same seed gives the same run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface LogEntry {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** pino's numeric levels. */
export const LEVEL = { debug: 20, info: 30, warn: 40, error: 50, fatal: 60 } as const;

/** A real pino logger whose lines are parsed and kept, for assertions on what was logged. */
export function captureLogger(level: keyof typeof LEVEL = "warn"): { logger: Logger; entries: LogEntry[]; errors: () => LogEntry[]; clear: () => void } {
  const entries: LogEntry[] = [];
  // A plain object stream is written synchronously: a line is kept as soon as it is logged.
  const logger = pino({ level, base: { app: "mamandyq" } }, { write: (line: string) => void entries.push(JSON.parse(line) as LogEntry) });
  return {
    logger,
    entries,
    errors: () => entries.filter((e) => e.level >= LEVEL.error),
    clear: () => void entries.splice(0),
  };
}

/**
 * Awkward text a person (or a script) may send where the bot expects something else. Every
 * entry is something a Telegram client can really send (no empty text, ≤ 4096 characters).
 */
export const FUZZ_TEXTS: ReadonlyArray<readonly [name: string, text: string]> = [
  ["emoji", "👩🏽‍🔧🔥🇰🇿 ✅ Қ𝕏"],
  ["4096 characters", "ә".repeat(4096)],
  ["RTL, zero-width and control characters", "\u202eabc\u200b\u200c\u200d\u2066x\u2069 a\u0000b\u0001\u0007\u001b[31m\u007f"],
  ["HTML and Markdown injection", `<b>bold</b></a><a href="x">&amp; & &lt; <script>alert(1)</script> *bold* _it_ [link](http://x) \`code\` ||spoiler|| \\`],
  ["SQL-like", `'; DROP TABLE "User";-- %_%' OR '1'='1`],
  ["Fluent-like braces and slashes", "{ $name } {-brand} {{x}} / /// /0"],
  ["digits only", "12345678901234567890"],
  ["whitespace and newlines", " \t\u00a0\u3000 \n\n\r\n "],
];

/** Text commands get long arguments too: a 4,000-character one and each awkward text. */
export function fuzzCommandArgs(): ReadonlyArray<readonly [name: string, args: string]> {
  return [
    ["no args", ""],
    ["long args", "x".repeat(4000)],
    ["emoji args", "👩🏽‍🔧🔥"],
    ["html args", "<b>x</b> & </a>"],
    ["sql args", `'; DROP TABLE "User";--`],
    ["control args", "\u202e\u0000\u200b"],
    ["numbers args", "-1 0 999999999999999999999 1e309 NaN"],
  ];
}

/** Callback data that no button of the bot carries: unknown prefixes, broken arguments, too long. */
export const FUZZ_CALLBACKS: readonly string[] = [
  "",
  "x",
  ":",
  "::::",
  "zz9:nothing",
  "co1:app:1:<b>:0",
  "co1:ok:NaN:1:pending:0",
  "co1:ok:-1:-1:pending:-1",
  "co1:ok:1:1:pending",
  "my1:card:999999999999999",
  "my1:card:1e3",
  "mn1:home:extra:args",
  // The staff features' prefixes with broken arguments (their dialogs' too).
  "st1:revoke:NaN:0",
  "st1:invRegion:<b>",
  "ed1:cancelYes:-1",
  "ed1:rlist:karaganda",
  "bc1:stopYes:0",
  "im1:go:events:zz",
  "edd:final:publish:extra",
  "bcd:ok:yes:1",
  "'; DROP TABLE \"User\";--",
  "\u202e\u0000",
  "🔥".repeat(16),
  "a".repeat(64),
];

/**
 * Row counts and a content hash per table: equal fingerprints mean no data changed. One query
 * for all tables (the column lists are read once per fingerprinter), so it is cheap enough to
 * take before and after every fuzz input.
 */
export async function fingerprinter(db: Db, tables: readonly string[], ignoreColumns: readonly string[] = []): Promise<() => Promise<Record<string, string>>> {
  const parts: string[] = [];
  for (const table of tables) {
    const columns = await db.$queryRawUnsafe<Array<{ name: string }>>(`SELECT name FROM pragma_table_info('${table}')`);
    const row = columns
      .map((c) => c.name)
      .filter((c) => !ignoreColumns.includes(c))
      .map((c) => `quote("${c}")`)
      .join(" || ',' || ");
    parts.push(`(SELECT count(*) || ':' || coalesce(group_concat(${row}, '|'), '') FROM (SELECT * FROM "${table}" ORDER BY rowid)) AS "${table}"`);
  }
  const sql = `SELECT ${parts.join(", ")}`;
  return async () => {
    const [row] = await db.$queryRawUnsafe<Array<Record<string, string>>>(sql);
    return Object.fromEntries(Object.entries(row!).map(([table, content]) => [table, `${content.split(":", 1)[0]} rows, ${hash(content)}`]));
  };
}
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16);
}
