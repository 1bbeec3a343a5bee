import { describe, expect, it } from "vitest";
import type { Db } from "../src/db/client.ts";
import { canCoordinateCourse, coordinatedCourseIds, grantRole, isCoordinator, loadRoles, NO_ROLES, revokeRole } from "../src/domain/roles.ts";
import { Fixtures, useFixtures, NOW } from "./support/fixtures.ts";

let db: Db;
let fx: Fixtures;

useFixtures((w) => ({ db, fx } = w));

describe("loadRoles", () => {
  it("admins from ADMIN_IDS or an admin grant; staff regions; coordinator scopes; revoked grants ignored", async () => {
    const p = await fx.provider();
    const c = await fx.course(p.id);
    const u = await fx.user();
    expect(await loadRoles(db, u, [])).toEqual(NO_ROLES);
    expect((await loadRoles(db, u, [1, Number(u.telegramId)])).admin).toBe(true);
    await db.roleGrant.createMany({
      data: [
        { userId: u.id, role: "staff", regionCode: "karaganda" },
        { userId: u.id, role: "coordinator", providerId: p.id },
        { userId: u.id, role: "coordinator", courseId: c.id },
        { userId: u.id, role: "coordinator", providerId: p.id }, // a duplicate grant counts once
        { userId: u.id, role: "staff", regionCode: "aktobe", revokedAt: NOW },
      ],
    });
    expect(await loadRoles(db, u, [])).toEqual({ admin: false, staffRegions: ["karaganda"], coordinatorProviderIds: [p.id], coordinatorCourseIds: [c.id] });
    const a = await fx.user();
    await db.roleGrant.create({ data: { userId: a.id, role: "admin" } });
    expect((await loadRoles(db, a, [])).admin).toBe(true);
  });
});

describe("course scope", () => {
  it("through the provider, a single course, or admin; never for missing courses", async () => {
    const p1 = await fx.provider();
    const p2 = await fx.provider();
    const a = await fx.course(p1.id);
    const b = await fx.course(p1.id);
    const c = await fx.course(p2.id);
    const byProvider = { ...NO_ROLES, coordinatorProviderIds: [p1.id] };
    const byCourse = { ...NO_ROLES, coordinatorCourseIds: [c.id] };
    const admin = { ...NO_ROLES, admin: true };

    expect(isCoordinator(NO_ROLES)).toBe(false);
    expect([byProvider, byCourse, admin].every(isCoordinator)).toBe(true);
    expect(await coordinatedCourseIds(db, byProvider)).toEqual([a.id, b.id]);
    expect(await coordinatedCourseIds(db, byCourse)).toEqual([c.id]);
    expect(await coordinatedCourseIds(db, admin)).toBe("all");
    expect(await coordinatedCourseIds(db, NO_ROLES)).toEqual([]);

    expect(await canCoordinateCourse(db, byProvider, a.id)).toBe(true);
    expect(await canCoordinateCourse(db, byProvider, c.id)).toBe(false);
    expect(await canCoordinateCourse(db, byCourse, c.id)).toBe(true);
    expect(await canCoordinateCourse(db, byCourse, a.id)).toBe(false);
    expect(await canCoordinateCourse(db, admin, c.id)).toBe(true);
    expect(await canCoordinateCourse(db, admin, 9_999_999)).toBe(false);
    expect(await canCoordinateCourse(db, { ...NO_ROLES, coordinatorCourseIds: [9_999_999] }, 9_999_999)).toBe(false);
    expect(await canCoordinateCourse(db, NO_ROLES, a.id)).toBe(false);
  });
});

describe("grantRole / revokeRole", () => {
  it("grants a coordinator role by provider or course, refuses unknown users and scopes, audit-logs", async () => {
    const p = await fx.provider();
    const c = await fx.course(p.id);
    const admin = await fx.user();
    const target = await fx.user();
    const q = { actorUserId: admin.id, targetTelegramId: target.telegramId, role: "coordinator" as const, now: NOW };

    expect(await grantRole(db, { ...q, targetTelegramId: 424242n, providerId: p.id })).toEqual({ ok: false, reason: "user_unknown" });
    expect(await grantRole(db, { ...q, providerId: 9_999_999 })).toEqual({ ok: false, reason: "scope_unknown" });
    expect(await grantRole(db, { ...q, courseId: 9_999_999 })).toEqual({ ok: false, reason: "scope_unknown" });
    expect(await grantRole(db, q)).toEqual({ ok: false, reason: "scope_unknown" }); // a coordinator of what?
    expect(await grantRole(db, { ...q, providerId: p.id, courseId: c.id })).toEqual({ ok: false, reason: "scope_unknown" });
    expect(await db.auditLog.count({ where: { action: "role.grant" } })).toBe(0);

    expect(await grantRole(db, { ...q, providerId: p.id })).toEqual({ ok: true });
    expect(await grantRole(db, { ...q, providerId: p.id })).toEqual({ ok: false, reason: "already" });
    expect(await grantRole(db, { ...q, courseId: c.id })).toEqual({ ok: true });
    expect(await loadRoles(db, target, [])).toMatchObject({ coordinatorProviderIds: [p.id], coordinatorCourseIds: [c.id] });
    const grant = await db.roleGrant.findFirstOrThrow({ where: { userId: target.id, providerId: p.id } });
    expect(grant).toMatchObject({ grantedById: admin.id, createdAt: NOW, revokedAt: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "role.grant", entityId: String(grant.id) } });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.parse(audit.details)).toEqual({
      role: "coordinator", userId: target.id, telegramId: target.telegramId.toString(), regionCode: null, providerId: p.id, courseId: null,
    });
  });

  it("staff need a known region; admin no scope", async () => {
    const admin = await fx.user();
    const target = await fx.user();
    const q = { actorUserId: admin.id, targetTelegramId: target.telegramId, now: NOW };
    expect(await grantRole(db, { ...q, role: "staff", regionCode: "atlantis" })).toEqual({ ok: false, reason: "scope_unknown" });
    expect(await grantRole(db, { ...q, role: "staff", regionCode: "turkistan" })).toEqual({ ok: true });
    expect(await grantRole(db, { ...q, role: "admin", regionCode: "turkistan" })).toEqual({ ok: false, reason: "scope_unknown" });
    expect(await grantRole(db, { ...q, role: "admin" })).toEqual({ ok: true });
    expect(await loadRoles(db, target, [])).toMatchObject({ admin: true, staffRegions: ["turkistan"] });
  });

  it("revoke ends the grant (kept, with revokedAt), audit-logged; revoking again is not_granted", async () => {
    const p = await fx.provider();
    const admin = await fx.user();
    const target = await fx.user();
    const q = { actorUserId: admin.id, targetTelegramId: target.telegramId, role: "coordinator" as const, providerId: p.id, now: NOW };
    await grantRole(db, q);
    expect(await revokeRole(db, q)).toEqual({ ok: true });
    expect(await loadRoles(db, target, [])).toEqual(NO_ROLES);
    expect(await db.roleGrant.count({ where: { userId: target.id, revokedAt: NOW } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "role.revoke", actorId: admin.id } })).toBe(1);
    expect(await revokeRole(db, q)).toEqual({ ok: false, reason: "not_granted" });
    expect(await grantRole(db, q)).toEqual({ ok: true }); // and may be granted again
  });
});
