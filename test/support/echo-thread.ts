// A bot thread for test/threads.test.ts: answers each update with the thread's index, the
// update's id and the order it arrived in, after a delay the update asks for; "crash" ends the
// thread abruptly. (The real bot keeps a chat's updates in order with sequentialize.)
import type { Update } from "grammy/types";
import { serveUpdates, threadData } from "../../src/bot/threads/serve.ts";

const { index, data } = threadData<{ greeting: string }>();
let stopped = false;
let arrived = 0;

serveUpdates(
  async (update: Update) => {
    const arrival = ++arrived;
    const text = update.message?.text ?? "";
    if (text === "crash") process.exit(3);
    const delay = Number(/^wait (\d+)$/.exec(text)?.[1] ?? 0);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    if (text === "fail") throw new Error("handler failed");
    return { thread: index, updateId: update.update_id, arrival, greeting: data.greeting, stopped };
  },
  async () => {
    stopped = true;
  },
);
