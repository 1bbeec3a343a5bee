// Dates, money and numbers for people: Intl in the user's language, Kazakhstan time.
import type { Locale } from "./locale.ts";

export const KZ_TIME_ZONE = "Asia/Almaty";

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
/** `name` stands for `options` in the cache key (the formats below are fixed). */
function dateFormat(locale: Locale, timeZone: string, name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${timeZone}|${name}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone })));
  return f;
}

const DATE_TIME: Intl.DateTimeFormatOptions = {
  weekday: "short", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
};
const DATE: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric" };
const SHORT_DAY: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short" };
const TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };

/** "сенбі, 5 желтоқсан 2026 ж., 10:00" style: weekday, date and 24-hour time. */
export function formatDateTime(date: Date, locale: Locale, timeZone = KZ_TIME_ZONE): string {
  return dateFormat(locale, timeZone, "datetime", DATE_TIME).format(date);
}

export function formatDate(date: Date, locale: Locale, timeZone = KZ_TIME_ZONE): string {
  return dateFormat(locale, timeZone, "date", DATE).format(date);
}

/** "ср, 25 қар." / "Wed, Nov 25": weekday and short date, for day-by-day figures. */
export function formatShortDay(date: Date, locale: Locale, timeZone = KZ_TIME_ZONE): string {
  return dateFormat(locale, timeZone, "shortday", SHORT_DAY).format(date);
}

export function formatTime(date: Date, locale: Locale, timeZone = KZ_TIME_ZONE): string {
  return dateFormat(locale, timeZone, "time", TIME).format(date);
}

/** "5 желт. 10:00 – 16:00" or a full range when it spans days. */
export function formatDateRange(start: Date, end: Date, locale: Locale, timeZone = KZ_TIME_ZONE): string {
  const sameDay = formatDate(start, locale, timeZone) === formatDate(end, locale, timeZone);
  return sameDay
    ? `${formatDateTime(start, locale, timeZone)} – ${formatTime(end, locale, timeZone)}`
    : `${formatDateTime(start, locale, timeZone)} – ${formatDateTime(end, locale, timeZone)}`;
}

export function formatNumber(n: number, locale: Locale): string {
  const key = `n|${locale}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })));
  return f.format(n);
}

/** Tenge amounts the same way in every language: "250 000 ₸". */
export function formatKzt(n: number, locale: Locale): string {
  return `${formatNumber(n, locale)} ₸`;
}
