// Broadcasts of regional staff and admins: draft → (scheduled →) sending → done, or cancelled.
// Starting plans one outbox Delivery per recipient (kind "broadcast", ref "broadcast:<id>") with
// ONE INSERT … SELECT over the audience query, in the same transaction that marks the
// broadcast sending — 10,000 recipients take milliseconds and a crash leaves all or nothing.
// Sending then goes through the outbox worker like everything else: its global rate cap, one
// message per second per chat, 403/429 handling. Broadcast deliveries are NOT urgent, so the
// worker holds them back during each recipient's quiet hours (22:00–08:00 by default) and sends
// them when those end: a regional announcement can wait, a 2 a.m. buzz cannot be taken back.
// They are due from the start instant (notBefore = start), so personal notices planned "at once"
// (DUE_AT_ONCE, earlier in the worker's order) are not queued behind a big broadcast.
//
// Every action is checked against the actor (owner, staff of ALL the broadcast's regions, or an
// admin) and audit-logged. Refusals are returned before anything is written.
import type { Db } from "../../db/client.ts";
import type { Broadcast } from "../../generated/prisma/client.ts";
import { clampPage, PAGE_SIZE, type Page } from "../paging.ts";
import { writeTransaction, type Tx } from "../registrations/tx.ts";
import { isStaff, canManageRegion, loadRoles, type Roles } from "../roles.ts";
import { audienceSql, checkAudience, countAudience, parseAudience, type Audience } from "./audience.ts";
import { contentProblem, keepFormatting, type BroadcastContent, type ContentProblem } from "./content.ts";

export const BROADCAST_KIND = "broadcast";
export const broadcastRef = (id: number) => `broadcast:${id}`;

export type BroadcastStatus = "draft" | "scheduled" | "sending" | "done" | "cancelled";

/** Who acts: their user row id and freshly loaded roles. */
export interface Actor {
  userId: number;
  roles: Roles;
}

/** How far ahead a broadcast may be scheduled. */
export const MAX_SCHEDULE_AHEAD_MS = 90 * 24 * 3600 * 1000;

type Refusal = "not_found" | "out_of_scope";

/**
 * Whether the actor may see and act on a broadcast: admins always; staff who manage every one
 * of its regions (a broadcast to "all regions" is the admins'). Having written it grants
 * nothing more: an author who lost a region's grant loses its broadcasts too.
 */
export function canActOn(actor: Actor, b: Pick<Broadcast, "audience">): boolean {
  if (actor.roles.admin) return true;
  if (!isStaff(actor.roles)) return false;
  const regions = parseAudience(b.audience)?.regions;
  return Array.isArray(regions) && regions.length > 0 && regions.every((r) => canManageRegion(actor.roles, r));
}

async function loadFor(db: Db | Tx, actor: Actor | null, id: number): Promise<{ b: Broadcast } | { refused: Refusal }> {
  if (!Number.isSafeInteger(id) || id <= 0) return { refused: "not_found" };
  const b = await db.broadcast.findUnique({ where: { id } });
  if (!b) return { refused: "not_found" };
  if (actor && !canActOn(actor, b)) return { refused: "out_of_scope" };
  return { b };
}

/** A broadcast the actor may act on, or why not. */
export async function getBroadcast(db: Db, actor: Actor, id: number): Promise<{ ok: true; broadcast: Broadcast } | { ok: false; reason: Refusal }> {
  const r = await loadFor(db, actor, id);
  return "b" in r ? { ok: true, broadcast: r.b } : { ok: false, reason: r.refused };
}

function audit(tx: Tx, actorId: number | null, action: string, id: number, now: Date, details: object) {
  return tx.auditLog.create({
    data: { actorId, action, entity: "Broadcast", entityId: String(id), details: JSON.stringify(details), createdAt: now },
  });
}

/** Sets off a new broadcast at once: `{ now: true }` sends now, `{ at }` schedules it. */
export type Launch = { now: true } | { at: Date };

export type CreateResult =
  | { ok: true; id: number; recipients: number }
  | { ok: false; reason: "not_staff" | "bad_audience" | "no_recipients" | "past" | "too_far" | ContentProblem };

function scheduleProblem(at: Date, now: Date): "past" | "too_far" | null {
  if (at.getTime() <= now.getTime()) return "past";
  return at.getTime() - now.getTime() > MAX_SCHEDULE_AHEAD_MS ? "too_far" : null;
}

/**
 * A broadcast with its content and audience (checked against the actor's scope), as a draft —
 * or, with `launch`, started or scheduled in the same transaction, so an empty audience or a
 * bad time leaves nothing behind. `recipients`: planned (now) or counted at this moment (at).
 * Audit-logged.
 */
export async function createBroadcast(db: Db, actor: Actor, input: BroadcastContent & { audience: Audience }, now: Date, launch?: Launch): Promise<CreateResult> {
  if (!isStaff(actor.roles)) return { ok: false, reason: "not_staff" };
  const content: BroadcastContent = { text: input.text, entities: keepFormatting(input.entities), photoFileId: input.photoFileId };
  const problem = contentProblem(content);
  if (problem) return { ok: false, reason: problem };
  const bad = launch && "at" in launch ? scheduleProblem(launch.at, now) : null;
  if (bad) return { ok: false, reason: bad };
  const audience = await checkAudience(db, actor.roles, input.audience);
  if (!audience) return { ok: false, reason: "bad_audience" };
  return writeTransaction(db, async (tx) => {
    // Counted inside the write transaction: nobody else writes until it commits.
    const counted = launch ? await countAudience(tx, audience) : 0;
    if (launch && counted === 0) return { ok: false, reason: "no_recipients" } as const;
    const b = await tx.broadcast.create({
      data: {
        createdById: actor.userId,
        text: content.text,
        entities: content.entities.length > 0 ? JSON.stringify(content.entities) : null,
        photoFileId: content.photoFileId,
        audience: JSON.stringify(audience),
        status: "draft",
        createdAt: now,
      },
    });
    await audit(tx, actor.userId, "broadcast.create", b.id, now, { audience, photo: content.photoFileId !== null, length: content.text.length });
    if (!launch) return { ok: true, id: b.id, recipients: 0 } as const;
    if ("at" in launch) {
      await scheduleIn(tx, b.id, actor.userId, launch.at, counted, now);
      return { ok: true, id: b.id, recipients: counted } as const;
    }
    return { ok: true, id: b.id, recipients: await startIn(tx, b, audience, actor.userId, now) } as const;
  });
}

/**
 * Plans one delivery per recipient in ONE statement and marks the broadcast sending (done at
 * once when nobody is left — unless `emptyRefused`: then nothing was planned and nothing
 * changes); the number planned.
 */
async function startIn(tx: Tx, b: Broadcast, audience: Audience, actorId: number | null, now: Date, emptyRefused = false): Promise<number> {
  const planned = await tx.$executeRaw`
    INSERT INTO "Delivery" ("kind", "ref", "userId", "payload", "urgent", "status", "attempts", "notBefore", "broadcastId", "createdAt", "updatedAt")
    SELECT ${BROADCAST_KIND}, ${broadcastRef(b.id)}, a."userId", ${JSON.stringify({ broadcastId: b.id })}, 0, 'pending', 0, ${now}, ${b.id}, ${now}, ${now}
    FROM (${audienceSql(audience)}) a
    WHERE 1
    ON CONFLICT ("kind", "ref", "userId") DO NOTHING`;
  if (planned === 0 && emptyRefused) return 0;
  await tx.broadcast.update({
    where: { id: b.id },
    data: { status: planned === 0 ? "done" : "sending", startedAt: now, recipientCount: planned, ...(planned === 0 ? { finishedAt: now } : {}) },
  });
  await audit(tx, actorId, "broadcast.start", b.id, now, { recipients: planned, scheduled: actorId === null });
  return planned;
}

async function scheduleIn(tx: Tx, id: number, actorId: number, at: Date, recipientsNow: number, now: Date): Promise<void> {
  await tx.broadcast.update({ where: { id }, data: { status: "scheduled", scheduledAt: at } });
  await audit(tx, actorId, "broadcast.schedule", id, now, { at: at.toISOString(), recipientsNow });
}

export type StartResult =
  | { ok: true; recipients: number; already: boolean }
  | { ok: false; reason: Refusal | "no_recipients" | "bad_audience" | "finished" };

/**
 * Starts sending now (a draft or a scheduled broadcast). Idempotent: a broadcast already
 * sending or done is `already`, nothing planned twice. An author is told "no_recipients" and
 * nothing changes; `actor` null = the scheduler starting a scheduled broadcast (its author was
 * checked when scheduling), and an audience that emptied meanwhile simply ends it.
 */
export async function startBroadcast(db: Db, actor: Actor | null, id: number, now: Date): Promise<StartResult> {
  return writeTransaction(db, async (tx) => {
    const r = await loadFor(tx, actor, id);
    if ("refused" in r) return { ok: false, reason: r.refused } as const;
    const b = r.b;
    if (b.status === "sending" || b.status === "done") return { ok: true, recipients: b.recipientCount, already: true } as const;
    if (b.status === "cancelled") return { ok: false, reason: "finished" } as const;
    const audience = parseAudience(b.audience);
    if (!audience) return { ok: false, reason: "bad_audience" } as const;
    const recipients = await startIn(tx, b, audience, actor?.userId ?? null, now, actor !== null);
    if (recipients === 0 && actor) return { ok: false, reason: "no_recipients" } as const;
    return { ok: true, recipients, already: false } as const;
  });
}

export type ScheduleResult = { ok: true; recipientsNow: number } | { ok: false; reason: Refusal | "past" | "too_far" | "finished" | "no_recipients" | "bad_audience" };

/** Schedules a draft (or moves a scheduled one) to `at`; the audience is resolved when it starts. */
export async function scheduleBroadcast(db: Db, actor: Actor, id: number, at: Date, now: Date): Promise<ScheduleResult> {
  const bad = scheduleProblem(at, now);
  if (bad) return { ok: false, reason: bad };
  return writeTransaction(db, async (tx) => {
    const r = await loadFor(tx, actor, id);
    if ("refused" in r) return { ok: false, reason: r.refused } as const;
    if (r.b.status !== "draft" && r.b.status !== "scheduled") return { ok: false, reason: "finished" } as const;
    const audience = parseAudience(r.b.audience);
    if (!audience) return { ok: false, reason: "bad_audience" } as const;
    const recipientsNow = await countAudience(tx, audience);
    if (recipientsNow === 0) return { ok: false, reason: "no_recipients" } as const;
    await scheduleIn(tx, id, actor.userId, at, recipientsNow, now);
    return { ok: true, recipientsNow } as const;
  });
}

export type CancelResult = { ok: true; stopped: number } | { ok: false; reason: Refusal | "finished" };

/**
 * Cancels a draft, a scheduled or a sending broadcast: its pending deliveries become cancelled
 * in one UPDATE. Deliveries already claimed by the worker may still go out (the renderer drops
 * those it has not rendered yet). Audit-logged.
 */
export async function cancelBroadcast(db: Db, actor: Actor, id: number, now: Date, why: { authorLostAccess?: true } = {}): Promise<CancelResult> {
  return writeTransaction(db, async (tx) => {
    // The scheduler cancelling for an author who lost access acts without their rights.
    const r = await loadFor(tx, why.authorLostAccess ? null : actor, id);
    if ("refused" in r) return { ok: false, reason: r.refused } as const;
    if (r.b.status === "done" || r.b.status === "cancelled") return { ok: false, reason: "finished" } as const;
    const { count } = await tx.delivery.updateMany({
      where: { broadcastId: id, status: "pending" },
      data: { status: "cancelled", lastError: "broadcast cancelled", updatedAt: now },
    });
    await tx.broadcast.update({ where: { id }, data: { status: "cancelled", finishedAt: now } });
    await audit(tx, actor.userId, "broadcast.cancel", id, now, { stopped: count, was: r.b.status, ...why });
    return { ok: true, stopped: count } as const;
  });
}

export interface BroadcastReport {
  sent: number;
  blocked: number;
  failed: number;
  /** Waiting or in flight (pending + sending). */
  pending: number;
  cancelled: number;
  total: number;
}

const EMPTY_REPORT: BroadcastReport = { sent: 0, blocked: 0, failed: 0, pending: 0, cancelled: 0, total: 0 };

function addTo(report: BroadcastReport, status: string, n: number): void {
  report.total += n;
  if (status === "sent" || status === "blocked" || status === "failed" || status === "cancelled") report[status] += n;
  else report.pending += n; // pending, sending
}

/** Delivery counts of one broadcast (one grouped query). */
export async function broadcastReport(db: Db, id: number): Promise<BroadcastReport> {
  return (await broadcastReports(db, [id])).get(id) ?? { ...EMPTY_REPORT };
}

/**
 * Reports of several broadcasts: counted from their deliveries in one grouped query, or, once
 * the outbox's retention has kept a report on the broadcast's row (its deliveries are then
 * being deleted, src/domain/outbox-retention.ts), that one.
 */
export async function broadcastReports(db: Db, ids: number[]): Promise<Map<number, BroadcastReport>> {
  const out = new Map(ids.map((id) => [id, { ...EMPTY_REPORT }]));
  if (ids.length === 0) return out;
  const kept = await db.broadcast.findMany({ where: { id: { in: ids }, report: { not: null } }, select: { id: true, report: true } });
  for (const b of kept) out.set(b.id, { ...EMPTY_REPORT, ...(JSON.parse(b.report!) as Partial<BroadcastReport>) });
  const keptIds = new Set(kept.map((b) => b.id));
  const counted = ids.filter((id) => !keptIds.has(id));
  if (counted.length === 0) return out;
  const groups = await db.delivery.groupBy({ by: ["broadcastId", "status"], where: { broadcastId: { in: counted } }, _count: { _all: true } });
  for (const g of groups) if (g.broadcastId !== null) addTo(out.get(g.broadcastId)!, g.status, g._count._all);
  return out;
}

/** Where the author's progress message is, so the job can edit it. */
export async function setStatusMessage(db: Db, id: number, chatId: number, messageId: number): Promise<void> {
  await db.broadcast.update({ where: { id }, data: { statusChatId: BigInt(chatId), statusMessageId: messageId } });
}

/**
 * The broadcasts the actor may act on, newest first: admins all; staff those they wrote and
 * those whose regions are all theirs (the same rule as canActOn, in SQL over the audience JSON).
 */
export async function listBroadcasts(db: Db, actor: Actor, page: number, size = PAGE_SIZE): Promise<Page<Broadcast>> {
  if (!isStaff(actor.roles)) return { items: [], page: 0, pages: 1, total: 0 };
  const where = actor.roles.admin
    ? {}
    : {
        id: {
          in: (
            await db.$queryRawUnsafe<Array<{ id: number }>>(
              `SELECT b."id" FROM "Broadcast" b WHERE b."createdById" = ?
                 OR (json_type(b."audience", '$.regions') = 'array' AND json_array_length(b."audience", '$.regions') > 0
                     AND NOT EXISTS (SELECT 1 FROM json_each(b."audience", '$.regions') r
                                     WHERE r."value" NOT IN (SELECT value FROM json_each(?))))`,
              actor.userId,
              JSON.stringify(actor.roles.staffRegions),
            )
          ).map((r) => Number(r.id)),
        },
      };
  const total = await db.broadcast.count({ where });
  const c = clampPage(page, total, size);
  const items = total === 0 ? [] : await db.broadcast.findMany({ where, orderBy: { id: "desc" }, skip: c.skip, take: size });
  return { items, page: c.page, pages: c.pages, total };
}

/** Scheduled broadcasts whose time has come: started (by the scheduler job). Their ids. */
/**
 * Starts the scheduled broadcasts that are due, on behalf of their authors: one whose author
 * may no longer send it (their grant for one of its regions was revoked meanwhile) is cancelled
 * instead, audit-logged as such. `adminIds`: ADMIN_IDS. Returns the ids started.
 */
export async function startDueBroadcasts(db: Db, now: Date, adminIds: number[] = []): Promise<number[]> {
  const due = await db.broadcast.findMany({
    where: { status: "scheduled", scheduledAt: { lte: now } },
    select: { id: true, audience: true, createdBy: { select: { id: true, telegramId: true } } },
    orderBy: { scheduledAt: "asc" },
  });
  const started: number[] = [];
  for (const b of due) {
    const author: Actor = { userId: b.createdBy.id, roles: await loadRoles(db, b.createdBy, adminIds) };
    if (!canActOn(author, b)) {
      await cancelBroadcast(db, author, b.id, now, { authorLostAccess: true });
      continue;
    }
    const r = await startBroadcast(db, null, b.id, now);
    if (r.ok && !r.already) started.push(b.id);
  }
  return started;
}

/** Sending broadcasts with nothing pending or in flight any more: done. Their ids. */
export async function finishDrainedBroadcasts(db: Db, now: Date): Promise<number[]> {
  const rows = await db.$queryRaw<Array<{ id: number | bigint }>>`
    UPDATE "Broadcast" SET "status" = 'done', "finishedAt" = ${now}
    WHERE "status" = 'sending'
      AND NOT EXISTS (SELECT 1 FROM "Delivery" d WHERE d."broadcastId" = "Broadcast"."id" AND d."status" IN ('pending', 'sending'))
    RETURNING "id"`;
  return rows.map((r) => Number(r.id));
}
