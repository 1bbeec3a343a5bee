// The update benchmark's bot threads (BENCH_THREADS): the pool of src/bot/threads/ running
// bench/process/bench-thread.ts, driven from the main thread like the in-process bots. The
// simulated users stay in the main thread and press the buttons each thread reports back.
import { BroadcastChannel } from "node:worker_threads";
import type { Update } from "grammy/types";
import { BotThreads } from "../../src/bot/threads/pool.ts";
import type { BenchThreadData, BenchThreadResult } from "../process/bench-thread.ts";
import type { Shown } from "./fake-telegram.ts";
import type { Screens } from "./journey.ts";

/** The main thread tells the threads which simulated users are done (their chats are dropped). */
export const FORGET_CHANNEL = "mamandyq-bench-forget";

const chatIdOf = (update: Update) => (update.message ?? update.callback_query?.message)!.chat.id;

export class BenchThreads implements Screens {
  private readonly screens = new Map<number, Shown>();
  private readonly forgets = new BroadcastChannel(FORGET_CHANNEL);
  /** Each thread's problem count and samples, as last reported. */
  private readonly reports = new Map<number, { problems: number; samples: string[] }>();
  /** Each update's time inside its thread (BenchThreadResult.ms), since the last `takeThreadTimes`. */
  private threadTimes: number[] = [];

  private constructor(private readonly pool: BotThreads<BenchThreadResult>) {}

  static async start(kind: BenchThreadData["kind"], count: number, url: string, seededAt: Date, undiciResponses = false): Promise<BenchThreads> {
    const pool = await BotThreads.start<BenchThreadResult, BenchThreadData>({
      entry: new URL("../process/bench-thread.ts", import.meta.url),
      count,
      data: { kind, url, seededAt: seededAt.getTime(), undiciResponses },
    });
    return new BenchThreads(pool);
  }

  readonly handle = async (update: Update): Promise<void> => {
    const chatId = chatIdOf(update);
    const r = await this.pool.handle(update, chatId);
    this.threadTimes.push(r.ms);
    if (r.screen) this.screens.set(chatId, r.screen);
    if (r.problems) this.reports.set(this.pool.threadOf(chatId), { problems: r.problems, samples: r.samples });
  };

  takeThreadTimes(): number[] {
    const times = this.threadTimes;
    this.threadTimes = [];
    return times;
  }

  current(chatId: number): Shown | undefined {
    return this.screens.get(chatId);
  }

  forget(chatId: number): void {
    this.screens.delete(chatId);
    this.forgets.postMessage(chatId);
  }

  get problems(): number {
    return [...this.reports.values()].reduce((n, r) => n + r.problems, 0);
  }

  get problemSamples(): string[] {
    return [...this.reports.values()].flatMap((r) => r.samples);
  }

  async stop(): Promise<void> {
    this.forgets.close();
    await this.pool.stop();
  }
}
