// The in-process caches of update handling (user rows, catalog answers, dialog state) must
// never answer differently from the database: writes from anywhere in the process are seen
// by the client's write watch, and catalog answers expire when the clock crosses a row's
// posted/expiry time.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freshDb, type TestDb } from "./support/db.ts";
import { writtenTables } from "../src/db/write-watch.ts";
import { touchUser, setUserLocale } from "../src/domain/users.ts";
import { listOpenVacancies, getVacancy } from "../src/domain/catalog/vacancies.ts";
import { CATALOG_TTL_MS, MAX_ENTRIES, cachedCatalogRead, entryExpiry, invalidateCatalog } from "../src/domain/catalog/cache.ts";
import { buildSearchText } from "../src/domain/search.ts";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../src/generated/prisma/client.ts";

const NOW = new Date("2026-11-25T06:00:00Z");
const MIN = 60_000;
const at = (ms: number) => new Date(NOW.getTime() + ms);

let t: TestDb;
beforeAll(async () => {
  t = await freshDb();
});
afterAll(() => t.cleanup());

describe("write watch", () => {
  it("tells the tables a statement writes", () => {
    expect(writtenTables("SELECT * FROM `main`.`User`")).toEqual([]);
    expect(writtenTables("INSERT INTO `main`.`User` (`a`) VALUES (?) ON CONFLICT (`telegramId`) DO UPDATE SET `a` = ?")).toEqual(["User"]);
    expect(writtenTables('WITH x AS (SELECT 1) INSERT INTO "Delivery" SELECT * FROM x')).toEqual(["Delivery"]);
    expect(writtenTables('UPDATE "Course" SET "capacity" = "capacity" WHERE 0')).toEqual(["Course"]);
    expect(writtenTables("CREATE TABLE x (a int)")).toEqual(["*"]);
  });
});

describe("user rows", () => {
  const from = { id: 501, first_name: "Aru" };

  it("writes once a minute while nothing changes, and the row stays current", async () => {
    const first = await touchUser(t.db, from, NOW);
    const again = await touchUser(t.db, from, at(30_000));
    expect(again).toBe(first); // from memory
    expect((await t.db.user.findUniqueOrThrow({ where: { id: first.id } })).lastSeenAt).toEqual(NOW);
    await touchUser(t.db, from, at(MIN));
    expect((await t.db.user.findUniqueOrThrow({ where: { id: first.id } })).lastSeenAt).toEqual(at(MIN));
    // A changed Telegram profile is written at once.
    expect((await touchUser(t.db, { ...from, username: "aru" }, at(MIN + 1))).username).toBe("aru");
  });

  it("sees writes made elsewhere: blocked by the outbox, then writing again, is active at once", async () => {
    const u = await touchUser(t.db, { id: 502, first_name: "Dana" }, NOW);
    await touchUser(t.db, { id: 502, first_name: "Dana" }, at(1000));
    // What the outbox does on a 403 (src/domain/outbox.ts), not through users.ts.
    await t.db.user.update({ where: { id: u.id }, data: { isActive: false, blockedAt: at(2000) } });
    const back = await touchUser(t.db, { id: 502, first_name: "Dana" }, at(3000));
    expect(back.isActive).toBe(true);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: u.id } })).toMatchObject({ isActive: true, blockedAt: null });
    // Raw SQL on the table forgets everyone.
    await t.db.$executeRawUnsafe(`UPDATE "User" SET "phone" = '+77010000000' WHERE "id" = ${u.id}`);
    expect((await touchUser(t.db, { id: 502, first_name: "Dana" }, at(4000))).phone).toBe("+77010000000");
  });

  it("keeps the row its own writes return", async () => {
    const u = await touchUser(t.db, { id: 503, first_name: "Erlan" }, NOW);
    await setUserLocale(t.db, u.id, "kk");
    expect((await touchUser(t.db, { id: 503, first_name: "Erlan" }, at(1000))).locale).toBe("kk");
  });
});

describe("catalog answers", () => {
  let employerId: number;
  const vacancy = (title: string, postedAt: Date, expiresAt: Date) =>
    t.db.vacancy.create({
      data: { externalId: `v-${title}`, employerId, regionCode: "aktobe", titleRu: title, sector: "oil_gas", postedAt, expiresAt, searchText: buildSearchText(title) },
    });
  const titles = async (now: Date) =>
    (await listOpenVacancies(t.db, { regionCode: "aktobe", workingOnly: false, now, page: 0 })).items.map((v) => v.titleRu).sort();

  beforeAll(async () => {
    employerId = (await t.db.employer.create({ data: { externalId: "e1", regionCode: "aktobe", name: "ACME", sector: "oil_gas" } })).id;
  });

  it("follow writes, and the clock crossing a posted or expiry time", async () => {
    await vacancy("A", at(-MIN), at(10 * MIN));
    expect(await titles(NOW)).toEqual(["A"]);
    const b = await vacancy("B", at(-MIN), at(20 * MIN));
    expect(await titles(NOW)).toEqual(["A", "B"]); // the insert was seen
    await vacancy("C", at(5 * MIN), at(30 * MIN));
    expect(await titles(at(4 * MIN))).toEqual(["A", "B"]);
    expect(await titles(at(5 * MIN))).toEqual(["A", "B", "C"]); // posted now
    expect(await titles(at(10 * MIN))).toEqual(["B", "C"]); // A expired
    await t.db.vacancy.update({ where: { id: b.id }, data: { titleRu: "B2" } });
    expect((await getVacancy(t.db, b.id))?.titleRu).toBe("B2");
    expect(await titles(at(10 * MIN))).toEqual(["B2", "C"]);
  });

  it("miss writes of other clients (the import CLI) until invalidateCatalog or the TTL", async () => {
    expect(await titles(at(11 * MIN))).toEqual(["B2", "C"]);
    const other = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: t.url }) });
    try {
      await other.vacancy.updateMany({ where: { titleRu: "C" }, data: { titleRu: "C2" } });
    } finally {
      await other.$disconnect();
    }
    expect(await titles(at(11 * MIN))).toEqual(["B2", "C"]);
    invalidateCatalog();
    expect(await titles(at(11 * MIN))).toEqual(["B2", "C2"]);
  });
});

describe("catalog cache entries", () => {
  const counted = () => {
    let loads = 0;
    return { load: async () => ++loads, get loads() { return loads; } };
  };

  it("live for 3/4 to all of the TTL, spread, so entries read together do not expire together", () => {
    expect(entryExpiry(1000, () => 0)).toBe(1000 + 0.75 * CATALOG_TTL_MS);
    expect(entryExpiry(1000, () => 0.999999)).toBeLessThanOrEqual(1000 + CATALOG_TTL_MS);
    const spread = new Set(Array.from({ length: 100 }, () => Math.floor(entryExpiry(0) / 1000)));
    expect(spread.size).toBeGreaterThan(4);
  });

  it("are read again once their time to live is over, not before", async () => {
    const start = Date.now();
    const clock = vi.spyOn(Date, "now").mockReturnValue(start);
    try {
      const c = counted();
      const read = () => cachedCatalogRead(t.db, "test.ttl", ["Region"], null, c.load);
      expect(await read()).toBe(1);
      clock.mockReturnValue(start + 0.75 * CATALOG_TTL_MS - 1);
      expect(await read()).toBe(1);
      clock.mockReturnValue(start + CATALOG_TTL_MS);
      expect(await read()).toBe(2);
    } finally {
      clock.mockRestore();
    }
  });

  it("past MAX_ENTRIES, only the least recently stored one is dropped", async () => {
    const c = counted();
    const read = (i: number) => cachedCatalogRead(t.db, `test.many:${i}`, ["Region"], null, c.load);
    for (let i = 0; i <= MAX_ENTRIES; i++) await read(i);
    expect(c.loads).toBe(MAX_ENTRIES + 1);
    await read(MAX_ENTRIES); // the newest: still there
    await read(1); // the second oldest: still there
    expect(c.loads).toBe(MAX_ENTRIES + 1);
    await read(0); // the oldest went for the last one
    expect(c.loads).toBe(MAX_ENTRIES + 2);
  });
});
