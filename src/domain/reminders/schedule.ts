// When reminders are due: pure rules, unit-tested without a database.
const HOUR = 3600_000;

/** Event reminders: hours before the start, largest first. */
export const EVENT_REMINDER_OFFSETS_H = [24, 2] as const;
/** Course start and registration deadline reminders: a day before. */
export const COURSE_REMINDER_OFFSET_H = 24;
/** New items older than this are not announced (a catch-up after downtime must not flood). */
export const ANNOUNCE_WINDOW_MS = 24 * HOUR;

/** Ref suffix of an offset: 24 → "24h". */
export const offsetLabel = (hours: number) => `${hours}h`;

/**
 * Which of `offsets` (hours, any order) is due at `now` for something starting at `startsAt`:
 * the one whose send time has passed and whose successor's has not. None once it has started.
 * So a catch-up after downtime sends the reminder that still makes sense (with 1 h left: the
 * 2 h one, never a stale "tomorrow" one).
 */
export function dueOffset(startsAt: Date, now: Date, offsets: readonly number[] = EVENT_REMINDER_OFFSETS_H): number | null {
  const left = startsAt.getTime() - now.getTime();
  if (left <= 0) return null;
  const due = [...offsets].sort((a, b) => a - b).find((h) => left <= h * HOUR);
  return due ?? null;
}
