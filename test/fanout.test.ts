// Fan-out at send time (src/domain/reminders/fanout.ts): planners write one Fanout row per
// reminder/announcement; expansion turns it into Delivery rows a chunk of recipients at a time.
// The recipient set must equal the one-statement bulk insert's, survive a crash between (and
// inside) chunks, respect cancellation, read the audience at expansion time, and the delivery
// worker must drain it end to end.
import { Api } from "grammy";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDb } from "../src/db/client.ts";
import { startLocalBotApi, type LocalBotApi } from "../src/dev/bot-api/index.ts";
import { cancelEvent, updateEvent } from "../src/domain/events-editor/publish.ts";
import { audienceSql } from "../src/domain/reminders/audience.ts";
import { enqueueForAudience } from "../src/domain/reminders/bulk.ts";
import { expandFanouts, planFanout } from "../src/domain/reminders/fanout.ts";
import { planAnnouncements, planEventReminders } from "../src/domain/reminders/index.ts";
import { NO_ROLES } from "../src/domain/roles.ts";
import { buildSearchText } from "../src/domain/search.ts";
import { startDeliveryWorker } from "../src/jobs/delivery-worker.ts";
import { createLogger } from "../src/logger.ts";
import { FakeClock } from "./support/clock.ts";
import { clearPlanning, freshDb, type TestDb } from "./support/db.ts";

const HOUR = 3600_000;
const NOW = new Date("2026-11-25T04:00:00Z"); // 09:00 in Kazakhstan, outside quiet hours
const TOKEN = "7100000002:FANOUT-TEST-bbbbbbbbbbbbbbbbbbbbb";
const at = (h: number) => new Date(NOW.getTime() + h * HOUR);

let t: TestDb;
let bot: LocalBotApi;
let tg = 70_000;
let ext = 0;

beforeAll(async () => {
  t = await freshDb();
  bot = await startLocalBotApi();
});
afterAll(async () => {
  await bot?.close();
  await t?.cleanup();
});
beforeEach(async () => {
  await clearPlanning(t.db);
  await t.db.event.deleteMany();
  await t.db.user.deleteMany();
});

type Reach = "active" | "blocked" | "back" | "deleted";
async function user(reach: Reach = "active") {
  const telegramId = tg++;
  bot.addUser({ id: telegramId, first_name: `U${telegramId}`, language_code: "ru" });
  return t.db.user.create({
    data: {
      telegramId: BigInt(telegramId), locale: "ru", regionCode: "aktobe",
      isActive: reach === "active" || reach === "deleted",
      blockedAt: reach === "blocked" || reach === "back" ? at(-10) : null,
      lastSeenAt: reach === "back" ? at(-1) : at(-20),
      deletedAt: reach === "deleted" ? at(-2) : null,
    },
  });
}
const subscribe = (userId: number, o: { region?: string; frequency?: string } = {}) =>
  t.db.subscription.create({ data: { userId, topic: "events", regionCode: o.region ?? "aktobe", frequency: o.frequency ?? "instant", createdAt: at(-48) } });
const watch = (userId: number, eventId: number) => t.db.watch.create({ data: { userId, itemType: "event", itemId: eventId } });
async function event(startsInH = 20) {
  const titles = { titleKk: "Жәрмеңке", titleRu: "Ярмарка", titleEn: "Fair" };
  return t.db.event.create({
    data: {
      externalId: `f${ext++}`, regionCode: "aktobe", kind: "job_fair", ...titles, venue: "Дворец", startsAt: at(startsInH), endsAt: at(startsInH + 4),
      status: "published", publishedAt: at(-72), createdAt: at(-72), searchText: buildSearchText(...Object.values(titles)),
    },
  });
}
const recipients = async (kind = "event_reminder") =>
  (await t.db.delivery.findMany({ where: { kind }, orderBy: { userId: "asc" } })).map((d) => d.userId);

/**
 * 60 users: instant subscribers of the region, watchers, both, daily subscribers and other
 * regions (left out), and unreachable ones (blocked, deleted) next to a blocked one who came back.
 */
async function population(eventId: number) {
  const expected: number[] = [];
  for (let i = 0; i < 60; i++) {
    const reach: Reach = i % 7 === 3 ? "blocked" : i % 11 === 5 ? "deleted" : i % 13 === 4 ? "back" : "active";
    const u = await user(reach);
    const subscribed = i % 3 === 0;
    const watching = i % 5 === 0;
    if (subscribed) await subscribe(u.id);
    else if (i % 3 === 1) await subscribe(u.id, i % 2 ? { frequency: "daily" } : { region: "almaty" });
    if (watching) await watch(u.id, eventId);
    if ((subscribed || watching) && (reach === "active" || reach === "back")) expected.push(u.id);
  }
  return expected;
}

describe("planning fan-outs", () => {
  it("plans one row per reminder and announcement; a re-run plans nothing and expansion adds nothing more", async () => {
    const e = await event(20);
    const expected = await population(e.id);
    expect(await planEventReminders(t.db, NOW)).toBe(1);
    expect(await planAnnouncements(t.db, at(-71))).toBe(1); // published 72 h ago: announced then
    expect(await planEventReminders(t.db, NOW)).toBe(0);
    expect(await planAnnouncements(t.db, at(-71))).toBe(0);
    expect(await t.db.delivery.count()).toBe(0); // nothing materialised at planning time
    const first = await expandFanouts(t.db, NOW, Infinity);
    expect(first.added).toBe(expected.length + (await t.db.delivery.count({ where: { kind: "event_new" } })));
    expect(await expandFanouts(t.db, NOW, Infinity)).toMatchObject({ chunks: 0, added: 0 });
    expect(await planEventReminders(t.db, NOW)).toBe(0);
  });

  it("a fan-out due later is expanded only then, and its deliveries keep its time and urgency", async () => {
    const e = await event(20);
    const u = await user();
    await watch(u.id, e.id);
    await planFanout(t.db, { kind: "event_reminder", ref: "later", payload: { eventId: e.id, offsetH: 2 }, audience: { type: "watchers", itemType: "event", itemId: e.id }, now: NOW, notBefore: at(3), urgent: true });
    expect((await expandFanouts(t.db, NOW, Infinity)).chunks).toBe(0);
    expect((await expandFanouts(t.db, at(3), Infinity)).added).toBe(1);
    expect(await t.db.delivery.findFirstOrThrow({ where: { ref: "later" } })).toMatchObject({ userId: u.id, notBefore: at(3), urgent: true, payload: `{"eventId":${e.id},"offsetH":2}` });
  });
});

describe("expansion", () => {
  it("in chunks gives exactly the one-statement recipient set: watchers ∪ subscribers, reachable, once", async () => {
    const e = await event(20);
    const expected = await population(e.id);
    expect(expected.length).toBeGreaterThan(20);
    const spec = { type: "eventReminder", eventId: e.id, regionCode: "aktobe" } as const;
    // Reference: the previous design's single INSERT … SELECT over the same audience.
    await enqueueForAudience(t.db, { kind: "reference", ref: "r", payload: {}, now: NOW }, audienceSql(spec));
    expect(await recipients("reference")).toEqual(expected);

    await planEventReminders(t.db, NOW);
    const x = await expandFanouts(t.db, NOW, Infinity, 4);
    expect(x.added).toBe(expected.length);
    expect(x.chunks).toBeGreaterThan(expected.length / 4);
    expect(await recipients()).toEqual(expected);
    const f = await t.db.fanout.findFirstOrThrow();
    expect(f).toMatchObject({ status: "done", expanded: expected.length });
  });

  it("a crash inside a chunk rolls it back, one between chunks loses nothing; a restart finishes without duplicates", async () => {
    const e = await event(20);
    const expected = await population(e.id);
    await planEventReminders(t.db, NOW);
    // Stopped after a budget of 6 members (two chunks of 3): the cursor records how far it got.
    const part = await expandFanouts(t.db, NOW, 6, 3);
    expect(part).toMatchObject({ chunks: 2, members: 6 });
    const halfway = await t.db.fanout.findFirstOrThrow();
    expect(halfway.status).toBe("pending");
    expect(halfway.expanded).toBe(part.added);
    expect(await recipients()).toEqual(expected.filter((id) => id <= halfway.cursor));

    // A crash inside the next chunk's transaction (after its insert, before commit: a trigger
    // fails the cursor update): nothing of it stays.
    await t.db.$executeRawUnsafe(`CREATE TRIGGER "crash" BEFORE UPDATE OF "cursor" ON "Fanout" BEGIN SELECT RAISE(ABORT, 'crash'); END`);
    try {
      await expect(expandFanouts(t.db, NOW, 3, 3)).rejects.toThrow("crash");
    } finally {
      await t.db.$executeRawUnsafe(`DROP TRIGGER "crash"`);
    }
    expect(await t.db.fanout.findFirstOrThrow()).toMatchObject({ cursor: halfway.cursor, expanded: halfway.expanded, status: "pending" });
    expect(await t.db.delivery.count()).toBe(part.added);

    // A restarted process (its own client) carries on from the committed cursor.
    const restarted = await createDb(t.url);
    try {
      await expandFanouts(restarted, NOW, Infinity, 3);
    } finally {
      await restarted.$disconnect();
    }
    expect(await recipients()).toEqual(expected);
    expect(await t.db.fanout.findFirstOrThrow()).toMatchObject({ status: "done", expanded: expected.length });
  });

  it("reads the audience when expanding: later subscribers in, unsubscribed out; changes behind the cursor unseen", async () => {
    const early = await user(); // subscribes only once expansion has passed them
    const a = await user();
    const b = await user();
    await event(20);
    await subscribe(a.id);
    await subscribe(b.id);
    await planEventReminders(t.db, NOW);
    const late = await user();
    await subscribe(late.id); // after planning, before expansion: included
    await t.db.subscription.deleteMany({ where: { userId: b.id } }); // unsubscribed before expansion: left out
    await expandFanouts(t.db, NOW, 1, 1); // a's chunk
    await subscribe(early.id); // behind the cursor now: not seen
    await expandFanouts(t.db, NOW, Infinity);
    expect(await recipients()).toEqual([a.id, late.id]);
  });

  it("an unreadable stored audience cancels that fan-out and is reported; the others go on", async () => {
    const e = await event(20);
    const u = await user();
    await watch(u.id, e.id);
    const bad = await t.db.fanout.create({ data: { kind: "event_reminder", ref: "bad", notBefore: new Date(0), audience: `{"type":"everyone"}`, updatedAt: NOW } });
    await planFanout(t.db, { kind: "event_changed", ref: "ok", payload: { eventId: e.id }, audience: { type: "watchers", itemType: "event", itemId: e.id }, now: NOW });
    const x = await expandFanouts(t.db, NOW, Infinity);
    expect(x).toMatchObject({ invalid: [bad.id], added: 1 });
    expect(await t.db.fanout.findUniqueOrThrow({ where: { id: bad.id } })).toMatchObject({ status: "cancelled", expanded: 0 });
  });
});

describe("events editor and pending fan-outs", () => {
  const staff = { ...NO_ROLES, staffRegions: ["aktobe"] };

  it("cancelling an event stops its half-expanded reminder: the rest expands to nothing", async () => {
    const e = await event(20);
    const expected = await population(e.id);
    const actor = await user();
    await planEventReminders(t.db, NOW);
    const part = await expandFanouts(t.db, NOW, 10, 5);
    expect(part.added).toBeGreaterThan(0);
    expect(await cancelEvent(t.db, { actorId: actor.id, roles: staff, now: NOW, eventId: e.id })).toMatchObject({ ok: true });
    expect(await t.db.fanout.findUniqueOrThrow({ where: { kind_ref: { kind: "event_reminder", ref: `event:${e.id}:24h` } } })).toMatchObject({ status: "cancelled" });
    // The urgent "cancelled" notice to watchers was planned and expanded in the editor's transaction.
    const cancelledNotice = await t.db.fanout.findUniqueOrThrow({ where: { kind_ref: { kind: "event_cancelled", ref: `event:${e.id}:cancelled` } } });
    expect(cancelledNotice).toMatchObject({ status: "done", urgent: true });
    expect(await expandFanouts(t.db, NOW, Infinity)).toMatchObject({ chunks: 0, added: 0 });
    const reminders = await t.db.delivery.findMany({ where: { kind: "event_reminder" } });
    expect(reminders).toHaveLength(part.added);
    expect(reminders.every((d) => d.status === "cancelled")).toBe(true);
    expect(reminders.length).toBeLessThan(expected.length);
  });

  it("moving an event retires its unexpanded reminder, so the planner plans it again for the new time", async () => {
    const e = await event(20);
    const u = await user();
    await subscribe(u.id);
    await planEventReminders(t.db, NOW);
    const newStart = at(44);
    const draft = {
      regionCode: "aktobe", kind: "job_fair", title: { kk: "Жәрмеңке", ru: "Ярмарка", en: "Fair" }, description: { kk: "", ru: "Работодатели", en: "" },
      venue: "Дворец", address: "пр. Абилкайыр хана, 40", city: "Актобе", latitude: null, longitude: null,
      startsAt: newStart.toISOString(), endsAt: new Date(newStart.getTime() + 4 * HOUR).toISOString(), expectedVacancies: null, expectedEmployers: null,
    };
    const moved = await updateEvent(t.db, { actorId: u.id, roles: staff, now: NOW, eventId: e.id, draft, publish: true });
    expect(moved).toMatchObject({ ok: true });
    const old = await t.db.fanout.findFirstOrThrow({ where: { kind: "event_reminder" } });
    expect(old.status).toBe("cancelled");
    expect(old.ref).toMatch(new RegExp(`^event:${e.id}:24h:before:\\d+$`));
    expect(await expandFanouts(t.db, NOW, Infinity)).toMatchObject({ added: 0 });
    expect(await planEventReminders(t.db, at(21))).toBe(1);
    expect((await expandFanouts(t.db, at(21), Infinity)).added).toBe(1);
  });
});

it("the delivery worker expands and sends a fan-out end to end, a little at a time", async () => {
  const e = await event(20);
  const expected = await population(e.id);
  await planEventReminders(t.db, NOW);
  const clock = new FakeClock(NOW);
  const api = new Api(TOKEN, { apiRoot: bot.apiRoot });
  const before = bot.callsTo("sendMessage").length;
  const worker = startDeliveryWorker({ db: t.db, api, logger: createLogger("silent"), clock, intervalMs: 3_600_000, ratePerSecond: Infinity, expandBudget: 7 });
  try {
    expect(await worker.drainOnce()).toBe(expected.length);
  } finally {
    await worker.stop();
  }
  expect(bot.callsTo("sendMessage").length - before).toBe(expected.length);
  expect(await t.db.fanout.findFirstOrThrow()).toMatchObject({ status: "done", expanded: expected.length });
  const rows = await t.db.delivery.findMany({ where: { kind: "event_reminder" }, orderBy: { userId: "asc" } });
  expect(rows.map((d) => d.userId)).toEqual(expected);
  expect(rows.every((d) => d.status === "sent")).toBe(true);
});
