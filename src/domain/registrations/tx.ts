// Transactions that change seats (reviews, cancellations, offers; the sign-up's own transaction
// runs on the synchronous connection instead, see apply.ts and src/db/sqlite.ts). Why they look
// like this — how Prisma 6.19 interactive transactions behave on @prisma/adapter-better-sqlite3
// (read in the adapter's source, and measured: test/registrations.concurrency.test.ts):
//
// 1. The adapter has ONE SQLite connection and a mutex. `$transaction` waits for the mutex and
//    sends a plain, DEFERRED `BEGIN`; commit/rollback release it. So the transactions of one
//    PrismaClient run strictly one after another, never interleaved: a count-then-insert inside
//    one cannot oversell within the process.
// 2. A deferred transaction takes SQLite's write lock only at its first write. If another
//    process (a second bot instance, the seed CLI, a sqlite3 shell) commits a write between our
//    first read and our first write, our write fails at once with SQLITE_BUSY(_SNAPSHOT):
//    busy_timeout does not help a read transaction that wants to become a write transaction.
//    The adapter offers no `BEGIN IMMEDIATE`, so the first statement here is a write that
//    changes nothing: it waits (busy_timeout) for other writers like BEGIN IMMEDIATE would, and
//    everything read after it is current and stays current until commit.
// 3. Queued transactions wait for the mutex, and Prisma's default maxWait (2 s) makes them fail
//    under a burst (measured: 30 transactions of 100 ms each → 10 "Unable to start a
//    transaction in the given time"). Seat transactions take milliseconds; the longer maxWait
//    only lets a burst queue instead of failing.
// 4. Beware: the adapter's NON-transactional queries do not wait for the mutex. Issued while a
//    transaction is open they run on the same connection, inside it — and are rolled back with
//    it. Rules in this folder therefore never throw to refuse something: they check first and
//    return a reason before writing anything, so only a genuine fault ever rolls back.
import type { Db, Prisma } from "../../db/client.ts";

export type Tx = Prisma.TransactionClient;

const TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 } as const;

/** Runs `fn` in a transaction that holds the database write lock from its first statement. */
export function writeTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`UPDATE "Course" SET "capacity" = "capacity" WHERE 0`);
    return fn(tx);
  }, TX_OPTIONS);
}
