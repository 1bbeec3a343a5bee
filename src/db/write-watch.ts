// Tells in-process caches (the user rows, catalog pages) that a table changed. It sits in the
// driver adapter, so it sees every write of this client — Prisma's, raw SQL, inside
// transactions, other engineers' new code and tests alike — and no writer has to remember to
// invalidate anything. Writes of other threads of the bot reach it through the write relay
// (write-relay.ts); writes of other processes (the CSV import CLI) are not seen: the caches
// keep a short time-to-live for those.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

export interface WriteEvent {
  /** Tables the statement writes (from its text; "*" when it could not be told). */
  tables: string[];
  sql: string;
  args: unknown[];
}

export type WriteListener = (event: WriteEvent) => void;

export class WriteWatch {
  private listeners = new Set<WriteListener>();
  /** Where this client's own writes are passed on to other threads (write-relay.ts). */
  private outbound: WriteListener | undefined;
  /** Checks of writes that concern this thread only (keepLocal). */
  private localOnly = new Set<(event: WriteEvent) => boolean>();

  on(listener: WriteListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Passes this client's own writes to `send` as well (one relay per watch). */
  relayTo(send: WriteListener | undefined): void {
    this.outbound = send;
  }

  /**
   * Writes for which `isLocal` holds reach this client's listeners but are not relayed: rows
   * that only this thread reads. Every relayed write wakes every other thread of the bot.
   */
  keepLocal(isLocal: (event: WriteEvent) => boolean): void {
    this.localOnly.add(isLocal);
  }

  /** Called for every statement sent to SQLite; reads are ignored. */
  statement(sql: string, args: unknown[]): void {
    if (this.listeners.size === 0 && !this.outbound) return;
    const tables = writtenTables(sql);
    if (tables.length === 0) return;
    const event = { tables, sql, args };
    this.deliver(event);
    if (this.outbound && !this.isLocal(event)) this.outbound(event);
  }

  private isLocal(event: WriteEvent): boolean {
    for (const isLocal of this.localOnly) if (isLocal(event)) return true;
    return false;
  }

  /** A write this client did not make (another thread's, relayed): listeners only. */
  deliver(event: WriteEvent): void {
    for (const l of this.listeners) l(event);
  }
}

const READ = /^\s*(SELECT|WITH|PRAGMA|EXPLAIN|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|END)\b/i;
// The table after INSERT INTO / UPDATE / DELETE FROM, optionally schema-qualified and quoted;
// not the "DO UPDATE" of an upsert.
const TARGET = /(?<!\bDO\s+)\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+((?:[`"[]?\w+[`"\]]?\s*\.\s*)?[`"[]?\w+[`"\]]?)/gi;

/** The tables a statement writes: [] for reads, ["*"] when a write's target is unclear. */
export function writtenTables(sql: string): string[] {
  const tables = new Set<string>();
  for (const m of sql.matchAll(TARGET)) tables.add(m[1]!.split(".").pop()!.replace(/[`"[\]\s]/g, ""));
  if (tables.size > 0) return [...tables];
  // DDL, VACUUM, unknown statements: everything may have changed.
  return READ.test(sql) ? [] : ["*"];
}

const watches = new WeakMap<object, WriteWatch>();

/** The watch installed for a client by `createDb`, if any (caches stay off without one). */
export function writeWatchOf(db: object): WriteWatch | undefined {
  return watches.get(db);
}

export function registerWriteWatch(db: object, watch: WriteWatch): void {
  watches.set(db, watch);
}

/** executeRaw reports the rows changed; a write with RETURNING returns the rows it changed. */
function changedNothing(sql: string, result: unknown): boolean {
  if (typeof result === "number") return result === 0;
  const rows = (result as { rows?: unknown[] } | null)?.rows;
  return Array.isArray(rows) && rows.length === 0 && /\bRETURNING\b/i.test(sql);
}

type Runner = (query: SqlQuery) => Promise<unknown>;

function watched<T extends object>(target: T, watch: WriteWatch, wrapTx: boolean): T {
  return new Proxy(target, {
    get(t, prop) {
      const value = Reflect.get(t, prop, t) as unknown;
      if (typeof value !== "function") return value;
      const bound = (value as (...a: unknown[]) => unknown).bind(t);
      if (prop === "queryRaw" || prop === "executeRaw") {
        return async (query: SqlQuery) => {
          const result = await (bound as Runner)(query);
          // After the statement ran: a cache refilled from now on sees its effect. A write
          // that changed no row (writeTransaction's lock-taking `UPDATE … WHERE 0`, an upsert
          // that found nothing to do) is no news.
          if (!changedNothing(query.sql, result)) watch.statement(query.sql, query.args);
          return result;
        };
      }
      if (prop === "executeScript") {
        return async (script: string) => {
          const result = await (bound as (s: string) => Promise<unknown>)(script);
          watch.statement(script, []);
          return result;
        };
      }
      if (wrapTx && prop === "startTransaction") {
        return async (...args: unknown[]) => watched((await bound(...args)) as Transaction, watch, false);
      }
      return bound;
    },
  });
}

/** Wraps an adapter factory so that every write of its connections is reported to `watch`. */
export function withWriteWatch<F extends SqlDriverAdapterFactory>(factory: F, watch: WriteWatch): F {
  const connect = factory.connect.bind(factory);
  return Object.assign(Object.create(factory) as F, {
    connect: async () => watched<SqlDriverAdapter>(await connect(), watch, true),
    provider: factory.provider,
    adapterName: factory.adapterName,
  });
}
