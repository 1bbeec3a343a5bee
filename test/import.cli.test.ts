// `npm run import` as a process on a fresh database file: exit codes and what it prints.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";

const root = new URL("..", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "mamandyq-import-cli-"));
const dbFile = join(dir, "cli.db"); // does not exist yet: the CLI migrates a fresh file
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npx tsx src/cli/import.ts …` (what `npm run import` runs); `fast` skips npx's start-up. */
function run(fast: boolean, ...args: string[]) {
  const [cmd, pre] = fast ? [process.execPath, ["--import", "tsx"]] : ["npx", ["tsx"]];
  const r = spawnSync(cmd, [...pre, "src/cli/import.ts", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${dbFile}`, LOG_LEVEL: "silent" },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const cli = (...args: string[]) => run(true, ...args);

const count = (table: string) => {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe("import CLI", () => {
  it("validates only with --dry-run, imports a valid file (exit 0), and counts a re-import as unchanged", () => {
    const dry = run(false, "courses", "prisma/import-samples/courses.csv", "--dry-run");
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toContain("Dry run: nothing was written.");
    expect(count("Course")).toBe(0);
    const first = cli("courses", "prisma/import-samples/courses.csv");
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain("Courses: 3 new, 0 updated, 0 unchanged");
    const again = cli("courses", "prisma/import-samples/courses.csv", "--lang", "ru");
    expect(again.code, again.err).toBe(0);
    expect(again.out).toContain("Курсы: новых — 0, обновлено — 0, без изменений — 3");
    expect(count("Course")).toBe(3);
  }, 120_000);

  it("reports an invalid file row by row with exit code 1 and writes nothing; wrong usage exits 2", () => {
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "id;region;kind;title_kk;starts_at;ends_at\nev-1;aktobe;fair;Жәрмеңке;2027-01-10 10:00;2027-01-10 12:00\n");
    const r = cli("events", bad, "--lang", "kk");
    expect(r.code).toBe(1);
    expect(r.out).toContain("2-жол, kind: рұқсат етілген мәндер: job_fair");
    expect(count("Event")).toBe(0);
    expect(cli("people", bad).code).toBe(2);
  }, 120_000);
});
