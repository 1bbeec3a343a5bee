// Kazakhstan wall-clock time ↔ instants, for every rule that speaks in local days and hours.
// The offset is read from the time-zone database (Intl), not assumed: Kazakhstan has been
// UTC+5 all year only since March 2024.
import { KZ_TIME_ZONE } from "./format.ts";

export interface KzWallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partsFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: KZ_TIME_ZONE, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric",
});

/** The wall clock in Kazakhstan at an instant. */
export function kzWallClock(at: Date): KzWallClock {
  const p = Object.fromEntries(partsFormat.formatToParts(at).map((x) => [x.type, Number(x.value)]));
  return { year: p.year!, month: p.month!, day: p.day!, hour: p.hour!, minute: p.minute!, second: p.second! };
}

/** The calendar date in Kazakhstan at an instant. */
export function kzDate(at: Date): { year: number; month: number; day: number } {
  const { year, month, day } = kzWallClock(at);
  return { year, month, day };
}

/** How far Kazakhstan's wall clock is ahead of UTC at `at`, in ms. */
export function kzOffsetMs(at: Date): number {
  const l = kzWallClock(at);
  return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant of a Kazakhstan wall-clock time; null for one that does not exist (31.02, 24:00). */
export function kzWallToUtc(year: number, month: number, day: number, hour = 0, minute = 0): Date | null {
  if (month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  // The offset is checked at the guessed instant, which is right across an offset change.
  const guess = wall - kzOffsetMs(check);
  return new Date(wall - kzOffsetMs(new Date(guess)));
}
