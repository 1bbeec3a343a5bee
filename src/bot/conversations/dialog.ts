// A question-and-answer helper over a grammY conversation: ask, wait, validate, explain and
// ask again. Conversations replay their code from the start on every update, so everything
// that touches the world — the database, the clock, the outer update's context — goes
// through `conversation.external` (run once, its result logged and replayed); messages sent
// with the inner `ctx` are logged by the plugin itself.
import type { Conversation, ConversationFlavor } from "@grammyjs/conversations";
import type { Context } from "../context.ts";
import { toast } from "../ui.ts";

/** The context of the outer middleware tree (with `ctx.conversation`). */
export type OuterContext = ConversationFlavor<Context>;
/**
 * Inside a dialog, contexts carry deps, locale, log and `t` (see the plugins in index.ts),
 * but no `user`: read the database through `conversation.external` instead.
 */
export type DialogConversation = Conversation<OuterContext, Context>;

/** An answer that is not given within this time ends the dialog ("it expired, start again"). */
export const ANSWER_TIMEOUT_MS = 24 * 3600 * 1000;

/**
 * Every update is kept in the dialog's replay log and replayed on each new one, so a dialog
 * that goes on and on (someone pasting text in a loop) is closed instead of growing forever.
 * A sign-up takes about ten updates, with mistakes and edits rarely twenty-five.
 */
export const MAX_UPDATES = 40;

/**
 * The staff's editors (an event, a broadcast) allow more: going back and forth over a dozen
 * fields or toggling many regions is normal work there, and the few staff dialogs can afford
 * the longer replays.
 */
export const STAFF_MAX_UPDATES = 120;

/** What a reader makes of an update: the answer, an explanation to send before asking again, or "not for this question". */
export type Reading<T> = { value: T } | { again: string } | { unrelated: true };

/** The clock's time (ms) of each dialog context's update, as logged by the dialog plugins (index.ts). */
const received = new WeakMap<Context, number>();

export function markReceived(ctx: Context, at: number): void {
  received.set(ctx, at);
}

function receivedAt(ctx: Context): number {
  const at = received.get(ctx);
  if (at === undefined) throw new Error("dialog context without its time: built without the dialog plugins?");
  return at;
}

export interface DialogOptions {
  /** Fluent key of the message sent when an answer comes after ANSWER_TIMEOUT_MS. */
  expiredKey: string;
  /** Whether callback data belongs to this dialog (a late press of its own buttons is consumed). */
  ownsData: (data: string | undefined) => boolean;
  /** Updates after which the dialog is closed; default MAX_UPDATES. */
  maxUpdates?: number;
  /** Fluent key of the message sent when it is closed for that; default "dialog-too-long". */
  tooLongKey?: string;
}

export class Dialog {
  /** The context of the latest update: replies go there, in the sender's current language. */
  ctx: Context;
  /** Updates received so far (the same on every replay). */
  private updates = 0;

  constructor(
    readonly conversation: DialogConversation,
    ctx: Context,
    private readonly opts: DialogOptions,
  ) {
    this.ctx = ctx;
  }

  /** The clock's time of the latest update (as logged: the same on every replay). */
  now(): Date {
    return new Date(receivedAt(this.ctx));
  }

  /** A side effect on the outer update (toasts, removing a keyboard); failures are logged, never fatal. */
  async outside(task: (o: OuterContext) => Promise<unknown>): Promise<void> {
    await this.conversation.external(async (o) => {
      try {
        await task(o);
      } catch (err) {
        o.log.debug({ err }, "dialog side call failed");
      }
    });
  }

  /**
   * The next update. An answer after ANSWER_TIMEOUT_MS, or more than maxUpdates of them, end
   * the dialog with a notice; a button of another feature pressed then is handled as if there
   * had been no dialog.
   */
  async next(): Promise<Context> {
    // The question was asked while handling the latest update.
    const asked = receivedAt(this.ctx);
    // Only messages and button presses are answers; other updates of the chat (edits,
    // reactions, membership changes) go on to the rest of the bot as if there were no dialog.
    const ctx = await this.conversation.waitUntil((c) => c.message !== undefined || c.callbackQuery !== undefined, { next: true });
    this.ctx = ctx;
    const expired = receivedAt(ctx) - asked > ANSWER_TIMEOUT_MS;
    if (expired || ++this.updates > (this.opts.maxUpdates ?? MAX_UPDATES)) {
      const foreign = ctx.callbackQuery !== undefined && !this.opts.ownsData(ctx.callbackQuery.data);
      await ctx.reply(ctx.t(expired ? this.opts.expiredKey : (this.opts.tooLongKey ?? "dialog-too-long")), { reply_markup: { remove_keyboard: true } });
      await this.conversation.halt({ next: foreign });
    }
    return ctx;
  }

  /**
   * Asks until an answer is accepted. `prompt` sends the question and returns its message id;
   * `read` judges each update (button presses count only on that message). Explanations are
   * sent before the question is repeated; presses of unrelated buttons get a short notice.
   */
  async ask<T>(prompt: (ctx: Context) => Promise<number>, read: (ctx: Context, promptId: number) => Reading<T> | Promise<Reading<T>>): Promise<T> {
    let promptId = await prompt(this.ctx);
    for (;;) {
      const ctx = await this.next();
      const reading = await read(ctx, promptId);
      if ("value" in reading) {
        // The answered question's buttons go away, so they cannot be pressed twice.
        if (ctx.callbackQuery) await this.outside((o) => o.editMessageReplyMarkup());
        return reading.value;
      }
      if ("again" in reading) await ctx.reply(reading.again, { parse_mode: "HTML" });
      else {
        const busy = ctx.t("dialog-busy");
        if (ctx.callbackQuery) await this.outside((o) => toast(o, busy, true));
        else await ctx.reply(busy);
      }
      promptId = await prompt(ctx);
    }
  }
}

/** Arguments of a press of `action` on the message `promptId`, or null for any other update. */
export function pressOn<A>(ctx: Context, promptId: number, parse: (data: string | undefined) => A | null): A | null {
  const q = ctx.callbackQuery;
  if (!q || q.message?.message_id !== promptId) return null;
  return parse(q.data);
}
