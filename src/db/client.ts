// Prisma client on the better-sqlite3 driver adapter, with the pragmas the app relies on.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.ts";
import { registerSyncDb, SyncDb } from "./sqlite.ts";
import { createLock, withTransactionGate } from "./transaction-gate.ts";
import { registerWriteWatch, withWriteWatch, WriteWatch } from "./write-watch.ts";

export type Db = PrismaClient;
export type { Prisma } from "../generated/prisma/client.ts";

/** Path of the SQLite file behind a `file:` URL. */
export function sqlitePath(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}

export async function createDb(url: string): Promise<Db> {
  mkdirSync(dirname(sqlitePath(url)), { recursive: true });
  // The write watch tells in-process caches (users, catalog) what changed.
  const watch = new WriteWatch();
  // One gate for Prisma's connection and the synchronous one's write transactions.
  const gate = createLock();
  const prisma = new PrismaClient({ adapter: withTransactionGate(withWriteWatch(new PrismaBetterSQLite3({ url }), watch), gate) });
  registerWriteWatch(prisma, watch);
  registerSyncDb(prisma, new SyncDb(sqlitePath(url), gate, watch));
  // WAL lets readers go on while the outbox writes; busy_timeout waits instead of failing.
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$executeRawUnsafe("PRAGMA busy_timeout = 5000");
  await prisma.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  await prisma.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  return prisma;
}
