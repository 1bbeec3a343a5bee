// The bot-thread side of the pool: takes updates from the main thread, answers when each is done.
import { parentPort, workerData } from "node:worker_threads";
import type { Update } from "grammy/types";
import type { FromThread, ThreadData, ToThread } from "./protocol.ts";

export function threadData<D>(): ThreadData<D> {
  if (!parentPort) throw new Error("not a bot thread: start it through BotThreads (src/bot/threads/pool.ts)");
  return workerData as ThreadData<D>;
}

/**
 * Handles every update the main thread sends with `handle` (its result goes back with the
 * answer); on "stop" waits for the updates in hand, runs `stop` and ends the thread.
 */
export function serveUpdates(handle: (update: Update) => Promise<unknown>, stop: () => Promise<void>): void {
  const port = parentPort!;
  const inFlight = new Set<Promise<void>>();
  const answer = (message: FromThread) => port.postMessage(message);
  port.on("message", (message: ToThread) => {
    if (message.type === "stop") {
      void Promise.allSettled(inFlight)
        .then(stop)
        .finally(() => process.exit(0));
      return;
    }
    const { id, update } = message;
    const task = handle(update).then(
      (result) => answer({ type: "done", id, result }),
      (err: unknown) => answer({ type: "failed", id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
    );
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
  });
  answer({ type: "ready" });
}
