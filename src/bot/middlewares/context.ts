// First middlewares: dependencies, the sender's row and locale, and a per-update logger.
import type { MiddlewareFn } from "grammy";
import type { Context, Deps } from "../context.ts";
import { DEFAULT_LOCALE, isLocale, localeFromTelegram } from "../../domain/locale.ts";
import { touchUser } from "../../domain/users.ts";

export function attachDeps(deps: Deps): MiddlewareFn<Context> {
  return (ctx, next) => {
    ctx.deps = deps;
    ctx.log = deps.logger.child({ update_id: ctx.update.update_id, from: ctx.from?.id });
    ctx.locale = localeFromTelegram(ctx.from?.language_code) ?? DEFAULT_LOCALE;
    return next();
  };
}

/** Loads (and touches) the sender once per update; the locale follows their choice. */
export const loadUser: MiddlewareFn<Context> = async (ctx, next) => {
  if (ctx.from && !ctx.from.is_bot) {
    ctx.user = await touchUser(ctx.deps.db, ctx.from, ctx.deps.clock.now());
    if (isLocale(ctx.user.locale)) ctx.locale = ctx.user.locale;
  }
  return next();
};

/** Every button press gets an answer, so no client keeps spinning, even if a handler forgot. */
export const answerCallbacks: MiddlewareFn<Context> = async (ctx, next) => {
  if (!ctx.callbackQuery) return next();
  let answered = false;
  const answer = ctx.answerCallbackQuery.bind(ctx);
  ctx.answerCallbackQuery = (...args) => {
    answered = true;
    return answer(...args);
  };
  try {
    await next();
  } finally {
    // "query is too old" after a slow handler or a restart is harmless.
    if (!answered) await answer().catch(() => undefined);
  }
};
