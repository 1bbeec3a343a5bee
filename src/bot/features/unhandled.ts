// Mounted last: whatever no feature took gets a friendly answer and the way back to the menu.
// Stale or forged buttons land here too, as do items deleted meanwhile.
import { FeatureComposer } from "../composer.ts";
import type { Context } from "../context.ts";
import { mainMenuKeyboard } from "../keyboards/menu.ts";
import { toast } from "../ui.ts";

export const unhandledFeature = new FeatureComposer<Context>();

unhandledFeature.on("callback_query", async (ctx) => {
  await toast(ctx, ctx.t("unhandled-stale-button"));
  await ctx.reply(ctx.t("unhandled-stale-button"), { reply_markup: mainMenuKeyboard(ctx) });
});

unhandledFeature.on("message", async (ctx) => {
  if (ctx.chat.type !== "private") return;
  const key = ctx.message.text?.startsWith("/") ? "unhandled-unknown-command" : "unhandled-message";
  await ctx.reply(ctx.t(key), { reply_markup: mainMenuKeyboard(ctx) });
});
