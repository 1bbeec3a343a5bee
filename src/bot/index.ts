// createBot: a pure factory. Plugins first, then one Composer per feature, "unhandled" last.
import { Bot, type BotConfig } from "grammy";
import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import type { Context, Deps } from "./context.ts";
import { i18n } from "./i18n.ts";
import { answerCallbacks, attachDeps, loadUser } from "./middlewares/context.ts";
import { handleError } from "./middlewares/errors.ts";
import { dialogsFeature } from "./conversations/index.ts";
import { unhandledFeature } from "./features/unhandled.ts";
import { privateChatFeatures } from "./features/private-chats.ts";
import { routeFeatures } from "./features/routing.ts";
import { membershipFeature } from "./features/membership.ts";
import { FeatureComposer } from "./composer.ts";

/**
 * grammY's own per-request timeout (its default is 500 s). A chat's updates are handled one at a
 * time, so a hung request must not hold the chat for long. Long polling asks Telegram to hold
 * getUpdates for LONG_POLL_SECONDS (src/app.ts), well within it.
 */
export const REQUEST_TIMEOUT_SECONDS = 20;

export function createBot(token: string, deps: Deps, botConfig?: BotConfig<Context>): Bot<Context> {
  const bot = new Bot<Context>(token, {
    ...botConfig,
    client: { apiRoot: deps.config.apiRoot, timeoutSeconds: REQUEST_TIMEOUT_SECONDS, ...botConfig?.client },
  });
  // Interactive answers may wait a little on 429 or a 5xx; bulk sending has its own limiter
  // (outbox). Network errors are not retried here: auto-retry would retry them without limit.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 2, maxDelaySeconds: 5, rethrowHttpErrors: true }));
  // One chain (FeatureComposer, composer.ts), not grammY's nested one: see there why.
  const root = new FeatureComposer<Context>();
  // One update per chat at a time, so a user's quick taps are handled in order.
  root.use(sequentialize((ctx) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));
  root.use(attachDeps(deps));
  root.use(loadUser);
  root.use(i18n); // after loadUser: the negotiator reads the user's chosen locale
  root.use(answerCallbacks);

  root.use(membershipFeature);
  // Private chats: dialogs (sign-up…) first — an open dialog takes its answers first; /cancel —
  // then the features in turn; a button press goes straight to the feature of its data's prefix.
  root.chatType("private", dialogsFeature(deps), routeFeatures(privateChatFeatures));
  root.use(unhandledFeature);
  bot.use(root);

  bot.catch(handleError);
  return bot;
}
