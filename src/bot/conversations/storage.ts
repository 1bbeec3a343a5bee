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
// For the same reason it remembers the rows it wrote itself, so a dialog's next step reads
// its state without a query; any write to the table by someone else (the purge job, tests)
// — seen by the client's write watch — makes it forget them and read the rows again.
import type { ConversationData, VersionedState } from "@grammyjs/conversations";
import type { Db } from "../../db/client.ts";
import type { Clock } from "../../domain/clock.ts";
import { syncDbOf } from "../../db/sqlite.ts";
import { writeWatchOf } from "../../db/write-watch.ts";

/** Bump on incompatible changes to any dialog (see above). */
export const DIALOG_STATE_VERSION = 1;

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

/** The storage adapter proper: read / write / delete one key. */
export function conversationStateAdapter(db: Db, clock: Clock, opts: DialogStorageOptions = {}) {
  const version = opts.version ?? DIALOG_STATE_VERSION;
  const ttlMs = opts.ttlMs ?? DIALOG_TTL_MS;
  let stored: Promise<Set<string>> | undefined;
  const storedKeys = () =>
    (stored ??= db.conversationState.findMany({ select: { key: true } }).then((rows) => new Set(rows.map((r) => r.key))));
  // Rows as this adapter last wrote them; `writes` counts the table's writes seen by the watch.
  const written = new Map<string, { value: string; updatedAt: Date }>();
  let writes = 0;
  const watch = writeWatchOf(db);
  watch?.on((e) => {
    if (!e.tables.includes("ConversationState") && !e.tables.includes("*")) return;
    writes++;
    written.clear();
  });
  /** Runs one write statement of ours; `after` only when no other write came in between. */
  const own = async (write: () => Promise<unknown>, after: () => void) => {
    const before = writes;
    await write();
    if (watch && writes === before + 1) after();
  };
  const sync = syncDbOf(db);
  const remove = async (key: string) => {
    (await storedKeys()).delete(key);
    written.delete(key);
    await sync.write((w) => w.run(`DELETE FROM "ConversationState" WHERE "key" = ?`, key));
  };
  return {
    async read(key: string): Promise<State | undefined> {
      if (!(await storedKeys()).has(key)) return undefined;
      const row = written.get(key) ?? (await db.conversationState.findUnique({ where: { key } }));
      if (!row) {
        (await storedKeys()).delete(key); // swept by purgeAbandonedDialogs meanwhile
        return undefined;
      }
      const state = parse(row.value);
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
        // A prepared statement on the synchronous connection (src/db/sqlite.ts): this runs on
        // every answer in a dialog, and a Prisma call would cost a hundred times more CPU.
        () =>
          sync.write((w) =>
            w.run(
              `INSERT INTO "ConversationState" ("key", "value", "updatedAt") VALUES (?, ?, ?)
               ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`,
              key, value, updatedAt,
            ),
          ),
        () => written.set(key, { value, updatedAt }),
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
