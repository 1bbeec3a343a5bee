// /start, language and region choice. A first-time user picks a language (the one Telegram
// reports comes first and is marked), then a region, then sees the main menu — or the section
// that asked for the region (pickers.ts). A deep link is carried through the language choice
// and then opened.
import type { NextFunction } from "grammy";
import { holdsAnyRole } from "../../../domain/roles.ts";
import { syncPersonCommands } from "../staff/commands.ts";
import { FeatureComposer } from "../../composer.ts";
import type { Context } from "../../context.ts";
import { LOCALES, type Locale } from "../../../domain/locale.ts";
import { findRegion, regionName } from "../../../domain/regions.ts";
import { setUserLocale, setUserRegion } from "../../../domain/users.ts";
import { showMainMenu } from "../menu/index.ts";
import { toast } from "../../ui.ts";
import { showEventList } from "../events/index.ts";
import { showVacancyList } from "../vacancies/index.ts";
import { showCourseList } from "../courses/index.ts";
import { isRegionSection, showLanguagePicker, showRegionPicker, type RegionSection } from "./pickers.ts";
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
onboardingFeature.command("region", (ctx) => showRegionPicker(ctx));
onboardingFeature.callbackQuery(onboardingCb.match("pickLang"), (ctx) => showLanguagePicker(ctx));
onboardingFeature.callbackQuery(onboardingCb.match("pickRegion"), (ctx) => showRegionPicker(ctx));

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

/** What a chosen region opens when a section asked for it (pickers.ts); the main menu otherwise. */
const SECTIONS: Record<RegionSection, (ctx: Context) => Promise<void>> = {
  events: (ctx) => showEventList(ctx, "my", 0),
  vacancies: showVacancyList,
  courses: showCourseList,
};

async function chooseRegion(ctx: Context, next: NextFunction, code: string | undefined, then?: RegionSection): Promise<void> {
  const region = code ? await findRegion(ctx.deps.db, code) : undefined;
  if (!region || !ctx.user) return next(); // unhandled → stale button
  ctx.user = await setUserRegion(ctx.deps.db, ctx.user.id, region.code);
  await toast(ctx, ctx.t("onboarding-region-set", { region: regionName(region, ctx.locale) }));
  return then ? SECTIONS[then](ctx) : showMainMenu(ctx);
}

onboardingFeature.callbackQuery(onboardingCb.match("region"), (ctx, next) => chooseRegion(ctx, next, onboardingCb.parse("region", ctx.callbackQuery.data)?.[0]));

onboardingFeature.callbackQuery(onboardingCb.match("regionThen"), (ctx, next) => {
  const args = onboardingCb.parse("regionThen", ctx.callbackQuery.data);
  if (!args || !isRegionSection(args[1])) return next();
  return chooseRegion(ctx, next, args[0], args[1]);
});
