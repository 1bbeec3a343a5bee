// The sender's User row, kept in memory between updates so that most updates need no query.
//
// touchUser used to upsert the row on every update (name, username, lastSeenAt, "active
// again"). Now it writes only when something changed — the Telegram profile, the row is not
// cached, it is marked blocked/inactive, or the last write is a minute old (lastSeenAt is
// kept to the minute) — and otherwise returns the cached row.
//
// The cache never answers with a row older than the database's: every write to the User
// table of this client is seen by the write watch (src/db/write-watch.ts), whoever makes it
// (the outbox marking someone blocked, sign-up saving a phone, tests, raw SQL); a write to one
// user by id or Telegram id forgets that user (by the id of a row never cached here: nobody),
// anything else forgets everyone. Other threads' writes come through the write relay. A row is
// put in the cache only when nobody else wrote that user while it was being read. Without a
// watch (a client not made by createDb) nothing is cached.
import type { Db } from "../db/client.ts";
import { writeWatchOf, type WriteEvent } from "../db/write-watch.ts";
import type { User } from "../generated/prisma/client.ts";

/** How stale lastSeenAt may get; also bounds staleness from other processes' writes. */
export const TOUCH_INTERVAL_MS = 60_000;

/** Users kept; the oldest are dropped beyond this (a row is ~1 KB). */
const MAX_USERS = 50_000;

interface Entry {
  row: User;
  /** Clock time (ms) of the write that produced the row. */
  writtenAt: number;
}

// `main`.`User`.`id` = ?  /  `main`.`User`.`telegramId` = ?  in a WHERE clause (Prisma's SQL),
// or "User"."id" = ?  /  "User"."telegramId" = ?  (ours, on the synchronous connection).
const NOT_CACHED = Symbol("not cached");
const BY_KEY = /(?:`main`\.`User`\.`|"User"\.")(id|telegramId)[`"] = \?/;

export class UserCache {
  private byTelegramId = new Map<string, Entry>();
  private telegramIdOf = new Map<number, string>();
  /** Writes seen per Telegram id since the start (to tell whether a read raced a write). */
  private writes = new Map<string, number>();
  /** Bumped when a write could not be attributed to one user. */
  private epoch = 0;

  onWrite(e: WriteEvent): void {
    if (!e.tables.includes("User") && !e.tables.includes("*")) return;
    const key = e.tables.length === 1 ? this.keyOf(e) : undefined;
    if (key === NOT_CACHED) {
      // A row never cached here (another thread's user): only a read in flight may be of it.
      this.epoch++;
      return;
    }
    if (key === undefined) {
      this.epoch++;
      this.byTelegramId.clear();
      return;
    }
    this.writes.set(key, (this.writes.get(key) ?? 0) + 1);
    this.byTelegramId.delete(key);
  }

  /**
   * The Telegram id of the one user a Prisma-generated statement writes, if that is clear;
   * NOT_CACHED for a row id this cache has never held (every cached row's id is known).
   */
  private keyOf(e: WriteEvent): string | typeof NOT_CACHED | undefined {
    const m = BY_KEY.exec(e.sql);
    if (!m || BY_KEY.exec(e.sql.slice(m.index + m[0].length))) return undefined;
    const at = (e.sql.slice(0, m.index).match(/\?/g) ?? []).length;
    const value = e.args[at];
    if (typeof value !== "number" && typeof value !== "bigint" && typeof value !== "string") return undefined;
    return m[1] === "telegramId" ? String(value) : (this.telegramIdOf.get(Number(value)) ?? NOT_CACHED);
  }

  get(telegramId: string, now: Date): User | undefined {
    const e = this.byTelegramId.get(telegramId);
    if (!e) return undefined;
    if (now.getTime() - e.writtenAt >= TOUCH_INTERVAL_MS || now.getTime() < e.writtenAt) {
      this.byTelegramId.delete(telegramId);
      return undefined;
    }
    return e.row;
  }

  /**
   * Runs one write of one user (exactly one statement on that user's row) and caches the row
   * it returns, unless some other write of that user (or an unattributed one) came meanwhile.
   */
  async write(telegramId: string, run: () => Promise<User>, touchedAt?: Date): Promise<User> {
    const before = this.writes.get(telegramId) ?? 0;
    const epoch = this.epoch;
    // Not a touch (a locale change…): the row keeps the age of the last touch, if cached.
    const writtenAt = touchedAt?.getTime() ?? this.byTelegramId.get(telegramId)?.writtenAt;
    const row = await run();
    this.telegramIdOf.set(row.id, String(row.telegramId));
    if (writtenAt !== undefined && this.epoch === epoch && (this.writes.get(telegramId) ?? 0) === before + 1) this.put(telegramId, row, writtenAt);
    return row;
  }

  private put(telegramId: string, row: User, writtenAt: number): void {
    this.byTelegramId.delete(telegramId);
    this.byTelegramId.set(telegramId, { row, writtenAt });
    if (this.byTelegramId.size > MAX_USERS) {
      const oldest = this.byTelegramId.keys().next().value;
      if (oldest !== undefined) this.byTelegramId.delete(oldest);
    }
  }

  /** The Telegram id of a row id we have seen (for writes by row id). */
  telegramIdFor(userId: number): string | undefined {
    return this.telegramIdOf.get(userId);
  }
}

const caches = new WeakMap<Db, UserCache | null>();

/** The cache of this client, or null when it has no write watch. */
export function userCache(db: Db): UserCache | null {
  let c = caches.get(db);
  if (c === undefined) {
    const watch = writeWatchOf(db);
    c = watch ? new UserCache() : null;
    if (c && watch) {
      const cache = c;
      watch.on((e) => cache.onWrite(e));
    }
    caches.set(db, c);
  }
  return c;
}
