// "Is the bot done answering?" — every update the server queued has been handled by the bot
// and the chat has been quiet (no message, edit, delete or button answer) for a moment.
// Scripts wait for this after each action, so a number typed next refers to the new screen.
import type { Bot } from "grammy";
import type { LocalBotApi } from "../bot-api/index.ts";

export interface IdleOptions {
  /** Quiet time that counts as "done"; default 150 ms. */
  quietMs?: number;
  /** Give up waiting after this long; default 5 s. */
  capMs?: number;
}

const ACTIVITY = ["message", "edit", "delete", "callbackAnswer", "chatAction"] as const;

export class IdleWatch {
  private queued = 0;
  private handled = 0;
  private lastActivity = Date.now();
  private readonly quietMs: number;
  private readonly capMs: number;
  private readonly detach: () => void;

  constructor(api: LocalBotApi, bot: Pick<Bot, "handleUpdate">, options: IdleOptions = {}) {
    this.quietMs = options.quietMs ?? 150;
    this.capMs = options.capMs ?? 5000;
    const onUpdate = (): void => {
      this.queued += 1;
      this.touch();
    };
    const onActivity = (): void => this.touch();
    api.on("update", onUpdate);
    for (const event of ACTIVITY) api.on(event, onActivity);
    this.detach = () => {
      api.off("update", onUpdate);
      for (const event of ACTIVITY) api.off(event, onActivity);
    };
    // The runner hands each update to bot.handleUpdate; count the ones that finished.
    const target = bot as unknown as { handleUpdate: (...args: unknown[]) => Promise<void> };
    const handleUpdate = target.handleUpdate.bind(bot);
    target.handleUpdate = async (...args) => {
      try {
        await handleUpdate(...args);
      } finally {
        this.handled += 1;
        this.touch();
      }
    };
  }

  touch(): void {
    this.lastActivity = Date.now();
  }

  get busy(): boolean {
    return this.handled < this.queued;
  }

  /** Resolves true once idle, false if the cap was reached first. */
  async wait(): Promise<boolean> {
    const started = Date.now();
    for (;;) {
      const now = Date.now();
      const quietFor = now - this.lastActivity;
      if (!this.busy && quietFor >= this.quietMs) return true;
      if (now - started >= this.capMs) return false;
      const pause = this.busy ? 10 : this.quietMs - quietFor;
      await new Promise((resolve) => setTimeout(resolve, Math.max(5, Math.min(pause, this.capMs - (now - started)))));
    }
  }

  dispose(): void {
    this.detach();
  }
}
