// The three interface languages and the fallback between translated columns.
export const LOCALES = ["kk", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "kk";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Best interface language for a Telegram `language_code` (kk, ru, en; others → null). */
export function localeFromTelegram(code: string | undefined): Locale | null {
  const base = code?.toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : null;
}

// Russian is the language most content exists in, then Kazakh, then English.
const FALLBACK: Record<Locale, Locale[]> = {
  kk: ["kk", "ru", "en"],
  ru: ["ru", "kk", "en"],
  en: ["en", "ru", "kk"],
};

export interface Translated {
  kk?: string | null;
  ru?: string | null;
  en?: string | null;
}

/** Text in the wanted language, or the first non-empty fallback; "" when none exists. */
export function pickText(text: Translated, locale: Locale): string {
  for (const l of FALLBACK[locale]) {
    const v = text[l]?.trim();
    if (v) return v;
  }
  return "";
}

/** Reads `<field>Kk/Ru/En` columns of a row, e.g. tr(row, "title", "kk"). */
export function tr<F extends string>(
  row: { [K in `${F}Kk` | `${F}Ru` | `${F}En`]?: string | null },
  field: F,
  locale: Locale,
): string {
  const r = row as Record<string, string | null | undefined>;
  return pickText({ kk: r[`${field}Kk`], ru: r[`${field}Ru`], en: r[`${field}En`] }, locale);
}
