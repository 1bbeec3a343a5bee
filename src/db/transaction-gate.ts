// The better-sqlite3 adapter runs everything on one connection. It serialises interactive
// transactions with a mutex, but plain queries do not wait for it: a query issued while a
// transaction is open runs inside that transaction — it sees uncommitted rows and is undone
// by a rollback. This gate makes every top-level query wait for the open transaction.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";

type Release = () => void;
/** Waits for the turn; the returned function ends it. */
export type Lock = () => Promise<Release>;

/**
 * A FIFO lock: queries and transactions take turns in the order they arrive. createDb shares
 * one with the synchronous connection (src/db/sqlite.ts), whose write transactions take it too.
 */
export function createLock(): Lock {
  let tail: Promise<void> = Promise.resolve();
  return () => {
    let release!: Release;
    const previous = tail;
    tail = new Promise<void>((resolve) => (release = resolve));
    return previous.then(() => release);
  };
}

function gateAdapter(adapter: SqlDriverAdapter, acquire: Lock): SqlDriverAdapter {
  const exclusive =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const release = await acquire();
      try {
        return await fn(...args);
      } finally {
        release();
      }
    };
  const startTransaction = async (...args: Parameters<SqlDriverAdapter["startTransaction"]>): Promise<Transaction> => {
    const release = await acquire();
    try {
      const tx = await adapter.startTransaction(...args);
      const end = (fn: () => Promise<void>) => async () => {
        try {
          await fn();
        } finally {
          release();
        }
      };
      return Object.assign(Object.create(tx) as Transaction, {
        commit: end(() => tx.commit()),
        rollback: end(() => tx.rollback()),
      });
    } catch (err) {
      release();
      throw err;
    }
  };
  // Methods are called on the real adapter: it keeps state in private class fields.
  return new Proxy(adapter, {
    get(target, prop) {
      if (prop === "startTransaction") return startTransaction;
      const value = Reflect.get(target, prop, target) as unknown;
      if (typeof value !== "function") return value;
      const bound = (value as (...a: unknown[]) => unknown).bind(target);
      return prop === "queryRaw" || prop === "executeRaw" || prop === "executeScript"
        ? exclusive(bound as (...a: unknown[]) => Promise<unknown>)
        : bound;
    },
  });
}

export function withTransactionGate<F extends SqlDriverAdapterFactory>(factory: F, lock: Lock = createLock()): F {
  const connect = factory.connect.bind(factory);
  return Object.assign(Object.create(factory) as F, {
    connect: async () => gateAdapter(await connect(), lock),
    provider: factory.provider,
    adapterName: factory.adapterName,
  });
}
