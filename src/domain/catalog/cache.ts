// Catalog reads (list pages, cards, search) kept in memory: thousands of people open the same
// few screens, and each Prisma query costs 1–2 ms of CPU whatever its size.
//
// A cached answer is only ever given while it is exactly what the queries would return:
// - the tables it was read from have not been written since (the write watch of the client,
//   src/db/write-watch.ts, sees every write of this process — editors, imports, sign-ups);
// - the clock has not crossed a time at which some row's visibility changes (a vacancy's
//   postedAt/expiresAt, an event's start/end, a course's start/deadline): answers computed at
//   `now` stay valid until the next such time after `now`;
// - it is younger than its time to live — CATALOG_TTL_MS at most, for writes of other
//   processes (the import CLI) — and `invalidateCatalog()` drops everything at once for
//   writers that want it immediately. Each entry's TTL is drawn between 3/4 of that and all
//   of it: entries read together (a bot that just started, every bot thread at once) would
//   otherwise all expire in the same moment, every 30 s, and be read again together.
// Clients without a write watch (transactions, other clients) are never cached.
import type { Db } from "../../db/client.ts";
import { writeWatchOf } from "../../db/write-watch.ts";

export const CATALOG_TTL_MS = 30_000;
/** Entries kept; past it the least recently stored one goes. */
export const MAX_ENTRIES = 5_000;

/** When an entry stored at `at` (real time, ms) expires: spread over the last quarter of the TTL. */
export function entryExpiry(at: number, random: () => number = Math.random): number {
  return at + CATALOG_TTL_MS * (0.75 + 0.25 * random());
}

/** Tables catalog answers are read from. */
export type CatalogTable =
  | "Event" | "Vacancy" | "Employer" | "Course" | "Provider" | "Region" | "Registration"
  | "College" | "CollegeSpecialty" | "Specialty" | "Qualification";

/** Columns whose values are the instants at which a row appears or disappears. */
const TIME_COLUMNS: Partial<Record<CatalogTable, readonly string[]>> = {
  Event: ["startsAt", "endsAt"],
  Vacancy: ["postedAt", "expiresAt"],
  Course: ["startsAt", "registrationDeadline"],
};

interface Entry {
  value: unknown;
  stamp: string;
  /** Real time (Date.now) after which it is read again. */
  expires: number;
  /** Valid for clock times in [from, until). */
  from: number;
  until: number;
}

let externalGeneration = 0;

/** Drops every cached catalog answer (all clients). For writers that must be seen at once. */
export function invalidateCatalog(): void {
  externalGeneration++;
}

class CatalogCache {
  private generation = new Map<string, number>();
  private entries = new Map<string, Entry>();
  /** Sorted distinct instants per table, valid for the table's generation. */
  private boundaries = new Map<string, { stamp: string; times: Float64Array }>();

  constructor(private db: Db) {}

  onWrite(tables: string[]): void {
    if (tables.includes("*")) {
      this.generation.clear();
      externalGeneration++;
      return;
    }
    for (const t of tables) this.generation.set(t, (this.generation.get(t) ?? 0) + 1);
  }

  private stamp(tables: readonly string[]): string {
    return `${externalGeneration}:${tables.map((t) => this.generation.get(t) ?? 0).join(",")}`;
  }

  async read<T>(key: string, tables: readonly CatalogTable[], now: Date | null, load: () => Promise<T>): Promise<T> {
    const t = now?.getTime() ?? 0;
    const stamp = this.stamp(tables);
    const hit = this.entries.get(key);
    if (hit && hit.stamp === stamp && Date.now() < hit.expires && t >= hit.from && t < hit.until) return hit.value as T;
    const at = Date.now();
    const value = await load();
    const until = now ? await this.nextBoundary(tables, t) : Infinity;
    // Only an answer no write has overtaken while it was read.
    if (this.stamp(tables) === stamp) {
      this.entries.delete(key); // stored again: now the most recent
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, { value, stamp, expires: entryExpiry(at), from: t, until });
    }
    return value;
  }

  /** The first instant after `t` at which a row of these tables appears or disappears. */
  private async nextBoundary(tables: readonly CatalogTable[], t: number): Promise<number> {
    let next = Infinity;
    for (const table of tables) {
      const columns = TIME_COLUMNS[table];
      if (!columns) continue;
      const times = await this.times(table, columns);
      // Binary search for the first time > t.
      let lo = 0;
      let hi = times.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (times[mid]! <= t) lo = mid + 1;
        else hi = mid;
      }
      if (lo < times.length) next = Math.min(next, times[lo]!);
    }
    return next;
  }

  private async times(table: CatalogTable, columns: readonly string[]): Promise<Float64Array> {
    const stamp = this.stamp([table]);
    const known = this.boundaries.get(table);
    if (known && known.stamp === stamp) return known.times;
    const rows: Array<Record<string, Date>> =
      table === "Event"
        ? await this.db.event.findMany({ select: { startsAt: true, endsAt: true } })
        : table === "Vacancy"
          ? await this.db.vacancy.findMany({ select: { postedAt: true, expiresAt: true } })
          : await this.db.course.findMany({ select: { startsAt: true, registrationDeadline: true } });
    const times = Float64Array.from(new Set(rows.flatMap((r) => columns.map((c) => r[c]!.getTime())))).sort();
    if (this.stamp([table]) === stamp) this.boundaries.set(table, { stamp, times });
    return times;
  }
}

const caches = new WeakMap<object, CatalogCache | null>();

function cacheOf(db: Db): CatalogCache | null {
  let c = caches.get(db);
  if (c === undefined) {
    const watch = writeWatchOf(db);
    c = watch ? new CatalogCache(db) : null;
    if (c && watch) {
      const cache = c;
      watch.on((e) => cache.onWrite(e.tables));
    }
    caches.set(db, c);
  }
  return c;
}

/**
 * `load()`'s answer, from memory when an earlier identical read is still exact (see above).
 * `key` names the read and every argument except `now`; `tables` are all it reads; `now`
 * is the clock time the answer depends on (null when it does not depend on time).
 * Callers must not modify what they get: it is shared.
 */
export function cachedCatalogRead<T>(db: Db, key: string, tables: readonly CatalogTable[], now: Date | null, load: () => Promise<T>): Promise<T> {
  const cache = cacheOf(db);
  return cache ? cache.read(key, tables, now, load) : load();
}
