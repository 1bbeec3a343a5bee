// `npm run import -- <kind> <file.csv> [--dry-run] [--lang kk|ru|en]`: validates a CSV and,
// when every row is valid, imports it in one transaction — as an admin (no region limits).
// Opens the database like the app does (migrations and regions first, so a fresh clone works).
// Exit code 0: imported (or valid, with --dry-run); 1: invalid file; 2: wrong usage.
import { readFileSync, existsSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { loadDotEnv, parseConfig } from "../config.ts";
import { createDb } from "../db/client.ts";
import { migrate } from "../db/migrate.ts";
import { seedRegions } from "../db/seed/index.ts";
import { i18n } from "../bot/i18n.ts";
import { isLocale, type Locale } from "../domain/locale.ts";
import { IMPORT_KINDS, isImportKind, runImport } from "../domain/import/index.ts";
import { countLines, issueLine, type Translate } from "../domain/import/report.ts";
import { NO_ROLES } from "../domain/roles.ts";

const USAGE = `usage: npm run import -- <${IMPORT_KINDS.join("|")}> <file.csv> [--dry-run] [--lang kk|ru|en]`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { "dry-run": { type: "boolean" }, lang: { type: "string", default: "en" } } });
  } catch (err) {
    return fail(`${(err as Error).message}\n${USAGE}`);
  }
})();
const [kind, file] = positionals;
if (!isImportKind(kind) || !file || positionals.length !== 2) fail(USAGE);
const lang = values.lang ?? "en";
if (!isLocale(lang)) fail(`--lang: expected kk, ru or en\n${USAGE}`);
if (!existsSync(file)) fail(`no such file: ${file}`);
const locale: Locale = lang;
const t: Translate = (key, vars) => i18n.t(locale, key, vars).replace(/<\/?[a-z]+>/g, "");

loadDotEnv();
const config = parseConfig(process.env);
migrate(config.databaseUrl);
const db = await createDb(config.databaseUrl);
try {
  await seedRegions(db);
  const started = performance.now();
  const result = await runImport(db, {
    kind,
    content: readFileSync(file),
    roles: { ...NO_ROLES, admin: true },
    now: new Date(),
    actorId: null,
    fileName: basename(file),
    dryRun: values["dry-run"] === true,
  });
  const ms = Math.round(performance.now() - started);
  if (!result.ok) {
    console.log(t("import-invalid", { count: result.issues.length, file: basename(file) }));
    for (const issue of result.issues) console.log(`  ${issueLine(issue, t)}`);
    process.exitCode = 1;
  } else {
    console.log(t(result.dryRun ? "import-dry-run-ok" : "import-done", { rows: result.rows }));
    for (const line of countLines(result.counts, t)) console.log(`  ${line}`);
    console.log(`(${ms} ms)`);
  }
} finally {
  await db.$disconnect();
}
