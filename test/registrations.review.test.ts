// Coordinators: their courses, the applications, decisions — and forged requests for courses
// that are not theirs, which must change nothing at all.
import { describe, expect, it } from "vitest";
import type { Db } from "../src/db/client.ts";
import { coordinatorCourses, decide, getApplication, listApplications, MAX_REJECT_REASON } from "../src/domain/registrations/review.ts";
import { loadRoles, type Roles } from "../src/domain/roles.ts";
import { DAY, Fixtures, useFixtures, NOW, inDays } from "./support/fixtures.ts";

let db: Db;
let fx: Fixtures;

useFixtures((w) => ({ db, fx } = w));

/** Two providers, a coordinator of each, a course-only coordinator, and applications. */
async function world() {
  const mine = await fx.provider("Mine");
  const theirs = await fx.provider("Theirs");
  const course = await fx.course(mine.id, { capacity: 2 });
  const otherCourse = await fx.course(theirs.id, { capacity: 2 });
  const me = await fx.coordinator({ providerId: mine.id });
  const them = await fx.coordinator({ providerId: theirs.id });
  const courseOnly = await fx.coordinator({ courseId: otherCourse.id });
  const roles = async (u: { id: number; telegramId: bigint }) => loadRoles(db, u, []);
  const apps = [await fx.apply(course.id), await fx.apply(course.id), await fx.apply(course.id)]; // pending, pending, waitlisted
  const theirApp = await fx.apply(otherCourse.id);
  return { mine, theirs, course, otherCourse, me, them, courseOnly, roles, apps, theirApp };
}

/** Everything a decision may touch, to prove a refused one touched nothing. */
async function snapshot() {
  return {
    registrations: await db.registration.findMany({ orderBy: { id: "asc" } }),
    audit: await db.auditLog.count(),
    deliveries: await db.delivery.findMany({ orderBy: { id: "asc" } }),
  };
}

describe("decide: scope first", () => {
  it("forged requests for another provider's or another course's registration are forbidden and change nothing", async () => {
    const w = await world();
    const meRoles = await w.roles(w.me);
    const courseOnlyRoles = await w.roles(w.courseOnly);
    const before = await snapshot();
    for (const decision of ["approve", "waitlist", "reject"] as const) {
      expect(await decide(db, { roles: meRoles, actorUserId: w.me.id, registrationId: w.theirApp.registrationId, decision, reason: "x", now: NOW }))
        .toEqual({ ok: false, reason: "forbidden" });
      expect(await decide(db, { roles: courseOnlyRoles, actorUserId: w.courseOnly.id, registrationId: w.apps[0]!.registrationId, decision, reason: "x", now: NOW }))
        .toEqual({ ok: false, reason: "forbidden" });
    }
    // A reject without a reason on someone else's course is still "forbidden": scope is checked first.
    expect(await decide(db, { roles: meRoles, actorUserId: w.me.id, registrationId: w.theirApp.registrationId, decision: "reject", now: NOW }))
      .toEqual({ ok: false, reason: "forbidden" });
    // A jobseeker, and a coordinator whose grant was revoked.
    const nobody = await fx.user();
    expect(await decide(db, { roles: await w.roles(nobody), actorUserId: nobody.id, registrationId: w.apps[0]!.registrationId, decision: "approve", now: NOW }))
      .toEqual({ ok: false, reason: "forbidden" });
    await db.roleGrant.updateMany({ where: { userId: w.them.id }, data: { revokedAt: NOW } });
    expect(await decide(db, { roles: await w.roles(w.them), actorUserId: w.them.id, registrationId: w.theirApp.registrationId, decision: "approve", now: NOW }))
      .toEqual({ ok: false, reason: "forbidden" });
    expect(await snapshot()).toEqual(before);
  });

  it("a course-only coordinator decides for that course; an admin (ADMIN_IDS) for any", async () => {
    const w = await world();
    expect(await decide(db, { roles: await w.roles(w.courseOnly), actorUserId: w.courseOnly.id, registrationId: w.theirApp.registrationId, decision: "approve", now: NOW }))
      .toEqual({ ok: true, status: "approved" });
    const admin = await fx.user();
    const adminRoles = await loadRoles(db, admin, [Number(admin.telegramId)]);
    expect(await decide(db, { roles: adminRoles, actorUserId: admin.id, registrationId: w.apps[0]!.registrationId, decision: "approve", now: NOW }))
      .toEqual({ ok: true, status: "approved" });
  });

  it("an unknown registration is not_found", async () => {
    const w = await world();
    expect(await decide(db, { roles: await w.roles(w.me), actorUserId: w.me.id, registrationId: 9_999_999, decision: "approve", now: NOW }))
      .toEqual({ ok: false, reason: "not_found" });
  });
});

describe("decide: the decisions", () => {
  it("approve a pending one: decider recorded, audit row, notice to the applicant", async () => {
    const w = await world();
    const roles = await w.roles(w.me);
    const id = w.apps[0]!.registrationId;
    expect(await decide(db, { roles, actorUserId: w.me.id, registrationId: id, decision: "approve", now: NOW })).toEqual({ ok: true, status: "approved" });
    expect(await db.registration.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "approved", decidedById: w.me.id, decidedAt: NOW });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entity: "Registration", entityId: String(id) } });
    expect(audit).toMatchObject({ actorId: w.me.id, action: "registration.approve" });
    expect(JSON.parse(audit.details)).toEqual({ courseId: w.course.id, from: "pending", to: "approved" });
    const notice = await db.delivery.findFirstOrThrow({ where: { userId: w.apps[0]!.user.id, kind: "registration_status" } });
    expect(notice.ref).toBe(`registration:${id}:approved`);
    expect(JSON.parse(notice.payload)).toEqual({ registrationId: id, status: "approved" });
    // Approving twice is not a state change.
    expect(await decide(db, { roles, actorUserId: w.me.id, registrationId: id, decision: "approve", now: NOW })).toEqual({ ok: false, reason: "invalid_state" });
  });

  it("approve a waitlisted one only when a seat is free", async () => {
    const w = await world();
    const roles = await w.roles(w.me);
    const waiting = w.apps[2]!.registrationId;
    expect(await decide(db, { roles, actorUserId: w.me.id, registrationId: waiting, decision: "approve", now: NOW })).toEqual({ ok: false, reason: "no_seats" });
    expect((await db.registration.findUniqueOrThrow({ where: { id: waiting } })).status).toBe("waitlisted");
    await db.course.update({ where: { id: w.course.id }, data: { capacity: 3 } }); // a bigger room
    expect(await decide(db, { roles, actorUserId: w.me.id, registrationId: waiting, decision: "approve", now: NOW })).toEqual({ ok: true, status: "approved" });
  });

  it("a course made smaller than its applications: approvals stop at capacity", async () => {
    const w = await world();
    const roles = await w.roles(w.me);
    await db.course.update({ where: { id: w.course.id }, data: { capacity: 1 } });
    const approve = (i: number) => decide(db, { roles, actorUserId: w.me.id, registrationId: w.apps[i]!.registrationId, decision: "approve", now: NOW });
    expect(await approve(0)).toEqual({ ok: true, status: "approved" });
    expect(await approve(1)).toEqual({ ok: false, reason: "no_seats" });
  });

  it("reject needs a reason of 1–500 characters; the seat goes to the waitlist", async () => {
    const w = await world();
    const roles = await w.roles(w.me);
    const id = w.apps[0]!.registrationId;
    const reject = (reason?: string) => decide(db, { roles, actorUserId: w.me.id, registrationId: id, decision: "reject", reason, now: NOW });
    const before = await snapshot();
    for (const reason of [undefined, "", "   \n ", "я".repeat(MAX_REJECT_REASON + 1)]) expect(await reject(reason)).toEqual({ ok: false, reason: "reason_required" });
    expect(await snapshot()).toEqual(before);
    expect(await reject("  Нет документов об образовании  ")).toEqual({ ok: true, status: "rejected" });
    expect(await db.registration.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "rejected", rejectReason: "Нет документов об образовании" });
    expect((await db.registration.findUniqueOrThrow({ where: { id: w.apps[2]!.registrationId } })).status).toBe("offered");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entity: "Registration", entityId: String(id) } });
    expect(JSON.parse(audit.details)).toMatchObject({ from: "pending", to: "rejected", reason: "Нет документов об образовании" });
    expect(await reject("again")).toEqual({ ok: false, reason: "invalid_state" });
  });

  it("waitlist a pending one: the seat is offered to the person already waiting, not back to them", async () => {
    const w = await world();
    const roles = await w.roles(w.me);
    const id = w.apps[0]!.registrationId;
    expect(await decide(db, { roles, actorUserId: w.me.id, registrationId: id, decision: "waitlist", now: NOW })).toEqual({ ok: true, status: "waitlisted" });
    expect((await db.registration.findUniqueOrThrow({ where: { id } })).status).toBe("waitlisted");
    expect((await db.registration.findUniqueOrThrow({ where: { id: w.apps[2]!.registrationId } })).status).toBe("offered");
    expect(await decide(db, { roles, actorUserId: w.me.id, registrationId: id, decision: "waitlist", now: NOW })).toEqual({ ok: false, reason: "invalid_state" });
  });
});

describe("reading applications", () => {
  it("coordinatorCourses: own running courses with counts per status; ended courses left out", async () => {
    const w = await world();
    await fx.course(w.mine.id, { startsAt: inDays(-40), registrationDeadline: inDays(-50), durationWeeks: 4 }); // ended
    const running = await fx.course(w.mine.id, { startsAt: inDays(-7), registrationDeadline: inDays(-10), durationWeeks: 4 });
    const list = await coordinatorCourses(db, await w.roles(w.me), NOW);
    expect(list.map((c) => c.course.id)).toEqual([running.id, w.course.id]);
    expect(list[1]!.counts).toEqual({ pending: 2, approved: 0, waitlisted: 1, offered: 0, rejected: 0, cancelled: 0, withdrawn: 0 });
    expect(list[1]!.course.provider.id).toBe(w.mine.id);
    expect(await coordinatorCourses(db, await w.roles(await fx.user()), NOW)).toEqual([]);
  });

  it("listApplications: queue order, paginated; null for a course that is not the caller's", async () => {
    const w = await world();
    const roles = await w.roles(w.me);
    const page = await listApplications(db, { roles, courseId: w.course.id, status: "pending", page: 7 });
    expect(page).toMatchObject({ page: 0, pages: 1, total: 2 });
    expect(page!.items.map((r) => r.id)).toEqual([w.apps[0]!.registrationId, w.apps[1]!.registrationId]);
    expect(await listApplications(db, { roles, courseId: w.otherCourse.id, status: "pending", page: 0 })).toBeNull();
    expect(await listApplications(db, { roles, courseId: 9_999_999, status: "pending", page: 0 })).toBeNull();
  });

  it("getApplication: the caller's only", async () => {
    const w = await world();
    const roles = await w.roles(w.me);
    expect((await getApplication(db, { roles, registrationId: w.apps[0]!.registrationId }))?.user.telegramId).toBe(w.apps[0]!.user.telegramId);
    expect(await getApplication(db, { roles, registrationId: w.theirApp.registrationId })).toBeNull();
    expect(await getApplication(db, { roles, registrationId: Number.NaN })).toBeNull();
  });

  it("roles passed in are re-checked against the database: a forged Roles object for a deleted course gets nothing", async () => {
    const forged: Roles = { admin: false, staffRegions: [], coordinatorProviderIds: [], coordinatorCourseIds: [123_456] };
    expect(await listApplications(db, { roles: forged, courseId: 123_456, status: "pending", page: 0 })).toBeNull();
    expect(await coordinatorCourses(db, forged, new Date(NOW.getTime() + DAY))).toEqual([]);
  });
});
