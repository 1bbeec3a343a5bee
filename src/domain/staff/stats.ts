// /stats: counts for admins (everything) and regional staff (their regions). Seven grouped
// queries whatever the number of regions, and one count per fan-out still being expanded;
// people are counted in the region they chose, sign-ups and events in the region of the
// course or event, deliveries by their recipient.
import type { Db } from "../../db/client.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { kzOffsetMs } from "../kz-time.ts";
import { OUTBOX_RETENTION_MS } from "../outbox-retention.ts";
import { pendingFanoutRecipients } from "../reminders/fanout.ts";

export const TREND_DAYS = 7;
const DAY_MS = 86_400_000;

export interface RegionStats {
  regionCode: string;
  users: number;
  subscribers: number;
  signups: number;
  upcomingEvents: number;
}

export interface TrendDay {
  /** Local date in Asia/Almaty, "YYYY-MM-DD". */
  day: string;
  /** Noon of that local day (UTC), for formatting the date. */
  date: Date;
  newUsers: number;
  signups: number;
  deliveriesSent: number;
}

export interface Stats {
  users: { total: number; active: number; newLast7Days: number };
  subscribers: number;
  signupsByStatus: Record<string, number>;
  /**
   * Deliveries of the outbox's retention period (OUTBOX_RETENTION_MS) and all still to be sent;
   * "pending" includes the recipients pending fan-outs have yet to add.
   */
  deliveriesByStatus: Record<string, number>;
  /** Only regions with something to count, in the order asked (all: by code). */
  regions: RegionStats[];
  trend: TrendDay[];
}

/** The last `TREND_DAYS` local days ending today: their keys and the UTC instant the first begins. */
function trendDays(now: Date, offsetMin: number): { days: TrendDay[]; since: Date } {
  const localMidnight = Math.floor((now.getTime() + offsetMin * 60_000) / DAY_MS) * DAY_MS; // as if UTC
  const days: TrendDay[] = [];
  for (let i = TREND_DAYS - 1; i >= 0; i--) {
    const start = localMidnight - i * DAY_MS;
    days.push({ day: new Date(start).toISOString().slice(0, 10), date: new Date(start - offsetMin * 60_000 + DAY_MS / 2), newUsers: 0, signups: 0, deliveriesSent: 0 });
  }
  return { days, since: new Date(localMidnight - (TREND_DAYS - 1) * DAY_MS - offsetMin * 60_000) };
}

type Row = Record<string, unknown>;
const num = (v: unknown) => Number(v ?? 0);

export async function collectStats(db: Db, q: { now: Date; regionCodes: string[] | "all" }): Promise<Stats> {
  const all = q.regionCodes === "all";
  const codes = all ? [] : (q.regionCodes as string[]);
  // Region filter on a column; staff without regions see zeros rather than everything.
  const inRegions = (column: Prisma.Sql) => (all ? Prisma.sql`1` : codes.length ? Prisma.sql`${column} IN (${Prisma.join(codes)})` : Prisma.sql`0`);
  const offset = kzOffsetMs(q.now) / 60_000;
  const { days, since } = trendDays(q.now, offset);
  const week = new Date(q.now.getTime() - TREND_DAYS * DAY_MS);
  const retainedSince = new Date(q.now.getTime() - OUTBOX_RETENTION_MS);
  const shift = `${offset >= 0 ? "+" : ""}${offset} minutes`;
  const localDay = (column: Prisma.Sql) => Prisma.sql`strftime('%Y-%m-%d', ${column}, ${shift})`;
  // Deliveries are the big table: join their recipients only when a region filter needs them.
  const deliveries = all ? Prisma.sql`"Delivery" d` : Prisma.sql`"Delivery" d JOIN "User" u ON u."id" = d."userId" AND ${inRegions(Prisma.sql`u."regionCode"`)}`;

  const [users, subscribers, subscriberTotal, signups, deliveryCounts, events, trend, unexpanded] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT u."regionCode" AS region, COUNT(*) AS total,
        SUM(CASE WHEN u."isActive" = 1 AND u."deletedAt" IS NULL THEN 1 ELSE 0 END) AS active,
        SUM(CASE WHEN u."createdAt" >= ${week} THEN 1 ELSE 0 END) AS recent
      FROM "User" u WHERE ${inRegions(Prisma.sql`u."regionCode"`)} GROUP BY u."regionCode"`,
    db.$queryRaw<Row[]>`
      SELECT s."regionCode" AS region, COUNT(DISTINCT s."userId") AS n
      FROM "Subscription" s JOIN "User" u ON u."id" = s."userId"
      WHERE u."isActive" = 1 AND u."deletedAt" IS NULL AND ${inRegions(Prisma.sql`s."regionCode"`)} GROUP BY s."regionCode"`,
    // A person subscribed in two regions is one subscriber in the total.
    db.$queryRaw<Row[]>`
      SELECT COUNT(DISTINCT s."userId") AS n
      FROM "Subscription" s JOIN "User" u ON u."id" = s."userId"
      WHERE u."isActive" = 1 AND u."deletedAt" IS NULL AND ${inRegions(Prisma.sql`s."regionCode"`)}`,
    db.$queryRaw<Row[]>`
      SELECT c."regionCode" AS region, r."status" AS status, COUNT(*) AS n
      FROM "Registration" r JOIN "Course" c ON c."id" = r."courseId"
      WHERE ${inRegions(Prisma.sql`c."regionCode"`)} GROUP BY c."regionCode", r."status"`,
    // Those of the outbox's retention period (older finished ones are being purged) and all still to be sent.
    db.$queryRaw<Row[]>`
      SELECT d."status" AS status, COUNT(*) AS n
      FROM ${deliveries} WHERE d."updatedAt" >= ${retainedSince} OR d."status" IN ('pending', 'sending') GROUP BY d."status"`,
    db.$queryRaw<Row[]>`
      SELECT e."regionCode" AS region, COUNT(*) AS n FROM "Event" e
      WHERE e."status" = 'published' AND e."startsAt" >= ${q.now} AND ${inRegions(Prisma.sql`e."regionCode"`)} GROUP BY e."regionCode"`,
    db.$queryRaw<Row[]>`
      SELECT 'users' AS what, ${localDay(Prisma.sql`u."createdAt"`)} AS day, COUNT(*) AS n
        FROM "User" u WHERE u."createdAt" >= ${since} AND ${inRegions(Prisma.sql`u."regionCode"`)} GROUP BY day
      UNION ALL
      SELECT 'signups', ${localDay(Prisma.sql`r."createdAt"`)} AS day, COUNT(*)
        FROM "Registration" r JOIN "Course" c ON c."id" = r."courseId"
        WHERE r."createdAt" >= ${since} AND ${inRegions(Prisma.sql`c."regionCode"`)} GROUP BY day
      UNION ALL
      SELECT 'sent', ${localDay(Prisma.sql`d."sentAt"`)} AS day, COUNT(*)
        FROM ${deliveries} WHERE d."status" = 'sent' AND d."sentAt" >= ${since} GROUP BY day`,
    // Reminders and announcements still being expanded wait too, without Delivery rows yet.
    pendingFanoutRecipients(db, all ? "all" : codes),
  ]);

  const byRegion = new Map<string, RegionStats>();
  const region = (code: unknown) => {
    const key = String(code);
    let r = byRegion.get(key);
    if (!r) byRegion.set(key, (r = { regionCode: key, users: 0, subscribers: 0, signups: 0, upcomingEvents: 0 }));
    return r;
  };
  const stats: Stats = {
    users: { total: 0, active: 0, newLast7Days: 0 },
    subscribers: num(subscriberTotal[0]?.n),
    signupsByStatus: {},
    deliveriesByStatus: {},
    regions: [],
    trend: days,
  };
  for (const row of users) {
    stats.users.total += num(row.total);
    stats.users.active += num(row.active);
    stats.users.newLast7Days += num(row.recent);
    if (row.region !== null) region(row.region).users += num(row.total);
  }
  for (const row of subscribers) region(row.region).subscribers += num(row.n);
  for (const row of signups) {
    const status = String(row.status);
    stats.signupsByStatus[status] = (stats.signupsByStatus[status] ?? 0) + num(row.n);
    region(row.region).signups += num(row.n);
  }
  for (const row of deliveryCounts) stats.deliveriesByStatus[String(row.status)] = num(row.n);
  if (unexpanded > 0) stats.deliveriesByStatus.pending = (stats.deliveriesByStatus.pending ?? 0) + unexpanded;
  for (const row of events) region(row.region).upcomingEvents += num(row.n);
  const dayIndex = new Map(days.map((d) => [d.day, d]));
  for (const row of trend) {
    const day = dayIndex.get(String(row.day));
    if (!day) continue;
    if (row.what === "users") day.newUsers = num(row.n);
    else if (row.what === "signups") day.signups = num(row.n);
    else day.deliveriesSent = num(row.n);
  }
  const order = all ? [...byRegion.keys()].sort() : codes;
  stats.regions = order.map((code) => byRegion.get(code)).filter((r): r is RegionStats => r !== undefined);
  return stats;
}
