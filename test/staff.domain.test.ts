// Staff domain: invites (create, accept once, expired/used/revoked refused), who may invite,
// people with roles and revoking a grant (audit-logged), and /stats numbers on a small fixture.
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../src/db/client.ts";
import { FakeClock } from "./support/clock.ts";
import { freshDb } from "./support/db.ts";
import { Fixtures, useFixtures } from "./support/fixtures.ts";
import { loadRoles, NO_ROLES, type Roles } from "../src/domain/roles.ts";
import { acceptInvite, createInvite, parseInvitePayload, revokeInvite, TOKEN_PATTERN } from "../src/domain/staff/invites.ts";
import { listPeopleWithRoles, revokeGrant } from "../src/domain/staff/people.ts";
import { collectStats } from "../src/domain/staff/stats.ts";
import { kzOffsetMs } from "../src/domain/kz-time.ts";

const T0 = new Date("2026-11-25T06:00:00Z"); // 11:00 in Almaty
const HOUR = 3_600_000;
const ADMIN: Roles = { ...NO_ROLES, admin: true };

let db: Db;
let fx: Fixtures;

useFixtures((w) => ({ db, fx } = w));

const audit = () => db.auditLog.findMany({ orderBy: { id: "asc" } });

/** An admin by grant (acceptance re-checks that the creator may still invite). */
async function adminUser() {
  const user = await fx.user();
  await db.roleGrant.create({ data: { userId: user.id, role: "admin" } });
  return user;
}

describe("invites", () => {
  beforeEach(async () => {
    await db.auditLog.deleteMany();
  });

  it("a link token fits Telegram's start payload; create → accept grants the role once, audit-logged", async () => {
    const clock = new FakeClock(T0);
    const admin = await adminUser();
    const res = await createInvite(db, { actorUserId: admin.id, actorRoles: ADMIN, role: "staff", regionCode: "aktobe", now: clock.now() });
    if (!res.ok) throw new Error(res.reason);
    const { invite } = res;
    const payload = `invite_${invite.token}`;
    expect(payload).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(invite.token).toMatch(TOKEN_PATTERN);
    expect(Buffer.from(invite.token, "base64url").length).toBeGreaterThanOrEqual(16);
    expect(parseInvitePayload(payload)).toBe(invite.token);
    expect(parseInvitePayload("event_12")).toBeNull();
    expect(invite.expiresAt).toEqual(new Date(T0.getTime() + 72 * HOUR));
    const other = await createInvite(db, { actorUserId: admin.id, actorRoles: ADMIN, role: "staff", regionCode: "aktobe", now: clock.now() });
    expect(other.ok && other.invite.token).not.toBe(invite.token);

    const joiner = await fx.user();
    clock.advance(HOUR);
    const accepted = await acceptInvite(db, { token: invite.token, userId: joiner.id, now: clock.now(), adminIds: [] });
    expect(accepted).toMatchObject({ ok: true, alreadyHeld: false });
    expect((await loadRoles(db, joiner, [])).staffRegions).toEqual(["aktobe"]);
    const row = await db.invite.findUniqueOrThrow({ where: { id: invite.id } });
    expect(row).toMatchObject({ usedById: joiner.id, usedAt: clock.now() });
    const notice = await db.delivery.findMany({ where: { kind: "invite_accepted" }, select: { userId: true, ref: true, payload: true } });
    expect(notice).toEqual([{ userId: admin.id, ref: `invite:${invite.id}`, payload: JSON.stringify({ inviteId: invite.id }) }]);
    const grant = await db.roleGrant.findFirstOrThrow({ where: { userId: joiner.id } });
    expect(grant).toMatchObject({ role: "staff", regionCode: "aktobe", grantedById: admin.id, createdAt: clock.now() });

    // Second use, by anyone, is refused; nothing more is granted.
    const late = await fx.user();
    expect(await acceptInvite(db, { token: invite.token, userId: late.id, now: clock.now(), adminIds: [] })).toEqual({ ok: false, reason: "used" });
    expect(await acceptInvite(db, { token: invite.token, userId: joiner.id, now: clock.now(), adminIds: [] })).toEqual({ ok: false, reason: "used" });
    expect(await db.roleGrant.count({ where: { userId: late.id } })).toBe(0);

    const log = await audit();
    expect(log.map((a) => [a.action, a.actorId])).toEqual([
      ["invite.create", admin.id],
      ["invite.create", admin.id],
      ["role.grant", admin.id],
      ["invite.accept", joiner.id],
    ]);
    expect(JSON.parse(log[2]!.details)).toMatchObject({ role: "staff", userId: joiner.id, regionCode: "aktobe" });
    expect(log[2]!.createdAt).toEqual(clock.now());
  });

  it("expired (FakeClock), revoked and unknown tokens are refused and grant nothing", async () => {
    const clock = new FakeClock(T0);
    const admin = await adminUser();
    const p = await fx.provider();
    const made = await createInvite(db, { actorUserId: admin.id, actorRoles: ADMIN, role: "coordinator", providerId: p.id, now: clock.now(), ttlHours: 2 });
    if (!made.ok) throw new Error(made.reason);
    const u = await fx.user();
    clock.advance(2 * HOUR);
    expect(await acceptInvite(db, { token: made.invite.token, userId: u.id, now: clock.now(), adminIds: [] })).toEqual({ ok: false, reason: "expired" });

    const second = await createInvite(db, { actorUserId: admin.id, actorRoles: ADMIN, role: "coordinator", providerId: p.id, now: clock.now() });
    if (!second.ok) throw new Error(second.reason);
    const stranger = await fx.user();
    expect(await revokeInvite(db, { actorUserId: stranger.id, actorRoles: NO_ROLES, inviteId: second.invite.id, now: clock.now() })).toEqual({ ok: false, reason: "forbidden" });
    expect((await revokeInvite(db, { actorUserId: admin.id, actorRoles: ADMIN, inviteId: second.invite.id, now: clock.now() })).ok).toBe(true);
    expect(await revokeInvite(db, { actorUserId: admin.id, actorRoles: ADMIN, inviteId: second.invite.id, now: clock.now() })).toEqual({ ok: false, reason: "revoked" });
    expect(await acceptInvite(db, { token: second.invite.token, userId: u.id, now: clock.now(), adminIds: [] })).toEqual({ ok: false, reason: "revoked" });
    expect(await acceptInvite(db, { token: "A".repeat(24), userId: u.id, now: clock.now(), adminIds: [] })).toEqual({ ok: false, reason: "unknown" });
    expect(await acceptInvite(db, { token: "bad token!", userId: u.id, now: clock.now(), adminIds: [] })).toEqual({ ok: false, reason: "unknown" });
    expect(await db.roleGrant.count({ where: { userId: u.id } })).toBe(0);
    expect((await audit()).map((a) => a.action)).toEqual(["invite.create", "invite.create", "invite.revoke"]);
  });

  it("an identical grant already held still consumes the invite, without a second grant", async () => {
    const admin = await adminUser();
    const u = await fx.user();
    await db.roleGrant.create({ data: { userId: u.id, role: "staff", regionCode: "atyrau" } });
    const made = await createInvite(db, { actorUserId: admin.id, actorRoles: ADMIN, role: "staff", regionCode: "atyrau", now: T0 });
    if (!made.ok) throw new Error(made.reason);
    expect(await acceptInvite(db, { token: made.invite.token, userId: u.id, now: T0, adminIds: [] })).toMatchObject({ ok: true, alreadyHeld: true });
    expect(await db.roleGrant.count({ where: { userId: u.id } })).toBe(1);
    expect((await db.invite.findUniqueOrThrow({ where: { id: made.invite.id } })).usedById).toBe(u.id);
  });

  it("an invite is void once its creator may no longer invite (staff lost the region); ADMIN_IDS admins count", async () => {
    const s = await fx.user();
    const grant = await db.roleGrant.create({ data: { userId: s.id, role: "staff", regionCode: "pavlodar" } });
    const made = await createInvite(db, { actorUserId: s.id, actorRoles: { ...NO_ROLES, staffRegions: ["pavlodar"] }, role: "staff", regionCode: "pavlodar", now: T0 });
    if (!made.ok) throw new Error(made.reason);
    await db.roleGrant.update({ where: { id: grant.id }, data: { revokedAt: T0 } });
    const u = await fx.user();
    expect(await acceptInvite(db, { token: made.invite.token, userId: u.id, now: T0, adminIds: [] })).toEqual({ ok: false, reason: "revoked" });
    expect(await db.roleGrant.count({ where: { userId: u.id } })).toBe(0);

    const configAdmin = await fx.user();
    const byConfig = await createInvite(db, { actorUserId: configAdmin.id, actorRoles: ADMIN, role: "staff", regionCode: "pavlodar", now: T0 });
    if (!byConfig.ok) throw new Error(byConfig.reason);
    expect(await acceptInvite(db, { token: byConfig.invite.token, userId: u.id, now: T0, adminIds: [Number(configAdmin.telegramId)] })).toMatchObject({ ok: true });
  });

  it("staff invite staff of their own regions only; scopes are checked; jobseekers invite nobody", async () => {
    const staff: Roles = { ...NO_ROLES, staffRegions: ["karaganda"] };
    const s = await fx.user();
    const p = await fx.provider();
    expect((await createInvite(db, { actorUserId: s.id, actorRoles: staff, role: "staff", regionCode: "karaganda", now: T0 })).ok).toBe(true);
    expect(await createInvite(db, { actorUserId: s.id, actorRoles: staff, role: "staff", regionCode: "aktobe", now: T0 })).toEqual({ ok: false, reason: "forbidden" });
    expect(await createInvite(db, { actorUserId: s.id, actorRoles: staff, role: "coordinator", providerId: p.id, now: T0 })).toEqual({ ok: false, reason: "forbidden" });
    expect(await createInvite(db, { actorUserId: s.id, actorRoles: NO_ROLES, role: "staff", regionCode: "karaganda", now: T0 })).toEqual({ ok: false, reason: "forbidden" });
    expect(await createInvite(db, { actorUserId: s.id, actorRoles: ADMIN, role: "staff", regionCode: "atlantis", now: T0 })).toEqual({ ok: false, reason: "scope_unknown" });
    expect(await createInvite(db, { actorUserId: s.id, actorRoles: ADMIN, role: "coordinator", courseId: 999_999, now: T0 })).toEqual({ ok: false, reason: "scope_unknown" });
    expect(await createInvite(db, { actorUserId: s.id, actorRoles: ADMIN, role: "admin" as never, now: T0 })).toEqual({ ok: false, reason: "scope_unknown" });
  });
});

describe("people with roles", () => {
  it("groups unrevoked grants per person with names; config admins shown; revoking is audit-logged", async () => {
    await db.roleGrant.deleteMany();
    await db.auditLog.deleteMany();
    const p = await fx.provider("Metal Academy");
    const c = await fx.course(p.id, { titleEn: "Welding basics" });
    const admin = await fx.user({ username: "boss" });
    const a = await fx.user({ firstName: "Aigerim", username: "aigerim" });
    const b = await fx.user({ firstName: "Bolat" });
    await db.roleGrant.createMany({
      data: [
        { userId: a.id, role: "staff", regionCode: "karaganda" },
        { userId: a.id, role: "coordinator", courseId: c.id },
        { userId: b.id, role: "coordinator", providerId: p.id },
        { userId: b.id, role: "staff", regionCode: "aktobe", revokedAt: T0 },
      ],
    });
    const page = await listPeopleWithRoles(db, 0, [Number(admin.telegramId), 77_777], 2);
    expect(page).toMatchObject({ total: 3, pages: 2, page: 0 });
    expect(page.items.map((p) => [p.userId, p.configAdmin, p.grants.length])).toEqual([[admin.id, true, 0], [a.id, false, 2]]);
    expect(page.items[1]!.grants.map((g) => [g.role, g.regionCode, g.course?.titleEn ?? null])).toEqual([["staff", "karaganda", null], ["coordinator", null, "Welding basics"]]);
    const second = await listPeopleWithRoles(db, 9, [Number(admin.telegramId)], 2);
    expect(second.page).toBe(1);
    expect(second.items[0]!.grants[0]!.provider?.nameEn).toMatch(/^Metal Academy/);

    const grantId = page.items[1]!.grants[0]!.id;
    const res = await revokeGrant(db, { actorUserId: admin.id, grantId, now: T0 });
    expect(res).toMatchObject({ ok: true, grant: { userId: a.id, role: "staff", regionCode: "karaganda" } });
    expect(await revokeGrant(db, { actorUserId: admin.id, grantId, now: T0 })).toEqual({ ok: false, reason: "already_revoked" });
    expect(await revokeGrant(db, { actorUserId: admin.id, grantId: 999_999, now: T0 })).toEqual({ ok: false, reason: "unknown" });
    expect((await loadRoles(db, a, [])).staffRegions).toEqual([]);
    const [entry] = await audit();
    expect(entry).toMatchObject({ actorId: admin.id, action: "role.revoke", entity: "RoleGrant", entityId: String(grantId), createdAt: T0 });
    expect(JSON.parse(entry!.details)).toMatchObject({ role: "staff", userId: a.id, regionCode: "karaganda" });

    const own = await db.roleGrant.create({ data: { userId: admin.id, role: "admin" } });
    expect(await revokeGrant(db, { actorUserId: admin.id, grantId: own.id, now: T0 })).toEqual({ ok: false, reason: "own_admin" });
  });
});

describe("stats", () => {
  it("counts users, subscribers, sign-ups, deliveries, regions and a 7-day local trend", async () => {
    const s = await freshDb();
    try {
      const d = s.db;
      const f = new Fixtures(d);
      const now = new Date("2026-11-25T20:00:00Z"); // 01:00 on the 26th in Almaty
      expect(kzOffsetMs(now) / 60_000).toBe(300);
      const ago = (h: number) => new Date(now.getTime() - h * HOUR);
      const k1 = await f.user({ regionCode: "karaganda", createdAt: ago(0.5) }); // the 26th local
      const k2 = await f.user({ regionCode: "karaganda", createdAt: ago(2) }); // 18:00 UTC = 23:00 on the 25th
      const k3 = await f.user({ regionCode: "karaganda", createdAt: ago(30 * 24), isActive: false });
      const a1 = await f.user({ regionCode: "aktobe", createdAt: ago(3 * 24) });
      await f.user({ regionCode: null, createdAt: ago(10 * 24) });
      await d.subscription.createMany({
        data: [
          { userId: k1.id, regionCode: "karaganda", topic: "events" },
          { userId: k1.id, regionCode: "karaganda", topic: "vacancies" },
          { userId: k1.id, regionCode: "aktobe", topic: "events" },
          { userId: k3.id, regionCode: "karaganda", topic: "events" }, // blocked the bot: not counted
          { userId: a1.id, regionCode: "aktobe", topic: "events" },
        ],
      });
      const p = await f.provider();
      const ck = await f.course(p.id, { regionCode: "karaganda" });
      const ca = await f.course(p.id, { regionCode: "aktobe" });
      const reg = (userId: number, courseId: number, status: string, createdAt: Date) =>
        d.registration.create({ data: { userId, courseId, status, fullName: "X", phone: "+77011234567", educationLevel: "college", createdAt } });
      await reg(k1.id, ck.id, "pending", ago(0.5));
      await reg(k2.id, ck.id, "approved", ago(2));
      await reg(a1.id, ca.id, "pending", ago(3 * 24));
      await reg(k3.id, ck.id, "rejected", ago(20 * 24));
      const delivery = (userId: number, ref: string, status: string, sentAt: Date | null) => d.delivery.create({ data: { kind: "broadcast", ref, userId, status, sentAt } });
      await delivery(k1.id, "b1", "sent", ago(1.5)); // 23:30 on the 25th local
      await delivery(k2.id, "b1", "sent", ago(1.5));
      await delivery(a1.id, "b1", "blocked", null);
      await delivery(a1.id, "b2", "sent", ago(6 * 24 + 1)); // 00:00 on the 20th local: the first trend day
      await delivery(k1.id, "b3", "pending", null);
      // Older than the outbox's retention: no longer counted (and purged by its job).
      await d.delivery.create({ data: { kind: "broadcast", ref: "b0", userId: k1.id, status: "sent", sentAt: ago(100 * 24), updatedAt: ago(100 * 24) } });
      const event = (regionCode: string, startsAt: Date, status = "published") =>
        d.event.create({ data: { externalId: `ev-${regionCode}-${startsAt.getTime()}-${status}`, regionCode, kind: "job_fair", titleEn: "Fair", startsAt, endsAt: startsAt, status } });
      await event("karaganda", new Date(now.getTime() + 24 * HOUR));
      await event("karaganda", new Date(now.getTime() + 48 * HOUR), "cancelled");
      await event("karaganda", ago(24));
      await event("aktobe", new Date(now.getTime() + 24 * HOUR));

      const all = await collectStats(d, { now, regionCodes: "all" });
      expect(all.users).toEqual({ total: 5, active: 4, newLast7Days: 3 });
      expect(all.subscribers).toBe(2);
      expect(all.signupsByStatus).toEqual({ pending: 2, approved: 1, rejected: 1 });
      expect(all.deliveriesByStatus).toEqual({ sent: 3, blocked: 1, pending: 1 });
      expect(all.regions).toEqual([
        { regionCode: "aktobe", users: 1, subscribers: 2, signups: 1, upcomingEvents: 1 },
        { regionCode: "karaganda", users: 3, subscribers: 1, signups: 3, upcomingEvents: 1 },
      ]);
      expect(all.trend.map((x) => x.day)).toEqual(["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"]);
      expect(all.trend.map((x) => [x.newUsers, x.signups, x.deliveriesSent])).toEqual([
        [0, 0, 1], [0, 0, 0], [0, 0, 0], [1, 1, 0], [0, 0, 0], [1, 1, 2], [1, 1, 0],
      ]);

      const karaganda = await collectStats(d, { now, regionCodes: ["karaganda"] });
      expect(karaganda.users).toEqual({ total: 3, active: 2, newLast7Days: 2 });
      expect(karaganda.subscribers).toBe(1);
      expect(karaganda.signupsByStatus).toEqual({ pending: 1, approved: 1, rejected: 1 });
      expect(karaganda.deliveriesByStatus).toEqual({ sent: 2, pending: 1 });
      expect(karaganda.regions.map((r) => r.regionCode)).toEqual(["karaganda"]);
      expect(karaganda.trend.reduce((n, x) => n + x.deliveriesSent, 0)).toBe(2);

      // An event change notice still being expanded: its remaining reachable recipients wait as
      // "pending". Watchers k1 < k2 < k3 < a1 (ids in creation order); the cursor is past k1, and
      // k3 blocked the bot: k2 and a1 are left (k2 alone in karaganda). A done fan-out adds nothing.
      const watched = await event("karaganda", new Date(now.getTime() + 10 * HOUR));
      for (const u of [k1, k2, k3, a1]) await d.watch.create({ data: { userId: u.id, itemType: "event", itemId: watched.id } });
      const audience = JSON.stringify({ type: "watchers", itemType: "event", itemId: watched.id });
      await d.fanout.create({ data: { kind: "event_changed", ref: `event:${watched.id}:a`, notBefore: now, audience, cursor: k1.id } });
      await d.fanout.create({ data: { kind: "event_changed", ref: `event:${watched.id}:b`, notBefore: now, audience, status: "done" } });
      expect((await collectStats(d, { now, regionCodes: "all" })).deliveriesByStatus).toEqual({ sent: 3, blocked: 1, pending: 1 + 2 });
      expect((await collectStats(d, { now, regionCodes: ["karaganda"] })).deliveriesByStatus).toEqual({ sent: 2, pending: 1 + 1 });

      const none = await collectStats(d, { now, regionCodes: [] });
      expect(none.users.total).toBe(0);
      expect(none.regions).toEqual([]);
    } finally {
      await s.cleanup();
    }
  });
});
