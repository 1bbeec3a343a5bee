import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  inQuietHours,
  isWatching,
  listSubscriptions,
  quietPresetOf,
  setQuietHours,
  setWatch,
  stopAll,
  subscribe,
  unsubscribe,
  unsubscribeTopic,
  updateSubscription,
} from "../src/domain/subscriptions.ts";
import { buildSearchText } from "../src/domain/search.ts";
import { freshDb, type TestDb } from "./support/db.ts";

let t: TestDb;
let alice: number;
let bob: number;
let eventId: number;
let courseId: number;

beforeAll(async () => {
  t = await freshDb();
  alice = (await t.db.user.create({ data: { telegramId: 1n, regionCode: "aktobe" } })).id;
  bob = (await t.db.user.create({ data: { telegramId: 2n } })).id;
  const e = await t.db.event.create({
    data: {
      externalId: "ev-1", kind: "job_fair", regionCode: "aktobe", titleRu: "Ярмарка", city: "Актобе",
      startsAt: new Date("2026-12-01T05:00:00Z"), endsAt: new Date("2026-12-01T09:00:00Z"), searchText: buildSearchText("Ярмарка"),
    },
  });
  eventId = e.id;
  const p = await t.db.provider.create({ data: { externalId: "p-1", nameRu: "Колледж" } });
  const c = await t.db.course.create({
    data: {
      externalId: "c-1", regionCode: "aktobe", providerId: p.id, titleRu: "Сварка", sector: "construction", format: "offline",
      durationWeeks: 4, startsAt: new Date("2026-12-10T04:00:00Z"), registrationDeadline: new Date("2026-12-05T18:00:00Z"),
      capacity: 10, searchText: buildSearchText("Сварка"),
    },
  });
  courseId = c.id;
});
afterAll(() => t.cleanup());

describe("subscriptions", () => {
  it("subscribe is an upsert by user + region + topic and keeps existing settings", async () => {
    const first = await subscribe(t.db, alice, "aktobe", "vacancies");
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.subscription).toMatchObject({ frequency: "instant", digestHour: 9, sector: null, workingOnly: false });
    await updateSubscription(t.db, alice, first.subscription.id, { frequency: "daily", digestHour: 18 });
    const again = await subscribe(t.db, alice, "aktobe", "vacancies");
    expect(again.ok && again.subscription).toMatchObject({ id: first.subscription.id, frequency: "daily", digestHour: 18 });
    expect(await t.db.subscription.count({ where: { userId: alice } })).toBe(1);
  });

  it("refuses unknown regions and topics without writing", async () => {
    expect(await subscribe(t.db, alice, "atlantis", "vacancies")).toEqual({ ok: false, error: "region" });
    expect(await subscribe(t.db, alice, "aktobe", "weather")).toEqual({ ok: false, error: "topic" });
    expect(await t.db.subscription.count({ where: { userId: alice } })).toBe(1);
  });

  it("lists by region, then in topic order", async () => {
    await subscribe(t.db, alice, "aktobe", "events");
    await subscribe(t.db, alice, "almaty", "admission");
    await subscribe(t.db, alice, "aktobe", "courses");
    const list = await listSubscriptions(t.db, alice);
    expect(list.map((s) => `${s.regionCode}/${s.topic}`)).toEqual(["aktobe/vacancies", "aktobe/events", "aktobe/courses", "almaty/admission"]);
  });

  it("validates settings: vacancy filters only on vacancies, known sector/hour/frequency, own rows only", async () => {
    const [vac, ev] = await listSubscriptions(t.db, alice);
    expect(await updateSubscription(t.db, alice, vac!.id, { sector: "it", workingOnly: true })).toMatchObject({ sector: "it", workingOnly: true });
    expect(await updateSubscription(t.db, alice, ev!.id, { sector: "it" })).toBeNull();
    expect(await updateSubscription(t.db, alice, vac!.id, { sector: "astrology" as never })).toBeNull();
    expect(await updateSubscription(t.db, alice, vac!.id, { digestHour: 3 })).toBeNull();
    expect(await updateSubscription(t.db, alice, vac!.id, { frequency: "hourly" as never })).toBeNull();
    expect(await updateSubscription(t.db, bob, vac!.id, { workingOnly: false })).toBeNull();
    expect(await unsubscribe(t.db, bob, vac!.id)).toBe(false);
    expect(await t.db.subscription.findUniqueOrThrow({ where: { id: vac!.id } })).toMatchObject({ sector: "it", workingOnly: true, digestHour: 18 });
    expect(await t.db.subscription.findUniqueOrThrow({ where: { id: ev!.id } })).toMatchObject({ sector: null });
    expect(await updateSubscription(t.db, alice, vac!.id, { sector: null })).toMatchObject({ sector: null });
  });

  it("unsubscribes one topic or one id", async () => {
    expect(await unsubscribeTopic(t.db, alice, "aktobe", "courses")).toBe(true);
    expect(await unsubscribeTopic(t.db, alice, "aktobe", "courses")).toBe(false);
    const almaty = (await listSubscriptions(t.db, alice)).find((s) => s.regionCode === "almaty")!;
    expect(await unsubscribe(t.db, alice, almaty.id)).toBe(true);
    expect((await listSubscriptions(t.db, alice)).map((s) => s.topic)).toEqual(["vacancies", "events"]);
  });
});

describe("watches", () => {
  it("toggle is idempotent both ways and refuses items that do not exist", async () => {
    expect(await setWatch(t.db, alice, "event", eventId, true)).toBe(true);
    expect(await setWatch(t.db, alice, "event", eventId, true)).toBe(true);
    expect(await t.db.watch.count({ where: { userId: alice } })).toBe(1);
    expect(isWatching(t.db, alice, "event", eventId)).toBe(true);
    expect(isWatching(t.db, bob, "event", eventId)).toBe(false);
    expect(await setWatch(t.db, alice, "event", eventId, false)).toBe(false);
    expect(await setWatch(t.db, alice, "event", eventId, false)).toBe(false);
    expect(isWatching(t.db, alice, "event", eventId)).toBe(false);
    expect(await setWatch(t.db, alice, "event", 99_999, true)).toBeNull();
    expect(await setWatch(t.db, alice, "course", courseId, true)).toBe(true);
    expect(await setWatch(t.db, alice, "event", courseId + 1000, true)).toBeNull();
    expect(await t.db.watch.findMany({ where: { userId: alice }, select: { itemType: true, itemId: true } })).toEqual([{ itemType: "course", itemId: courseId }]);
  });
});

describe("/stop and quiet hours", () => {
  it("stopAll removes every subscription and watch of that user only, and says what", async () => {
    await subscribe(t.db, bob, "almaty", "events");
    await setWatch(t.db, bob, "event", eventId, true);
    await setWatch(t.db, alice, "event", eventId, true);
    const result = await stopAll(t.db, alice);
    expect(result.subscriptions.map((s) => `${s.regionCode}/${s.topic}`).sort()).toEqual(["aktobe/events", "aktobe/vacancies"]);
    expect(result.watches).toBe(2);
    expect(await t.db.subscription.count({ where: { userId: alice } })).toBe(0);
    expect(await t.db.watch.count({ where: { userId: alice } })).toBe(0);
    expect(await t.db.subscription.count({ where: { userId: bob } })).toBe(1);
    expect(await t.db.watch.count({ where: { userId: bob } })).toBe(1);
    expect(await stopAll(t.db, alice)).toEqual({ subscriptions: [], watches: 0 });
  });

  it("presets store local hours; off is from === to", async () => {
    expect(quietPresetOf(await t.db.user.findUniqueOrThrow({ where: { id: alice } }))).toBe("q22");
    expect(await setQuietHours(t.db, alice, "q23")).toMatchObject({ quietFrom: 23, quietTo: 7 });
    const off = await setQuietHours(t.db, alice, "off");
    expect(quietPresetOf(off)).toBe("off");
    expect(quietPresetOf({ quietFrom: 21, quietTo: 6 })).toBeNull();
  });

  it("inQuietHours wraps midnight", () => {
    expect([21, 22, 23, 0, 7, 8].map((h) => inQuietHours(h, 22, 8))).toEqual([false, true, true, true, true, false]);
    expect([0, 1, 2, 3].map((h) => inQuietHours(h, 1, 3))).toEqual([false, true, true, false]);
    expect(inQuietHours(12, 0, 0)).toBe(false);
  });
});
