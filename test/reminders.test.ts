// Reminders and subscription news (src/domain/reminders): when event/course reminders fall due
// (and are skipped once stale), who gets announcements and digests, idempotency, inactive
// users, and the renderers' language and cancellation at send time. Reminders and announcements
// are planned as fan-outs; `expand()` turns them into deliveries as the delivery worker would.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { RenderBatch, renderers } from "../src/bot/notifications/index.ts";
import type { Locale } from "../src/domain/locale.ts";
import {
  dueOffset, expandFanouts, planAnnouncements, planCourseReminders, planEventReminders, planSubscriptionDigests,
} from "../src/domain/reminders/index.ts";
import { buildSearchText } from "../src/domain/search.ts";
import { schedulerJobs } from "../src/jobs/scheduler.ts";
import { FakeClock } from "./support/clock.ts";
import { freshDb, type TestDb } from "./support/db.ts";

const HOUR = 3600_000;
const NOW = new Date("2026-11-25T04:00:00Z"); // 09:00 in Kazakhstan
let t: TestDb;
let clock: FakeClock;
let tg = 5000;
let ext = 0;

beforeAll(async () => {
  t = await freshDb();
  clock = new FakeClock(NOW);
});
afterAll(async () => {
  await t?.cleanup();
});
beforeEach(async () => {
  clock.set(NOW);
  await t.db.delivery.deleteMany();
  await t.db.fanout.deleteMany();
  await t.db.watch.deleteMany();
  await t.db.subscription.deleteMany();
  await t.db.registration.deleteMany();
  await t.db.vacancy.deleteMany();
  await t.db.event.deleteMany();
  await t.db.course.deleteMany();
});

const at = (h: number) => new Date(NOW.getTime() + h * HOUR);

async function user(o: { locale?: Locale; isActive?: boolean } = {}) {
  return t.db.user.create({ data: { telegramId: BigInt(tg++), locale: o.locale ?? "ru", regionCode: "aktobe", isActive: o.isActive ?? true } });
}
async function subscribe(userId: number, topic: string, o: { region?: string; frequency?: string; digestHour?: number; sector?: string; workingOnly?: boolean; createdAt?: Date } = {}) {
  return t.db.subscription.create({
    data: { userId, topic, regionCode: o.region ?? "aktobe", frequency: o.frequency ?? "instant", digestHour: o.digestHour ?? 9, sector: o.sector ?? null, workingOnly: o.workingOnly ?? false, createdAt: o.createdAt ?? at(-48) },
  });
}
async function event(startsInH: number, o: { region?: string; status?: string; publishedAt?: Date } = {}) {
  const titles = { titleKk: "Бос орындар жәрмеңкесі", titleRu: "Ярмарка вакансий", titleEn: "Job fair" };
  return t.db.event.create({
    data: {
      externalId: `e${ext++}`, regionCode: o.region ?? "aktobe", kind: "job_fair", ...titles, venue: "Дворец", startsAt: at(startsInH), endsAt: at(startsInH + 4),
      status: o.status ?? "published", publishedAt: o.publishedAt ?? at(-72), createdAt: at(-72), searchText: buildSearchText(...Object.values(titles)),
    },
  });
}
async function course(o: { startsInH?: number; deadlineInH?: number; region?: string; createdAt?: Date } = {}) {
  const provider = await t.db.provider.create({ data: { externalId: `p${ext++}`, nameRu: "Центр" } });
  const titles = { titleKk: "Дәнекерлеуші", titleRu: "Сварщик", titleEn: "Welder" };
  return t.db.course.create({
    data: {
      externalId: `c${ext++}`, regionCode: o.region ?? "aktobe", providerId: provider.id, ...titles, sector: "manufacturing", durationWeeks: 8, capacity: 10,
      startsAt: at(o.startsInH ?? 240), registrationDeadline: at(o.deadlineInH ?? 200), createdAt: o.createdAt ?? at(-72), searchText: buildSearchText(...Object.values(titles)),
    },
  });
}
async function vacancy(o: { postedAt?: Date; expiresInH?: number; sector?: string; working?: boolean; region?: string } = {}) {
  const employer = await t.db.employer.create({ data: { externalId: `m${ext++}`, regionCode: "aktobe", name: "AktobeMunai", sector: "oil_gas" } });
  const titles = { titleKk: "Бұрғылаушы", titleRu: "Бурильщик", titleEn: "Driller" };
  return t.db.vacancy.create({
    data: {
      externalId: `v${ext++}`, employerId: employer.id, regionCode: o.region ?? "aktobe", ...titles, sector: o.sector ?? "oil_gas", isWorkingProfession: o.working ?? true,
      postedAt: o.postedAt ?? at(-1), expiresAt: at(o.expiresInH ?? 24 * 30), searchText: buildSearchText(...Object.values(titles)),
    },
  });
}
/** Expands every due fan-out, as the delivery worker does before sending; the deliveries added. */
const expand = async (now = clock.now()) => (await expandFanouts(t.db, now, Infinity)).added;
const deliveries = () => t.db.delivery.findMany({ orderBy: [{ userId: "asc" }, { kind: "asc" }, { ref: "asc" }] });
const summary = async () => (await deliveries()).map((d) => `${d.userId} ${d.kind} ${d.ref}`);

async function render(kind: string, userId: number, now = clock.now()) {
  const d = await t.db.delivery.findFirstOrThrow({ where: { kind, userId }, include: { user: true } });
  return renderers[kind]!({ db: t.db, delivery: d, payload: JSON.parse(d.payload), locale: (d.user.locale ?? "kk") as Locale, now, adminIds: [], batch: new RenderBatch([d]) });
}

describe("dueOffset", () => {
  it("picks the reminder whose time has come, none before 24 h or once started", () => {
    expect(dueOffset(at(30), NOW)).toBeNull();
    expect(dueOffset(at(24), NOW)).toBe(24);
    expect(dueOffset(at(3), NOW)).toBe(24);
    expect(dueOffset(at(2), NOW)).toBe(2);
    expect(dueOffset(at(0.1), NOW)).toBe(2);
    expect(dueOffset(at(0), NOW)).toBeNull();
    expect(dueOffset(at(-1), NOW)).toBeNull();
    expect(dueOffset(at(40), NOW, [48, 6])).toBe(48);
  });
});

describe("event reminders", () => {
  it("24 h and 2 h before for watchers and instant region subscribers; once; none after the start", async () => {
    const e = await event(30);
    const watcher = await user();
    const sub = await user();
    const daily = await user();
    const elsewhere = await user();
    const blocked = await user({ isActive: false });
    await t.db.watch.create({ data: { userId: watcher.id, itemType: "event", itemId: e.id } });
    await subscribe(sub.id, "events");
    await subscribe(watcher.id, "events"); // both a watcher and a subscriber: one reminder
    await subscribe(daily.id, "events", { frequency: "daily" });
    await subscribe(elsewhere.id, "events", { region: "almaty" });
    await subscribe(blocked.id, "events");

    expect(await planEventReminders(t.db, clock.now())).toBe(0); // 30 h before: too early
    clock.set(at(7)); // 23 h before
    expect(await planEventReminders(t.db, clock.now())).toBe(1); // one fan-out for the audience
    expect(await planEventReminders(t.db, clock.now())).toBe(0); // idempotent
    expect(await expand()).toBe(2);
    expect(await expand()).toBe(0);
    expect(await summary()).toEqual([`${watcher.id} event_reminder event:${e.id}:24h`, `${sub.id} event_reminder event:${e.id}:24h`]);
    clock.set(at(29)); // 1 h before
    expect(await planEventReminders(t.db, clock.now())).toBe(1);
    expect(await expand()).toBe(2);
    expect((await deliveries()).filter((d) => d.ref === `event:${e.id}:2h`)).toHaveLength(2);
    clock.set(at(30.5)); // started
    await t.db.delivery.deleteMany();
    await t.db.fanout.deleteMany();
    expect(await planEventReminders(t.db, clock.now())).toBe(0);
  });

  it("catches up after downtime without the stale 24 h reminder; cancelled events get none", async () => {
    const e = await event(30);
    const cancelled = await event(31, { status: "cancelled" });
    const u = await user();
    await subscribe(u.id, "events");
    await t.db.watch.create({ data: { userId: u.id, itemType: "event", itemId: cancelled.id } });
    clock.set(at(28.5)); // down from 30 h to 1.5 h before the start
    await planEventReminders(t.db, clock.now());
    await expand();
    expect(await summary()).toEqual([`${u.id} event_reminder event:${e.id}:2h`]);
  });

  it("renders in the recipient's language and cancels when the event is cancelled or started", async () => {
    const e = await event(20);
    const kk = await user({ locale: "kk" });
    const en = await user({ locale: "en" });
    await subscribe(kk.id, "events");
    await subscribe(en.id, "events");
    await planEventReminders(t.db, clock.now());
    await expand();
    const r = await render("event_reminder", kk.id);
    expect("html" in r && r.html).toContain("«Бос орындар жәрмеңкесі» ");
    expect("html" in r && r.html).toContain("Еске салу");
    const r2 = await render("event_reminder", en.id);
    expect("html" in r2 && r2.html).toContain("Job fair");
    expect(await render("event_reminder", en.id, at(21))).toEqual({ cancel: "event already started" });
    await t.db.event.update({ where: { id: e.id }, data: { status: "cancelled" } });
    expect(await render("event_reminder", kk.id)).toEqual({ cancel: "event cancelled" });
  });
});

describe("course reminders", () => {
  it("start reminder to approved participants; deadline reminder to watchers who have not applied", async () => {
    const starting = await course({ startsInH: 20, deadlineInH: -24 });
    const closing = await course({ startsInH: 24 * 10, deadlineInH: 10 });
    const approved = await user();
    const pending = await user();
    const watcher = await user();
    const appliedWatcher = await user();
    const reg = { fullName: "Асан", phone: "+77010000000", educationLevel: "school11" };
    await t.db.registration.create({ data: { ...reg, userId: approved.id, courseId: starting.id, status: "approved" } });
    await t.db.registration.create({ data: { ...reg, userId: pending.id, courseId: starting.id, status: "pending" } });
    await t.db.registration.create({ data: { ...reg, userId: appliedWatcher.id, courseId: closing.id, status: "pending" } });
    for (const u of [watcher, appliedWatcher]) await t.db.watch.create({ data: { userId: u.id, itemType: "course", itemId: closing.id } });

    expect(await planCourseReminders(t.db, clock.now())).toBe(2); // two fan-outs
    expect(await planCourseReminders(t.db, clock.now())).toBe(0);
    expect(await expand()).toBe(2);
    expect(await summary()).toEqual([`${approved.id} course_start course:${starting.id}:start`, `${watcher.id} deadline course:${closing.id}:deadline`]);
    const r = await render("deadline", watcher.id);
    expect("html" in r && r.html).toContain("Запись на «Сварщик» закрывается");
    // Applied since it was planned: no reminder any more.
    await t.db.registration.create({ data: { ...reg, userId: watcher.id, courseId: closing.id, status: "pending" } });
    expect(await render("deadline", watcher.id)).toEqual({ cancel: "already applied" });
    clock.set(at(21)); // started: nothing more planned
    await t.db.delivery.deleteMany();
    await t.db.fanout.deleteMany();
    expect(await planCourseReminders(t.db, clock.now())).toBe(0);
  });
});

describe("announcements", () => {
  it("match region, topic, sector and working-only; only recent news after the subscription", async () => {
    const any = await user();
    const oil = await user();
    const it_ = await user();
    const workingOnly = await user();
    const late = await user();
    const almaty = await user();
    const inactive = await user({ isActive: false });
    await subscribe(any.id, "vacancies");
    await subscribe(oil.id, "vacancies", { sector: "oil_gas" });
    await subscribe(it_.id, "vacancies", { sector: "it" });
    await subscribe(workingOnly.id, "vacancies", { workingOnly: true });
    await subscribe(late.id, "vacancies", { createdAt: at(-0.5) });
    await subscribe(almaty.id, "vacancies", { region: "almaty" });
    await subscribe(inactive.id, "vacancies");
    const v = await vacancy({ postedAt: at(-1), working: false });
    await vacancy({ postedAt: at(-30) }); // older than a day: not announced
    await vacancy({ postedAt: at(-2), expiresInH: -1 }); // expired
    const e = await event(100, { publishedAt: at(-3) });
    const c = await course({ createdAt: at(-2) });
    await subscribe(any.id, "events");
    await subscribe(oil.id, "courses");

    expect(await planAnnouncements(t.db, clock.now())).toBe(3); // one fan-out per new item
    expect(await planAnnouncements(t.db, clock.now())).toBe(0);
    expect(await expand()).toBe(4);
    expect(await summary()).toEqual([
      `${any.id} event_new event:${e.id}`,
      `${any.id} vacancy_new vacancy:${v.id}`,
      `${oil.id} course_new course:${c.id}`,
      `${oil.id} vacancy_new vacancy:${v.id}`,
    ]);
    const r = await render("vacancy_new", oil.id);
    expect("html" in r && r.html).toContain("Бурильщик — AktobeMunai");
    await t.db.subscription.deleteMany({ where: { userId: oil.id, topic: "vacancies" } });
    expect(await render("vacancy_new", oil.id)).toEqual({ cancel: "unsubscribed" });

    // Rendered together, as the worker renders a claimed batch: the vacancy and the subscriptions
    // are read once for both, and each recipient still gets their own answer.
    const both = await t.db.delivery.findMany({ where: { kind: "vacancy_new" }, include: { user: true }, orderBy: { userId: "asc" } });
    const batch = new RenderBatch(both);
    const [forAny, forOil] = await Promise.all(
      both.map((d) => renderers.vacancy_new!({ db: t.db, delivery: d, payload: JSON.parse(d.payload), locale: "ru", now: clock.now(), adminIds: [], batch })),
    );
    expect(both.map((d) => d.userId)).toEqual([any.id, oil.id]);
    expect("html" in forAny! && forAny.html).toContain("Бурильщик — AktobeMunai");
    expect(forOil).toEqual({ cancel: "unsubscribed" });
  });
});

describe("daily digests", () => {
  it("one digest per user and topic at their hour, grouping regions, listing what is new", async () => {
    const u = await user({ locale: "en" });
    const other = await user();
    const quiet = await user();
    await subscribe(u.id, "events", { frequency: "daily", digestHour: 9 });
    await subscribe(u.id, "events", { frequency: "daily", digestHour: 9, region: "almaty" });
    await subscribe(other.id, "events", { frequency: "daily", digestHour: 18 });
    await subscribe(quiet.id, "courses", { frequency: "daily", digestHour: 9 });
    const a = await event(50, { publishedAt: at(-5) });
    const b = await event(60, { publishedAt: at(-20), region: "almaty" });
    await event(70, { publishedAt: at(-30) }); // the previous digest had it

    expect(await planSubscriptionDigests(t.db, clock.now())).toBe(1);
    expect(await planSubscriptionDigests(t.db, at(0.5))).toBe(0);
    expect(await summary()).toEqual([`${u.id} digest digest:2026-11-25:events`]);
    const r = await render("digest", u.id);
    expect("html" in r).toBe(true);
    if (!("html" in r)) return;
    expect(r.html).toContain("New events of the day");
    expect(r.html).toContain("<b>Aktobe");
    expect(r.html.match(/Job fair/g)).toHaveLength(2);
    expect(r.keyboard?.inline_keyboard[0]).toHaveLength(2);
    await t.db.event.updateMany({ where: { id: { in: [a.id, b.id] } }, data: { status: "cancelled" } });
    expect(await render("digest", u.id)).toEqual({ cancel: "nothing new any more" });
    clock.set(new Date("2026-11-25T13:00:00Z")); // 18:00: the other user's hour, nothing new for them
    expect(await planSubscriptionDigests(t.db, clock.now())).toBe(0);
  });
});

it("the scheduler runs the planners", () => {
  const jobs = schedulerJobs(t.db).map((j) => `${j.name} ${j.cron}`);
  expect(jobs).toContain("reminders */5 * * * *");
  expect(jobs).toContain("subscription-digests 0 * * * *");
});
