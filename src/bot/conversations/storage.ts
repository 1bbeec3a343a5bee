// Where dialogs (grammY conversations) keep their state between updates: one row per chat in
// the ConversationState table, so a dialog survives restarts and runs on any instance.
//
// The row holds the plugin's versioned state as JSON: { version: [pluginVersion, ours], state }.
// `ours` is bumped whenever a dialog's code changes in a way old replay logs would not fit
// (steps added, reordered, or their API calls changed); such rows then read as absent and
// are deleted. Rows untouched for longer than `ttlMs` — dialogs someone walked away from —
// read as absent and are deleted as well; `purgeAbandonedDialogs` sweeps the rest.
//
// Most updates come from chats with no open dialog, yet the plugin reads the storage for
// every one. The adapter therefore keeps the set of stored keys in memory (loaded once, kept
// up to date by its own writes and deletes) and answers "absent" without a query. This
// relies on one bot process per database, which long polling and a SQLite file imply anyway.
// For the same reason it remembers the rows it wrote itself (the latest MAX_REMEMBERED), so a
// dialog's next step reads its state without a query. A write of one row by key — its own
// statements — makes it forget that row; any other write to the table (the purge job, Prisma,
// tests), seen by the client's write watch or relayed from another thread, makes it forget
// them all and read the rows again. Its keyed writes are not relayed: with bot threads, a
// chat's dialog is only ever read by the thread that handles the chat.
// It remembers them parsed: the state it was given to write, not the JSON text. Parsing the
// text again cost each dialog step more than anything else of the storage (the replay log
// grows with every answer, ~10 KB by the end of a sign-up). The plugin reads a chat's state,
// changes it and writes it back, one update of the chat at a time, and never touches it after
// writing, so the remembered object is the row's content. Everything the dialogs log is plain
// JSON (updates, API results, and what their `external` calls return, which must survive the
// row anyway), so the object and the text read back hold the same values.
import type { ConversationData, VersionedState } from "@grammyjs/conversations";
import type { Db } from "../../db/client.ts";
import type { Clock } from "../../domain/clock.ts";
import { syncDbOf } from "../../db/sqlite.ts";
import { writeWatchOf, type WriteEvent } from "../../db/write-watch.ts";

/** Bump on incompatible changes to any dialog (see above). */
export const DIALOG_STATE_VERSION = 2;

/**
 * How long an untouched dialog is kept. Longer than the dialogs' own timeout for an answer
 * (24 h, see signup.ts): that one tells the person "the sign-up expired" when they come back
 * within this week; after it the row is garbage and the next message is handled as usual.
 */
export const DIALOG_TTL_MS = 7 * 24 * 3600 * 1000;

export const DIALOG_KEY_PREFIX = "dialog:";

type State = VersionedState<ConversationData>;

export interface DialogStorageOptions {
  version?: string | number;
  ttlMs?: number;
}

const UPSERT_SQL = `INSERT INTO "ConversationState" ("key", "value", "updatedAt") VALUES (?, ?, ?)
  ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`;
const DELETE_SQL = `DELETE FROM "ConversationState" WHERE "key" = ?`;
/** Statements that write exactly the row whose key is their first argument. */
const KEYED_SQL = new Set([UPSERT_SQL, DELETE_SQL]);
/**
 * Our own writes of one chat's row concern only the thread that handles that chat (each chat
 * has one, src/bot/threads/): they are not relayed to the others, which they would only wake.
 */
const isOwnRowWrite = (e: WriteEvent) => KEYED_SQL.has(e.sql);

/**
 * Dialog states remembered (one per chat with an open dialog, ~10 KB by the end of a
 * sign-up); beyond them a dialog's step reads its row from the database, as after a restart.
 */
const MAX_REMEMBERED = 1_000;

/** The storage adapter proper: read / write / delete one key. */
export function conversationStateAdapter(db: Db, clock: Clock, opts: DialogStorageOptions = {}) {
  const version = opts.version ?? DIALOG_STATE_VERSION;
  const ttlMs = opts.ttlMs ?? DIALOG_TTL_MS;
  let stored: Promise<Set<string>> | undefined;
  const storedKeys = () =>
    (stored ??= db.conversationState.findMany({ select: { key: true } }).then((rows) => new Set(rows.map((r) => r.key))));
  // Rows as this adapter last wrote them (the state as given), at most MAX_REMEMBERED, the
  // least recently written dropped first.
  const written = new Map<string, { state: State; updatedAt: Date }>();
  // Our own statements name their row by key (the first argument): such a write forgets that
  // row only (other threads keep theirs to themselves: isOwnRowWrite). Any other write to the
  // table (the purge, Prisma, raw SQL) forgets them all and is counted in `epoch`. Forgetting
  // every row at each of our own writes, as before, left nothing to remember as soon as two
  // chats were in a dialog at the same time: every step of a dialog then read its row through
  // Prisma.
  let epoch = 0;
  /** Keys being written by `own`, with the writes of that key seen meanwhile. */
  const pending = new Map<string, number>();
  const watch = writeWatchOf(db);
  watch?.keepLocal(isOwnRowWrite);
  watch?.on((e) => {
    if (!e.tables.includes("ConversationState") && !e.tables.includes("*")) return;
    const key = e.tables.length === 1 && KEYED_SQL.has(e.sql) && typeof e.args[0] === "string" ? e.args[0] : undefined;
    if (key === undefined) {
      epoch++;
      written.clear();
      return;
    }
    written.delete(key);
    const seen = pending.get(key);
    if (seen !== undefined) pending.set(key, seen + 1);
  });
  /** Runs one write statement of ours on `key`; `after` only when no other write of it came in between. */
  const own = async (key: string, write: () => Promise<unknown>, after: () => void) => {
    const before = epoch;
    pending.set(key, 0);
    try {
      await write();
      if (watch && epoch === before && pending.get(key) === 1) after();
    } finally {
      pending.delete(key);
    }
  };
  const sync = syncDbOf(db);
  const remove = async (key: string) => {
    (await storedKeys()).delete(key);
    written.delete(key);
    await sync.write((w) => w.run(DELETE_SQL, key));
  };
  return {
    async read(key: string): Promise<State | undefined> {
      if (!(await storedKeys()).has(key)) return undefined;
      const mine = written.get(key);
      const row = mine ?? (await db.conversationState.findUnique({ where: { key } }));
      if (!row) {
        (await storedKeys()).delete(key); // swept by purgeAbandonedDialogs meanwhile
        return undefined;
      }
      const state = mine ? mine.state : parse((row as { value: string }).value);
      const expired = clock.now().getTime() - row.updatedAt.getTime() > ttlMs;
      if (!state || expired || state.version[1] !== version) {
        await remove(key);
        return undefined;
      }
      return state;
    },
    async write(key: string, state: State): Promise<void> {
      const value = JSON.stringify(state);
      const updatedAt = clock.now();
      (await storedKeys()).add(key);
      written.delete(key);
      await own(
        key,
        // A prepared statement on the synchronous connection (src/db/sqlite.ts): this runs on
        // every answer in a dialog, and a Prisma call would cost a hundred times more CPU.
        () => sync.write((w) => w.run(UPSERT_SQL, key, value, updatedAt)),
        () => {
          written.set(key, { state, updatedAt });
          if (written.size > MAX_REMEMBERED) written.delete(written.keys().next().value!);
        },
      );
    },
    delete: remove,
  };
}

/** A stored value we can use, or null (corrupt JSON or an unknown shape). */
function parse(value: string): State | null {
  try {
    const data = JSON.parse(value) as Partial<State> | null;
    return data && Array.isArray(data.version) && typeof data.state === "object" && data.state !== null ? (data as State) : null;
  } catch {
    return null;
  }
}

/** The `storage` option of the conversations plugin: per chat, prefixed, versioned. */
export function dialogStorage(db: Db, clock: Clock, opts: DialogStorageOptions = {}) {
  return {
    type: "key" as const,
    version: opts.version ?? DIALOG_STATE_VERSION,
    prefix: DIALOG_KEY_PREFIX,
    adapter: conversationStateAdapter(db, clock, opts),
  };
}

/** Deletes dialogs untouched for longer than the TTL; returns how many. For a periodic job. */
export async function purgeAbandonedDialogs(db: Db, now: Date, ttlMs = DIALOG_TTL_MS): Promise<number> {
  const { count } = await db.conversationState.deleteMany({ where: { updatedAt: { lt: new Date(now.getTime() - ttlMs) } } });
  return count;
}
