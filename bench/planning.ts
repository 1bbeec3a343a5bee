// Benchmark "planning": how long the reminder and news planners (src/domain/reminders) take on
// a large audience — BENCH_PLAN_SUBSCRIBERS users (default 100,000) spread over the 20 regions,
// each subscribed to their region's events (80 % instant, 20 % daily at 09:00; 2 % inactive;
// 10 % also watch an event), and BENCH_PLAN_EVENTS upcoming events (default 200) all starting
// 3–23 h from now and published 2 h ago: the worst case, where every event's 24 h reminder and
// announcement fall due at once. Synthetic rows are generated inside SQLite (recursive CTEs),
// not through Prisma. A re-run must plan nothing new; its time is the cost of the 5-minute tick.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type Db } from "../src/db/client.ts";
import { migrate } from "../src/db/migrate.ts";
import { seedRegions } from "../src/db/seed/regions.ts";
import { planAnnouncements, planEventReminders, planSubscriptionDigests } from "../src/domain/reminders/index.ts";
import { fmt, table } from "./support/stats.ts";

export interface PlanningOptions {
  subscribers: number;
  events: number;
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got ${raw}`);
  return n;
}

export function planningOptions(env: NodeJS.ProcessEnv = process.env): PlanningOptions {
  return { subscribers: intFromEnv(env, "BENCH_PLAN_SUBSCRIBERS", 100_000), events: intFromEnv(env, "BENCH_PLAN_EVENTS", 200) };
}

// 09:00 in Kazakhstan, so the daily subscribers' digests are due too.
const NOW = new Date("2026-11-25T04:00:00Z");
/** SQLite expression: NOW shifted by `minutes` (an SQL expression), in Prisma's stored text form. */
const shifted = (minutes: string) => `strftime('%Y-%m-%dT%H:%M:%f', '${NOW.toISOString()}', (${minutes}) || ' minutes') || '+00:00'`;

async function fill(db: Db, o: PlanningOptions): Promise<void> {
  const seq = (n: number) => `WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ${n})`;
  const regions = `(SELECT code, row_number() OVER (ORDER BY code) - 1 AS i FROM "Region")`;
  await db.$executeRawUnsafe(`${seq(o.subscribers)}
    INSERT INTO "User" ("id", "telegramId", "firstName", "locale", "regionCode", "isActive", "createdAt", "lastSeenAt")
    SELECT n, 1000000000 + n, 'U' || n, CASE n % 3 WHEN 0 THEN 'kk' WHEN 1 THEN 'ru' ELSE 'en' END,
      r.code, n % 50 <> 1, ${shifted("-43200")}, ${shifted("-60")}
    FROM seq JOIN ${regions} r ON r.i = n % 20`);
  await db.$executeRawUnsafe(`INSERT INTO "Subscription" ("userId", "regionCode", "topic", "frequency", "digestHour", "createdAt")
    SELECT "id", "regionCode", 'events', CASE WHEN "id" % 5 = 0 THEN 'daily' ELSE 'instant' END, 9, ${shifted("-43200")} FROM "User"`);
  await db.$executeRawUnsafe(`${seq(o.events)}
    INSERT INTO "Event" ("externalId", "regionCode", "kind", "titleRu", "titleEn", "titleKk", "startsAt", "endsAt", "status", "publishedAt", "createdAt", "updatedAt")
    SELECT 'bench-' || n, r.code, 'job_fair', 'Ярмарка ' || n, 'Fair ' || n, 'Жәрмеңке ' || n,
      ${shifted(`180 + (n * 7) % 1200`)}, ${shifted(`420 + (n * 7) % 1200`)}, 'published', ${shifted("-120")}, ${shifted("-120")}, ${shifted("-120")}
    FROM seq JOIN ${regions} r ON r.i = n % 20`);
  // Every tenth user watches an event of their region (in addition to, or instead of, subscribing).
  const perRegion = Math.max(1, Math.floor(o.events / 20));
  await db.$executeRawUnsafe(`INSERT INTO "Watch" ("userId", "itemType", "itemId", "createdAt")
    SELECT u."id", 'event', e."id", ${shifted("-600")} FROM "User" u
    JOIN (SELECT "id", "regionCode", row_number() OVER (PARTITION BY "regionCode" ORDER BY "id") AS k FROM "Event") e
      ON e."regionCode" = u."regionCode" AND e.k = 1 + (u."id" / 20) % ${perRegion}
    WHERE u."id" % 10 = 3`);
}

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await f();
  return [result, (performance.now() - started) / 1000];
}

export async function benchPlanning(o: PlanningOptions, progress: (line: string) => void): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "mamandyq-bench-planning-"));
  const url = `file:${join(dir, "bench.db")}`;
  try {
    migrate(url);
    const db = await createDb(url);
    try {
      await seedRegions(db);
      const [, fillS] = await timed(() => fill(db, o));
      progress(`filled ${o.subscribers} users and subscriptions, ${o.events} events in ${fmt.x(fillS, 1)} s`);
      const planners: [string, () => Promise<number>][] = [
        ["event reminders (24 h)", () => planEventReminders(db, NOW)],
        ["announcements (event_new)", () => planAnnouncements(db, NOW)],
        ["daily digests (09:00)", () => planSubscriptionDigests(db, NOW)],
      ];
      const rows: string[][] = [];
      for (const [name, plan] of planners) {
        const [first, firstS] = await timed(plan);
        progress(`${name}: ${first} rows in ${fmt.x(firstS, 2)} s`);
        const [again, againS] = await timed(plan);
        if (again !== 0) throw new Error(`${name}: the re-run planned ${again} rows (must be 0)`);
        rows.push([name, fmt.int(first), fmt.x(firstS, 2), fmt.int(first / firstS), fmt.x(againS, 2)]);
      }
      const total = await db.delivery.count();
      return [
        `${fmt.int(o.subscribers)} users subscribed to their region's events (80 % instant, 20 % daily, 2 % inactive, 10 % watch an event), ${o.events} events due; data fill ${fmt.x(fillS, 1)} s`,
        "",
        table(["planner", "rows planned", "first run s", "rows/s", "re-run s (0 rows)"], rows),
        "",
        `outbox rows in total: ${fmt.int(total)}`,
      ].join("\n");
    } finally {
      await db.$disconnect();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
