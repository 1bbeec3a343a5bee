import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrate } from "../src/db/migrate.ts";

describe("migrations", () => {
  it("apply once, are recorded the way prisma migrate expects, and re-run as a no-op", () => {
    const file = join(mkdtempSync(join(tmpdir(), "mamandyq-mig-")), "m.db");
    const first = migrate(`file:${file}`);
    expect(first.length).toBeGreaterThan(0);
    expect(migrate(`file:${file}`)).toEqual([]);
    const db = new Database(file);
    const rows = db.prepare("SELECT migration_name, finished_at, checksum FROM _prisma_migrations").all() as Array<{ checksum: string }>;
    expect(rows).toHaveLength(first.length);
    expect(rows[0]!.checksum).toMatch(/^[0-9a-f]{64}$/);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(["User", "Event", "Vacancy", "Course", "College", "Delivery", "ConversationState"]));
    db.close();
  });

  it("rebuilds a table the way Prisma's scripts do without cascading into the tables pointing at it", () => {
    const root = mkdtempSync(join(tmpdir(), "mamandyq-mig-"));
    const dir = join(root, "migrations");
    const write = (name: string, sql: string) => {
      mkdirSync(join(dir, name), { recursive: true });
      writeFileSync(join(dir, name, "migration.sql"), sql);
    };
    write("1_init", `CREATE TABLE "Parent" ("id" INTEGER PRIMARY KEY, "name" TEXT NOT NULL);
      CREATE TABLE "Child" ("id" INTEGER PRIMARY KEY, "parentId" INTEGER NOT NULL,
        CONSTRAINT "fk" FOREIGN KEY ("parentId") REFERENCES "Parent" ("id") ON DELETE CASCADE);
      INSERT INTO "Parent" VALUES (1, 'a'); INSERT INTO "Child" VALUES (10, 1);`);
    write("2_rebuild", `PRAGMA defer_foreign_keys=ON;
      PRAGMA foreign_keys=OFF;
      CREATE TABLE "new_Parent" ("id" INTEGER PRIMARY KEY, "name" TEXT);
      INSERT INTO "new_Parent" ("id", "name") SELECT "id", "name" FROM "Parent";
      DROP TABLE "Parent";
      ALTER TABLE "new_Parent" RENAME TO "Parent";
      PRAGMA foreign_keys=ON;
      PRAGMA defer_foreign_keys=OFF;`);
    const file = join(root, "m.db");
    expect(migrate(`file:${file}`, dir)).toEqual(["1_init", "2_rebuild"]);
    const db = new Database(file);
    expect(db.prepare(`SELECT count(*) FROM "Child"`).pluck().get()).toBe(1);
    db.close();
  });

  it("refuses a migration that leaves broken foreign keys, and records nothing of it", () => {
    const root = mkdtempSync(join(tmpdir(), "mamandyq-mig-"));
    const dir = join(root, "migrations");
    mkdirSync(join(dir, "1_bad"), { recursive: true });
    writeFileSync(
      join(dir, "1_bad", "migration.sql"),
      `CREATE TABLE "P" ("id" INTEGER PRIMARY KEY);
       CREATE TABLE "C" ("id" INTEGER PRIMARY KEY, "pId" INTEGER REFERENCES "P" ("id"));
       INSERT INTO "C" VALUES (1, 99);`,
    );
    const file = join(root, "m.db");
    expect(() => migrate(`file:${file}`, dir)).toThrow(/foreign key/);
    const db = new Database(file);
    expect(db.prepare("SELECT count(*) FROM _prisma_migrations").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'C'").pluck().get()).toBe(0);
    db.close();
  });

  it("names the preview of imports confirmed before the audit index in their entityId", () => {
    const root = mkdtempSync(join(tmpdir(), "mamandyq-mig-"));
    const all = new URL("../prisma/migrations/", import.meta.url).pathname;
    const names = readdirSync(all).filter((n) => /^\d/.test(n)).sort();
    const index = names.indexOf("20261207172929_audit_action_entity");
    const before = join(root, "before");
    for (const n of names.slice(0, index)) cpSync(join(all, n), join(before, n), { recursive: true });
    const file = join(root, "m.db");
    migrate(`file:${file}`, before);
    const db = new Database(file);
    const insert = db.prepare(`INSERT INTO "AuditLog" ("action", "entity", "details") VALUES (?, ?, ?)`);
    insert.run("import", "events", JSON.stringify({ file: "a.csv", rows: 1, preview: "p-123" }));
    insert.run("import", "events", JSON.stringify({ file: "cli.csv", rows: 1, via: "cli" }));
    insert.run("event.update", "Event", "not json");
    db.close();
    migrate(`file:${file}`);
    const after = new Database(file);
    expect(after.prepare(`SELECT "entityId" FROM "AuditLog" ORDER BY "id"`).pluck().all()).toEqual(["p-123", null, null]);
    after.close();
  });
});
