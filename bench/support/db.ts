// The benchmark's database: a real SQLite file in a temp dir, migrated and seeded with the
// regions and the demo catalogue, plus a second client on the same file that counts queries.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { applyConnectionSettings, createDb, sqlitePath, type Db } from "../../src/db/client.ts";
import { registerSyncDb, SyncDb } from "../../src/db/sqlite.ts";
import { migrate } from "../../src/db/migrate.ts";
import { createLock, withTransactionGate } from "../../src/db/transaction-gate.ts";
import { registerWriteWatch, withWriteWatch, WriteWatch } from "../../src/db/write-watch.ts";
import { seedDemo } from "../../src/db/seed/index.ts";
import { PrismaClient } from "../../src/generated/prisma/client.ts";

export interface BenchDb {
  db: Db;
  url: string;
  /** The `now` the demo was seeded with (the bots' clock stays there). */
  seededAt: Date;
  /** Deletes every sign-up (between rounds; see below). */
  clearSignups(): Promise<void>;
  cleanup(): Promise<void>;
}

export async function benchDb(): Promise<BenchDb> {
  const dir = mkdtempSync(join(tmpdir(), "mamandyq-bench-"));
  const url = `file:${join(dir, "bench.db")}`;
  migrate(url);
  const db = await createDb(url, { backgroundCheckpoints: true }); // as the bot's (src/app.ts)
  const seededAt = new Date();
  await seedDemo(db, seededAt);
  // Thousands of simulated users sign up for the same few demo courses: room for all of them,
  // so every sign-up ends "pending" as for a course with free seats (not on the waitlist).
  // Some demo courses have their deadline behind them (the card then has no sign-up button):
  // registration stays open until the start, so any course of the list can be signed up for.
  await db.course.updateMany({ data: { capacity: 1_000_000 } });
  await db.$executeRawUnsafe(`UPDATE "Course" SET "registrationDeadline" = "startsAt"`);
  return {
    db,
    url,
    seededAt,
    // A real course holds at most its capacity (tens) in seat-taking sign-ups, the rest wait
    // on the waitlist. With the raised capacities every round would pile a thousand more onto
    // the same few courses, and counting seats (an index range per course, on every course
    // list and card) would slow down round after round: by the last rounds of a full run it
    // took 3–4 ms at a time. Rounds therefore start with no sign-ups. The bots' caches need
    // not hear of it: seat counts are never cached.
    async clearSignups() {
      await db.registration.deleteMany();
    },
    async cleanup() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A second client on the same file made like createDb's but without the write watch, so the
 * user, catalog and dialog caches stay off: the bot as it was before them, for a before/after
 * in the same run. Never used at the same time as the main client (one bot at a time).
 */
export async function uncachedDb(url: string): Promise<Db> {
  const gate = createLock();
  const db = new PrismaClient({ adapter: withTransactionGate(new PrismaBetterSQLite3({ url }), gate) });
  registerSyncDb(db, new SyncDb(sqlitePath(url), gate));
  await applyConnectionSettings(db);
  return db;
}

export interface CountingHooks {
  /** A Prisma call, as "model.operation" ("$raw.$queryRaw" etc. for raw ones). */
  onPrismaCall(operation: string): void;
  /** One SQL statement sent to SQLite (Prisma's `query` log event). */
  onSql(): void;
  /** One statement on the synchronous connection (src/db/sqlite.ts), not through Prisma. */
  onSyncSql(sql: string): void;
}

/**
 * A client on the same file that reports every Prisma call (a `$allOperations` query
 * extension) and every SQL statement it turns into (Prisma's `query` log events). Only used in
 * the untimed warm-up round: the extension costs time. The hooks run in the caller's async
 * context, so AsyncLocalStorage can attribute them to the update being handled.
 */
export async function countingDb(url: string, hooks: CountingHooks): Promise<{ db: Db; disconnect(): Promise<void> }> {
  // With a write watch like createDb's, so the user and catalog caches work as in the real bot.
  const watch = new WriteWatch();
  const gate = createLock();
  const base = new PrismaClient({
    adapter: withTransactionGate(withWriteWatch(new PrismaBetterSQLite3({ url }), watch), gate),
    log: [{ emit: "event", level: "query" }],
  });
  await applyConnectionSettings(base);
  base.$on("query", () => hooks.onSql());
  const counted = base.$extends({
    query: {
      $allOperations({ model, operation, args, query }) {
        hooks.onPrismaCall(`${model ?? "$raw"}.${operation}`);
        return query(args);
      },
    },
  });
  // The extended client has the same model API; the bot only uses that part of Db.
  registerWriteWatch(counted, watch);
  const sync = new SyncDb(sqlitePath(url), gate, watch, { onStatement: (sql) => hooks.onSyncSql(sql) });
  registerSyncDb(counted, sync);
  return {
    db: counted as unknown as Db,
    disconnect: async () => {
      sync.close();
      await base.$disconnect();
    },
  };
}
