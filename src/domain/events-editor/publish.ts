// Writes of the events editor: create, update (incl. publish) and cancel an event. Each runs in
// one transaction that checks the actor's scope against the event as it is now, writes the
// row, the audit log and the notifications (outbox), so nothing is half-done.
//
// Notifications:
// - publishing announces the event to the region's instant subscribers ("event_new", the same
//   fan-out the 5-minute planner would add, expanded at once; its later run adds nothing);
// - moving a published event (new start or end) tells its watchers ("event_changed", ref
//   `event:<id>:changed:<audit id>`, one per change) and retires its reminders: pending ones
//   (fan-outs not yet expanded, deliveries not yet sent) are cancelled and all get a ref of
//   their own, so the planner plans the 24 h / 2 h reminders again for the new time;
// - cancelling tells the watchers ("event_cancelled", urgent) and cancels whatever was still
//   waiting about the event, fan-outs and deliveries alike.
// These small audiences are expanded inside the transaction (fanOutNow), so the counts are real.
import { randomUUID } from "node:crypto";
import type { Db } from "../../db/client.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { Event } from "../../generated/prisma/client.ts";
import { canManageRegion, type Roles } from "../roles.ts";
import { writeTransaction, type Tx } from "../registrations/tx.ts";
import { announceEvent, ANNOUNCE_KINDS } from "../reminders/announcements.ts";
import { fanOutNow } from "../reminders/fanout.ts";
import { EVENT_REMINDER_KIND, eventReminderRef } from "../reminders/events.ts";
import { EVENT_REMINDER_OFFSETS_H } from "../reminders/schedule.ts";
import { validateDraft, type DraftProblem, type EventColumns, type EventDraft } from "./draft.ts";

export const EVENT_CHANGED_KIND = "event_changed";
export const EVENT_CANCELLED_KIND = "event_cancelled";
export const eventChangedRef = (eventId: number, changeId: number) => `event:${eventId}:changed:${changeId}`;
export const eventCancelledRef = (eventId: number) => `event:${eventId}:cancelled`;

/** Payload of "event_changed": the times before and after (ISO), to say what moved. */
export interface EventChangedPayload {
  eventId: number;
  oldStartsAt: string;
  oldEndsAt: string;
  startsAt: string;
  endsAt: string;
}

export type EditorRefusal = "forbidden" | "not_found" | "cancelled" | "invalid";
export type EditorResult =
  | { ok: true; event: Event; published: boolean; watchersTold: number; subscribersTold: number }
  | { ok: false; reason: Exclude<EditorRefusal, "invalid"> }
  | { ok: false; reason: "invalid"; problems: DraftProblem[] };

interface Actor {
  actorId: number;
  /** Loaded fresh by the caller for this write: a role revoked mid-dialog no longer counts. */
  roles: Roles;
  now: Date;
}

function audit(tx: Tx, a: Actor, action: string, eventId: number, details: object) {
  return tx.auditLog.create({
    data: { actorId: a.actorId, action, entity: "Event", entityId: String(eventId), details: JSON.stringify(details), createdAt: a.now },
  });
}

const regionExists = async (tx: Tx, code: string) => (await tx.region.count({ where: { code } })) > 0;

async function publishNotice(tx: Tx, event: Event, now: Date): Promise<number> {
  return announceEvent(tx, event, now);
}

/** A new event of a region in the actor's scope, as a draft or published at once. */
export async function createEvent(db: Db, a: Actor & { draft: EventDraft; publish: boolean }): Promise<EditorResult> {
  if (!canManageRegion(a.roles, a.draft.regionCode)) return { ok: false, reason: "forbidden" };
  const v = validateDraft(a.draft, a.now);
  if (!v.ok) return { ok: false, reason: "invalid", problems: v.problems };
  return writeTransaction(db, async (tx) => {
    if (!(await regionExists(tx, a.draft.regionCode))) return { ok: false, reason: "invalid", problems: [{ field: "region", reason: "unknown" }] } as const;
    const event = await tx.event.create({
      data: {
        ...v.columns,
        externalId: `bot-${randomUUID()}`,
        status: a.publish ? "published" : "draft",
        publishedAt: a.publish ? a.now : null,
        createdById: a.actorId,
        createdAt: a.now,
        updatedAt: a.now,
      },
    });
    await audit(tx, a, a.publish ? "event.publish" : "event.create", event.id, { status: event.status, regionCode: event.regionCode });
    const subscribersTold = a.publish ? await publishNotice(tx, event, a.now) : 0;
    return { ok: true, event, published: a.publish, watchersTold: 0, subscribersTold } as const;
  });
}

const CHANGE_KEYS = [
  "regionCode", "kind", "titleKk", "titleRu", "titleEn", "descriptionKk", "descriptionRu", "descriptionEn",
  "venue", "address", "city", "latitude", "longitude", "startsAt", "endsAt", "expectedVacancies", "expectedEmployers",
] as const satisfies ReadonlyArray<keyof EventColumns>;

function changedKeys(before: Event, after: EventColumns): string[] {
  const same = (x: unknown, y: unknown) => (x instanceof Date && y instanceof Date ? x.getTime() === y.getTime() : x === y);
  return CHANGE_KEYS.filter((k) => !same(before[k], after[k]));
}

/** The refs the reminder planner uses for an event (one per offset). */
const reminderRefs = (eventId: number) => EVENT_REMINDER_OFFSETS_H.map((h) => eventReminderRef(eventId, h));

/**
 * The event moved: reminders planned for the old time are retired. Pending ones (fan-outs and
 * deliveries) are cancelled; every one gets its ref suffixed with the change, so the planner
 * may plan them for the new time.
 */
async function retireReminders(tx: Tx, eventId: number, changeId: number, now: Date): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Fanout" SET
      "status" = CASE WHEN "status" = 'pending' THEN 'cancelled' ELSE "status" END,
      "ref" = "ref" || ${`:before:${changeId}`},
      "updatedAt" = ${now}
    WHERE "kind" = ${EVENT_REMINDER_KIND} AND "ref" IN (${Prisma.join(reminderRefs(eventId))})`;
  await tx.$executeRaw`
    UPDATE "Delivery" SET
      "status" = CASE WHEN "status" = 'pending' THEN 'cancelled' ELSE "status" END,
      "lastError" = CASE WHEN "status" = 'pending' THEN 'event moved' ELSE "lastError" END,
      "ref" = "ref" || ${`:before:${changeId}`},
      "updatedAt" = ${now}
    WHERE "kind" = ${EVENT_REMINDER_KIND} AND "ref" IN (${Prisma.join(reminderRefs(eventId))})`;
}

/**
 * Saves an edited event. A draft is published when `publish` is set; a published event stays
 * published. Both the event's region and the draft's must be in the actor's scope.
 */
export async function updateEvent(db: Db, a: Actor & { eventId: number; draft: EventDraft; publish: boolean }): Promise<EditorResult> {
  return writeTransaction(db, async (tx) => {
    const before = await tx.event.findUnique({ where: { id: a.eventId } });
    if (!before) return { ok: false, reason: "not_found" } as const;
    if (!canManageRegion(a.roles, before.regionCode) || !canManageRegion(a.roles, a.draft.regionCode)) return { ok: false, reason: "forbidden" } as const;
    if (before.status === "cancelled") return { ok: false, reason: "cancelled" } as const;
    const v = validateDraft(a.draft, a.now, before.startsAt);
    if (!v.ok) return { ok: false, reason: "invalid", problems: v.problems } as const;
    if (!(await regionExists(tx, v.columns.regionCode))) return { ok: false, reason: "invalid", problems: [{ field: "region", reason: "unknown" }] } as const;

    const publishing = before.status === "draft" && a.publish;
    const status = before.status === "published" || publishing ? "published" : "draft";
    const changed = changedKeys(before, v.columns);
    const event = await tx.event.update({
      where: { id: before.id },
      data: { ...v.columns, status, ...(publishing ? { publishedAt: a.now } : {}), updatedAt: a.now },
    });
    const entry = await audit(tx, a, publishing ? "event.publish" : "event.update", event.id, { changed, status });

    let subscribersTold = 0;
    let watchersTold = 0;
    if (publishing) subscribersTold = await publishNotice(tx, event, a.now);
    const moved = changed.includes("startsAt") || changed.includes("endsAt");
    if (moved && before.status === "published") {
      const payload: EventChangedPayload = {
        eventId: event.id,
        oldStartsAt: before.startsAt.toISOString(),
        oldEndsAt: before.endsAt.toISOString(),
        startsAt: event.startsAt.toISOString(),
        endsAt: event.endsAt.toISOString(),
      };
      watchersTold = await fanOutNow(tx, {
        kind: EVENT_CHANGED_KIND,
        ref: eventChangedRef(event.id, entry.id),
        payload,
        audience: { type: "watchers", itemType: "event", itemId: event.id },
        now: a.now,
      });
      if (changed.includes("startsAt")) await retireReminders(tx, event.id, entry.id, a.now);
    }
    return { ok: true, event, published: status === "published", watchersTold, subscribersTold } as const;
  });
}

/** Cancels an event: watchers are told (urgent), everything still waiting about it is dropped. */
export async function cancelEvent(db: Db, a: Actor & { eventId: number }): Promise<EditorResult> {
  return writeTransaction(db, async (tx) => {
    const before = await tx.event.findUnique({ where: { id: a.eventId } });
    if (!before) return { ok: false, reason: "not_found" } as const;
    if (!canManageRegion(a.roles, before.regionCode)) return { ok: false, reason: "forbidden" } as const;
    if (before.status === "cancelled") return { ok: false, reason: "cancelled" } as const;
    const event = await tx.event.update({ where: { id: before.id }, data: { status: "cancelled", updatedAt: a.now } });
    await audit(tx, a, "event.cancel", event.id, { previousStatus: before.status });
    const waiting = {
      status: "pending",
      OR: [
        { kind: ANNOUNCE_KINDS.events, ref: `event:${event.id}` },
        { kind: EVENT_REMINDER_KIND, ref: { in: reminderRefs(event.id) } },
        { kind: EVENT_CHANGED_KIND, ref: { startsWith: `event:${event.id}:changed:` } },
      ],
    };
    // Fan-outs not yet (fully) expanded expand nothing more; deliveries not yet sent are dropped.
    await tx.fanout.updateMany({ where: waiting, data: { status: "cancelled", updatedAt: a.now } });
    await tx.delivery.updateMany({ where: waiting, data: { status: "cancelled", lastError: "event cancelled" } });
    // Nobody could watch a draft: only a published event has people to tell.
    const watchersTold =
      before.status === "published"
        ? await fanOutNow(tx, {
            kind: EVENT_CANCELLED_KIND,
            ref: eventCancelledRef(event.id),
            payload: { eventId: event.id },
            audience: { type: "watchers", itemType: "event", itemId: event.id },
            now: a.now,
            urgent: true,
          })
        : 0;
    return { ok: true, event, published: false, watchersTold, subscribersTold: 0 } as const;
  });
}
