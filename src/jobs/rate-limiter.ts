// Telegram's sending limits, kept on our side so a broadcast never runs into flood waits:
// about 30 messages per second per bot (up to 1000 with allow_paid_broadcast) and about one
// message per second to the same chat. Time is the machine's monotonic time, not the business
// clock (a test's frozen FakeClock must not stop sending); tests inject `now` and `sleep`.
import { setTimeout as delay } from "node:timers/promises";

export interface RateLimiterOptions {
  /** Messages per second for the whole bot; Infinity = no cap. */
  perSecond: number;
  /** Minimum gap between two messages to the same chat; default 1000 ms, 0 = none. */
  perChatMs?: number;
  /** Milliseconds, monotonic; default performance.now. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * How far behind schedule the limiter may run and still catch up: timers fire a millisecond or
 * more late, which at 1000/s (1 ms apart) would otherwise lose a slot on almost every message
 * (measured: ~35 % of the cap). Minus one interval, so at rates up to 1000/LATE_SLACK_MS (40/s)
 * there is no slack at all; at 1000/s at most 24 messages catch up at once. Idle time beyond
 * the slack is never saved up.
 */
const LATE_SLACK_MS = 25;

export class RateLimiter {
  private readonly intervalMs: number;
  private readonly slackMs: number;
  private readonly perChatMs: number;
  private readonly now: () => number;
  private readonly sleepFn: (ms: number) => Promise<void>;
  /**
   * When the next message may go (GCRA's "theoretical arrival time"). It advances by one
   * interval per message rather than restarting from "now", so a sleep that overshoots by a
   * millisecond is made up by the next message and the long-run rate is the cap itself.
   */
  private nextAt = -Infinity;
  /** Chat id → when its last message was let through. Pruned as entries go stale. */
  private lastByChat = new Map<number, number>();

  constructor(o: RateLimiterOptions) {
    if (!(o.perSecond > 0)) throw new RangeError(`perSecond must be > 0, got ${o.perSecond}`);
    this.intervalMs = 1000 / o.perSecond;
    this.slackMs = Math.max(0, LATE_SLACK_MS - this.intervalMs);
    this.perChatMs = o.perChatMs ?? 1000;
    this.now = o.now ?? (() => performance.now());
    this.sleepFn = o.sleep ?? ((ms) => delay(ms));
  }

  /** How long a message to `chatId` would have to wait for that chat's gap (0 = free now). */
  chatWait(chatId: number): number {
    const last = this.lastByChat.get(chatId);
    return last === undefined ? 0 : Math.max(0, last + this.perChatMs - this.now());
  }

  /** Waits until a message to `chatId` may be sent under both caps, and books the slot. */
  async acquire(chatId: number): Promise<void> {
    const chatWait = this.chatWait(chatId);
    if (chatWait > 0) await this.sleepFn(chatWait);
    if (Number.isFinite(this.intervalMs) && this.intervalMs > 0) {
      const now = this.now();
      // Idle time is not saved up for a burst: the schedule restarts from now. Running behind by
      // at most the slack is lateness, not idle: the grid is kept and the next messages catch up.
      const at = now - this.nextAt <= this.slackMs ? this.nextAt : now;
      this.nextAt = at + this.intervalMs;
      if (at > now) await this.sleepFn(at - now);
    }
    this.book(chatId);
  }

  /**
   * The request to `chatId` has been answered: its gap counts from now. Telegram saw the message
   * somewhere between acquire and now, so counting from now keeps the gap on its side too.
   */
  sent(chatId: number): void {
    this.book(chatId);
  }

  private book(chatId: number): void {
    const now = this.now();
    if (this.perChatMs <= 0) return;
    // Delete first: Maps iterate in insertion order, so entries stay sorted by time and the
    // prune below stops at the first fresh one (amortised O(1) per message).
    this.lastByChat.delete(chatId);
    this.lastByChat.set(chatId, now);
    if (this.lastByChat.size > 1024) {
      for (const [id, t] of this.lastByChat) {
        if (now - t < this.perChatMs) break;
        this.lastByChat.delete(id);
      }
    }
  }
}

/** A limiter that never waits (benchmarks of raw throughput). */
export const unlimited = (): RateLimiter => new RateLimiter({ perSecond: Infinity, perChatMs: 0 });
