// People with roles (/staff): unrevoked grants grouped per person, and revoking one grant.
import type { Db } from "../../db/client.ts";
import { paginate, type Page } from "../paging.ts";
import { writeTransaction } from "../registrations/tx.ts";
import { roleAudit, type RoleName, type Scope } from "../roles.ts";

export const PEOPLE_PAGE_SIZE = 5;

export interface PersonGrant {
  id: number;
  role: RoleName;
  regionCode: string | null;
  provider: { id: number; nameKk: string; nameRu: string; nameEn: string } | null;
  course: { id: number; titleKk: string; titleRu: string; titleEn: string } | null;
  createdAt: Date;
}

export interface Person {
  userId: number;
  telegramId: bigint;
  firstName: string;
  lastName: string | null;
  username: string | null;
  /** In ADMIN_IDS: an admin by configuration, not by a grant (cannot be revoked here). */
  configAdmin: boolean;
  grants: PersonGrant[];
}

/**
 * One page of people who hold a role: an unrevoked grant or an ADMIN_IDS entry (those that
 * have started the bot). Two queries (count + page with its grants), ordered by user id.
 */
export async function listPeopleWithRoles(db: Db, page: number, adminIds: number[], size = PEOPLE_PAGE_SIZE): Promise<Page<Person>> {
  const configAdmins = adminIds.map((id) => BigInt(id));
  const where = { deletedAt: null, OR: [{ roleGrants: { some: { revokedAt: null } } }, { telegramId: { in: configAdmins } }] };
  return paginate(
    page,
    () => db.user.count({ where }),
    async (skip, take) => {
      const users = await db.user.findMany({
        where,
        orderBy: { id: "asc" },
        skip,
        take,
        select: {
          id: true, telegramId: true, firstName: true, lastName: true, username: true,
          roleGrants: {
            where: { revokedAt: null },
            orderBy: { id: "asc" },
            select: {
              id: true, role: true, regionCode: true, createdAt: true,
              provider: { select: { id: true, nameKk: true, nameRu: true, nameEn: true } },
              course: { select: { id: true, titleKk: true, titleRu: true, titleEn: true } },
            },
          },
        },
      });
      return users.map((u) => ({
        userId: u.id,
        telegramId: u.telegramId,
        firstName: u.firstName,
        lastName: u.lastName,
        username: u.username,
        configAdmin: configAdmins.includes(u.telegramId),
        grants: u.roleGrants.map((g) => ({ ...g, role: g.role as RoleName })),
      }));
    },
    size,
  );
}

export type RevokeGrantResult =
  | { ok: true; grant: { id: number; userId: number; telegramId: bigint; role: RoleName } & Scope }
  | { ok: false; reason: "unknown" | "already_revoked" | "own_admin" };

/**
 * Revokes one grant (the caller has checked that the actor is an admin). An admin cannot take
 * their own admin grant away, so nobody locks themselves out by a stray tap. Audit-logged.
 */
export async function revokeGrant(db: Db, q: { actorUserId: number; grantId: number; now: Date }): Promise<RevokeGrantResult> {
  if (!Number.isSafeInteger(q.grantId) || q.grantId <= 0) return { ok: false, reason: "unknown" };
  return writeTransaction(db, async (tx) => {
    const grant = await tx.roleGrant.findUnique({ where: { id: q.grantId }, include: { user: { select: { telegramId: true } } } });
    if (!grant) return { ok: false, reason: "unknown" } as const;
    if (grant.revokedAt) return { ok: false, reason: "already_revoked" } as const;
    if (grant.role === "admin" && grant.userId === q.actorUserId) return { ok: false, reason: "own_admin" } as const;
    await tx.roleGrant.update({ where: { id: grant.id }, data: { revokedAt: q.now } });
    const scope: Scope = { regionCode: grant.regionCode, providerId: grant.providerId, courseId: grant.courseId };
    const role = grant.role as RoleName;
    await tx.auditLog.create({ data: roleAudit({ actorUserId: q.actorUserId, targetTelegramId: grant.user.telegramId, role, now: q.now }, "role.revoke", grant.userId, scope, [grant.id]) });
    return { ok: true, grant: { id: grant.id, userId: grant.userId, telegramId: grant.user.telegramId, role, ...scope } } as const;
  });
}
