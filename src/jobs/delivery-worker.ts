// The delivery worker: drains the outbox (src/domain/outbox.ts). Each due delivery is rendered
// at send time in the recipient's language (src/bot/notifications), sent, and marked:
//   sent · 403 → recipient blocked: user inactive, their waiting deliveries dropped
//   · 429 → wait `retry_after` (no attempt counted) · other 4xx → failed for good
//   · 5xx, network, anything else → retried with exponential backoff, failed after maxAttempts
//   · subject vanished or superseded → cancelled.
// Non-urgent deliveries inside the recipient's quiet hours are postponed to the end of them.
// Sending is paced by a RateLimiter (jobs/rate-limiter.ts): a global cap (SEND_RATE_PER_SECOND)
// and one message per second per chat; a delivery whose chat had a message <1 s ago is tried
// after the rest of its batch rather than holding the others up.
// One drain at a time; rows are claimed ("sending") before sending and released after a crash.
// Reminders and announcements are planned as fan-outs (one row per audience, domain/reminders/
// fanout.ts): whenever nothing is due, the drain expands the next `expandBudget` audience
// members into deliveries and goes on, so expansion stays just ahead of sending instead of
// writing a whole 780,000-recipient audience at once.
// Sent rows are marked in batches (one UPDATE per MARK_BATCH ids, or at the end of each claimed
// batch, or after MARK_MAX_DELAY_MS): a crash can only re-send rows that were still "sending"
// — the claimed batch, the same in-flight window as before. Broadcasts (the same message for
// everyone) are rendered once per claimed batch and language, not once per recipient.
import { GrammyError, type Api } from "grammy";
import type { Db } from "../db/client.ts";
import type { Clock } from "../domain/clock.ts";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../domain/locale.ts";
import {
  claimDue,
  isReachable,
  markBlocked,
  markCancelled,
  markFailed,
  markReachable,
  markSentMany,
  postpone,
  quietHoursEnd,
  releaseClaims,
  type ClaimedDelivery,
} from "../domain/outbox.ts";
import type { Logger } from "../logger.ts";
import { parsePayload, renderers, RenderBatch, type Rendered } from "../bot/notifications/index.ts";
import { sendRendered } from "../bot/notifications/send.ts";
import { BROADCAST_KIND } from "../domain/broadcasts/index.ts";
import { expandFanouts } from "../domain/reminders/fanout.ts";
import { RateLimiter } from "./rate-limiter.ts";

export interface DeliveryWorkerOptions {
  db: Db;
  /** bot.api (or any Api pointing at the same bot). */
  api: Api;
  logger: Logger;
  clock: Clock;
  /** Pause between drains; default 5 s. */
  intervalMs?: number;
  /** ADMIN_IDS, for renderers that re-check a recipient's role. */
  adminIds?: number[];
  /** Rows claimed per round; default claimBatchFor(ratePerSecond): 25 at 25/s, 100 at 1000/s. */
  batchSize?: number;
  /** Attempts before a transient error becomes final; default 10 (about three hours). */
  maxAttempts?: number;
  /** Delay before attempt n+1 after n failed attempts; default 30 s · 2^(n-1), at most 1 h. */
  backoffMs?: (attempts: number) => number;
  /** Global cap, messages per second; default 25 (Telegram allows about 30). Infinity = none. */
  ratePerSecond?: number;
  /** Send with allow_paid_broadcast (up to 1000 msg/s, paid in Telegram Stars per message). */
  paidBroadcast?: boolean;
  /**
   * Deliveries in flight at once within a batch; default 1. More lanes overlap round trips to
   * Telegram, but after a 429 the requests already in flight still complete.
   */
  concurrency?: number;
  /** Pacing, replacing ratePerSecond (tests inject one with fake time). */
  limiter?: RateLimiter;
  /**
   * Fan-out audience members expanded into deliveries each time nothing is due; default
   * expandBudgetFor(batchSize): 20 claimed batches, at least 500 (20 s of sending at 25/s).
   */
  expandBudget?: number;
}

export interface DeliveryWorker {
  /** Stops the timer and waits for a running drain to finish. */
  stop(): Promise<void>;
  /** Sends everything due now; resolves with the number of messages sent. */
  drainOnce(): Promise<number>;
}

/** Kinds whose rendering depends only on kind, ref and language, never on the recipient. */
const SHARED_RENDER_KINDS: ReadonlySet<string> = new Set([BROADCAST_KIND]);
/** Sent rows recorded per UPDATE, and how long a sent row may wait for its mark. */
const MARK_BATCH = 100;
const MARK_MAX_DELAY_MS = 250;

/**
 * Rows claimed per round for a rate cap: about 0.1 s of sending, 25 to 100. A claim costs a few
 * milliseconds however many rows it takes; claiming more than ~0.1 s ahead only widens what a
 * crash may send twice (claimed rows are "sending" until marked).
 */
export const claimBatchFor = (perSecond: number): number => Math.min(100, Math.max(25, Math.ceil(perSecond / 10)));

/** Fan-out members expanded per top-up: enough for a while of sending, small enough to stay fair. */
export const expandBudgetFor = (batchSize: number): number => Math.max(500, batchSize * 20);

const defaultBackoff = (attempts: number): number => Math.min(30_000 * 2 ** (attempts - 1), 3_600_000);

type Outcome = "sent" | "blocked" | "flood" | "done";

export function startDeliveryWorker(o: DeliveryWorkerOptions): DeliveryWorker {
  const { db, api, clock } = o;
  const log = o.logger.child({ job: "delivery-worker" });
  const intervalMs = o.intervalMs ?? 5000;
  const batchSize = o.batchSize ?? claimBatchFor(o.ratePerSecond ?? 25);
  // 10 attempts with the default backoff span about three hours: a Telegram or network outage
  // of that length loses nothing; only errors that persist beyond it fail a delivery for good.
  const maxAttempts = o.maxAttempts ?? 10;
  const backoff = o.backoffMs ?? defaultBackoff;
  const adminIds = o.adminIds ?? [];
  const limiter = o.limiter ?? new RateLimiter({ perSecond: o.ratePerSecond ?? 25 });
  const concurrency = Math.max(1, o.concurrency ?? 1);
  const paid = o.paidBroadcast ? { allow_paid_broadcast: true } : {};
  const expandBudget = Math.max(1, o.expandBudget ?? expandBudgetFor(batchSize));
  // While other messages keep the outbox busy (a long broadcast), fan-outs are still topped up
  // as often as one budget takes to send, so due reminders are not held back behind them.
  const topUpEveryMs = (expandBudget / (o.ratePerSecond ?? 25)) * 1000;
  let lastTopUp = -Infinity;

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  /** After a 429 nothing is sent before this instant (Telegram's flood wait is per bot). */
  let pausedUntil = 0;
  // Rows a crashed predecessor left "sending" go back to the queue before the first drain.
  const released = releaseClaims(db).then(
    (n) => n > 0 && log.warn({ released: n }, "deliveries left in flight by a previous run are pending again"),
    (err: unknown) => log.error({ err }, "could not release deliveries left in flight"),
  );
  /** Drains run one after another, never overlapping (timer and manual calls alike). */
  let chain: Promise<unknown> = released;

  /** Sent, not yet recorded (still "sending" in the database), and since when. */
  let marks: number[] = [];
  let oldestMarkAt = 0;
  async function flushMarks(): Promise<void> {
    if (marks.length === 0) return;
    const ids = marks;
    marks = [];
    try {
      await markSentMany(db, ids, clock.now());
    } catch (err) {
      // Kept for the next flush; after a crash meanwhile they would be sent again (at least once).
      marks = ids.concat(marks);
      log.error({ err, deliveries: ids.length }, "could not mark sent deliveries");
    }
  }
  async function recordSent(id: number): Promise<void> {
    if (marks.length === 0) oldestMarkAt = performance.now();
    marks.push(id);
    if (marks.length >= MARK_BATCH || performance.now() - oldestMarkAt >= MARK_MAX_DELAY_MS) await flushMarks();
  }

  /** Reads shared by the renderings of the current claimed batch (notifications/batch.ts). */
  let renderBatch = new RenderBatch([]);
  function render(d: ClaimedDelivery, locale: Locale, now: Date): Promise<Rendered> {
    const run = () => renderers[d.kind]!({ db, delivery: d, payload: parsePayload(d.payload), locale, now, adminIds, batch: renderBatch });
    // SHARED_RENDER_KINDS: one rendering per kind, ref and language in the batch.
    return SHARED_RENDER_KINDS.has(d.kind) ? renderBatch.once(`rendered:${d.kind}:${d.ref}:${locale}`, run) : run();
  }

  async function deliver(d: ClaimedDelivery): Promise<Outcome> {
    const now = clock.now();
    const user = d.user;
    if (!isReachable(user)) {
      await markBlocked(db, d.id, user.id, "not sent: the recipient blocked the bot earlier", user.blockedAt ?? now);
      return "blocked";
    }
    if (!d.urgent) {
      const quietEnd = quietHoursEnd(user, now);
      if (quietEnd) {
        await postpone(db, d.id, quietEnd);
        return "done";
      }
    }
    if (!renderers[d.kind]) {
      await markFailed(db, d.id, `no renderer for kind "${d.kind}"`, null);
      log.error({ delivery: d.id, kind: d.kind }, "delivery kind without a renderer");
      return "done";
    }
    let rendered: Rendered;
    try {
      const locale = isLocale(user.locale) ? user.locale : DEFAULT_LOCALE;
      rendered = await render(d, locale, now);
    } catch (err) {
      return failed(d, err);
    }
    if ("cancel" in rendered) {
      await markCancelled(db, d.id, rendered.cancel);
      return "done";
    }
    const chatId = Number(user.telegramId);
    await limiter.acquire(chatId);
    // Another lane may have met a flood wait while this one waited for its slot.
    if (clock.now().getTime() < pausedUntil) {
      await postpone(db, d.id, new Date(pausedUntil));
      return "flood";
    }
    try {
      // HTML → sendMessage; an author's text + entities → sendMessage, with a photo → sendPhoto.
      await sendRendered(api, chatId, rendered, paid);
    } catch (err) {
      return failed(d, err);
    } finally {
      limiter.sent(chatId);
    }
    await recordSent(d.id);
    if (!user.isActive) await markReachable(db, user.id);
    return "sent";
  }

  async function failed(d: ClaimedDelivery, err: unknown): Promise<Outcome> {
    const now = clock.now();
    if (err instanceof GrammyError) {
      if (err.error_code === 403) {
        await markBlocked(db, d.id, d.userId, err.description, now);
        log.info({ delivery: d.id, user: d.userId }, "recipient blocked the bot; their deliveries are dropped");
        return "blocked";
      }
      if (err.error_code === 429) {
        const seconds = Math.max(1, err.parameters.retry_after ?? 1);
        pausedUntil = now.getTime() + seconds * 1000;
        await postpone(db, d.id, new Date(pausedUntil));
        log.warn({ delivery: d.id, retryAfter: seconds }, "flood wait: sending paused");
        return "flood";
      }
      if (err.error_code >= 400 && err.error_code < 500) {
        // "chat not found", "can't parse entities"…: the same request will fail the same way.
        await markFailed(db, d.id, `${err.error_code} ${err.description}`, null);
        log.error({ delivery: d.id, err }, "delivery rejected by Telegram");
        return "done";
      }
    }
    const attempts = d.attempts + 1;
    const message = err instanceof GrammyError ? `${err.error_code} ${err.description}` : String((err as Error)?.message ?? err);
    const retryAt = attempts < maxAttempts ? new Date(now.getTime() + backoff(attempts)) : null;
    await markFailed(db, d.id, message, retryAt);
    log.warn({ delivery: d.id, attempts, retryAt, err }, retryAt ? "delivery failed; will retry" : "delivery failed for good");
    return "done";
  }

  /** Expands the next fan-out members into deliveries; whether it got anywhere. */
  async function topUp(): Promise<boolean> {
    lastTopUp = clock.now().getTime();
    try {
      const x = await expandFanouts(db, clock.now(), expandBudget);
      if (x.invalid.length > 0) log.error({ fanouts: x.invalid }, "fan-outs with an unreadable audience were cancelled");
      if (x.chunks > 0) log.debug({ chunks: x.chunks, members: x.members, added: x.added }, "fan-outs expanded");
      return x.chunks > 0;
    } catch (err) {
      // Sending what is already in the outbox goes on; the next drain tries again.
      log.error({ err }, "could not expand fan-outs");
      return false;
    }
  }

  async function drain(): Promise<number> {
    let sent = 0;
    // The next batch is claimed while the second half of the current one is sent: at 1000/s a
    // claim between batches left a 15–40 ms hole in the sending every 100 messages, and the
    // limiter catches up only 24 ms of lateness (measured: 82–93 % of the cap for notices).
    let ahead: Promise<ClaimedDelivery[]> | undefined;
    const giveBack = async (rows: readonly ClaimedDelivery[]) => {
      for (const rest of rows) await postpone(db, rest.id, rest.notBefore);
    };
    while (!stopped && clock.now().getTime() >= pausedUntil) {
      if (clock.now().getTime() - lastTopUp >= topUpEveryMs) await topUp();
      const batch = await (ahead ?? claimDue(db, clock.now(), batchSize));
      ahead = undefined;
      if (batch.length === 0) {
        if (await topUp()) continue;
        break;
      }
      renderBatch = new RenderBatch(batch);
      // A 403 drops the user's other rows in the database; their copies in this batch are skipped.
      const blocked = new Set<number>();
      // Rows whose chat got a message under a second ago, or has one in flight, go after the
      // rest of the batch; one chat is never sent to by two lanes at once.
      const later: ClaimedDelivery[] = [];
      const busy = new Set<number>();
      let next = 0;
      let flood = false;
      const chatOf = (d: ClaimedDelivery) => Number(d.user.telegramId);
      const pick = (): ClaimedDelivery | undefined => {
        if (!ahead && next >= batch.length / 2 && !flood && !stopped) {
          ahead = claimDue(db, clock.now(), batchSize);
          ahead.catch(() => undefined); // awaited (and its failure reported) with the next batch
        }
        while (next < batch.length) {
          const d = batch[next++]!;
          if (busy.has(chatOf(d)) || limiter.chatWait(chatOf(d)) > 0) later.push(d);
          else return d;
        }
        const i = later.findIndex((d) => !busy.has(chatOf(d)));
        return i < 0 ? undefined : later.splice(i, 1)[0];
      };
      // Lanes overlap the requests' round trips (one at a time, a 50 ms round trip would cap
      // sending at 20/s); the limiter still spaces the sends themselves.
      const lane = async () => {
        while (!flood && !stopped) {
          const d = pick();
          if (!d) return;
          if (blocked.has(d.userId)) continue;
          busy.add(chatOf(d));
          let outcome: Outcome;
          try {
            outcome = await deliver(d);
          } catch (err) {
            // Recording the outcome failed (database trouble): try the row again a little later
            // (not at once, or a persistent fault would spin this loop).
            log.error({ delivery: d.id, err }, "could not record a delivery's outcome");
            await postpone(db, d.id, new Date(clock.now().getTime() + backoff(1))).catch(() => undefined);
            outcome = "done";
          }
          busy.delete(chatOf(d));
          if (outcome === "sent") sent++;
          if (outcome === "blocked") blocked.add(d.userId);
          if (outcome === "flood") flood = true;
        }
      };
      await Promise.all(Array.from({ length: concurrency }, lane));
      await flushMarks();
      // Flood wait or shutdown: give back what this round claimed but did not try.
      if (flood || stopped) {
        await giveBack([...batch.slice(next), ...later, ...((await ahead) ?? [])]);
        return sent;
      }
    }
    // Stopped or paused between two batches: the one claimed ahead goes back too.
    if (ahead) await giveBack(await ahead);
    return sent;
  }

  function drainOnce(): Promise<number> {
    const run = chain.then(drain);
    chain = run.catch(() => undefined);
    return run;
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      drainOnce()
        .catch((err: unknown) => log.error({ err }, "delivery drain failed"))
        .finally(schedule);
    }, intervalMs);
    timer.unref();
  }
  schedule();

  return {
    drainOnce,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await chain;
    },
  };
}
