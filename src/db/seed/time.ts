// Demo dates relative to the seed's `now`, at local wall-clock times of Kazakhstan (UTC+5,
// no daylight saving since 1 March 2024).
import type { LocalTime } from "./types.ts";

const KZ_OFFSET_HOURS = 5;
const HOUR = 3_600_000;

/** The instant of `time` (local) on the local calendar day `days` after `now`'s local day. */
export function localAt(now: Date, days: number, time: LocalTime): Date {
  const local = new Date(now.getTime() + KZ_OFFSET_HOURS * HOUR);
  const [h = 0, m = 0] = time.split(":").map(Number);
  return new Date(
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days, h - KZ_OFFSET_HOURS, m),
  );
}
