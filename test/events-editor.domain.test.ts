// Events editor rules (src/domain/events-editor): lenient local date-time parsing, draft
// validation, and the create/update/cancel transactions with scope, audit log and outbox.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseEventEnd, parseEventStart } from "../src/domain/events-editor/datetime.ts";
import { checkCount, checkLocation, checkText, validateDraft, type EventDraft } from "../src/domain/events-editor/draft.ts";
import { cancelEvent, createEvent, updateEvent } from "../src/domain/events-editor/publish.ts";
import { listEditorEvents } from "../src/domain/events-editor/list.ts";
import { expandFanouts, planAnnouncements, planEventReminders } from "../src/domain/reminders/index.ts";
import { RenderBatch, renderers } from "../src/bot/notifications/index.ts";
import { NO_ROLES, type Roles } from "../src/domain/roles.ts";
import { clearPlanning, freshDb, type TestDb } from "./support/db.ts";

const HOUR = 3600_000;
const NOW = new Date("2026-11-25T04:00:00Z"); // Wed 25.11.2026 09:00 in Kazakhstan
const local = (s: string) => new Date(`${s}+05:00`);

describe("parseEventStart", () => {
  const ok: Array<[string, string]> = [
    ["25.12 10:00", "2026-12-25T10:00"],
    ["25.12.2026 10:00", "2026-12-25T10:00"],
    ["25/12 10.00", "2026-12-25T10:00"],
    ["2026-12-25 10:00", "2026-12-25T10:00"],
    ["25.12.26 9:30", "2026-12-25T09:30"],
    ["10:00 25.12", "2026-12-25T10:00"],
    ["10.00 25.12", "2026-12-25T10:00"],
    ["  25.12,  10:00 ", "2026-12-25T10:00"],
    ["2026-12-25T10:00", "2026-12-25T10:00"],
    ["25.11 18:00", "2026-11-25T18:00"], // later today
    ["01.03 10:00", "2027-03-01T10:00"], // no year: the next one
    ["20.11 10:00", "2027-11-20T10:00"], // passed this year → next year
  ];
  it.each(ok)("%s → %s local", (text, expected) => {
    const r = parseEventStart(text, NOW);
    expect(r).toEqual({ ok: true, at: local(expected) });
  });

  const bad: Array<[string, string]> = [
    ["31.02 10:00", "invalid_date"],
    ["31.04.2027 10:00", "invalid_date"],
    ["29.02.2027 10:00", "invalid_date"],
    ["25.13 10:00", "invalid_date"],
    ["25.11 08:00", "past"], // today, an hour ago: a slip, not next year
    ["20.11.2026 10:00", "past"],
    ["25.12.2027 10:00", "too_far"],
    ["25.12", "format"],
    ["10:00", "format"],
    ["25.12 25:00", "format"],
    ["tomorrow", "format"],
    ["", "format"],
    ["25.12 10:00 extra", "format"],
  ];
  it.each(bad)("%s → %s", (text, reason) => {
    expect(parseEventStart(text, NOW)).toEqual({ ok: false, reason });
  });
});

describe("parseEventEnd", () => {
  const start = local("2026-12-25T10:00");
  it("takes a time on the start's day or a full date-time", () => {
    expect(parseEventEnd("18:00", start)).toEqual({ ok: true, at: local("2026-12-25T18:00") });
    expect(parseEventEnd("18.30", start)).toEqual({ ok: true, at: local("2026-12-25T18:30") });
    expect(parseEventEnd("27.12 17:00", start)).toEqual({ ok: true, at: local("2026-12-27T17:00") });
    expect(parseEventEnd("2027-01-05 17:00", start)).toEqual({ ok: true, at: local("2027-01-05T17:00") });
  });
  it("refuses ends not after the start, too long events and nonsense", () => {
    expect(parseEventEnd("09:00", start)).toEqual({ ok: false, reason: "not_after_start" });
    expect(parseEventEnd("10:00", start)).toEqual({ ok: false, reason: "not_after_start" });
    expect(parseEventEnd("10.01.2027 10:01", start)).toEqual({ ok: false, reason: "too_long" });
    expect(parseEventEnd("31.02 10:00", start)).toEqual({ ok: false, reason: "invalid_date" });
    expect(parseEventEnd("soon", start)).toEqual({ ok: false, reason: "format" });
  });
});

const draft = (o: Partial<EventDraft> = {}): EventDraft => ({
  regionCode: "aktobe",
  kind: "job_fair",
  title: { kk: "", ru: "Ярмарка вакансий", en: "" },
  description: { kk: "", ru: "Работодатели города", en: "" },
  venue: "Дворец молодёжи",
  address: "пр. Абилкайыр хана, 40",
  city: "Актобе",
  latitude: 50.28,
  longitude: 57.17,
  startsAt: local("2026-12-25T10:00").toISOString(),
  endsAt: local("2026-12-25T16:00").toISOString(),
  expectedVacancies: 300,
  expectedEmployers: 40,
  ...o,
});

describe("draft validation", () => {
  it("checks texts, counts and the pin", () => {
    expect(checkText("title", "  Ярмарка   вакансий ")).toEqual({ ok: true, value: "Ярмарка вакансий" });
    expect(checkText("title", "x".repeat(121))).toEqual({ ok: false, reason: "too_long" });
    expect(checkText("description", "a\n\n\n\nb")).toEqual({ ok: true, value: "a\n\nb" });
    expect(checkText("venue", "   ")).toEqual({ ok: false, reason: "empty" });
    expect(checkCount("expectedVacancies", "1 200")).toEqual({ ok: true, value: 1200 });
    expect(checkCount("expectedVacancies", "-3")).toEqual({ ok: false, reason: "format" });
    expect(checkCount("expectedEmployers", "20000")).toEqual({ ok: false, reason: "too_big" });
    expect(checkLocation(43.24, 76.89).ok).toBe(true);
    expect(checkLocation(55.75, 37.62)).toEqual({ ok: false, reason: "outside" }); // Moscow
  });

  it("accepts one language, stores the city's Kazakh name and builds searchText with every spelling", () => {
    const v = validateDraft(draft(), NOW);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.columns.city).toBe("Ақтөбе");
    expect(v.columns.searchText).toContain(" ярмарка вакансии ");
    expect(v.columns.searchText).toContain("aktobe");
  });

  it("lists every problem", () => {
    const v = validateDraft(
      draft({ kind: "party", title: { kk: "", ru: "", en: "" }, venue: "", latitude: 10, startsAt: local("2026-11-20T10:00").toISOString(), expectedEmployers: -1 }),
      NOW,
    );
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems.map((p) => `${p.field}:${p.reason}`).sort()).toEqual(
      ["endsAt:too_long", "expectedEmployers:format", "kind:unknown", "location:outside", "startsAt:past", "title:empty", "venue:empty"].sort(),
    );
  });

  it("lets an event under way keep its start", () => {
    const started = local("2026-11-25T08:00");
    const d = draft({ startsAt: started.toISOString(), endsAt: local("2026-11-25T18:00").toISOString() });
    expect(validateDraft(d, NOW).ok).toBe(false);
    expect(validateDraft(d, NOW, started).ok).toBe(true);
  });
});

describe("create / update / cancel", () => {
  let t: TestDb;
  let tg = 9000;
  let staff: { id: number };
  const staffRoles: Roles = { ...NO_ROLES, staffRegions: ["aktobe"] };

  beforeAll(async () => {
    t = await freshDb();
    staff = await t.db.user.create({ data: { telegramId: 1n, locale: "ru" } });
  });
  afterAll(async () => {
    await t?.cleanup();
  });
  beforeEach(async () => {
    await clearPlanning(t.db);
    await t.db.auditLog.deleteMany();
    await t.db.event.deleteMany();
  });

  const person = (locale = "ru") => t.db.user.create({ data: { telegramId: BigInt(tg++), locale, regionCode: "aktobe" } });
  const subscribe = (userId: number, region = "aktobe", frequency = "instant") =>
    t.db.subscription.create({ data: { userId, regionCode: region, topic: "events", frequency, createdAt: new Date(NOW.getTime() - 48 * HOUR) } });
  const deliveries = async () =>
    (await t.db.delivery.findMany({ orderBy: [{ kind: "asc" }, { userId: "asc" }, { id: "asc" }] })).map((d) => `${d.kind} ${d.ref} ${d.userId} ${d.status}${d.urgent ? " urgent" : ""}`);
  const actor = (o: { roles?: Roles; now?: Date } = {}) => ({ actorId: staff.id, roles: o.roles ?? staffRoles, now: o.now ?? NOW });

  it("creates a draft: bot external id, searchText, audit, nobody told; listed for the staff only", async () => {
    const sub = await person();
    await subscribe(sub.id);
    const r = await createEvent(t.db, { ...actor(), draft: draft(), publish: false });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.event.externalId).toMatch(/^bot-[0-9a-f-]{36}$/);
    expect(r.event).toMatchObject({ status: "draft", publishedAt: null, createdById: staff.id, city: "Ақтөбе" });
    expect(r.event.searchText).toContain("ярмарка");
    expect(await deliveries()).toEqual([]);
    const log = await t.db.auditLog.findMany();
    expect(log.map((l) => [l.action, l.entity, l.entityId, l.actorId])).toEqual([["event.create", "Event", String(r.event.id), staff.id]]);
    expect((await listEditorEvents(t.db, { roles: staffRoles, now: NOW, page: 0 })).items.map((e) => e.id)).toEqual([r.event.id]);
    expect((await listEditorEvents(t.db, { roles: { ...NO_ROLES, staffRegions: ["almaty"] }, now: NOW, page: 0 })).total).toBe(0);
  });

  it("publishing announces to the region's instant subscribers once; the planner adds nothing", async () => {
    const [a, b, daily, other] = await Promise.all([person(), person(), person(), person()]);
    await subscribe(a.id);
    await subscribe(b.id);
    await subscribe(daily.id, "aktobe", "daily");
    await subscribe(other.id, "almaty");
    const created = await createEvent(t.db, { ...actor(), draft: draft(), publish: false });
    if (!created.ok) throw new Error("not created");
    const r = await updateEvent(t.db, { ...actor({ now: new Date(NOW.getTime() + 60_000) }), eventId: created.event.id, draft: draft(), publish: true });
    expect(r).toMatchObject({ ok: true, published: true, subscribersTold: 2 });
    if (!r.ok) return;
    expect(r.event.publishedAt).toEqual(new Date(NOW.getTime() + 60_000));
    expect(await planAnnouncements(t.db, new Date(NOW.getTime() + 5 * 60_000))).toBe(0);
    const id = r.event.id;
    expect(await deliveries()).toEqual([`event_new event:${id} ${a.id} pending`, `event_new event:${id} ${b.id} pending`]);
    expect((await t.db.auditLog.findMany({ orderBy: { id: "asc" } })).map((l) => l.action)).toEqual(["event.create", "event.publish"]);
  });

  it("moving a published event tells its watchers and lets the reminders be planned for the new time", async () => {
    const [watcher, sub] = await Promise.all([person("kk"), person()]);
    await subscribe(sub.id);
    const start = new Date(NOW.getTime() + 20 * HOUR);
    const created = await createEvent(t.db, { ...actor(), draft: draft({ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 4 * HOUR).toISOString() }), publish: true });
    if (!created.ok) throw new Error("not created");
    const id = created.event.id;
    await t.db.watch.create({ data: { userId: watcher.id, itemType: "event", itemId: id } });
    await planEventReminders(t.db, NOW); // the 24 h reminder, as if sent
    await expandFanouts(t.db, NOW, Infinity);
    await t.db.delivery.updateMany({ where: { kind: "event_reminder" }, data: { status: "sent" } });

    // Only the description changes: nobody is told.
    const same = await updateEvent(t.db, { ...actor(), eventId: id, draft: draft({ ...created.event && { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 4 * HOUR).toISOString() }, description: { kk: "", ru: "Новое описание", en: "" } }), publish: true });
    expect(same).toMatchObject({ ok: true, watchersTold: 0 });

    const newStart = new Date(NOW.getTime() + 44 * HOUR);
    const moved = await updateEvent(t.db, { ...actor(), eventId: id, draft: draft({ startsAt: newStart.toISOString(), endsAt: new Date(newStart.getTime() + 4 * HOUR).toISOString() }), publish: true });
    expect(moved).toMatchObject({ ok: true, watchersTold: 1 });
    const changes = await t.db.delivery.findMany({ where: { kind: "event_changed" } });
    expect(changes.map((d) => d.userId)).toEqual([watcher.id]);
    expect(changes[0]!.ref).toMatch(new RegExp(`^event:${id}:changed:\\d+$`));
    // The old reminder no longer blocks the new one: 24 h before the new start it is planned again.
    expect(await planEventReminders(t.db, new Date(newStart.getTime() - 23 * HOUR))).toBe(1);
    expect((await expandFanouts(t.db, new Date(newStart.getTime() - 23 * HOUR), Infinity)).added).toBe(2);
    const reminders = await t.db.delivery.findMany({ where: { kind: "event_reminder", status: "pending" } });
    expect(reminders.map((d) => d.ref)).toEqual([`event:${id}:24h`, `event:${id}:24h`]);

    // The watcher reads the change in Kazakh, old and new times.
    const delivery = await t.db.delivery.findFirstOrThrow({ where: { kind: "event_changed" }, include: { user: true } });
    const rendered = await renderers.event_changed!({ db: t.db, delivery, payload: JSON.parse(delivery.payload), locale: "kk", now: NOW, adminIds: [], batch: new RenderBatch([delivery]) });
    expect("html" in rendered && rendered.html).toContain("Ярмарка вакансий");
    expect("html" in rendered && rendered.html).toMatch(/26.*27|27.*26/s);
  });

  /** The watcher's "event_changed" notice of event `id`, rendered in `locale`. */
  async function changeNotice(id: number, locale: "kk" | "ru" | "en") {
    const delivery = await t.db.delivery.findFirstOrThrow({ where: { kind: "event_changed", ref: { startsWith: `event:${id}:` } }, orderBy: { id: "desc" }, include: { user: true } });
    const rendered = await renderers.event_changed!({ db: t.db, delivery, payload: JSON.parse(delivery.payload), locale, now: NOW, adminIds: [], batch: new RenderBatch([delivery]) });
    return "html" in rendered ? rendered.html : rendered;
  }

  it("a new place tells the watchers the old and the new one; a new time and place, both", async () => {
    const watcher = await person();
    const created = await createEvent(t.db, { ...actor(), draft: draft(), publish: true });
    if (!created.ok) throw new Error("not created");
    const id = created.event.id;
    await t.db.watch.create({ data: { userId: watcher.id, itemType: "event", itemId: id } });

    const moved = await updateEvent(t.db, { ...actor(), eventId: id, draft: draft({ venue: "Спорткомплекс «Жастар»" }), publish: true });
    expect(moved).toMatchObject({ ok: true, watchersTold: 1, subscribersTold: 0 });
    const place = await changeNotice(id, "ru");
    expect(place).toContain("Новое место");
    expect(place).toContain("<s>Дворец молодёжи, пр. Абилкайыр хана, 40, Ақтөбе</s>");
    expect(place).toContain("<b>Спорткомплекс «Жастар», пр. Абилкайыр хана, 40, Ақтөбе</b>");

    const both = await updateEvent(t.db, { ...actor(), eventId: id, draft: draft({ venue: "Дворец молодёжи", startsAt: local("2026-12-26T10:00").toISOString(), endsAt: local("2026-12-26T16:00").toISOString() }), publish: true });
    expect(both).toMatchObject({ ok: true, watchersTold: 1 });
    expect(await changeNotice(id, "en")).toMatch(/New time and place.*26.*Дворец молодёжи/s);
    // The first notice is superseded: the place it announced is not the place any more.
    const first = await t.db.delivery.findFirstOrThrow({ where: { kind: "event_changed" }, orderBy: { id: "asc" }, include: { user: true } });
    expect(await renderers.event_changed!({ db: t.db, delivery: first, payload: JSON.parse(first.payload), locale: "ru", now: NOW, adminIds: [], batch: new RenderBatch([first]) })).toEqual({ cancel: "superseded by a later change" });
  });

  it("moving a published event to another region tells the new region's subscribers, not the old one's, and nobody twice", async () => {
    const both: Roles = { ...NO_ROLES, staffRegions: ["aktobe", "almaty"] };
    const [watcher, told, untold, almaty, inBoth] = await Promise.all([person(), person(), person(), person(), person()]);
    for (const u of [told, untold, inBoth]) await subscribe(u.id);
    for (const u of [almaty, inBoth]) await subscribe(u.id, "almaty");
    const start = new Date(NOW.getTime() + 20 * HOUR);
    const times = { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 4 * HOUR).toISOString() };
    const created = await createEvent(t.db, { ...actor({ roles: both }), draft: draft(times), publish: true });
    if (!created.ok) throw new Error("not created");
    const id = created.event.id;
    await t.db.watch.create({ data: { userId: watcher.id, itemType: "event", itemId: id } });
    await planEventReminders(t.db, NOW); // the 24 h reminder, partly sent
    await expandFanouts(t.db, NOW, Infinity);
    await t.db.delivery.updateMany({ where: { userId: { in: [told.id, inBoth.id, watcher.id] } }, data: { status: "sent" } });

    const moved = await updateEvent(t.db, { ...actor({ roles: both }), eventId: id, draft: draft({ ...times, regionCode: "almaty" }), publish: true });
    expect(moved).toMatchObject({ ok: true, watchersTold: 0, subscribersTold: 1 });
    const entry = await t.db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
    const retired = `:before:${entry.id}`;
    expect(await deliveries()).toEqual([
      `event_new event:${id} ${told.id} sent`,
      `event_new event:${id}${retired} ${untold.id} cancelled`,
      `event_new event:${id} ${almaty.id} pending`,
      `event_new event:${id} ${inBoth.id} sent`, // told already, in Aktobe: not again
      `event_reminder event:${id}:24h ${watcher.id} sent`,
      `event_reminder event:${id}:24h ${told.id} sent`,
      `event_reminder event:${id}:24h${retired} ${untold.id} cancelled`,
      `event_reminder event:${id}:24h ${inBoth.id} sent`,
    ]);
    // The planner plans the reminder again, for the new region: only its new subscriber gets it.
    expect(await planEventReminders(t.db, new Date(NOW.getTime() + 60_000))).toBe(1);
    expect((await expandFanouts(t.db, new Date(NOW.getTime() + 60_000), Infinity)).added).toBe(1);
    expect((await t.db.delivery.findMany({ where: { kind: "event_reminder", status: "pending" } })).map((d) => [d.ref, d.userId])).toEqual([[`event:${id}:24h`, almaty.id]]);
    expect(await planAnnouncements(t.db, new Date(NOW.getTime() + 5 * 60_000))).toBe(0);
  });

  it("cancelling tells watchers urgently, drops what was waiting, and refuses to be repeated", async () => {
    const [watcher, sub] = await Promise.all([person(), person()]);
    await subscribe(sub.id);
    const created = await createEvent(t.db, { ...actor(), draft: draft(), publish: true });
    if (!created.ok) throw new Error("not created");
    const id = created.event.id;
    await t.db.watch.create({ data: { userId: watcher.id, itemType: "event", itemId: id } });
    const r = await cancelEvent(t.db, { ...actor(), eventId: id });
    expect(r).toMatchObject({ ok: true, watchersTold: 1 });
    expect(await deliveries()).toEqual([
      `event_cancelled event:${id}:cancelled ${watcher.id} pending urgent`,
      `event_new event:${id} ${sub.id} cancelled`,
    ]);
    expect(await cancelEvent(t.db, { ...actor(), eventId: id })).toEqual({ ok: false, reason: "cancelled" });
    expect(await updateEvent(t.db, { ...actor(), eventId: id, draft: draft(), publish: true })).toEqual({ ok: false, reason: "cancelled" });
    expect((await t.db.auditLog.findMany({ orderBy: { id: "asc" } })).map((l) => l.action)).toEqual(["event.publish", "event.cancel"]);
  });

  it("refuses out of scope: nothing written", async () => {
    const other: Roles = { ...NO_ROLES, staffRegions: ["almaty"] };
    expect(await createEvent(t.db, { ...actor({ roles: other }), draft: draft(), publish: true })).toEqual({ ok: false, reason: "forbidden" });
    const created = await createEvent(t.db, { ...actor(), draft: draft(), publish: true });
    if (!created.ok) throw new Error("not created");
    const id = created.event.id;
    expect(await updateEvent(t.db, { ...actor({ roles: other }), eventId: id, draft: draft({ title: { kk: "", ru: "Взлом", en: "" } }), publish: true })).toEqual({ ok: false, reason: "forbidden" });
    // Moving an own event into another region is out of scope too.
    expect(await updateEvent(t.db, { ...actor(), eventId: id, draft: draft({ regionCode: "almaty" }), publish: true })).toEqual({ ok: false, reason: "forbidden" });
    expect(await cancelEvent(t.db, { ...actor({ roles: NO_ROLES }), eventId: id })).toEqual({ ok: false, reason: "forbidden" });
    expect(await cancelEvent(t.db, { ...actor(), eventId: 999_999 })).toEqual({ ok: false, reason: "not_found" });
    const row = await t.db.event.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "published", titleRu: "Ярмарка вакансий", regionCode: "aktobe" });
    expect(await t.db.event.count()).toBe(1);
    expect(await t.db.auditLog.count()).toBe(1);
    // Admins manage every region; an unknown region is refused without a write.
    const admin: Roles = { ...NO_ROLES, admin: true };
    expect(await createEvent(t.db, { ...actor({ roles: admin }), draft: draft({ regionCode: "nowhere" }), publish: false })).toMatchObject({ ok: false, reason: "invalid" });
    expect(await createEvent(t.db, { ...actor({ roles: admin }), draft: draft({ regionCode: "almaty" }), publish: false })).toMatchObject({ ok: true });
  });

  it("refuses an invalid draft with its problems", async () => {
    const r = await createEvent(t.db, { ...actor(), draft: draft({ title: { kk: "", ru: "x".repeat(121), en: "" } }), publish: true });
    expect(r).toEqual({ ok: false, reason: "invalid", problems: [{ field: "title", reason: "too_long" }] });
    expect(await t.db.event.count()).toBe(0);
  });
});
