// Who may do what. Admins come from ADMIN_IDS (or an admin grant); staff are scoped to regions,
// coordinators to providers or single courses (RoleGrant rows, revoked by setting revokedAt).
// Loaded per update only where needed — never for every jobseeker message.
import { syncDbOf } from "../db/sqlite.ts";
import type { Db } from "../db/client.ts";
import { writeTransaction, type Tx } from "./registrations/tx.ts";

export const ROLE_NAMES = ["admin", "staff", "coordinator"] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

export interface Roles {
  admin: boolean;
  staffRegions: string[];
  coordinatorProviderIds: number[];
  coordinatorCourseIds: number[];
}

export const NO_ROLES: Roles = { admin: false, staffRegions: [], coordinatorProviderIds: [], coordinatorCourseIds: [] };

/** The roles of a user: ADMIN_IDS (Telegram ids) plus their unrevoked grants (one query). */
export async function loadRoles(db: Db, user: { id: number; telegramId: bigint }, adminIds: number[]): Promise<Roles> {
  const grants = await db.roleGrant.findMany({
    where: { userId: user.id, revokedAt: null },
    select: { role: true, regionCode: true, providerId: true, courseId: true },
  });
  const ids = <T>(values: Array<T | null>): T[] => [...new Set(values.filter((v): v is T => v !== null))];
  const coordinator = grants.filter((g) => g.role === "coordinator");
  return {
    admin: isAdminId(adminIds, user.telegramId) || grants.some((g) => g.role === "admin"),
    staffRegions: ids(grants.filter((g) => g.role === "staff").map((g) => g.regionCode)),
    coordinatorProviderIds: ids(coordinator.map((g) => g.providerId)),
    coordinatorCourseIds: ids(coordinator.map((g) => g.courseId)),
  };
}

/** Whether a Telegram account is one of ADMIN_IDS (admins by configuration, without a grant). */
export function isAdminId(adminIds: readonly number[], telegramId: bigint): boolean {
  return adminIds.some((id) => BigInt(id) === telegramId);
}

/**
 * Whether the person holds any role: an ADMIN_IDS admin or an unrevoked grant. A prepared
 * statement (src/db/sqlite.ts), cheap enough to ask on every language change.
 */
export function holdsAnyRole(db: Db, user: { id: number; telegramId: bigint }, adminIds: number[]): boolean {
  if (isAdminId(adminIds, user.telegramId)) return true;
  return syncDbOf(db).get(`SELECT 1 AS "held" FROM "RoleGrant" WHERE "userId" = ? AND "revokedAt" IS NULL LIMIT 1`, user.id) !== undefined;
}

export function isStaff(r: Roles): boolean {
  return r.admin || r.staffRegions.length > 0;
}

/**
 * The server-side check behind every staff action on a region's data (callback data can be
 * forged): admins manage every region, staff the regions of their grants.
 */
export function canManageRegion(r: Roles, regionCode: string | null | undefined): boolean {
  return typeof regionCode === "string" && (r.admin || r.staffRegions.includes(regionCode));
}

export function isCoordinator(r: Roles): boolean {
  return r.admin || r.coordinatorProviderIds.length > 0 || r.coordinatorCourseIds.length > 0;
}

/** Ids of the courses the user coordinates (of their providers, plus single courses); admins: "all". */
export async function coordinatedCourseIds(db: Db, r: Roles): Promise<number[] | "all"> {
  if (r.admin) return "all";
  if (!isCoordinator(r)) return [];
  const rows = await db.course.findMany({
    where: { OR: [{ providerId: { in: r.coordinatorProviderIds } }, { id: { in: r.coordinatorCourseIds } }] },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return rows.map((c) => c.id);
}

/**
 * The server-side check behind every coordinator action (callback data can be forged): the
 * course exists and is the user's — directly, through its provider, or as an admin.
 */
export async function canCoordinateCourse(db: Pick<Db, "course">, r: Roles, courseId: number): Promise<boolean> {
  if (!Number.isSafeInteger(courseId) || courseId <= 0 || !isCoordinator(r)) return false;
  const course = await db.course.findUnique({ where: { id: courseId }, select: { providerId: true } });
  if (!course) return false;
  return r.admin || r.coordinatorCourseIds.includes(courseId) || r.coordinatorProviderIds.includes(course.providerId);
}

export interface RoleChange {
  actorUserId: number;
  targetTelegramId: bigint;
  role: RoleName;
  regionCode?: string;
  providerId?: number;
  courseId?: number;
  now: Date;
}

export type Scope = { regionCode: string | null; providerId: number | null; courseId: number | null };

export type ScopeRequest = Pick<RoleChange, "role" | "regionCode" | "providerId" | "courseId">;

/**
 * The scope a role needs, checked against the database: admin none, staff a known region,
 * coordinator exactly one known provider or course. Null when it does not fit.
 */
export async function resolveScope(db: Db, q: ScopeRequest): Promise<Scope | null> {
  const given = [q.regionCode, q.providerId, q.courseId].filter((v) => v !== undefined).length;
  const none: Scope = { regionCode: null, providerId: null, courseId: null };
  if (q.role === "admin") return given === 0 ? none : null;
  if (q.role === "staff") {
    if (given !== 1 || !q.regionCode) return null;
    const region = await db.region.findUnique({ where: { code: q.regionCode }, select: { code: true } });
    return region ? { ...none, regionCode: region.code } : null;
  }
  if (given !== 1) return null;
  if (q.providerId !== undefined) {
    const provider = Number.isSafeInteger(q.providerId) ? await db.provider.findUnique({ where: { id: q.providerId }, select: { id: true } }) : null;
    return provider ? { ...none, providerId: provider.id } : null;
  }
  const course = Number.isSafeInteger(q.courseId) ? await db.course.findUnique({ where: { id: q.courseId }, select: { id: true } }) : null;
  return course ? { ...none, courseId: course.id } : null;
}

async function target(db: Db, q: RoleChange): Promise<{ user: { id: number } | null; scope: Scope | null }> {
  const user = await db.user.findUnique({ where: { telegramId: q.targetTelegramId }, select: { id: true } });
  return { user, scope: user ? await resolveScope(db, q) : null };
}

/** The AuditLog row of a role change (also written by invites and /staff revocations). */
export function roleAudit(q: Pick<RoleChange, "actorUserId" | "targetTelegramId" | "role" | "now">, action: "role.grant" | "role.revoke", userId: number, scope: Scope, grantIds: number[]) {
  return {
    actorId: q.actorUserId,
    action,
    entity: "RoleGrant",
    entityId: grantIds.join(","),
    details: JSON.stringify({ role: q.role, userId, telegramId: q.targetTelegramId.toString(), ...scope }),
    createdAt: q.now,
  };
}

/**
 * Inside a transaction: grants `role` with a resolved scope to a known user, audit-logged;
 * an identical unrevoked grant is left as it is ("already").
 */
export async function grantInTx(tx: Tx, q: Pick<RoleChange, "actorUserId" | "targetTelegramId" | "role" | "now">, userId: number, scope: Scope): Promise<{ ok: true; grantId: number } | { ok: false; reason: "already"; grantId: number }> {
  const existing = await tx.roleGrant.findFirst({ where: { userId, role: q.role, revokedAt: null, ...scope }, select: { id: true } });
  if (existing) return { ok: false, reason: "already", grantId: existing.id };
  const grant = await tx.roleGrant.create({ data: { userId, role: q.role, ...scope, grantedById: q.actorUserId, createdAt: q.now } });
  await tx.auditLog.create({ data: roleAudit(q, "role.grant", userId, scope, [grant.id]) });
  return { ok: true, grantId: grant.id };
}

/**
 * Grants a role (the caller has checked that the actor is an admin). The target must have
 * started the bot; an identical unrevoked grant is "already". Audit-logged.
 */
export async function grantRole(db: Db, q: RoleChange): Promise<{ ok: true } | { ok: false; reason: "user_unknown" | "scope_unknown" | "already" }> {
  const { user, scope } = await target(db, q);
  if (!user) return { ok: false, reason: "user_unknown" };
  if (!scope) return { ok: false, reason: "scope_unknown" };
  return writeTransaction(db, async (tx) => {
    const granted = await grantInTx(tx, q, user.id, scope);
    return granted.ok ? ({ ok: true } as const) : ({ ok: false, reason: "already" } as const);
  });
}

/** Revokes the matching unrevoked grant(s) (the caller has checked the actor). Audit-logged. */
export async function revokeRole(db: Db, q: RoleChange): Promise<{ ok: true } | { ok: false; reason: "user_unknown" | "scope_unknown" | "not_granted" }> {
  const { user, scope } = await target(db, q);
  if (!user) return { ok: false, reason: "user_unknown" };
  if (!scope) return { ok: false, reason: "scope_unknown" };
  return writeTransaction(db, async (tx) => {
    const grants = await tx.roleGrant.findMany({ where: { userId: user.id, role: q.role, revokedAt: null, ...scope }, select: { id: true } });
    if (grants.length === 0) return { ok: false, reason: "not_granted" } as const;
    const ids = grants.map((g) => g.id);
    await tx.roleGrant.updateMany({ where: { id: { in: ids } }, data: { revokedAt: q.now } });
    await tx.auditLog.create({ data: roleAudit(q, "role.revoke", user.id, scope, ids) });
    return { ok: true } as const;
  });
}
