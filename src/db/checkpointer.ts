// WAL checkpoints on a worker thread. In WAL mode with synchronous=NORMAL a commit does not wait
// for the disk; a checkpoint does (it copies the log into the database file and fsyncs both).
// SQLite runs one automatically in whichever connection's commit crosses 1,000 log pages — in
// this process that is the event loop's thread, so every few seconds of dialog traffic the whole
// bot stood still for as long as the disk took to fsync. Here a worker thread checkpoints every second (PASSIVE: it never blocks readers or
// writers), and the bot's own connections only checkpoint as a backstop, far later
// (BACKSTOP_PAGES), should the worker ever fall behind or die.
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** wal_autocheckpoint of the bot's connections while a checkpointer runs (~40 MB of log). */
export const BACKSTOP_PAGES = 10_000;
const INTERVAL_MS = 1_000;

// Plain JavaScript evaluated by the worker, so it runs the same under tsx, vitest and node.
const WORKER_SOURCE = `
const { workerData, parentPort } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma("busy_timeout = 1000");
const checkpoint = () => {
  try { db.pragma("wal_checkpoint(PASSIVE)"); } catch (err) { parentPort.postMessage(String(err)); }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on("message", () => { clearInterval(timer); checkpoint(); db.close(); parentPort.close(); });
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

/** Starts checkpointing the SQLite file at `path`; `onError` hears of failed checkpoints. */
export function startCheckpointer(path: string, onError: (message: string) => void = () => {}): Checkpointer {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { path, intervalMs: INTERVAL_MS, driver: createRequire(import.meta.url).resolve("better-sqlite3") },
  });
  worker.on("message", (m: unknown) => onError(String(m)));
  worker.on("error", (err) => onError(String(err)));
  worker.unref();
  return {
    async stop() {
      const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
      worker.ref(); // keep the process alive until the worker has closed its connection
      worker.postMessage("stop");
      await exited;
    },
  };
}
