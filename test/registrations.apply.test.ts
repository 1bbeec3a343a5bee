import { describe, expect, it } from "vitest";
import type { Db } from "../src/db/client.ts";
import { CONSENT_PURPOSE, CONSENT_VERSION } from "../src/domain/consent.ts";
import { checkEligibility, submitApplication } from "../src/domain/registrations/apply.ts";
import { cancelRegistration } from "../src/domain/registrations/my.ts";
import { Fixtures, useFixtures, HOUR, NOW, inDays } from "./support/fixtures.ts";

let db: Db;
let fx: Fixtures;
let providerId: number;

useFixtures(async (w) => {
  ({ db, fx } = w);
  providerId = (await fx.provider()).id;
});

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("checkEligibility", () => {
  it("an open course with free seats", async () => {
    const course = await fx.course(providerId, { capacity: 3 });
    const u = await fx.user();
    const res = await checkEligibility(db, { userId: u.id, courseId: course.id, now: NOW });
    expect(res).toMatchObject({ ok: true, seatsLeft: 3, course: { id: course.id, minAge: 14, maxAge: 35, capacity: 3 } });
  });

  it("missing, unpublished or forged course ids are not_found", async () => {
    const u = await fx.user();
    const hidden = await fx.course(providerId, { isPublished: false });
    for (const courseId of [999_999, hidden.id, -1, 0, Number.NaN, 1.5]) {
      expect(await checkEligibility(db, { userId: u.id, courseId, now: NOW })).toEqual({ ok: false, reason: "not_found" });
    }
  });

  it("closed at the deadline, 'started' once it has started", async () => {
    const course = await fx.course(providerId, { registrationDeadline: inDays(2), startsAt: inDays(5) });
    const u = await fx.user();
    const at = (now: Date) => checkEligibility(db, { userId: u.id, courseId: course.id, now });
    expect((await at(new Date(inDays(2).getTime() - 1))).ok).toBe(true);
    expect(await at(inDays(2))).toMatchObject({ ok: false, reason: "closed" });
    expect(await at(inDays(5))).toMatchObject({ ok: false, reason: "started" });
    expect(await at(inDays(9))).toMatchObject({ ok: false, reason: "started" });
  });

  it("a full course is still eligible: seatsLeft 0 means 'offer the waitlist'", async () => {
    const course = await fx.course(providerId, { capacity: 1 });
    await fx.apply(course.id);
    const u = await fx.user();
    expect(await checkEligibility(db, { userId: u.id, courseId: course.id, now: NOW })).toMatchObject({ ok: true, seatsLeft: 0 });
  });

  it("one live application per person and course; after cancelling they may apply again", async () => {
    const course = await fx.course(providerId);
    const a = await fx.apply(course.id);
    expect(await checkEligibility(db, { userId: a.user.id, courseId: course.id, now: NOW })).toMatchObject({ ok: false, reason: "duplicate" });
    expect(await submitApplication(db, fx.input(a.user.id, course.id), NOW)).toEqual({ ok: false, reason: "duplicate" });
    await cancelRegistration(db, { userId: a.user.id, registrationId: a.registrationId, now: NOW });
    expect((await submitApplication(db, fx.input(a.user.id, course.id), NOW)).ok).toBe(true);
  });

  it("a waitlisted application is live too", async () => {
    const course = await fx.course(providerId, { capacity: 1 });
    await fx.apply(course.id);
    const w = await fx.apply(course.id);
    expect(w.status).toBe("waitlisted");
    expect(await submitApplication(db, fx.input(w.user.id, course.id), NOW)).toEqual({ ok: false, reason: "duplicate" });
  });
});

describe("age limits (inclusive, on the day of applying in Almaty)", () => {
  // NOW is 1 March 2026, 11:00 in Almaty.
  it("the default 14–35", async () => {
    const course = await fx.course(providerId);
    const u = await fx.user();
    const check = (birthDate: Date, now = NOW) => checkEligibility(db, { userId: u.id, courseId: course.id, now, birthDate }).then((r) => (r.ok ? "ok" : r.reason));
    expect(await check(utc(2012, 3, 1))).toBe("ok"); // 14 today
    expect(await check(utc(2012, 3, 2))).toBe("too_young"); // 14 tomorrow
    expect(await check(utc(1990, 3, 2))).toBe("ok"); // 35, turns 36 tomorrow
    expect(await check(utc(1990, 3, 1))).toBe("too_old"); // 36 today
    // 19:00 UTC on 28 Feb is already 1 March in Almaty: the 14th birthday has come.
    expect(await check(utc(2012, 3, 1), new Date("2026-02-28T19:00:00Z"))).toBe("ok");
    expect(await check(utc(2012, 3, 1), new Date("2026-02-28T18:59:00Z"))).toBe("too_young");
  });

  it("per course limits, and a 29 February birthday", async () => {
    const course = await fx.course(providerId, { minAge: 18, maxAge: 29 });
    const u = await fx.user();
    const check = (birthDate: Date, consentGivenBy: "self" | "representative" = "self") =>
      submitApplication(db, fx.input(u.id, course.id, { birthDate, consentGivenBy }), NOW).then((r) => (r.ok ? "ok" : r.reason));
    expect(await check(utc(2008, 3, 2), "representative")).toBe("too_young"); // 17: a minor
    expect(await check(utc(1996, 2, 29))).toBe("too_old"); // turned 30 today (1 March in a common year)
    expect(await check(utc(2008, 2, 29))).toBe("ok"); // turned 18 today
  });
});

describe("submitApplication", () => {
  it("stores consent, copies the answers to the profile and plans alerts for the coordinators", async () => {
    const course = await fx.course(providerId);
    const byProvider = await fx.coordinator({ providerId });
    const byCourse = await fx.coordinator({ courseId: course.id });
    const other = await fx.coordinator({ providerId: (await fx.provider()).id });
    const u = await fx.user();
    const res = await submitApplication(db, fx.input(u.id, course.id, { fullName: "  Әсел   Құрманғазықызы 🙂 " }), NOW);
    expect(res).toMatchObject({ ok: true, status: "pending" });
    if (!res.ok) return;

    const reg = await db.registration.findUniqueOrThrow({ where: { id: res.registrationId }, include: { consent: true } });
    expect(reg).toMatchObject({ status: "pending", fullName: "Әсел Құрманғазықызы 🙂", phone: "+77012345678", educationLevel: "school11", birthDate: utc(2004, 3, 5), createdAt: NOW });
    expect(reg.consent).toMatchObject({ userId: u.id, purpose: CONSENT_PURPOSE, version: CONSENT_VERSION, locale: "kk", givenAt: NOW, withdrawnAt: null });
    expect(await db.user.findUniqueOrThrow({ where: { id: u.id } })).toMatchObject({
      fullName: "Әсел Құрманғазықызы 🙂", phone: "+77012345678", birthDate: utc(2004, 3, 5), educationLevel: "school11",
    });
    const alerts = await db.delivery.findMany({ where: { kind: "coordinator_alert" }, orderBy: { userId: "asc" } });
    expect(alerts.map((d) => [d.userId, d.ref, JSON.parse(d.payload)])).toEqual([
      [byProvider.id, `registration:${reg.id}:new`, { registrationId: reg.id }],
      [byCourse.id, `registration:${reg.id}:new`, { registrationId: reg.id }],
    ]);
    expect(alerts.some((d) => d.userId === other.id)).toBe(false);
  });

  it("a revoked coordinator is not alerted", async () => {
    const p = await fx.provider();
    const course = await fx.course(p.id);
    const c = await fx.coordinator({ providerId: p.id });
    await db.roleGrant.updateMany({ where: { userId: c.id }, data: { revokedAt: NOW } });
    await fx.apply(course.id);
    expect(await db.delivery.count({ where: { userId: c.id } })).toBe(0);
  });

  it("re-checks the rules inside its transaction: closed, started, too old, full without waitlist", async () => {
    const course = await fx.course(providerId, { capacity: 1, registrationDeadline: inDays(1), startsAt: inDays(3) });
    const u = await fx.user();
    const submit = (over: Parameters<Fixtures["input"]>[2], now = NOW) => submitApplication(db, fx.input(u.id, course.id, over), now);
    expect(await submit({}, inDays(1))).toEqual({ ok: false, reason: "closed" });
    expect(await submit({}, inDays(3))).toEqual({ ok: false, reason: "started" });
    expect(await submit({ birthDate: utc(1980, 1, 1) })).toEqual({ ok: false, reason: "too_old" });
    await fx.apply(course.id);
    expect(await submit({ allowWaitlist: false })).toEqual({ ok: false, reason: "full" });
    expect(await db.registration.count({ where: { userId: u.id } })).toBe(0);
    expect(await db.consent.count({ where: { userId: u.id } })).toBe(0);
    expect(await submit({ allowWaitlist: true })).toMatchObject({ ok: true, status: "waitlisted" });
  });

  it("refuses input the dialog should have validated, before touching the database", async () => {
    const course = await fx.course(providerId);
    const u = await fx.user();
    const bad = [{ phone: "not a phone" }, { fullName: "   " }, { fullName: "a\u0000b" }, { fullName: "Я".repeat(101) }, { birthDate: new Date(Number.NaN) },
      { educationLevel: "phd" as never }, { consentVersion: "" }, { locale: "de" as never }, { consentGivenBy: "nobody" as never },
      { birthDate: new Date(Date.UTC(2010, 0, 1)) }, // a minor's own consent (the fixture's consentGivenBy is "self")
      { birthDate: new Date(Date.UTC(2008, 0, 1)), consentAdultAge: 21 }];
    for (const over of bad) await expect(submitApplication(db, fx.input(u.id, course.id, over), NOW)).rejects.toThrow(RangeError);
    expect(await db.registration.count({ where: { userId: u.id } })).toBe(0);
  });

  it("a minor's consent is a representative's; theirs stays valid for someone who came of age meanwhile", async () => {
    const course = await fx.course(providerId);
    const minor = { birthDate: new Date(Date.UTC(2010, 0, 1)), consentGivenBy: "representative" as const };
    const { registrationId } = await fx.apply(course.id, minor);
    const reg = await db.registration.findUniqueOrThrow({ where: { id: registrationId }, include: { consent: true } });
    expect(reg.consent).toMatchObject({ givenBy: "representative" });
    await fx.apply(course.id, { birthDate: new Date(Date.UTC(2004, 0, 1)), consentGivenBy: "representative" });
    await fx.apply(course.id, { birthDate: new Date(Date.UTC(2010, 0, 1)), consentAdultAge: 16 }); // 16 here: their own
  });

  it("the deadline instant is checked with the caller's now, to the millisecond", async () => {
    const course = await fx.course(providerId, { registrationDeadline: new Date(NOW.getTime() + HOUR) });
    const u = await fx.user();
    expect((await submitApplication(db, fx.input(u.id, course.id), new Date(NOW.getTime() + HOUR - 1))).ok).toBe(true);
  });
});
