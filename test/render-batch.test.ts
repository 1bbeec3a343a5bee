// RenderBatch (src/bot/notifications/batch.ts): reads shared by the renderings of one claimed
// batch of deliveries — loaded once per key, a failed load retried, per-recipient checks asked
// once for the whole batch and for an outsider on their own.
import { describe, expect, it } from "vitest";
import { RenderBatch } from "../src/bot/notifications/index.ts";
import type { ClaimedDelivery } from "../src/domain/outbox.ts";

const delivery = (id: number, userId: number) => ({ id, userId, kind: "event_new" }) as ClaimedDelivery;
const batch = () => new RenderBatch([delivery(1, 10), delivery(2, 11), delivery(3, 10), delivery(4, 12)]);

describe("RenderBatch", () => {
  it("runs a load once per key", async () => {
    const b = batch();
    let loads = 0;
    const load = async () => ++loads;
    expect(await Promise.all([b.once("event:1", load), b.once("event:1", load), b.once("event:2", load)])).toEqual([1, 1, 2]);
    expect(loads).toBe(2);
  });

  it("forgets a failed load, so the next rendering tries again", async () => {
    const b = batch();
    await expect(b.once("k", () => Promise.reject(new Error("database busy")))).rejects.toThrow("database busy");
    expect(await b.once("k", async () => "ok")).toBe("ok");
  });

  it("answers a per-recipient check for the whole batch with one query, and an outsider with their own", async () => {
    const b = batch();
    const asked: number[][] = [];
    const subscribed = new Set([10, 12, 99]);
    const find = async (userIds: number[]) => {
      asked.push(userIds);
      return userIds.filter((u) => subscribed.has(u)).map((userId) => ({ userId }));
    };
    expect(await b.has("instant:aktobe:events", 10, find)).toBe(true);
    expect(await b.has("instant:aktobe:events", 11, find)).toBe(false);
    expect(await b.has("instant:aktobe:events", 12, find)).toBe(true);
    expect(asked).toEqual([[10, 11, 12]]);
    expect(await b.has("instant:aktobe:events", 99, find)).toBe(true); // not in the batch
    expect(asked).toEqual([[10, 11, 12], [99]]);
    expect(await b.has("instant:aktobe:courses", 11, find)).toBe(false); // another check, its own query
    expect(asked).toHaveLength(3);
  });
});
