// Daily digests for "daily" subscribers: one message per user, day and topic (kind "digest",
// ref `digest:<yyyy-mm-dd>:<topic>`, local date), at the subscription's digestHour (Kazakhstan
// time), listing what appeared in the 24 hours since the previous digest hour. A user with
// daily subscriptions of one topic in several regions gets them together in that one digest.
// Planned only when there is something new; the renderer re-reads the subscriptions and items.
import type { Db } from "../../db/client.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { KZ_TIME_ZONE } from "../format.ts";
import { digestWindow } from "../registrations/digest.ts";
import { enqueueForAudience } from "./bulk.ts";
import { NEWS_TOPICS, isNewsTopic, newItems, type NewsFilter, type NewsTopic } from "./news.ts";

export const DIGEST_KIND = "digest";
export const digestRef = (day: string, topic: string) => `digest:${day}:${topic}`;

const hourFormat = new Intl.DateTimeFormat("en-US", { timeZone: KZ_TIME_ZONE, hour: "2-digit", hourCycle: "h23" });
/** The hour of `now` on Kazakhstan's wall clock (0–23). */
export const localHour = (now: Date) => Number(hourFormat.format(now));

/** What a digest covers, from its payload. */
export interface DigestPayload {
  topic: NewsTopic;
  from: string;
  to: string;
}

/**
 * Plans the digests of the daily subscribers whose digestHour is the current Kazakhstan hour
 * (run hourly at :00; a later run in the same hour plans nothing new). One items query per
 * distinct (region, topic, sector, workingOnly). Returns the deliveries added.
 */
export async function planSubscriptionDigests(db: Db, now: Date): Promise<number> {
  const hour = localHour(now);
  const w = digestWindow(now, hour);
  const groups = await db.subscription.groupBy({
    by: ["regionCode", "topic", "sector", "workingOnly"],
    where: { frequency: "daily", digestHour: hour, topic: { in: [...NEWS_TOPICS] } },
  });
  let added = 0;
  for (const g of groups) {
    if (!isNewsTopic(g.topic)) continue;
    const f: NewsFilter = { regionCode: g.regionCode, topic: g.topic, sector: g.sector, workingOnly: g.workingOnly };
    const items = await newItems(db, f, w.from, w.to, now, 200);
    if (items.length === 0) continue;
    // Only subscribers who subscribed before the newest item appeared have something to read.
    const newest = new Date(Math.max(...items.map((i) => i.postedAt.getTime())));
    const payload: DigestPayload = { topic: g.topic, from: w.from.toISOString(), to: w.to.toISOString() };
    added += await enqueueForAudience(
      db,
      { kind: DIGEST_KIND, ref: digestRef(w.day, g.topic), payload, now },
      Prisma.sql`SELECT "userId" FROM "Subscription" WHERE "frequency" = 'daily' AND "digestHour" = ${hour}
        AND "regionCode" = ${g.regionCode} AND "topic" = ${g.topic} AND "workingOnly" = ${g.workingOnly ? 1 : 0}
        AND ${g.sector === null ? Prisma.sql`"sector" IS NULL` : Prisma.sql`"sector" = ${g.sector}`}
        AND "createdAt" < ${newest}`,
    );
  }
  return added;
}

export interface DigestSection {
  regionCode: string;
  items: Awaited<ReturnType<typeof newItems>>;
}

/**
 * A user's digest as it stands now (send time): per daily subscription of the topic, the items
 * that appeared in the window (and after the subscription) and are still open. Empty sections
 * are left out; an empty result means there is nothing (left) to tell.
 */
export async function digestContents(db: Db, userId: number, p: { topic: NewsTopic; from: Date; to: Date }, now: Date, perRegion = 10): Promise<DigestSection[]> {
  const subs = await db.subscription.findMany({
    where: { userId, topic: p.topic, frequency: "daily" },
    orderBy: { regionCode: "asc" },
  });
  const sections: DigestSection[] = [];
  for (const s of subs) {
    const from = s.createdAt > p.from ? s.createdAt : p.from;
    const items = await newItems(db, { regionCode: s.regionCode, topic: p.topic, sector: s.sector, workingOnly: s.workingOnly }, from, p.to, now, perRegion);
    if (items.length > 0) sections.push({ regionCode: s.regionCode, items });
  }
  return sections;
}
