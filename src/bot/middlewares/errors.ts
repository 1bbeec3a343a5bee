// The error boundary: log with context, tell the user something went wrong, keep running.
import type { BotError } from "grammy";
import type { Context } from "../context.ts";

export async function handleError(err: BotError<Context>): Promise<void> {
  const ctx = err.ctx;
  const log = ctx.log ?? ctx.deps?.logger;
  log?.error({ err: err.error, update: ctx.update }, "update failed");
  try {
    if (ctx.chat?.type === "private") await ctx.reply(ctx.t("error-generic"));
  } catch (replyErr) {
    log?.warn({ err: replyErr }, "could not report the error to the user");
  }
}
