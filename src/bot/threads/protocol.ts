// Messages between the main thread (pool.ts) and a bot thread (serve.ts).
import type { Update } from "grammy/types";

export type ToThread = { type: "update"; id: number; update: Update } | { type: "stop" };

export type FromThread =
  | { type: "ready" }
  | { type: "done"; id: number; result?: unknown }
  | { type: "failed"; id: number; error: string };

/** What a thread finds in `workerData`. */
export interface ThreadData<D = unknown> {
  /** The module the thread runs (boot.mjs imports it). */
  entry: string;
  /** Which thread this is, from 0. */
  index: number;
  data: D;
}
