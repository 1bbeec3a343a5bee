// Language and region pickers, shared by onboarding, settings and features that need a region.
import { InlineKeyboard } from "grammy";
import type { Context } from "../../context.ts";
import { LOCALES, isLocale, localeFromTelegram, type Locale } from "../../../domain/locale.ts";
import { listRegions, regionName } from "../../../domain/regions.ts";
import { i18n } from "../../i18n.ts";
import { show } from "../../ui.ts";
import { onboardingCb } from "./callbacks.ts";

const LANGUAGE_LABELS: Record<Locale, string> = { kk: "🇰🇿 Қазақша", ru: "🇷🇺 Русский", en: "🇬🇧 English" };

export async function showLanguagePicker(ctx: Context, payload = ""): Promise<void> {
  const chosen = ctx.user?.locale;
  const suggested = isLocale(chosen) ? chosen : localeFromTelegram(ctx.from?.language_code);
  const ordered = suggested ? [suggested, ...LOCALES.filter((l) => l !== suggested)] : [...LOCALES];
  const kb = new InlineKeyboard();
  for (const l of ordered) {
    kb.text(`${LANGUAGE_LABELS[l]}${l === suggested ? " ✓" : ""}`, onboardingCb.pack("lang", l, payload)).row();
  }
  // Asked in all three languages: we do not know the user's yet.
  await show(ctx, LOCALES.map((l) => i18n.t(l, "onboarding-choose-language")).join("\n"), kb);
}

/** Sections that need the user's region; asked for it, the picker opens the section after. */
export const REGION_SECTIONS = ["events", "vacancies", "courses"] as const;
export type RegionSection = (typeof REGION_SECTIONS)[number];

export const isRegionSection = (v: string): v is RegionSection => (REGION_SECTIONS as readonly string[]).includes(v);

/** The region picker; with `then`, the chosen region opens that section instead of the main menu. */
export async function showRegionPicker(ctx: Context, then?: RegionSection): Promise<void> {
  const regions = await listRegions(ctx.deps.db);
  const kb = new InlineKeyboard();
  regions.forEach((r, i) => {
    const mark = r.code === ctx.user?.regionCode ? "✓ " : "";
    kb.text(mark + regionName(r, ctx.locale), then ? onboardingCb.pack("regionThen", r.code, then) : onboardingCb.pack("region", r.code));
    if (i % 2 === 1) kb.row();
  });
  await show(ctx, ctx.t("onboarding-choose-region"), kb);
}

