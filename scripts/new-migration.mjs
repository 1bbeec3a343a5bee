#!/usr/bin/env node
// Creates a new migration offline: `npm run db:new-migration -- <name>`.
// `prisma migrate dev` and `migrate diff --from-migrations` need a shadow database, which the
// driver adapter cannot provide. So: apply the existing migrations to a scratch SQLite file,
// introspect it (`prisma db pull`), and diff that against prisma/schema.prisma.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("Usage: npm run db:new-migration -- <name>");
  process.exit(2);
}
const root = new URL("..", import.meta.url).pathname;
const migrations = join(root, "prisma/migrations");
const scratch = mkdtempSync(join(tmpdir(), "mamandyq-migration-"));
try {
  const dbFile = join(scratch, "current.db");
  const db = new Database(dbFile);
  for (const dir of readdirSync(migrations).sort()) {
    const sql = join(migrations, dir, "migration.sql");
    if (existsSync(sql)) db.exec(readFileSync(sql, "utf8"));
  }
  db.close();

  const prisma = (args) =>
    execFileSync(join(root, "node_modules/.bin/prisma"), args, {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: `file:${dbFile}` },
      stdio: ["ignore", "pipe", "pipe"],
    });
  const pulled = prisma(["db", "pull", "--print"]);
  const current = join(scratch, "current.prisma");
  writeFileSync(current, pulled.slice(pulled.indexOf("generator ")));
  const sql = prisma(["migrate", "diff", "--from-schema-datamodel", current, "--to-schema-datamodel", "prisma/schema.prisma", "--script"]);
  if (!/\b(CREATE|ALTER|DROP|INSERT)\b/.test(sql)) {
    console.log("The schema matches the migrations: nothing to do.");
    process.exit(0);
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = join(migrations, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "migration.sql"), sql);
  console.log(`Created ${dir}/migration.sql — review it, then run npm test (migrations apply at start).`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
