// Users: one row per Telegram account, loaded (and touched) once per update. The row is kept
// in memory between updates (user-cache.ts); every function here that writes it goes through
// the cache, and writes from anywhere else are noticed by the write watch.
import type { Db } from "../db/client.ts";
import { dateFrom, syncDbOf } from "../db/sqlite.ts";
import type { User } from "../generated/prisma/client.ts";
import type { Locale } from "./locale.ts";
import { userCache } from "./user-cache.ts";

export interface TelegramProfile {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
}

/** A User row as the synchronous connection returns it (src/db/sqlite.ts). */
type UserRow = Omit<User, "telegramId" | "isActive" | "birthDate" | "blockedAt" | "createdAt" | "lastSeenAt" | "deletedAt"> & {
  telegramId: number | bigint;
  isActive: number;
  birthDate: string | null;
  blockedAt: string | null;
  createdAt: string;
  lastSeenAt: string;
  deletedAt: string | null;
};

function userFrom(row: UserRow | undefined): User {
  if (!row) throw new Error("user row not found");
  return {
    ...row,
    telegramId: BigInt(row.telegramId),
    isActive: row.isActive === 1,
    birthDate: dateFrom(row.birthDate),
    blockedAt: dateFrom(row.blockedAt),
    createdAt: dateFrom(row.createdAt),
    lastSeenAt: dateFrom(row.lastSeenAt),
    deletedAt: dateFrom(row.deletedAt),
  };
}

// Like Prisma's upsert, the conflict branch names the row in a WHERE clause ("User"."telegramId"
// = ?), which tells the user cache whose row the write changed (user-cache.ts, BY_KEY).
const TOUCH_SQL = `INSERT INTO "User" ("telegramId", "firstName", "lastName", "username", "createdAt", "lastSeenAt") VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT ("telegramId") DO UPDATE SET "firstName" = excluded."firstName", "lastName" = excluded."lastName",
  "username" = excluded."username", "lastSeenAt" = excluded."lastSeenAt", "isActive" = 1, "blockedAt" = NULL
  WHERE "User"."telegramId" = ? RETURNING *`;

/**
 * Creates or refreshes the user behind an update. Someone who writes to the bot has not
 * blocked it (any more), so they count as active again — the outbox may send to them.
 * Writes at most once a minute per user while nothing changes (see user-cache.ts), with one
 * prepared statement (src/db/sqlite.ts): this and the other user writes below run for most
 * new users' first updates.
 */
export function touchUser(db: Db, from: TelegramProfile, now: Date): Promise<User> {
  const profile = { firstName: from.first_name, lastName: from.last_name ?? null, username: from.username ?? null };
  const upsert = () =>
    syncDbOf(db).write((w) => userFrom(w.returning<UserRow>(TOUCH_SQL, from.id, profile.firstName, profile.lastName, profile.username, now, now, from.id)[0]));
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

type UserChange = Partial<Pick<User, "isActive" | "blockedAt" | "locale" | "regionCode">>;

/** An update of one user's row by id, through the cache. */
function updateUser(db: Db, userId: number, data: UserChange): Promise<User> {
  const columns = Object.keys(data) as Array<keyof UserChange>;
  const sql = `UPDATE "User" SET ${columns.map((c) => `"${c}" = ?`).join(", ")} WHERE "User"."id" = ? RETURNING *`;
  const run = () => syncDbOf(db).write((w) => userFrom(w.returning<UserRow>(sql, ...columns.map((c) => data[c] ?? null), userId)[0]));
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
