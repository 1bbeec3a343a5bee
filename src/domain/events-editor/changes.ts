// Who is told what when a stored event changes, whoever changed it: the events editor
// (publish.ts) or a CSV import (src/domain/import/kinds/events.ts). Runs inside the caller's
// transaction, after the row was written; `changeId` (the change's audit entry) names the notices
// and retired refs of this change.
//
// - Published now (was a draft): announced to the region's instant subscribers ("event_new", the
//   same fan-out the 5-minute planner would add, expanded at once; its later run adds nothing).
// - Cancelled: the watchers are told ("event_cancelled", urgent) and whatever was still waiting
//   about the event — fan-outs and deliveries alike — is cancelled.
// - A published event moved in time or place (its start/end, or venue/address/city): the watchers
//   are told ("event_changed", ref `event:<id>:changed:<changeId>`, one per change). A new start
//   also retires its reminders: pending ones are cancelled and all get a ref of their own, so the
//   planner plans the 24 h / 2 h reminders again for the new time.
// - A published event moved to another region: the old region's subscribers who were not told
//   yet are not told any more, and the new region's are told as if it appeared there now. The
//   announcement and the reminders already planned are retired like a time move's, except that
//   deliveries already sent keep their ref — re-planned for the new region, the fan-outs skip
//   whoever got them (watchers, people subscribed in both regions), so nobody hears twice.
// - A published event withdrawn to a draft (by an import): the announcement and reminders not
//   sent yet are retired like a region move's; published again, it is announced and reminded
//   anew, to whoever was not told before.
// These small audiences are expanded inside the transaction (fanOutNow), so the counts are real.
import type { Event } from "../../generated/prisma/client.ts";
import { eventLocation } from "../ics.ts";
import type { Tx } from "../registrations/tx.ts";
import { announceEvent, ANNOUNCE_KINDS } from "../reminders/announcements.ts";
import { fanOutNow } from "../reminders/fanout.ts";
import { retire, type Planned } from "../reminders/retire.ts";
import { EVENT_REMINDER_KIND, eventReminderRef } from "../reminders/events.ts";
import { EVENT_REMINDER_OFFSETS_H } from "../reminders/schedule.ts";

export const EVENT_CHANGED_KIND = "event_changed";
export const EVENT_CANCELLED_KIND = "event_cancelled";
export const eventChangedRef = (eventId: number, changeId: number) => `event:${eventId}:changed:${changeId}`;
export const eventCancelledRef = (eventId: number) => `event:${eventId}:cancelled`;

/**
 * Payload of "event_changed": the times before and after (ISO) and, when the place changed, the
 * places before and after (as people read them, eventLocation), to say what moved.
 */
export interface EventChangedPayload {
  eventId: number;
  oldStartsAt: string;
  oldEndsAt: string;
  startsAt: string;
  endsAt: string;
  oldPlace?: string;
  place?: string;
}

export interface ChangeNotices {
  /** Watchers told about a change or cancellation. */
  watchersTold: number;
  /** Subscribers told about the event as new (published, or moved into their region). */
  subscribersTold: number;
}

const NOBODY: ChangeNotices = { watchersTold: 0, subscribersTold: 0 };

/** The refs the reminder planner uses for an event (one per offset). */
const reminderRefs = (eventId: number) => EVENT_REMINDER_OFFSETS_H.map((h) => eventReminderRef(eventId, h));

/** Tells the people concerned about a change of `before` into `after` (see above). */
export async function noticeEventChange(tx: Tx, before: Event, after: Event, changeId: number, now: Date): Promise<ChangeNotices> {
  const wasPublished = before.status === "published";
  if (after.status === "cancelled") {
    if (before.status === "cancelled") return NOBODY;
    await cancelWaiting(tx, after.id, now);
    // Nobody could watch a draft: only a published event has people to tell.
    if (!wasPublished) return NOBODY;
    const watchersTold = await tellWatchers(tx, after.id, EVENT_CANCELLED_KIND, eventCancelledRef(after.id), { eventId: after.id }, now, true);
    return { watchersTold, subscribersTold: 0 };
  }
  if (after.status !== "published") {
    // Withdrawn to a draft: what was planned about it is retired, so that published again it
    // is announced and reminded anew — to whoever was not told yet (sent deliveries keep
    // their ref). Otherwise notices due meanwhile would be dropped for good.
    if (wasPublished) await retire(tx, [announcement(after.id), ...reminders(after.id)], changeId, now, "event unpublished", false);
    return NOBODY;
  }
  if (!wasPublished) return { watchersTold: 0, subscribersTold: await announceEvent(tx, after, now) };

  const timeMoved = before.startsAt.getTime() !== after.startsAt.getTime() || before.endsAt.getTime() !== after.endsAt.getTime();
  const [oldPlace, place] = [eventLocation(before), eventLocation(after)];
  let watchersTold = 0;
  if (timeMoved || oldPlace !== place) {
    const payload: EventChangedPayload = {
      eventId: after.id,
      oldStartsAt: before.startsAt.toISOString(),
      oldEndsAt: before.endsAt.toISOString(),
      startsAt: after.startsAt.toISOString(),
      endsAt: after.endsAt.toISOString(),
      ...(oldPlace !== place ? { oldPlace, place } : {}),
    };
    watchersTold = await tellWatchers(tx, after.id, EVENT_CHANGED_KIND, eventChangedRef(after.id, changeId), payload, now, false);
  }
  if (before.startsAt.getTime() !== after.startsAt.getTime()) await retire(tx, reminders(after.id), changeId, now, "event moved", true);
  let subscribersTold = 0;
  if (before.regionCode !== after.regionCode) {
    await retire(tx, [announcement(after.id), ...reminders(after.id)], changeId, now, "event moved to another region", false);
    // For the new region's subscribers it appears now.
    subscribersTold = await announceEvent(tx, { ...after, publishedAt: now }, now);
  }
  return { watchersTold, subscribersTold };
}

function tellWatchers(tx: Tx, eventId: number, kind: string, ref: string, payload: object, now: Date, urgent: boolean): Promise<number> {
  return fanOutNow(tx, { kind, ref, payload, audience: { type: "watchers", itemType: "event", itemId: eventId }, now, urgent });
}

const announcement = (eventId: number): Planned => ({ kind: ANNOUNCE_KINDS.events, refs: [`event:${eventId}`] });
const reminders = (eventId: number): Planned[] => [{ kind: EVENT_REMINDER_KIND, refs: reminderRefs(eventId) }];

/** Fan-outs not yet (fully) expanded expand nothing more; deliveries not yet sent are dropped. */
async function cancelWaiting(tx: Tx, eventId: number, now: Date): Promise<void> {
  const waiting = {
    status: "pending",
    OR: [
      { kind: ANNOUNCE_KINDS.events, ref: `event:${eventId}` },
      { kind: EVENT_REMINDER_KIND, ref: { in: reminderRefs(eventId) } },
      { kind: EVENT_CHANGED_KIND, ref: { startsWith: `event:${eventId}:changed:` } },
    ],
  };
  await tx.fanout.updateMany({ where: waiting, data: { status: "cancelled", updatedAt: now } });
  await tx.delivery.updateMany({ where: waiting, data: { status: "cancelled", lastError: "event cancelled" } });
}
