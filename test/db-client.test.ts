// Plain queries must not slip into an open interactive transaction (one shared connection).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "./support/db.ts";

let t: TestDb;
beforeAll(async () => {
  t = await freshDb({ regions: false });
});
afterAll(() => t.cleanup());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const region = (code: string) => ({ code, nameKk: code, nameRu: code, nameEn: code });

describe("database client", () => {
  it("keeps a plain write made during a transaction that rolls back", async () => {
    const tx = t.db
      .$transaction(async (db) => {
        await db.region.create({ data: region("inside") });
        await sleep(50);
        throw new Error("rollback");
      })
      .catch((err: Error) => err.message);
    await sleep(10);
    await t.db.region.create({ data: region("outside") });
    expect(await tx).toBe("rollback");
    expect((await t.db.region.findMany()).map((r) => r.code)).toEqual(["outside"]);
  });

  it("never shows a plain read the uncommitted rows of an open transaction", async () => {
    let seen: string[] = [];
    await Promise.all([
      t.db.$transaction(async (db) => {
        await db.region.create({ data: region("pending") });
        await sleep(30);
        throw new Error("rollback");
      }).catch(() => undefined),
      sleep(5).then(async () => {
        seen = (await t.db.region.findMany()).map((r) => r.code);
      }),
    ]);
    expect(seen).not.toContain("pending");
  });

  it("still runs transactions one after another and commits them", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.db.$transaction(async (db) => {
          const n = await db.region.count();
          await db.region.create({ data: region(`r${i}-${n}`) });
        }),
      ),
    );
    const codes = (await t.db.region.findMany()).map((r) => r.code);
    expect(codes).toHaveLength(21);
    // Each transaction saw the one before it committed: counts 1..20 all distinct.
    expect(new Set(codes.filter((c) => c.startsWith("r")).map((c) => c.split("-")[1])).size).toBe(20);
  });
});
