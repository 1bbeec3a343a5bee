// Main menu, settings and help.
import { InlineKeyboard } from "grammy";
import { FeatureComposer } from "../../composer.ts";
import type { Context } from "../../context.ts";
import { findRegion, regionName } from "../../../domain/regions.ts";
import { mainMenuKeyboard, backToMenu } from "../../keyboards/menu.ts";
import { escapeHtml, show } from "../../ui.ts";
import { menuCb } from "./callbacks.ts";
import { onboardingCb } from "../onboarding/callbacks.ts";
import { subscriptionsCb } from "../subscriptions/callbacks.ts";
import { toolCommands } from "../staff/commands.ts";
import { rolesOf } from "../../access.ts";

export const menuFeature = new FeatureComposer<Context>();

/** The user's region name, or null when they have not chosen one. */
export async function currentRegionName(ctx: Context): Promise<string | null> {
  const code = ctx.user?.regionCode;
  const region = code ? await findRegion(ctx.deps.db, code) : undefined;
  return region ? regionName(region, ctx.locale) : null;
}

export async function showMainMenu(ctx: Context, intro?: string): Promise<void> {
  const region = await currentRegionName(ctx);
  const lines = [
    intro,
    ctx.t("menu-title"),
    region ? ctx.t("menu-region", { region: escapeHtml(region) }) : ctx.t("menu-no-region"),
  ];
  await show(ctx, lines.filter(Boolean).join("\n\n"), mainMenuKeyboard(ctx));
}

/** What the bot does, and for people with a role their tools (as in their command menu). */
export async function showHelp(ctx: Context): Promise<void> {
  const roles = await rolesOf(ctx);
  const tools = roles ? toolCommands(roles).map((c) => `/${c} — ${ctx.t(`staff-command-${c}`)}`) : [];
  const html = tools.length ? `${ctx.t("help-text")}\n\n${ctx.t("help-tools")}\n${tools.join("\n")}` : ctx.t("help-text");
  await show(ctx, html, backToMenu(ctx));
}

export async function showSettings(ctx: Context): Promise<void> {
  const region = await currentRegionName(ctx);
  const kb = new InlineKeyboard()
    .text(ctx.t("settings-language"), onboardingCb.pack("pickLang"))
    .row()
    .text(ctx.t("settings-region"), onboardingCb.pack("pickRegion"))
    .row()
    .text(ctx.t("subscriptions-btn-quiet"), subscriptionsCb.pack("quiet"));
  await show(
    ctx,
    ctx.t("settings-title", { language: ctx.t("language-name"), region: escapeHtml(region ?? ctx.t("menu-no-region-short")) }),
    backToMenu(ctx, kb),
  );
}

menuFeature.command(["menu"], (ctx) => showMainMenu(ctx));
menuFeature.command("help", showHelp);
menuFeature.command("settings", showSettings);
menuFeature.callbackQuery(menuCb.match("home"), (ctx) => showMainMenu(ctx));
menuFeature.callbackQuery(menuCb.match("help"), showHelp);
menuFeature.callbackQuery(menuCb.match("settings"), showSettings);
