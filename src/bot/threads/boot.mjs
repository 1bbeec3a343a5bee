// A bot thread's first module (src/bot/threads/pool.ts): Node 20 does not pass tsx's loader to
// worker threads, so it is registered here before the thread's TypeScript entry is imported.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
