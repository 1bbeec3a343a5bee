// A fresh, migrated SQLite file per test file (no database mocks).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type Db } from "../../src/db/client.ts";
import { migrate } from "../../src/db/migrate.ts";
import { seedRegions } from "../../src/db/seed/index.ts";

export interface TestDb {
  db: Db;
  url: string;
  cleanup(): Promise<void>;
}

export async function freshDb(opts: { regions?: boolean } = {}): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), "mamandyq-test-"));
  const url = `file:${join(dir, "test.db")}`;
  migrate(url);
  const db = await createDb(url);
  if (opts.regions !== false) await seedRegions(db);
  return {
    db,
    url,
    async cleanup() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Empties what reminder planning reads and writes (children first), for tests that plan again and again. */
export async function clearPlanning(db: Db): Promise<void> {
  await db.delivery.deleteMany();
  await db.fanout.deleteMany();
  await db.watch.deleteMany();
  await db.subscription.deleteMany();
}
