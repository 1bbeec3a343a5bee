// A bot thread's first module when its entry is TypeScript (tests, the bench; pool.ts): Node 20
// does not pass tsx's loader to worker threads, so it is registered here before the entry is
// imported. The compiled bot (`npm start`, build/) starts its threads without it.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
