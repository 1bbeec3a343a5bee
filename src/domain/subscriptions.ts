// What a person asked to hear about: subscriptions (region × topic, instant or a daily digest,
// for vacancies a saved search), quiet hours, and "remind me" watches on events and courses.
// The reminder planner and the sender read Subscription / Watch / User.quiet* rows directly;
// these functions are the only writers, so the values stored are always the valid ones below.
import { syncDbOf } from "../db/sqlite.ts";
import type { Db } from "../db/client.ts";
import type { Subscription } from "../generated/prisma/client.ts";
import { findRegion } from "./regions.ts";
import { isSector, type Sector } from "./sectors.ts";

export const TOPICS = ["vacancies", "events", "courses", "admission"] as const;
export type Topic = (typeof TOPICS)[number];
export const isTopic = (v: unknown): v is Topic => typeof v === "string" && (TOPICS as readonly string[]).includes(v);

export const FREQUENCIES = ["instant", "daily"] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const isFrequency = (v: unknown): v is Frequency => v === "instant" || v === "daily";

/** Local (Asia/Almaty) hours a daily digest can be sent at. */
export const DIGEST_HOURS = [8, 9, 12, 18, 20] as const;
export const isDigestHour = (v: unknown): v is number => (DIGEST_HOURS as readonly unknown[]).includes(v);

/**
 * Quiet-hours presets, local hours [from, to). `from === to` means no quiet hours at all
 * ("off" is stored as 0/0), so readers need no extra flag.
 */
export const QUIET_PRESETS = { q22: { from: 22, to: 8 }, q23: { from: 23, to: 7 }, off: { from: 0, to: 0 } } as const;
export type QuietPreset = keyof typeof QUIET_PRESETS;
export const isQuietPreset = (v: unknown): v is QuietPreset => typeof v === "string" && Object.hasOwn(QUIET_PRESETS, v);

/** Whether a local hour falls into quiet hours [from, to), which may wrap midnight. */
export function inQuietHours(localHour: number, quietFrom: number, quietTo: number): boolean {
  if (quietFrom === quietTo) return false;
  return quietFrom < quietTo ? localHour >= quietFrom && localHour < quietTo : localHour >= quietFrom || localHour < quietTo;
}

/** The preset matching a user's stored hours, or null for hours set some other way. */
export function quietPresetOf(user: { quietFrom: number; quietTo: number }): QuietPreset | null {
  if (user.quietFrom === user.quietTo) return "off";
  const found = Object.entries(QUIET_PRESETS).find(([, p]) => p.from === user.quietFrom && p.to === user.quietTo);
  return (found?.[0] as QuietPreset | undefined) ?? null;
}

export function setQuietHours(db: Db, userId: number, preset: QuietPreset) {
  const { from, to } = QUIET_PRESETS[preset];
  return db.user.update({ where: { id: userId }, data: { quietFrom: from, quietTo: to } });
}

// Topics first in this order, then regions: the order people read their list in.
const TOPIC_ORDER = new Map<string, number>(TOPICS.map((t, i) => [t, i]));

export async function listSubscriptions(db: Db, userId: number): Promise<Subscription[]> {
  const rows = await db.subscription.findMany({ where: { userId }, orderBy: [{ regionCode: "asc" }, { id: "asc" }] });
  return rows.sort((a, b) => a.regionCode.localeCompare(b.regionCode) || (TOPIC_ORDER.get(a.topic) ?? 9) - (TOPIC_ORDER.get(b.topic) ?? 9));
}

/** A subscription of this user, or null — another person's id is indistinguishable from a missing one. */
export function getSubscription(db: Db, userId: number, id: number): Promise<Subscription | null> {
  return db.subscription.findFirst({ where: { id, userId } });
}

export type SubscribeResult = { ok: true; subscription: Subscription } | { ok: false; error: "region" | "topic" };

/** Subscribes (idempotent: one row per user + region + topic; an existing one is kept as is). */
export async function subscribe(db: Db, userId: number, regionCode: string, topic: string): Promise<SubscribeResult> {
  if (!isTopic(topic)) return { ok: false, error: "topic" };
  if (!(await findRegion(db, regionCode))) return { ok: false, error: "region" };
  const subscription = await db.subscription.upsert({
    where: { userId_regionCode_topic: { userId, regionCode, topic } },
    create: { userId, regionCode, topic },
    update: {},
  });
  return { ok: true, subscription };
}

/** Unsubscribes from one region + topic; false when there was nothing to remove. */
export async function unsubscribeTopic(db: Db, userId: number, regionCode: string, topic: string): Promise<boolean> {
  const { count } = await db.subscription.deleteMany({ where: { userId, regionCode, topic } });
  return count > 0;
}

/** Removes one subscription by id, only if it is this user's. */
export async function unsubscribe(db: Db, userId: number, id: number): Promise<boolean> {
  const { count } = await db.subscription.deleteMany({ where: { id, userId } });
  return count > 0;
}

export interface SubscriptionPatch {
  frequency?: Frequency;
  digestHour?: number;
  /** Vacancies only: null = any sector. */
  sector?: Sector | null;
  /** Vacancies only. */
  workingOnly?: boolean;
}

/**
 * Changes a subscription's settings. Null when it is not this user's (or gone) or the patch
 * is invalid: unknown frequency/hour/sector, or a vacancy filter on another topic.
 */
export async function updateSubscription(db: Db, userId: number, id: number, patch: SubscriptionPatch): Promise<Subscription | null> {
  if (patch.frequency !== undefined && !isFrequency(patch.frequency)) return null;
  if (patch.digestHour !== undefined && !isDigestHour(patch.digestHour)) return null;
  if (patch.sector != null && !isSector(patch.sector)) return null;
  const current = await getSubscription(db, userId, id);
  if (!current) return null;
  const filters = patch.sector !== undefined || patch.workingOnly !== undefined;
  if (filters && current.topic !== "vacancies") return null;
  const { count } = await db.subscription.updateMany({ where: { id, userId }, data: patch });
  return count > 0 ? { ...current, ...patch } : null;
}

export interface StopResult {
  subscriptions: Subscription[];
  watches: number;
}

/** /stop: removes every subscription and every "remind me" of the user, in one transaction. */
export async function stopAll(db: Db, userId: number): Promise<StopResult> {
  return db.$transaction(async (tx) => {
    const subscriptions = await tx.subscription.findMany({ where: { userId }, orderBy: { id: "asc" } });
    await tx.subscription.deleteMany({ where: { id: { in: subscriptions.map((s) => s.id) } } });
    const { count } = await tx.watch.deleteMany({ where: { userId } });
    return { subscriptions, watches: count };
  });
}

export const WATCH_TYPES = ["event", "course"] as const;
export type WatchType = (typeof WATCH_TYPES)[number];

/** Asked on every event and course card: a prepared statement (src/db/sqlite.ts), not a Prisma call. */
export function isWatching(db: Db, userId: number, itemType: WatchType, itemId: number): boolean {
  return syncDbOf(db).get(`SELECT 1 AS "on" FROM "Watch" WHERE "userId" = ? AND "itemType" = ? AND "itemId" = ?`, userId, itemType, itemId) !== undefined;
}

/**
 * "Remind me" on / off; idempotent both ways. Returns the new state, or null when the item
 * does not exist (Watch.itemId has no foreign key, so forged ids are stopped here).
 */
export async function setWatch(db: Db, userId: number, itemType: WatchType, itemId: number, on: boolean): Promise<boolean | null> {
  if (!on) {
    await db.watch.deleteMany({ where: { userId, itemType, itemId } });
    return false;
  }
  const exists = itemType === "event" ? await db.event.count({ where: { id: itemId } }) : await db.course.count({ where: { id: itemId } });
  if (!exists) return null;
  await db.watch.upsert({
    where: { userId_itemType_itemId: { userId, itemType, itemId } },
    create: { userId, itemType, itemId },
    update: {},
  });
  return true;
}
