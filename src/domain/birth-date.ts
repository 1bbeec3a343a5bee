// Birth dates typed by people, and ages in Kazakhstan time.
import { kzDate } from "./kz-time.ts";

export { kzDate };

const DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/; // 05.03.2004, 5.3.2004 (day first, as written in Kazakhstan)
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/; // 2004-03-05
const MIN_YEAR = 1900;

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number;
}

/** A birth date is a calendar date, stored as UTC midnight of that date. */
function utcDate(d: CalendarDate): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

function calendarDateOf(birthDate: Date): CalendarDate {
  return { year: birthDate.getUTCFullYear(), month: birthDate.getUTCMonth() + 1, day: birthDate.getUTCDate() };
}

function isRealDate(d: CalendarDate): boolean {
  const date = utcDate(d);
  return date.getUTCFullYear() === d.year && date.getUTCMonth() === d.month - 1 && date.getUTCDate() === d.day;
}

const compare = (a: CalendarDate, b: CalendarDate) => a.year - b.year || a.month - b.month || a.day - b.day;

function readDate(text: string): CalendarDate | null {
  const dmy = DMY.exec(text);
  if (dmy) return { day: Number(dmy[1]), month: Number(dmy[2]), year: Number(dmy[3]) };
  const iso = ISO.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  return null;
}

/**
 * "05.03.2004", "5.3.2004" or "2004-03-05" → UTC midnight of 5 March 2004. Null for other
 * shapes (two-digit years, "/"-separated dates that read differently in English), impossible
 * dates (31.02), years before 1900 and dates after today in Kazakhstan.
 */
export function parseBirthDate(input: string, now: Date): Date | null {
  const d = readDate(input.trim());
  if (!d || d.year < MIN_YEAR || !isRealDate(d)) return null;
  if (compare(d, kzDate(now)) > 0) return null;
  return utcDate(d);
}

/**
 * Full years on the Kazakhstan calendar date of `on`. Someone born on 29 February turns a
 * year older on 1 March in common years (they have not yet reached "29.02" on 28.02).
 */
export function ageOn(birthDate: Date, on: Date): number {
  const born = calendarDateOf(birthDate);
  const today = kzDate(on);
  const hadBirthday = today.month > born.month || (today.month === born.month && today.day >= born.day);
  return today.year - born.year - (hadBirthday ? 0 : 1);
}
