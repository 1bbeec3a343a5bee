// Users: one row per Telegram account, loaded (and touched) once per update.
import type { Db } from "../db/client.ts";
import type { User } from "../generated/prisma/client.ts";
import type { Locale } from "./locale.ts";

export interface TelegramProfile {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
}

/**
 * Creates or refreshes the user behind an update. Someone who writes to the bot has not
 * blocked it (any more), so they count as active again — the outbox may send to them.
 */
export function touchUser(db: Db, from: TelegramProfile, now: Date): Promise<User> {
  const profile = { firstName: from.first_name, lastName: from.last_name ?? null, username: from.username ?? null };
  return db.user.upsert({
    where: { telegramId: BigInt(from.id) },
    create: { telegramId: BigInt(from.id), ...profile, createdAt: now, lastSeenAt: now },
    update: { ...profile, lastSeenAt: now, isActive: true, blockedAt: null },
  });
}

/** Records that the person blocked the bot (no more sends) or unblocked it. */
export function setUserBlocked(db: Db, userId: number, blocked: boolean, now: Date): Promise<User> {
  return db.user.update({ where: { id: userId }, data: blocked ? { isActive: false, blockedAt: now } : { isActive: true, blockedAt: null } });
}

export function setUserLocale(db: Db, userId: number, locale: Locale): Promise<User> {
  return db.user.update({ where: { id: userId }, data: { locale } });
}

export function setUserRegion(db: Db, userId: number, regionCode: string): Promise<User> {
  return db.user.update({ where: { id: userId }, data: { regionCode } });
}
