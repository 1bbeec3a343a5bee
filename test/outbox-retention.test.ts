// The outbox's retention (src/domain/outbox-retention.ts): finished deliveries and fan-outs
// older than the retention period go, everything still to be sent stays, a broadcast keeps its
// report, and planning does not plan again what was purged — on a real SQLite file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "./support/db.ts";
import { OUTBOX_RETENTION_MS, purgeOutbox } from "../src/domain/outbox-retention.ts";
import { broadcastReport, broadcastReports } from "../src/domain/broadcasts/index.ts";
import { planRemindersAndNews } from "../src/domain/reminders/index.ts";
import { expandFanouts } from "../src/domain/reminders/fanout.ts";
import { buildSearchText } from "../src/domain/search.ts";
import { schedulerJobs } from "../src/jobs/scheduler.ts";

const NOW = new Date("2026-11-25T06:00:00Z");
const DAY = 24 * 3600_000;
const daysAgo = (d: number) => new Date(NOW.getTime() - d * DAY);
const OLD = daysAgo(91);
const RECENT = daysAgo(89);

let t: TestDb;
let tg = 1;
let ref = 1;
const user = () => t.db.user.create({ data: { telegramId: BigInt(tg++), locale: "ru", regionCode: "aktobe" } });

async function delivery(userId: number, status: string, updatedAt: Date, broadcastId: number | null = null) {
  return t.db.delivery.create({ data: { kind: broadcastId ? "broadcast" : "status", ref: `r${ref++}`, userId, status, broadcastId, notBefore: new Date(0), createdAt: updatedAt, updatedAt } });
}

async function broadcast(status: string, finishedAt: Date | null, authorId: number) {
  return t.db.broadcast.create({ data: { createdById: authorId, text: "Hello", status, finishedAt, audience: JSON.stringify({ regions: ["aktobe"] }) } });
}

const count = () => t.db.delivery.count();

beforeAll(async () => {
  t = await freshDb();
});
afterAll(() => t.cleanup());

describe("purgeOutbox", () => {
  it("deletes finished deliveries older than the retention, keeps recent ones and everything still to be sent", async () => {
    const u = await user();
    const old = await Promise.all(["sent", "failed", "blocked", "cancelled"].map((s) => delivery(u.id, s, OLD)));
    const kept = [
      ...(await Promise.all(["sent", "failed", "blocked", "cancelled"].map((s) => delivery(u.id, s, RECENT)))),
      await delivery(u.id, "pending", OLD), // retried for months is unlikely, but it is still to be sent
      await delivery(u.id, "sending", OLD),
    ];
    const r = await purgeOutbox(t.db, NOW);
    expect(r).toEqual({ reportsKept: 0, deliveries: old.length, fanouts: 0 });
    const left = await t.db.delivery.findMany({ select: { id: true } });
    expect(left.map((d) => d.id).sort()).toEqual(kept.map((d) => d.id).sort());
    expect(await purgeOutbox(t.db, NOW)).toEqual({ reportsKept: 0, deliveries: 0, fanouts: 0 }); // idempotent
  });

  it("goes through more rows than one statement deletes", async () => {
    const u = await user();
    const n = 4_500; // a little over two chunks
    await t.db.delivery.createMany({ data: Array.from({ length: n }, (_, i) => ({ kind: "status", ref: `many:${i}`, userId: u.id, status: "sent", createdAt: OLD, updatedAt: OLD })) });
    await t.db.delivery.create({ data: { kind: "status", ref: "many:recent", userId: u.id, status: "sent", updatedAt: RECENT } });
    expect((await purgeOutbox(t.db, NOW)).deliveries).toBe(n);
    expect(await t.db.delivery.count({ where: { userId: u.id } })).toBe(1);
  });

  it("keeps a finished broadcast's report on its row before its deliveries go; a broadcast still sending keeps them", async () => {
    const author = await user();
    const done = await broadcast("done", OLD, author.id);
    const sending = await broadcast("sending", null, author.id);
    const fresh = await broadcast("done", RECENT, author.id);
    for (const [b, statuses] of [
      [done, ["sent", "sent", "sent", "blocked", "failed"]],
      [sending, ["sent", "sent", "pending"]],
      [fresh, ["sent"]],
    ] as const) {
      for (const s of statuses) await delivery((await user()).id, s, OLD, b.id);
    }
    const before = await broadcastReports(t.db, [done.id, sending.id, fresh.id]);
    expect(before.get(done.id)).toMatchObject({ sent: 3, blocked: 1, failed: 1, total: 5 });
    const rowsBefore = await count();

    const r = await purgeOutbox(t.db, NOW);
    expect(r).toEqual({ reportsKept: 1, deliveries: 5, fanouts: 0 });
    expect(await count()).toBe(rowsBefore - 5);
    expect(await t.db.delivery.count({ where: { broadcastId: done.id } })).toBe(0);
    expect(await t.db.delivery.count({ where: { broadcastId: sending.id } })).toBe(3);
    // The reports read the same as before the purge.
    expect(await broadcastReports(t.db, [done.id, sending.id, fresh.id])).toEqual(before);
    expect(await broadcastReport(t.db, done.id)).toEqual(before.get(done.id));
    expect(await purgeOutbox(t.db, NOW)).toEqual({ reportsKept: 0, deliveries: 0, fanouts: 0 });
  });

  it("deletes finished fan-outs older than the retention; planning does not plan them again", async () => {
    // An event that started 95 days ago: its 24-hour reminder was planned, expanded and sent then.
    const titles = { titleKk: "Жәрмеңке", titleRu: "Ярмарка", titleEn: "Fair" };
    const e = await t.db.event.create({
      data: {
        externalId: "e-old", regionCode: "aktobe", kind: "job_fair", ...titles, startsAt: daysAgo(95), endsAt: daysAgo(95),
        publishedAt: daysAgo(100), createdAt: daysAgo(100), searchText: buildSearchText(...Object.values(titles)),
      },
    });
    const watcher = await user();
    await t.db.watch.create({ data: { userId: watcher.id, itemType: "event", itemId: e.id } });
    const then = new Date(daysAgo(95).getTime() - 20 * 3600_000);
    expect((await planRemindersAndNews(t.db, then)).events).toBe(1);
    expect((await expandFanouts(t.db, then, 100)).added).toBe(1);
    await t.db.delivery.updateMany({ where: { kind: "event_reminder" }, data: { status: "sent", sentAt: then, updatedAt: then } });
    await t.db.fanout.updateMany({ data: { updatedAt: then } });
    const pending = await t.db.fanout.create({ data: { kind: "event_new", ref: "event:999", notBefore: OLD, audience: "{}", updatedAt: OLD } });
    const recentDone = await t.db.fanout.create({ data: { kind: "event_new", ref: "event:998", notBefore: RECENT, audience: "{}", status: "done", updatedAt: RECENT } });

    const r = await purgeOutbox(t.db, NOW);
    expect(r).toMatchObject({ fanouts: 1, deliveries: 1 });
    expect((await t.db.fanout.findMany({ select: { id: true } })).map((f) => f.id).sort()).toEqual([pending.id, recentDone.id].sort());
    expect(await planRemindersAndNews(t.db, NOW)).toEqual({ events: 0, courses: 0, news: 0 });
  });

  it("runs daily as the scheduler's purge-outbox job, with a 90-day retention", () => {
    expect(OUTBOX_RETENTION_MS).toBe(90 * DAY);
    const job = schedulerJobs(t.db).find((j) => j.name === "purge-outbox");
    expect(job?.cron).toBe("45 3 * * *");
  });
});
