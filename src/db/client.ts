// Prisma client on the better-sqlite3 driver adapter, with the pragmas the app relies on.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.ts";
import { BACKSTOP_PAGES, startCheckpointer } from "./checkpointer.ts";
import { onDisconnect, registerSyncDb, SyncDb } from "./sqlite.ts";
import { createLock, withTransactionGate } from "./transaction-gate.ts";
import { relayWrites } from "./write-relay.ts";
import { registerWriteWatch, withWriteWatch, WriteWatch } from "./write-watch.ts";

export type Db = PrismaClient;
export type { Prisma } from "../generated/prisma/client.ts";

/** Path of the SQLite file behind a `file:` URL. */
export function sqlitePath(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}

export interface DbOptions {
  /**
   * Checkpoint the WAL on a worker thread (checkpointer.ts) instead of in the commits of this
   * thread: for the long-running bot, whose event loop must not wait for the disk.
   */
  backgroundCheckpoints?: boolean;
  /**
   * Another client of this process checkpoints in the background (the main thread's, for the
   * bot threads): this one's commits only keep the far backstop, like that client's.
   */
  checkpointedElsewhere?: boolean;
  /** Told when a background checkpoint fails (the backstop then still checkpoints). */
  onCheckpointError?: (message: string) => void;
  /**
   * Exchange writes with the other clients of this file in this process that share them (the
   * bot's threads, src/bot/threads/), so each one's caches see the others' writes.
   */
  shareWrites?: boolean;
}

type RawClient = Pick<PrismaClient, "$queryRawUnsafe" | "$executeRawUnsafe">;

/** The settings of every Prisma connection to the file (also the benchmark's other clients). */
export async function applyConnectionSettings(prisma: RawClient): Promise<void> {
  // WAL lets readers go on while the outbox writes; busy_timeout waits instead of failing.
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$executeRawUnsafe("PRAGMA busy_timeout = 5000");
  await prisma.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  await prisma.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
}

export async function createDb(url: string, opts: DbOptions = {}): Promise<Db> {
  mkdirSync(dirname(sqlitePath(url)), { recursive: true });
  // The write watch tells in-process caches (users, catalog) what changed.
  const watch = new WriteWatch();
  // One gate for Prisma's connection and the synchronous one's write transactions.
  const gate = createLock();
  const prisma = new PrismaClient({ adapter: withTransactionGate(withWriteWatch(new PrismaBetterSQLite3({ url }), watch), gate) });
  registerWriteWatch(prisma, watch);
  const sync = new SyncDb(sqlitePath(url), gate, watch);
  registerSyncDb(prisma, sync);
  await applyConnectionSettings(prisma);
  if (opts.shareWrites) {
    const leave = relayWrites(watch, sqlitePath(url));
    onDisconnect(prisma, leave);
  }
  if (opts.backgroundCheckpoints || opts.checkpointedElsewhere) {
    const pages = `PRAGMA wal_autocheckpoint = ${BACKSTOP_PAGES}`;
    await prisma.$queryRawUnsafe(pages);
    sync.pragma(pages);
  }
  if (opts.backgroundCheckpoints) {
    const checkpointer = startCheckpointer(sqlitePath(url), opts.onCheckpointError);
    onDisconnect(prisma, () => checkpointer.stop());
  }
  return prisma;
}
