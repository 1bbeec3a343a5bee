// Writes of the events editor: create, update (incl. publish) and cancel an event. Each runs in
// one transaction that checks the actor's scope against the event as it is now, writes the
// row, the audit log and the notifications (outbox, changes.ts), so nothing is half-done.
import { randomUUID } from "node:crypto";
import type { Db } from "../../db/client.ts";
import type { Event } from "../../generated/prisma/client.ts";
import { canManageRegion, type Roles } from "../roles.ts";
import { writeTransaction, type Tx } from "../registrations/tx.ts";
import { announceEvent } from "../reminders/announcements.ts";
import { noticeEventChange } from "./changes.ts";
import { validateDraft, type DraftProblem, type EventColumns, type EventDraft } from "./draft.ts";

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
    const subscribersTold = a.publish ? await announceEvent(tx, event, a.now) : 0;
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

    const told = await noticeEventChange(tx, before, event, entry.id, a.now);
    return { ok: true, event, published: status === "published", ...told } as const;
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
    const entry = await audit(tx, a, "event.cancel", event.id, { previousStatus: before.status });
    const told = await noticeEventChange(tx, before, event, entry.id, a.now);
    return { ok: true, event, published: false, ...told } as const;
  });
}
