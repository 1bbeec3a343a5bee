// The synchronous connection (src/db/sqlite.ts) and the background checkpointer
// (src/db/checkpointer.ts): transactions that commit or roll back whole, take their turn behind
// Prisma's open transactions, store values as Prisma does and tell the caches of their writes.
import { statSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { createDb, sqlitePath } from "../src/db/client.ts";
import { syncDbOf } from "../src/db/sqlite.ts";
import { writeWatchOf, type WriteEvent } from "../src/db/write-watch.ts";
import { setUserLocale, touchUser } from "../src/domain/users.ts";
import { freshDb, type TestDb } from "./support/db.ts";

let t: TestDb;
beforeAll(async () => {
  t = await freshDb({ regions: false });
});
afterAll(() => t.cleanup());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const region = (code: string) => [code, code, code, code] as const;
const INSERT_REGION = `INSERT INTO "Region" ("code", "nameKk", "nameRu", "nameEn") VALUES (?, ?, ?, ?)`;
const codes = async () => (await t.db.region.findMany({ orderBy: { code: "asc" } })).map((r) => r.code);

describe("synchronous connection", () => {
  it("commits a write transaction whole, or nothing when it throws", async () => {
    const sync = syncDbOf(t.db);
    await sync.write((w) => {
      w.run(INSERT_REGION, ...region("a1"));
      w.run(INSERT_REGION, ...region("a2"));
    });
    await expect(
      sync.write((w) => {
        w.run(INSERT_REGION, ...region("b1"));
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    // A duplicate key fails the statement: the earlier one of the same transaction is undone too.
    await expect(sync.write((w) => void [w.run(INSERT_REGION, ...region("c1")), w.run(INSERT_REGION, ...region("a1"))])).rejects.toThrow(/UNIQUE/);
    expect(await codes()).toEqual(["a1", "a2"]);
  });

  it("refuses an async transaction function and rolls back what it began; its later writes fail", async () => {
    const sync = syncDbOf(t.db);
    let late: unknown;
    await expect(
      sync.write(async (w) => {
        w.run(INSERT_REGION, ...region("d1"));
        await sleep(1);
        try {
          w.run(INSERT_REGION, ...region("d2")); // outside any transaction: refused
        } catch (err) {
          late = err;
        }
      }),
    ).rejects.toThrow(/synchronous/);
    await sleep(20);
    expect(String(late)).toMatch(/transaction is over/);
    expect(await codes()).not.toContain("d1");
    expect(await codes()).not.toContain("d2");
  });

  it("waits for an open Prisma transaction instead of writing beside it", async () => {
    const order: string[] = [];
    const tx = t.db.$transaction(async (db) => {
      await db.region.create({ data: { code: "e1", nameKk: "e", nameRu: "e", nameEn: "e" } });
      await sleep(50);
      order.push("prisma commits");
    });
    await sleep(10);
    await syncDbOf(t.db).write((w) => {
      order.push("sync writes");
      w.run(INSERT_REGION, ...region("e2"));
    });
    await tx;
    expect(order).toEqual(["prisma commits", "sync writes"]);
    expect(await codes()).toEqual(expect.arrayContaining(["e1", "e2"]));
  });

  it("waits for another connection's write transaction without stopping the thread, then writes", async () => {
    const other = new Database(sqlitePath(t.url)); // another thread's or process's connection
    try {
      other.prepare("BEGIN IMMEDIATE").run();
      other.prepare(INSERT_REGION).run(...region("w1"));
      const write = syncDbOf(t.db).write((w) => w.run(INSERT_REGION, ...region("w2")));
      let settled = false;
      void write.then(() => (settled = true));
      // Timers keep firing meanwhile: the event loop is not asleep in SQLite's busy handler.
      let ticks = 0;
      for (let i = 0; i < 5; i++) {
        await sleep(5);
        ticks++;
      }
      expect(ticks).toBe(5);
      expect(settled).toBe(false);
      other.prepare("COMMIT").run();
      await write;
      expect(await codes()).toEqual(expect.arrayContaining(["w1", "w2"]));
    } finally {
      other.close();
    }
  });

  it("holds the write lock for no longer than its synchronous transaction", async () => {
    // Another thread's connection tries to write on every microtask turn while ours writes: it
    // must never find the file locked, i.e. no other code runs between our BEGIN and COMMIT.
    const other = new Database(sqlitePath(t.url));
    other.pragma("busy_timeout = 0");
    let locked = 0;
    const tryWrite = async () => {
      for (let i = 0; i < 50; i++) {
        await null;
        try {
          other.prepare("BEGIN IMMEDIATE").run();
          other.prepare("ROLLBACK").run();
        } catch {
          locked++;
        }
      }
    };
    try {
      await Promise.all([syncDbOf(t.db).write((w) => w.run(INSERT_REGION, ...region("w3"))), tryWrite()]);
      expect(locked).toBe(0);
      expect(await codes()).toContain("w3");
    } finally {
      other.close();
    }
  });

  it("stores dates and booleans as Prisma does, so Prisma reads them back", async () => {
    const at = new Date("2026-12-25T05:00:00.000Z");
    await syncDbOf(t.db).write((w) =>
      w.run(
        `INSERT INTO "User" ("telegramId", "firstName", "isActive", "blockedAt", "createdAt", "lastSeenAt") VALUES (?, ?, ?, ?, ?, ?)`,
        424242, "Dana", false, at, at, at,
      ),
    );
    const row = await t.db.user.findUniqueOrThrow({ where: { telegramId: 424242n } });
    expect(row).toMatchObject({ firstName: "Dana", isActive: false, blockedAt: at, createdAt: at });
    expect(await t.db.user.count({ where: { lastSeenAt: { gte: at } } })).toBe(1); // text comparison works too
  });

  it("reports writes to the write watch after commit, naming the user row, so the user cache follows", async () => {
    const events: WriteEvent[] = [];
    const off = writeWatchOf(t.db)!.on((e) => events.push(e));
    const now = new Date("2026-11-25T06:00:00Z");
    const user = await touchUser(t.db, { id: 515151, first_name: "Aruzhan" }, now);
    expect(user).toMatchObject({ firstName: "Aruzhan", telegramId: 515151n, isActive: true, locale: null, createdAt: now });
    // The row now comes from the cache; a locale change through the sync connection replaces it.
    expect(await touchUser(t.db, { id: 515151, first_name: "Aruzhan" }, now)).toBe(user);
    const changed = await setUserLocale(t.db, user.id, "kk");
    expect(changed.locale).toBe("kk");
    expect((await touchUser(t.db, { id: 515151, first_name: "Aruzhan" }, now)).locale).toBe("kk");
    // A write by someone else (raw SQL here) makes the cache read the row again.
    await t.db.$executeRaw`UPDATE "User" SET "locale" = 'en' WHERE "id" = ${user.id}`;
    expect((await touchUser(t.db, { id: 515151, first_name: "Aruzhan" }, now)).locale).toBe("en");
    off();
    expect(events.filter((e) => e.tables.includes("User")).length).toBeGreaterThanOrEqual(3);
  });
});

describe("background checkpoints", () => {
  it("a worker thread copies the log into the database file; the bot's commits do not", async () => {
    const db = await createDb(t.url, { backgroundCheckpoints: true });
    try {
      const path = sqlitePath(t.url);
      // Two thousand 4 KB rows: twice SQLite's usual 1,000-page checkpoint threshold.
      await syncDbOf(db).write((w) => {
        w.run(`CREATE TABLE "Ballast" ("x" TEXT)`);
        for (let i = 0; i < 2000; i++) w.run(`INSERT INTO "Ballast" VALUES (?)`, "x".repeat(4000));
      });
      const before = statSync(path).size;
      expect(before).toBeLessThan(4_000_000); // still in the log: no checkpoint in the commit
      await expect.poll(() => statSync(path).size, { timeout: 5_000, interval: 100 }).toBeGreaterThan(8_000_000);
      const raw = new Database(path, { readonly: true });
      expect(raw.prepare(`SELECT count(*) AS n FROM "Ballast"`).get()).toEqual({ n: 2000 });
      raw.close();
    } finally {
      await db.$disconnect();
    }
  });
});
