// Event start and end as staff type them, in Kazakhstan local time (Asia/Almaty, UTC+5, no
// DST): "25.12 10:00", "25.12.2026 10:00", "25/12 10.00", "2026-12-25 10:00", "25.12.26 9:30",
// "10:00 25.12". A date without a year is its next occurrence that is not in the past. The end
// is a full date-time or only a time ("18:00", the start's day). Pure: `now` is passed in.
import { kzDate, kzWallToUtc } from "../kz-time.ts";

const DAY_MS = 24 * 3600_000;
/** How far ahead an event may be planned. */
export const MAX_AHEAD_DAYS = 366;
/** The longest event (a festival week, a two-week forum). */
export const MAX_DURATION_DAYS = 14;

export type StartProblem = "format" | "invalid_date" | "past" | "too_far";
export type EndProblem = "format" | "invalid_date" | "not_after_start" | "too_long";
export type Parsed<P> = { ok: true; at: Date } | { ok: false; reason: P };

interface DateParts {
  day: number;
  month: number;
  /** Undefined when not typed. */
  year?: number;
}
interface TimeParts {
  hour: number;
  minute: number;
}

const TIME = /^(\d{1,2})[:.](\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DMY_DATE = /^(\d{1,2})[./-](\d{1,2})(?:[./-](\d{2}|\d{4}))?$/;

function readTime(token: string): TimeParts | null {
  const m = TIME.exec(token);
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  return hour < 24 && minute < 60 ? { hour, minute } : null;
}

function readDate(token: string): DateParts | null {
  const iso = ISO_DATE.exec(token);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const m = DMY_DATE.exec(token);
  if (!m) return null;
  const parts: DateParts = { day: Number(m[1]), month: Number(m[2]) };
  if (m[3] !== undefined) parts.year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return parts;
}

/** "25.12, 10:00" / "2026-12-25T10:00" → tokens. */
function tokens(text: string): string[] {
  return text
    .trim()
    .replace(/(\d)T(\d)/, "$1 $2")
    .split(/[\s,]+/)
    .filter(Boolean);
}

/**
 * A date token and a time token in either order. A token with ":" is the time; "25.12 10.00"
 * (both could be either) is read date first, then the other way round if that fails.
 */
function split(text: string): { date: DateParts; time: TimeParts } | null {
  const t = tokens(text);
  if (t.length !== 2) return null;
  const [a, b] = t as [string, string];
  const orders: Array<[string, string]> = b.includes(":") ? [[a, b]] : a.includes(":") ? [[b, a]] : [[a, b], [b, a]];
  for (const [d, h] of orders) {
    const date = readDate(d);
    const time = readTime(h);
    if (date && time) return { date, time };
  }
  return null;
}

/** The instant of a Kazakhstan wall-clock time, or null for an impossible date (31.02) or year. */
export function localToUtc(year: number, month: number, day: number, hour: number, minute: number): Date | null {
  return year < 2000 || year > 2100 ? null : kzWallToUtc(year, month, day, hour, minute);
}

/**
 * The moment of `date` + `time`; without a year, the first one not before `notBefore` (this
 * year's or next year's). 29.02 without a year looks for the next leap year within a year only.
 */
function resolve(date: DateParts, time: TimeParts, notBefore: Date): Date | "invalid_date" {
  if (date.year !== undefined) return localToUtc(date.year, date.month, date.day, time.hour, time.minute) ?? "invalid_date";
  const { year } = kzDate(notBefore);
  const candidates = [year, year + 1].map((y) => localToUtc(y, date.month, date.day, time.hour, time.minute));
  if (candidates.every((c) => c === null)) return "invalid_date";
  return candidates.find((c): c is Date => c !== null && c.getTime() >= notBefore.getTime()) ?? candidates.find((c): c is Date => c !== null)!;
}

/** The start of an event: in the future and at most MAX_AHEAD_DAYS ahead. */
export function parseEventStart(text: string, now: Date): Parsed<StartProblem> {
  const parts = text.length <= 40 ? split(text) : null;
  if (!parts) return { ok: false, reason: "format" };
  const at = resolve(parts.date, parts.time, now);
  if (at === "invalid_date") return { ok: false, reason: at };
  // Today's date with an hour gone by is a slip, not next year's event.
  const today = kzDate(now);
  if (parts.date.year === undefined && parts.date.day === today.day && parts.date.month === today.month && kzDate(at).year !== today.year) {
    return { ok: false, reason: "past" };
  }
  if (at.getTime() <= now.getTime()) return { ok: false, reason: "past" };
  if (at.getTime() - now.getTime() > MAX_AHEAD_DAYS * DAY_MS) return { ok: false, reason: "too_far" };
  return { ok: true, at };
}

/** The end: a full date-time, or a time on the start's day; after the start, at most MAX_DURATION_DAYS later. */
export function parseEventEnd(text: string, start: Date): Parsed<EndProblem> {
  if (text.length > 40) return { ok: false, reason: "format" };
  let at: Date | "invalid_date";
  const t = tokens(text);
  const timeOnly = t.length === 1 ? readTime(t[0]!) : null;
  if (timeOnly) {
    const d = kzDate(start);
    at = localToUtc(d.year, d.month, d.day, timeOnly.hour, timeOnly.minute) ?? "invalid_date";
  } else {
    const parts = split(text);
    if (!parts) return { ok: false, reason: "format" };
    at = resolve(parts.date, parts.time, start);
  }
  if (at === "invalid_date") return { ok: false, reason: at };
  return checkEnd(start, at);
}

/** Whether an end fits a start (also used when only the start changes and the end is kept). */
export function checkEnd(start: Date, end: Date): Parsed<EndProblem> {
  if (end.getTime() <= start.getTime()) return { ok: false, reason: "not_after_start" };
  if (end.getTime() - start.getTime() > MAX_DURATION_DAYS * DAY_MS) return { ok: false, reason: "too_long" };
  return { ok: true, at: end };
}

/** Whether a start is acceptable for a new or moved event (future, not too far). */
export function checkStart(start: Date, now: Date): Parsed<StartProblem> {
  if (start.getTime() <= now.getTime()) return { ok: false, reason: "past" };
  if (start.getTime() - now.getTime() > MAX_AHEAD_DAYS * DAY_MS) return { ok: false, reason: "too_far" };
  return { ok: true, at: start };
}
