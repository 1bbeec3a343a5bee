import { mkdtempSync } from "node:fs";
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
});
