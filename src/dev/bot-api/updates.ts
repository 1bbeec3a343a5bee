// The bot's update queue with getUpdates semantics: updates stay until confirmed by a
// later offset, a request waits up to `timeout` seconds for new ones, and a newer
// getUpdates request terminates an older pending one with 409, as on Telegram.
import type { Update } from "grammy/types";
import { BotApiError, conflict } from "./errors.ts";

export type UpdatePayload = Omit<Update, "update_id">;

/** Without allowed_updates Telegram delivers everything except these. */
const NOT_DELIVERED_BY_DEFAULT = new Set(["chat_member", "message_reaction", "message_reaction_count"]);

interface Waiter {
  limit: number;
  settle: (result: Update[] | BotApiError) => void;
}

export interface PollOptions {
  offset?: number | undefined;
  limit?: number | undefined;
  timeoutSeconds?: number | undefined;
  allowedUpdates?: string[] | undefined;
  signal?: AbortSignal;
}

export class UpdateQueue {
  private queue: Update[] = [];
  private nextId = 1;
  private allowed: ReadonlySet<string> | undefined;
  private waiter: Waiter | undefined;
  private wakeScheduled = false;
  private closed = false;

  get pendingCount(): number {
    return this.queue.length;
  }

  /** Adds an update unless the bot's allowed_updates filter excludes its type. */
  push(payload: UpdatePayload): Update | undefined {
    const type = Object.keys(payload)[0] ?? "";
    const wanted = this.allowed ? this.allowed.has(type) : !NOT_DELIVERED_BY_DEFAULT.has(type);
    if (!wanted) return undefined;
    const update = { update_id: this.nextId++, ...payload } as Update;
    this.queue.push(update);
    this.scheduleWake();
    return update;
  }

  setAllowedUpdates(types: string[] | undefined): void {
    // An empty list means "the default set".
    this.allowed = types && types.length > 0 ? new Set(types) : undefined;
  }

  /** Removes and returns every queued update, for callers that feed the bot directly. */
  takeAll(): Update[] {
    const taken = this.queue;
    this.queue = [];
    return taken;
  }

  dropPending(): void {
    this.queue = [];
  }

  poll(options: PollOptions): Promise<Update[]> {
    const offset = options.offset ?? 0;
    if (offset > 0) {
      this.queue = this.queue.filter((update) => update.update_id >= offset);
    } else if (offset < 0) {
      // Negative offset: keep only the last -offset updates, forget the rest.
      this.queue = this.queue.slice(offset);
    }
    if (options.allowedUpdates !== undefined) this.setAllowedUpdates(options.allowedUpdates);

    const limit = Math.min(Math.max(options.limit ?? 100, 1), 100);
    this.waiter?.settle(conflict("terminated by other getUpdates request; make sure that only one bot instance is running"));
    this.waiter = undefined;

    const timeoutSeconds = Math.max(options.timeoutSeconds ?? 0, 0);
    if (this.queue.length > 0 || timeoutSeconds === 0 || this.closed) {
      return Promise.resolve(this.queue.slice(0, limit));
    }

    return new Promise<Update[]>((resolve, reject) => {
      const timer = setTimeout(() => waiter.settle([]), timeoutSeconds * 1000);
      const onAbort = (): void => waiter.settle([]);
      const waiter: Waiter = {
        limit,
        settle: (result) => {
          clearTimeout(timer);
          options.signal?.removeEventListener("abort", onAbort);
          if (this.waiter === waiter) this.waiter = undefined;
          if (result instanceof BotApiError) reject(result);
          else resolve(result);
        },
      };
      // A client that went away (e.g. grammY's bot.stop() aborting its request) frees the slot.
      options.signal?.addEventListener("abort", onAbort, { once: true });
      this.waiter = waiter;
    });
  }

  /** Answers a pending long poll with an empty list and makes future polls return at once. */
  close(): void {
    this.closed = true;
    this.waiter?.settle([]);
  }

  private scheduleWake(): void {
    if (this.wakeScheduled) return;
    this.wakeScheduled = true;
    // Deliver updates created in the same tick as one batch.
    setImmediate(() => {
      this.wakeScheduled = false;
      const waiter = this.waiter;
      if (waiter && this.queue.length > 0) waiter.settle(this.queue.slice(0, waiter.limit));
    });
  }
}
