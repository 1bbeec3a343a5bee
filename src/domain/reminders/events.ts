// Event reminders (24 h and 2 h before the start, EVENT_REMINDER_OFFSETS_H) for those who
// watch the event ("remind me") and the instant subscribers of its region's "events" topic.
// Planned when due, not in advance: a run every few minutes plans the reminders whose send time
// has passed, so a subscription or watch added late still counts, and a cancelled event simply
// gets no more. Kind "event_reminder", ref `event:<id>:<offset>h` (e.g. "event:12:24h").
// Each reminder is one fan-out (fanout.ts), expanded into deliveries by the delivery worker.
import type { Db } from "../../db/client.ts";
import { planFanouts, type FanoutPlan } from "./fanout.ts";
import { EVENT_REMINDER_OFFSETS_H, dueOffset, offsetLabel } from "./schedule.ts";

export const EVENT_REMINDER_KIND = "event_reminder";
const HOUR = 3600_000;

export const eventReminderRef = (eventId: number, offsetH: number) => `event:${eventId}:${offsetLabel(offsetH)}`;

/** Plans the due event reminders; idempotent. Returns how many fan-outs it added. */
export async function planEventReminders(db: Db, now: Date, offsets: readonly number[] = EVENT_REMINDER_OFFSETS_H): Promise<number> {
  const horizon = new Date(now.getTime() + Math.max(...offsets) * HOUR);
  const events = await db.event.findMany({
    where: { status: "published", startsAt: { gt: now, lte: horizon } },
    select: { id: true, regionCode: true, startsAt: true },
  });
  const plans: FanoutPlan[] = [];
  for (const e of events) {
    const offset = dueOffset(e.startsAt, now, offsets);
    if (offset === null) continue;
    plans.push({
      kind: EVENT_REMINDER_KIND,
      ref: eventReminderRef(e.id, offset),
      payload: { eventId: e.id, offsetH: offset },
      audience: { type: "eventReminder", eventId: e.id, regionCode: e.regionCode },
      now,
    });
  }
  return planFanouts(db, plans);
}
