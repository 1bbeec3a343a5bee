// A synchronous second connection to the same SQLite file, for the few queries every update
// runs (dialog state, seats, "remind me" marks, sign-up checks) and the seat transaction.
//
// Why: a Prisma call costs 1–3 ms of CPU here (query compiler, client, adapter), a prepared
// better-sqlite3 statement tens of microseconds. And a Prisma interactive transaction holds the
// connection's gate across awaits — while other updates' work runs in between — so every query
// of the process waits behind it; `write` below runs its whole transaction in one synchronous
// stretch, so the gate is held for microseconds. Prisma stays the way to the data everywhere
// else (schema, migrations, most queries).
//
// Rules that keep the two connections consistent:
// - Writes take the same FIFO lock as Prisma's queries and transactions (transaction-gate.ts),
//   so they never meet an open Prisma transaction of this process. Other threads' and
//   processes' transactions are waited for without sleeping (see `tryBegin`).
// - Every write is reported to the client's write watch after COMMIT, like Prisma's writes,
//   so the in-process caches learn of it.
// - Values are stored as Prisma stores them: dates as ISO text with "+00:00", booleans 0/1.
//   Reads return SQLite's values: parse dates with `dateFrom`.
import Database from "better-sqlite3";
import type { Lock } from "./transaction-gate.ts";
import type { WriteWatch } from "./write-watch.ts";

export type SqlParam = string | number | bigint | boolean | Date | null;

export interface SyncReader {
  get<T>(sql: string, ...params: SqlParam[]): T | undefined;
  all<T>(sql: string, ...params: SqlParam[]): T[];
}

export interface SyncWriter extends SyncReader {
  /** Runs a write; returns the rows changed and the last inserted id. */
  run(sql: string, ...params: SqlParam[]): { changes: number; lastInsertRowid: number };
  /** Runs a write with a RETURNING clause; returns its rows. */
  returning<T>(sql: string, ...params: SqlParam[]): T[];
}

/** A DateTime in the text form Prisma stores in SQLite ("2027-02-18T05:00:00.000+00:00"). */
export function sqlDate(d: Date): string {
  return d.toISOString().replace("Z", "+00:00");
}

/** Constant string values (statuses, never user input) as an SQL list: 'a', 'b'. */
export function sqlStrings(values: readonly string[]): string {
  return values.map((v) => `'${v.replace(/'/g, "''")}'`).join(", ");
}

/** A DateTime column as read by this connection. */
export function dateFrom(text: string): Date;
export function dateFrom(text: string | null): Date | null;
export function dateFrom(text: string | null): Date | null {
  return text === null ? null : new Date(text);
}

/** How long a write waits for the file to be free, as Prisma's connection (busy_timeout). */
const BUSY_TIMEOUT_MS = 5000;

const isBusy = (err: unknown) => (err as { code?: string } | null)?.code?.startsWith("SQLITE_BUSY") === true;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Until the next try for the write lock, `waited` ms after the first: the next turn of the event
 * loop during the first 2 ms, then 1 ms (the holder may be descheduled or in a GC pause), after
 * 50 ms 10 ms. (The first sleep used to be 10 ms at once, as the attempt count included the
 * quick retries: waits past 2 ms took 8 ms on average with two threads at a steady 1,000/s.)
 */
const writeRetryDelay = (waited: number) =>
  waited < 2 ? new Promise((resolve) => setImmediate(resolve)) : sleep(waited < 50 ? 1 : 10);

const bindable = (v: SqlParam) => (v instanceof Date ? sqlDate(v) : typeof v === "boolean" ? (v ? 1 : 0) : v);

export interface SyncDbOptions {
  /** Told of every statement run (the benchmark counts them). */
  onStatement?: (sql: string) => void;
}

export class SyncDb implements SyncReader {
  private conn: Database.Database | undefined;
  private readonly statements = new Map<string, Database.Statement>();
  // busy_timeout 0: `write` waits for the write lock itself; reads do not wait in WAL mode.
  private readonly pragmas: string[] = ["busy_timeout = 0", "foreign_keys = ON", "synchronous = NORMAL"];

  constructor(
    private readonly path: string,
    private readonly lock: Lock,
    private readonly watch?: WriteWatch,
    private readonly opts: SyncDbOptions = {},
  ) {}

  /** Opened on first use: processes that never need it (the CLI) never pay for it. */
  private connection(): Database.Database {
    if (!this.conn) {
      const conn = new Database(this.path);
      for (const p of this.pragmas) conn.pragma(p);
      this.conn = conn;
    }
    return this.conn;
  }

  private prepare(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.connection().prepare(sql);
      this.statements.set(sql, stmt);
    }
    this.opts.onStatement?.(sql);
    return stmt;
  }

  /** A connection setting ("PRAGMA x = y" or "x = y"), applied now or when the connection opens. */
  pragma(setting: string): void {
    const p = setting.replace(/^PRAGMA\s+/i, "");
    this.pragmas.push(p);
    this.conn?.pragma(p);
  }

  get<T>(sql: string, ...params: SqlParam[]): T | undefined {
    return this.patiently(() => this.prepare(sql).get(...params.map(bindable)) as T | undefined);
  }

  all<T>(sql: string, ...params: SqlParam[]): T[] {
    return this.patiently(() => this.prepare(sql).all(...params.map(bindable)) as T[]);
  }

  /**
   * A read that found the file busy — in WAL mode only while another connection holds it
   * exclusively (a migration, recovery after a crash) — is tried again waiting as Prisma's
   * connection does.
   */
  private patiently<T>(read: () => T): T {
    try {
      return read();
    } catch (err) {
      if (!isBusy(err) || this.conn?.inTransaction) throw err;
      this.conn!.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      try {
        return read();
      } finally {
        this.conn!.pragma("busy_timeout = 0");
      }
    }
  }

  /**
   * Runs `fn` as one write transaction (BEGIN IMMEDIATE … COMMIT) in its turn at the gate.
   * `fn` must be synchronous: nothing else of the process touches the database meanwhile.
   * A throw rolls everything back and is rethrown.
   *
   * The BEGIN that gets the write lock, `fn` and the COMMIT run in one synchronous step. With
   * an await between BEGIN and the rest (as before), the lock stayed held while every microtask
   * queued before it ran — other updates' work, a GC pause — and the other bot thread's writes
   * waited up to 75 ms for it at a steady 2,000 updates/s.
   */
  async write<T>(fn: (w: SyncWriter) => T): Promise<T> {
    const release = await this.lock();
    try {
      const started = Date.now();
      while (!this.tryBegin(started)) await writeRetryDelay(Date.now() - started);
      return this.transaction(fn);
    } finally {
      release();
    }
  }

  /**
   * BEGIN IMMEDIATE; false while another connection (another bot thread, src/bot/threads/)
   * holds the write lock, an error after BUSY_TIMEOUT_MS of that. SQLite's own busy handler
   * would put the whole thread to sleep — 1 ms, then 2, 5, 10… — while the other transaction
   * is over within a tenth of a millisecond: with two bot threads that lost ~12 % of their
   * time. `write` tries again on later turns of the event loop instead, so this thread's other
   * updates go on meanwhile.
   */
  private tryBegin(started: number): boolean {
    try {
      this.prepare("BEGIN IMMEDIATE").run();
      return true;
    } catch (err) {
      if (!isBusy(err) || Date.now() - started >= BUSY_TIMEOUT_MS) throw err;
      return false;
    }
  }

  /** Runs `fn` in the transaction `tryBegin` opened, then commits it (or rolls it back). */
  private transaction<T>(fn: (w: SyncWriter) => T): T {
    const written: Array<{ sql: string; args: unknown[] }> = [];
    let open = true;
    const check = () => {
      if (!open) throw new TypeError("SyncDb.write: the transaction is over (an await inside it?)");
    };
    const writer: SyncWriter = {
      get: (sql, ...p) => this.get(sql, ...p),
      all: (sql, ...p) => this.all(sql, ...p),
      run: (sql, ...params) => {
        check();
        const args = params.map(bindable);
        const r = this.prepare(sql).run(...args);
        if (r.changes > 0) written.push({ sql, args });
        return { changes: r.changes, lastInsertRowid: Number(r.lastInsertRowid) };
      },
      returning: <R>(sql: string, ...params: SqlParam[]) => {
        check();
        const args = params.map(bindable);
        const rows = this.prepare(sql).all(...args) as R[];
        if (rows.length > 0) written.push({ sql, args });
        return rows;
      },
    };
    let result: T;
    try {
      result = fn(writer);
      if (result instanceof Promise) throw new TypeError("SyncDb.write: the transaction function must be synchronous");
      this.prepare("COMMIT").run();
    } catch (err) {
      if (this.conn?.inTransaction) this.prepare("ROLLBACK").run();
      throw err;
    } finally {
      open = false;
    }
    for (const w of written) this.watch?.statement(w.sql, w.args);
    return result;
  }

  close(): void {
    this.conn?.close();
    this.conn = undefined;
    this.statements.clear();
  }
}

const syncDbs = new WeakMap<object, SyncDb>();

type Disconnectable = { $disconnect(): Promise<void> };

/** Runs `close` when the client's $disconnect is called, before the client disconnects. */
export function onDisconnect(db: Disconnectable, close: () => void | Promise<void>): void {
  const disconnect = db.$disconnect.bind(db);
  db.$disconnect = async () => {
    await close();
    await disconnect();
  };
}

/** Attaches `sync` to a Prisma client (createDb does); closed by the client's $disconnect. */
export function registerSyncDb(db: Disconnectable, sync: SyncDb): void {
  syncDbs.set(db, sync);
  onDisconnect(db, () => sync.close());
}

/** The synchronous connection of a client made by createDb. */
export function syncDbOf(db: object): SyncDb {
  const sync = syncDbs.get(db);
  if (!sync) throw new Error("this database client has no synchronous connection (make it with createDb)");
  return sync;
}
