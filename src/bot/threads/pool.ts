// Bot threads: the update handling spread over worker threads, so the bot uses every core.
// The main thread polls Telegram and runs the outbox and the jobs; each update goes to the
// thread of its chat (the same chat → the same thread, always), where a whole bot (createBot
// with its own database connections and caches) handles it. One chat's updates thus stay in
// order and its dialog and user-row caches live in one thread; writes reach the other threads'
// caches through the write relay (src/db/write-relay.ts). @grammyjs/runner's `distribute`
// would hand updates out round-robin by update id instead, splitting a chat over threads.
import { Worker } from "node:worker_threads";
import type { Update } from "grammy/types";
import type { FromThread, ThreadData, ToThread } from "./protocol.ts";

/** Registers tsx in a thread before a TypeScript entry; a compiled (.js) entry starts directly. */
const BOOT = new URL("./boot.mjs", import.meta.url);
/** How long a thread may take to finish its updates and close its database when stopping. */
const STOP_TIMEOUT_MS = 10_000;

export interface BotThreadsOptions<D> {
  /** The module each thread runs; it calls serveUpdates (serve.ts). */
  entry: URL;
  count: number;
  /** Passed to every thread (structured-cloned). */
  data: D;
  /** Told when a thread that was serving stops on its own; it is started again. */
  onCrash?: (index: number, error: unknown) => void;
}

interface Task {
  resolve(result: unknown): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Task>;
  ready: Promise<void>;
  exited: Promise<void>;
}

export class BotThreads<R = unknown> {
  private readonly threads: Thread[] = [];
  private nextId = 1;
  private stopping = false;

  private constructor(private readonly opts: BotThreadsOptions<unknown>) {
    for (let i = 0; i < opts.count; i++) this.threads.push(this.spawn(i));
  }

  /** Starts the threads and waits until every one is ready to serve. */
  static async start<R = unknown, D = unknown>(opts: BotThreadsOptions<D>): Promise<BotThreads<R>> {
    const pool = new BotThreads<R>(opts);
    try {
      await Promise.all(pool.threads.map((t) => t.ready));
    } catch (err) {
      await pool.stop();
      throw err;
    }
    return pool;
  }

  get size(): number {
    return this.threads.length;
  }

  /** The thread that handles `key` (a chat id): always the same one. */
  threadOf(key: number): number {
    return Math.abs(key) % this.threads.length;
  }

  /** Hands `update` to the thread of `key` (its chat id); resolves with the thread's result. */
  handle(update: Update, key: number): Promise<R> {
    const thread = this.threads[this.threadOf(key)]!;
    const id = this.nextId++;
    return new Promise<R>((resolve, reject) => {
      thread.pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
      thread.worker.postMessage({ type: "update", id, update } satisfies ToThread);
    });
  }

  /** Lets every thread finish the updates it has, close its database and end. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(
      this.threads.map(async ({ worker, exited }) => {
        worker.postMessage({ type: "stop" } satisfies ToThread);
        const timer = setTimeout(() => void worker.terminate(), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }),
    );
  }

  private spawn(index: number): Thread {
    const { entry, data } = this.opts;
    const worker = new Worker(entry.pathname.endsWith(".ts") ? BOOT : entry, { workerData: { entry: entry.href, index, data } satisfies ThreadData });
    const pending = new Map<number, Task>();
    let markReady!: () => void;
    let failStart!: (err: Error) => void;
    let served = false;
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      failStart = reject;
    });
    ready.catch(() => undefined); // a thread started again after a crash has no one waiting
    let lastError: unknown;
    worker.on("error", (err) => (lastError = err));
    worker.on("message", (message: FromThread) => {
      if (message.type === "ready") {
        served = true;
        return markReady();
      }
      const task = pending.get(message.id);
      pending.delete(message.id);
      if (message.type === "done") task?.resolve(message.result);
      else task?.reject(new Error(`bot thread ${index}: ${message.error}`));
    });
    const exited = new Promise<void>((resolve) =>
      worker.once("exit", (code) => {
        const error = new Error(`bot thread ${index} stopped (exit code ${code})`, { cause: lastError });
        for (const task of pending.values()) task.reject(error);
        pending.clear();
        failStart(error);
        resolve();
        // A thread that never became ready would only fail again: start() reports it instead.
        if (!this.stopping && served) {
          this.opts.onCrash?.(index, lastError ?? error);
          this.threads[index] = this.spawn(index);
        }
      }),
    );
    return { worker, pending, ready, exited };
  }
}
