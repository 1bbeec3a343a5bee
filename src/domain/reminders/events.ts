// Event reminders (24 h and 2 h before the start, EVENT_REMINDER_OFFSETS_H) for those who
// watch the event ("remind me") and the instant subscribers of its region's "events" topic.
// Planned when due, not in advance: a run every few minutes plans the reminders whose send time
// has passed, so a subscription or watch added late still counts, and a cancelled event simply
// gets no more. Kind "event_reminder", ref `event:<id>:<offset>h` (e.g. "event:12:24h").
import type { Db } from "../../db/client.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { enqueueForAudience, subscribersSql, watchersSql } from "./bulk.ts";
import { EVENT_REMINDER_OFFSETS_H, dueOffset, offsetLabel } from "./schedule.ts";

export const EVENT_REMINDER_KIND = "event_reminder";
const HOUR = 3600_000;

export const eventReminderRef = (eventId: number, offsetH: number) => `event:${eventId}:${offsetLabel(offsetH)}`;

/** Plans the due event reminders; idempotent. Returns how many deliveries it added. */
export async function planEventReminders(db: Db, now: Date, offsets: readonly number[] = EVENT_REMINDER_OFFSETS_H): Promise<number> {
  const horizon = new Date(now.getTime() + Math.max(...offsets) * HOUR);
  const events = await db.event.findMany({
    where: { status: "published", startsAt: { gt: now, lte: horizon } },
    select: { id: true, regionCode: true, startsAt: true },
  });
  let added = 0;
  for (const e of events) {
    const offset = dueOffset(e.startsAt, now, offsets);
    if (offset === null) continue;
    added += await enqueueForAudience(
      db,
      { kind: EVENT_REMINDER_KIND, ref: eventReminderRef(e.id, offset), payload: { eventId: e.id, offsetH: offset }, now },
      Prisma.sql`${watchersSql("event", e.id)} UNION ${subscribersSql(e.regionCode, "events")}`,
    );
  }
  return added;
}
