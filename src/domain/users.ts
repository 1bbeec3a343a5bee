// Users: one row per Telegram account, loaded (and touched) once per update. The row is kept
// in memory between updates (user-cache.ts); every function here that writes it goes through
// the cache, and writes from anywhere else are noticed by the write watch.
import type { Db } from "../db/client.ts";
import type { User } from "../generated/prisma/client.ts";
import type { Locale } from "./locale.ts";
import { userCache } from "./user-cache.ts";

export interface TelegramProfile {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
}

/**
 * Creates or refreshes the user behind an update. Someone who writes to the bot has not
 * blocked it (any more), so they count as active again — the outbox may send to them.
 * Writes at most once a minute per user while nothing changes (see user-cache.ts).
 */
export function touchUser(db: Db, from: TelegramProfile, now: Date): Promise<User> {
  const profile = { firstName: from.first_name, lastName: from.last_name ?? null, username: from.username ?? null };
  const upsert = () =>
    db.user.upsert({
      where: { telegramId: BigInt(from.id) },
      create: { telegramId: BigInt(from.id), ...profile, createdAt: now, lastSeenAt: now },
      update: { ...profile, lastSeenAt: now, isActive: true, blockedAt: null },
    });
  const cache = userCache(db);
  if (!cache) return upsert();
  const key = String(from.id);
  const cached = cache.get(key, now);
  if (
    cached &&
    cached.isActive &&
    cached.blockedAt === null &&
    cached.firstName === profile.firstName &&
    cached.lastName === profile.lastName &&
    cached.username === profile.username
  ) {
    return Promise.resolve(cached);
  }
  return cache.write(key, upsert, now);
}

/** An update of one user's row by id, through the cache. */
function updateUser(db: Db, userId: number, data: Parameters<Db["user"]["update"]>[0]["data"]): Promise<User> {
  const run = () => db.user.update({ where: { id: userId }, data });
  const cache = userCache(db);
  const key = cache?.telegramIdFor(userId);
  return cache && key ? cache.write(key, run) : run();
}

/** Records that the person blocked the bot (no more sends) or unblocked it. */
export function setUserBlocked(db: Db, userId: number, blocked: boolean, now: Date): Promise<User> {
  return updateUser(db, userId, blocked ? { isActive: false, blockedAt: now } : { isActive: true, blockedAt: null });
}

export function setUserLocale(db: Db, userId: number, locale: Locale): Promise<User> {
  return updateUser(db, userId, { locale });
}

export function setUserRegion(db: Db, userId: number, regionCode: string): Promise<User> {
  return updateUser(db, userId, { regionCode });
}
