// One-time invite links: an admin (or regional staff, for staff of their own regions) creates
// `t.me/<bot>?start=invite_<token>`; the first person to open it before it expires gets the
// role. Creating, accepting and revoking are audit-logged; accepting writes the grant too.
import { randomBytes } from "node:crypto";
import type { Db } from "../../db/client.ts";
import type { Invite } from "../../generated/prisma/client.ts";
import { writeTransaction, type Tx } from "../registrations/tx.ts";
import { enqueue } from "../outbox.ts";
import { grantInTx, isAdminId, resolveScope, type Roles, type Scope } from "../roles.ts";

export const INVITE_ROLES = ["staff", "coordinator"] as const;
export type InviteRole = (typeof INVITE_ROLES)[number];
export const INVITE_PREFIX = "invite_";
export const DEFAULT_INVITE_TTL_HOURS = 72;
/** Delivery kind of the notice to the inviter (renderer: src/bot/notifications/staff.ts). */
export const INVITE_ACCEPTED_KIND = "invite_accepted";
const TOKEN_BYTES = 18; // 24 base64url characters: "invite_" + token is 31 of Telegram's 64

/** A token of an invite link: Telegram's start payload allows [A-Za-z0-9_-]. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,57}$/;

export function newInviteToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

/** The token of a `/start invite_<token>` payload, or null for any other payload. */
export function parseInvitePayload(payload: string | undefined): string | null {
  if (!payload?.startsWith(INVITE_PREFIX)) return null;
  const token = payload.slice(INVITE_PREFIX.length);
  return TOKEN_PATTERN.test(token) ? token : null;
}

export interface InviteRequest {
  role: InviteRole;
  regionCode?: string;
  providerId?: number;
  courseId?: number;
}

/** Admins invite staff and coordinators anywhere; staff invite staff of their own regions only. */
export function mayCreateInvite(roles: Roles, req: InviteRequest): boolean {
  if (roles.admin) return true;
  return req.role === "staff" && typeof req.regionCode === "string" && roles.staffRegions.includes(req.regionCode);
}

export type CreateInviteResult = { ok: true; invite: Invite } | { ok: false; reason: "forbidden" | "scope_unknown" };

export async function createInvite(
  db: Db,
  q: InviteRequest & { actorUserId: number; actorRoles: Roles; now: Date; ttlHours?: number },
): Promise<CreateInviteResult> {
  if (!(INVITE_ROLES as readonly string[]).includes(q.role)) return { ok: false, reason: "scope_unknown" };
  if (!mayCreateInvite(q.actorRoles, q)) return { ok: false, reason: "forbidden" };
  const scope = await resolveScope(db, q);
  if (!scope) return { ok: false, reason: "scope_unknown" };
  const expiresAt = new Date(q.now.getTime() + (q.ttlHours ?? DEFAULT_INVITE_TTL_HOURS) * 3_600_000);
  return writeTransaction(db, async (tx) => {
    const invite = await tx.invite.create({
      data: { token: newInviteToken(), role: q.role, ...scope, createdById: q.actorUserId, expiresAt, createdAt: q.now },
    });
    await tx.auditLog.create({
      data: {
        actorId: q.actorUserId,
        action: "invite.create",
        entity: "Invite",
        entityId: String(invite.id),
        details: JSON.stringify({ role: q.role, ...scope, expiresAt: expiresAt.toISOString() }),
        createdAt: q.now,
      },
    });
    return { ok: true, invite } as const;
  });
}

export type InviteRefusal = "unknown" | "used" | "expired" | "revoked";
export type AcceptInviteResult =
  | { ok: true; invite: Invite; grantId: number; alreadyHeld: boolean }
  | { ok: false; reason: InviteRefusal };

/** Why an invite cannot be used now, or null when it can. */
export function inviteRefusal(invite: Pick<Invite, "usedAt" | "revokedAt" | "expiresAt"> | null, now: Date): InviteRefusal | null {
  if (!invite) return "unknown";
  if (invite.usedAt) return "used";
  if (invite.revokedAt) return "revoked";
  if (invite.expiresAt <= now) return "expired";
  return null;
}

/**
 * Takes an invite for `userId`, in one transaction: checks it (and that its creator may still
 * invite), marks it used, grants its role (an identical grant the user already holds still
 * consumes the invite) and plans the notice to the creator.
 */
export async function acceptInvite(db: Db, q: { token: string; userId: number; now: Date; adminIds: number[] }): Promise<AcceptInviteResult> {
  if (!TOKEN_PATTERN.test(q.token)) return { ok: false, reason: "unknown" };
  return writeTransaction(db, async (tx) => {
    const invite = await tx.invite.findUnique({ where: { token: q.token } });
    const refusal = inviteRefusal(invite, q.now);
    if (refusal || !invite) return { ok: false, reason: refusal ?? "unknown" } as const;
    // A link outlives nothing: if its creator may no longer invite this, it is void.
    if (!(await creatorMayStillInvite(tx, invite, q.adminIds))) return { ok: false, reason: "revoked" } as const;
    const user = await tx.user.findUnique({ where: { id: q.userId }, select: { id: true, telegramId: true } });
    if (!user) return { ok: false, reason: "unknown" } as const;
    const used = await tx.invite.update({ where: { id: invite.id }, data: { usedById: user.id, usedAt: q.now } });
    const scope: Scope = { regionCode: invite.regionCode, providerId: invite.providerId, courseId: invite.courseId };
    // The grant's author is the person who created the invite; the acceptance is the user's.
    const granted = await grantInTx(tx, { actorUserId: invite.createdById, targetTelegramId: user.telegramId, role: invite.role as InviteRole, now: q.now }, user.id, scope);
    await tx.auditLog.create({
      data: {
        actorId: user.id,
        action: "invite.accept",
        entity: "Invite",
        entityId: String(invite.id),
        details: JSON.stringify({ role: invite.role, ...scope, grantId: granted.grantId, alreadyHeld: !granted.ok, invitedById: invite.createdById }),
        createdAt: q.now,
      },
    });
    // The inviter hears about it through the outbox, planned with the grant so neither goes missing.
    if (invite.createdById !== user.id) {
      await enqueue(tx, { kind: INVITE_ACCEPTED_KIND, ref: `invite:${invite.id}`, userId: invite.createdById, payload: { inviteId: invite.id } });
    }
    return { ok: true, invite: used, grantId: granted.grantId, alreadyHeld: !granted.ok } as const;
  });
}

/** The creator's current roles (as loadRoles reads them, inside the transaction) still allow the invite. */
async function creatorMayStillInvite(tx: Tx, invite: Invite, adminIds: number[]): Promise<boolean> {
  const creator = await tx.user.findUnique({
    where: { id: invite.createdById },
    select: { telegramId: true, roleGrants: { where: { revokedAt: null, role: { in: ["admin", "staff"] } }, select: { role: true, regionCode: true } } },
  });
  if (!creator) return false;
  const roles: Roles = {
    admin: isAdminId(adminIds, creator.telegramId) || creator.roleGrants.some((g) => g.role === "admin"),
    staffRegions: creator.roleGrants.flatMap((g) => (g.role === "staff" && g.regionCode ? [g.regionCode] : [])),
    coordinatorProviderIds: [],
    coordinatorCourseIds: [],
  };
  return mayCreateInvite(roles, { role: invite.role as InviteRole, regionCode: invite.regionCode ?? undefined });
}

export type RevokeInviteResult = { ok: true; invite: Invite } | { ok: false; reason: "unknown" | "forbidden" | "used" | "revoked" };

/** Withdraws an unused invite: its creator or any admin may. Audit-logged. */
export async function revokeInvite(db: Db, q: { actorUserId: number; actorRoles: Roles; inviteId: number; now: Date }): Promise<RevokeInviteResult> {
  return writeTransaction(db, async (tx) => {
    const invite = await tx.invite.findUnique({ where: { id: q.inviteId } });
    if (!invite) return { ok: false, reason: "unknown" } as const;
    if (!q.actorRoles.admin && invite.createdById !== q.actorUserId) return { ok: false, reason: "forbidden" } as const;
    if (invite.usedAt) return { ok: false, reason: "used" } as const;
    if (invite.revokedAt) return { ok: false, reason: "revoked" } as const;
    const revoked = await tx.invite.update({ where: { id: invite.id }, data: { revokedAt: q.now } });
    await tx.auditLog.create({
      data: { actorId: q.actorUserId, action: "invite.revoke", entity: "Invite", entityId: String(invite.id), details: JSON.stringify({ role: invite.role }), createdAt: q.now },
    });
    return { ok: true, invite: revoked } as const;
  });
}
