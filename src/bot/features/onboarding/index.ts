// /start, language and region choice. A first-time user picks a language (the one Telegram
// reports comes first and is marked), then a region, then sees the main menu. A deep link
// is carried through the language choice and then opened.
import { holdsAnyRole } from "../../../domain/roles.ts";
import { syncPersonCommands } from "../staff/commands.ts";
import { FeatureComposer } from "../../composer.ts";
import type { Context } from "../../context.ts";
import { LOCALES, type Locale } from "../../../domain/locale.ts";
import { findRegion, regionName } from "../../../domain/regions.ts";
import { setUserLocale, setUserRegion } from "../../../domain/users.ts";
import { showMainMenu } from "../menu/index.ts";
import { toast } from "../../ui.ts";
import { showLanguagePicker, showRegionPicker } from "./pickers.ts";
import { onboardingCb } from "./callbacks.ts";
import { openDeepLink, parseDeepLink } from "./deep-links.ts";

export const onboardingFeature = new FeatureComposer<Context>();

onboardingFeature.command("start", async (ctx) => {
  const payload = ctx.match.trim();
  const link = parseDeepLink(payload);
  if (!ctx.user?.locale) return showLanguagePicker(ctx, link ? payload : "");
  if (link) return openDeepLink(ctx, link);
  if (!ctx.user.regionCode) return showRegionPicker(ctx);
  return showMainMenu(ctx, ctx.t("onboarding-welcome-back", { name: ctx.from?.first_name ?? "" }));
});

onboardingFeature.command("language", (ctx) => showLanguagePicker(ctx));
onboardingFeature.command("region", showRegionPicker);
onboardingFeature.callbackQuery(onboardingCb.match("pickLang"), (ctx) => showLanguagePicker(ctx));
onboardingFeature.callbackQuery(onboardingCb.match("pickRegion"), showRegionPicker);

onboardingFeature.callbackQuery(onboardingCb.match("lang"), async (ctx, next) => {
  const args = onboardingCb.parse("lang", ctx.callbackQuery.data);
  const locale = args?.[0];
  if (!args || !ctx.user || !LOCALES.includes(locale as Locale)) return next(); // unhandled → stale button
  ctx.user = await setUserLocale(ctx.deps.db, ctx.user.id, locale as Locale);
  ctx.locale = locale as Locale;
  ctx.i18n.useLocale(locale as Locale);
  await toast(ctx, ctx.t("onboarding-language-set"));
  // Role holders have a command menu of their own (staff/commands.ts), written in their language.
  const { db, config } = ctx.deps;
  if (holdsAnyRole(db, ctx.user, config.adminIds)) await syncPersonCommands({ api: ctx.api, db, adminIds: config.adminIds, log: ctx.log }, ctx.user);
  const link = parseDeepLink(args[1]);
  if (link) return openDeepLink(ctx, link);
  if (!ctx.user.regionCode) return showRegionPicker(ctx);
  return showMainMenu(ctx);
});

onboardingFeature.callbackQuery(onboardingCb.match("region"), async (ctx, next) => {
  const code = onboardingCb.parse("region", ctx.callbackQuery.data)?.[0];
  const region = code ? await findRegion(ctx.deps.db, code) : undefined;
  if (!region || !ctx.user) return next();
  ctx.user = await setUserRegion(ctx.deps.db, ctx.user.id, region.code);
  await toast(ctx, ctx.t("onboarding-region-set", { region: regionName(region, ctx.locale) }));
  return showMainMenu(ctx);
});
