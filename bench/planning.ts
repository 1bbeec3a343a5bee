// Benchmark "planning": how long the reminder and news planners (src/domain/reminders) take on
// a large audience — BENCH_PLAN_SUBSCRIBERS users (default 100,000) spread over the 20 regions,
// each subscribed to their region's events (80 % instant, 20 % daily at 09:00; 2 % inactive;
// 10 % also watch an event), and BENCH_PLAN_EVENTS upcoming events (default 200) all starting
// 3–23 h from now and published 2 h ago: the worst case, where every event's 24 h reminder and
// announcement fall due at once. Synthetic rows are generated inside SQLite (recursive CTEs),
// not through Prisma. A re-run must plan nothing new; its time is the cost of the 5-minute tick.
// Reminders and announcements are planned as fan-outs (one row per event); the cost moved to
// send time is measured too: "expansion" = the delivery worker's expandFanouts turning all of a
// planner's fan-outs into Delivery rows, EXPAND_CHUNK recipients per transaction (the worker
// does it a budget at a time while sending; here all at once, to compare with the write floor).
// BENCH_PLAN_REPEATS rounds (default 3), each on a fresh copy of the filled file; medians.
// Baselines, measured on their own fresh copy in every round: "write floor" = one bare
// INSERT … SELECT of the same (event × instant subscriber) rows into Delivery (no reachability,
// no dedup, no conflict check): what writing that many outbox rows costs at all; "read floor" =
// counting the same audience (what any re-run that looks at every subscriber must read).
import { intFromEnv } from "./support/env.ts";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type Db } from "../src/db/client.ts";
import { migrate } from "../src/db/migrate.ts";
import { seedRegions } from "../src/db/seed/regions.ts";
import { EXPAND_CHUNK, expandFanouts, planAnnouncements, planEventReminders, planSubscriptionDigests } from "../src/domain/reminders/index.ts";
import { fmt, median, table } from "./support/stats.ts";

export interface PlanningOptions {
  subscribers: number;
  events: number;
  repeats: number;
  /** Recipients per expansion transaction (BENCH_PLAN_EXPAND_CHUNK, default EXPAND_CHUNK). */
  expandChunk: number;
}

export function planningOptions(env: NodeJS.ProcessEnv = process.env): PlanningOptions {
  return {
    subscribers: intFromEnv(env, "BENCH_PLAN_SUBSCRIBERS", 100_000),
    events: intFromEnv(env, "BENCH_PLAN_EVENTS", 200),
    repeats: intFromEnv(env, "BENCH_PLAN_REPEATS", 3),
    expandChunk: intFromEnv(env, "BENCH_PLAN_EXPAND_CHUNK", EXPAND_CHUNK),
  };
}

// 09:00 in Kazakhstan, so the daily subscribers' digests are due too.
export const NOW = new Date("2026-11-25T04:00:00Z");
/** SQLite expression: NOW shifted by `minutes` (an SQL expression), in Prisma's stored text form. */
const shifted = (minutes: string) => `strftime('%Y-%m-%dT%H:%M:%f', '${NOW.toISOString()}', (${minutes}) || ' minutes') || '+00:00'`;

export async function fill(db: Db, o: PlanningOptions): Promise<void> {
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

const DELIVERY_COLUMNS = `"kind", "ref", "userId", "payload", "urgent", "status", "attempts", "notBefore", "createdAt", "updatedAt"`;
const NOW_TEXT = `'${NOW.toISOString().replace("Z", "+00:00")}'`;

/** The baselines: bare write of the event × subscriber rows, and a read of the same audience. */
async function floors(db: Db): Promise<{ write: number; read: number; rows: number }> {
  const pairs = `FROM "Event" e JOIN "Subscription" s ON s."regionCode" = e."regionCode" AND s."topic" = 'events' AND s."frequency" = 'instant'`;
  const [[{ n }], read] = await timed(() => db.$queryRawUnsafe<[{ n: number | bigint }]>(`SELECT count(*) AS n ${pairs}`));
  const [rows, write] = await timed(() =>
    db.$executeRawUnsafe(`INSERT INTO "Delivery" (${DELIVERY_COLUMNS})
      SELECT 'floor', 'event:' || e."id" || ':24h', s."userId", '{"eventId":' || e."id" || ',"offsetH":24}', 0, 'pending', 0, ${NOW_TEXT}, ${NOW_TEXT}, ${NOW_TEXT} ${pairs}`),
  );
  if (rows !== Number(n)) throw new Error(`floor wrote ${rows} rows, counted ${n}`);
  return { write, read, rows };
}

/** A planner, what its count means, and whether its plans are fan-outs to expand afterwards. */
type Planner = [name: string, plan: (db: Db) => Promise<number>, unit: string, fansOut: boolean];
const PLANNERS: Planner[] = [
  ["event reminders (24 h)", (db) => planEventReminders(db, NOW), "fan-outs", true],
  ["announcements (event_new)", (db) => planAnnouncements(db, NOW), "fan-outs", true],
  ["daily digests (09:00)", (db) => planSubscriptionDigests(db, NOW), "deliveries", false],
];

/** Expands every due fan-out into deliveries, chunk by chunk as the worker does. */
async function expandAll(db: Db, chunk: number): Promise<{ added: number; chunks: number }> {
  const x = await expandFanouts(db, NOW, Infinity, chunk);
  if (x.invalid.length) throw new Error(`fan-outs with an unreadable audience: ${x.invalid.join(", ")}`);
  return x;
}

export async function benchPlanning(o: PlanningOptions, progress: (line: string) => void): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "mamandyq-bench-planning-"));
  const template = join(dir, "template.db");
  /** A fresh copy of the filled template, opened. */
  const copy = async (name: string) => {
    const file = join(dir, `${name}.db`);
    copyFileSync(template, file);
    return createDb(`file:${file}`);
  };
  try {
    migrate(`file:${template}`);
    const seedDb = await createDb(`file:${template}`);
    let fillS: number;
    try {
      await seedRegions(seedDb);
      [, fillS] = await timed(() => fill(seedDb, o));
      // Everything in the main file, so a plain copy is a complete database.
      await seedDb.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    } finally {
      await seedDb.$disconnect();
    }
    progress(`filled ${o.subscribers} users and subscriptions, ${o.events} events in ${fmt.x(fillS, 1)} s`);

    const write: number[] = [];
    const read: number[] = [];
    let floorRows = 0;
    const first = PLANNERS.map(() => [] as number[]);
    const again = PLANNERS.map(() => [] as number[]);
    const planned = PLANNERS.map(() => 0);
    const expandS = PLANNERS.map(() => [] as number[]);
    const expanded = PLANNERS.map(() => ({ added: 0, chunks: 0 }));
    for (let round = 0; round < o.repeats; round++) {
      const base = await copy(`floor-${round}`);
      try {
        const f = await floors(base);
        write.push(f.write);
        read.push(f.read);
        floorRows = f.rows;
        progress(`round ${round + 1}: write floor ${fmt.int(f.rows)} rows in ${fmt.x(f.write)} s, read floor ${fmt.x(f.read)} s`);
      } finally {
        await base.$disconnect();
      }
      const db = await copy(`plan-${round}`);
      try {
        for (const [i, [name, plan, unit, fansOut]] of PLANNERS.entries()) {
          const [rows, firstS] = await timed(() => plan(db));
          const [rerun, againS] = await timed(() => plan(db));
          if (rerun !== 0) throw new Error(`${name}: the re-run planned ${rerun} ${unit} (must be 0)`);
          if (round > 0 && rows !== planned[i]) throw new Error(`${name}: planned ${rows} ${unit}, ${planned[i]} in round 1`);
          planned[i] = rows;
          first[i]!.push(firstS);
          again[i]!.push(againS);
          progress(`round ${round + 1}: ${name}: ${rows} ${unit} in ${fmt.x(firstS)} s, re-run ${fmt.x(againS)} s`);
          if (!fansOut) continue;
          const [x, xS] = await timed(() => expandAll(db, o.expandChunk));
          if (round > 0 && x.added !== expanded[i]!.added) throw new Error(`${name}: expanded ${x.added} deliveries, ${expanded[i]!.added} in round 1`);
          expanded[i] = x;
          expandS[i]!.push(xS);
          if ((await plan(db)) !== 0) throw new Error(`${name}: planned again after expansion`);
          progress(`round ${round + 1}: ${name}: expanded into ${x.added} deliveries in ${x.chunks} chunks, ${fmt.x(xS)} s`);
        }
      } finally {
        await db.$disconnect();
      }
    }
    const w = median(write);
    const r = median(read);
    const rows = PLANNERS.map(([name, , unit], i) => {
      const f = median(first[i]!);
      const a = median(again[i]!);
      return [name, `${fmt.int(planned[i]!)} ${unit}`, fmt.x(f), `${fmt.x(f / w, 2)} ×`, fmt.x(a), `${fmt.x(a / r, 2)} ×`];
    });
    const expansionRows = PLANNERS.flatMap(([name, , , fansOut], i) => {
      if (!fansOut) return [];
      const x = median(expandS[i]!);
      const e = expanded[i]!;
      return [[name, fmt.int(e.added), fmt.int(e.chunks), fmt.x(x), `${fmt.x(x / w, 2)} ×`, fmt.ms((x * 1000) / Math.max(1, e.chunks))]];
    });
    return [
      `${fmt.int(o.subscribers)} users subscribed to their region's events (80 % instant, 20 % daily, 2 % inactive, 10 % watch an event), ${o.events} events due; data fill ${fmt.x(fillS, 1)} s`,
      `medians of ${o.repeats} rounds, each on a fresh copy of the filled file`,
      "",
      table(["planner", "planned", "first run s", "÷ write floor", "re-run s (0 new)", "÷ read floor"], rows),
      "",
      `expansion at send time (the delivery worker, ${fmt.int(o.expandChunk)} recipients per transaction; here all at once, after the planner):`,
      table(["fan-outs of", "deliveries", "chunks", "expand all s", "÷ write floor", "ms per chunk"], expansionRows),
      "",
      `write floor (bare INSERT … SELECT of ${fmt.int(floorRows)} event × subscriber rows): ${fmt.x(w)} s; read floor (counting them): ${fmt.x(r)} s`,
    ].join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
