// Passes write-watch events between the threads of one bot (src/bot/threads/): every thread
// has its own client, connections and caches on the same SQLite file, and a write made in one
// thread must reach the caches of the others. A BroadcastChannel named after the file carries
// each thread's own writes to every other thread's watch; relayed events are not relayed again.
//
// Delivery is asynchronous (well under a millisecond between threads), so another thread's
// cache may answer from the old row for that long. Updates of one chat are all handled by one
// thread, so a person never sees their own change missing; others see it a moment later.
import { resolve } from "node:path";
import { BroadcastChannel } from "node:worker_threads";
import type { WriteEvent, WriteWatch } from "./write-watch.ts";

/**
 * Arguments longer than this are relayed as null. Listeners read arguments only to tell which
 * row a statement wrote (a key, an id), and one they cannot read makes them forget the whole
 * table: the safe side. Each answer in a dialog writes the dialog's state (~10 KB by the end of
 * a sign-up), which the relay otherwise cloned to every other thread.
 */
export const MAX_RELAYED_ARG_LENGTH = 200;

const relayed = (arg: unknown) => (typeof arg === "string" && arg.length > MAX_RELAYED_ARG_LENGTH ? null : arg);

export function relayChannelName(sqliteFile: string): string {
  return `mamandyq-writes:${resolve(sqliteFile)}`;
}

/** Joins `watch` to the relay of `sqliteFile`; the returned function leaves it. */
export function relayWrites(watch: WriteWatch, sqliteFile: string): () => void {
  const channel = new BroadcastChannel(relayChannelName(sqliteFile));
  channel.unref(); // a relay alone must not keep the process alive
  channel.onmessage = (message) => watch.deliver((message as { data: WriteEvent }).data);
  watch.relayTo((event) => {
    try {
      // Field by field, not `{ ...event, args }`: with fields after a leading spread, V8 keeps
      // what the object points to alive through young-generation GCs (README, Performance,
      // session 7), and this runs for every write.
      channel.postMessage({ tables: event.tables, sql: event.sql, args: event.args.map(relayed) } satisfies WriteEvent);
    } catch {
      // Arguments that cannot be cloned: without them the write cannot be attributed to one
      // row, and the caches then forget everything they hold of those tables.
      channel.postMessage({ tables: event.tables, sql: event.sql, args: [] });
    }
  });
  return () => {
    watch.relayTo(undefined);
    channel.close();
  };
}
