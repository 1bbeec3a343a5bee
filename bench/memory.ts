// Benchmark "memory": resident set size (RSS) and V8 heap of the bot as `npm start` runs it
// (compiled, build/main.js, in its own process) on a database holding BENCH_MEM_USERS users (default 100,000;
// 30 % with a subscription, a third with a completed profile) and BENCH_MEM_EVENTS events
// (default 1,000, with descriptions in three languages) plus the demo catalogue, after
// BENCH_MEM_ACTIVE distinct users (default 300) each sent /start, a free-text search and /menu
// (warm caches). Read from /proc and, for the heap, from process.memoryUsage() via a preloaded
// probe (bench/process/probe.mjs) after a full GC. Baselines in the same run, measured the same
// way: a bare Node process, and a bare grammY bot (one handler replying "ok") polling the same
// local Bot API and answering the same updates. BENCH_MEM_REPEATS rounds (default 3), medians.
import { intFromEnv } from "./support/env.ts";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createDb, type Db } from "../src/db/client.ts";
import { migrate } from "../src/db/migrate.ts";
import { seedRegions } from "../src/db/seed/regions.ts";
import { startLocalBotApi, type LocalBotApi } from "../src/dev/bot-api/index.ts";
import { node, probeMemory, rssOf, startBot, stop, TOKEN, type Child } from "./process/spawn.ts";
import { fmt, median, pool, table } from "./support/stats.ts";

export interface MemoryOptions {
  users: number;
  events: number;
  active: number;
  repeats: number;
}

export function memoryOptions(env: NodeJS.ProcessEnv = process.env): MemoryOptions {
  return {
    users: intFromEnv(env, "BENCH_MEM_USERS", 100_000),
    events: intFromEnv(env, "BENCH_MEM_EVENTS", 1_000),
    active: intFromEnv(env, "BENCH_MEM_ACTIVE", 300),
    repeats: intFromEnv(env, "BENCH_MEM_REPEATS", 3),
  };
}

const FIRST_TG_ID = 1_000_000_000;
const PROBE = join(new URL(".", import.meta.url).pathname, "process/probe.mjs");

/** Users, subscriptions and events written inside SQLite (recursive CTEs), like bench/planning.ts. */
async function fill(db: Db, o: MemoryOptions): Promise<void> {
  const seq = (n: number) => `WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ${n})`;
  const regions = `(SELECT code, row_number() OVER (ORDER BY code) - 1 AS i FROM "Region")`;
  const ts = (minutes: string) => `strftime('%Y-%m-%dT%H:%M:%f', 'now', (${minutes}) || ' minutes') || '+00:00'`;
  await db.$executeRawUnsafe(`${seq(o.users)}
    INSERT INTO "User" ("telegramId", "firstName", "lastName", "username", "locale", "regionCode", "fullName", "phone", "birthDate", "educationLevel", "createdAt", "lastSeenAt")
    SELECT ${FIRST_TG_ID} + n, 'Айгерим' || n, 'Сапарова', 'user_' || n, CASE n % 3 WHEN 0 THEN 'kk' WHEN 1 THEN 'ru' ELSE 'en' END, r.code,
      CASE WHEN n % 3 = 0 THEN 'Сапарова Айгерим Нурлановна' END, CASE WHEN n % 3 = 0 THEN '+7701' || substr('0000000' || n, -7) END,
      CASE WHEN n % 3 = 0 THEN ${ts("-9000000")} END, CASE WHEN n % 3 = 0 THEN 'college' END, ${ts("-(n % 43200)")}, ${ts("-(n % 1440)")}
    FROM seq JOIN ${regions} r ON r.i = n % 20`);
  await db.$executeRawUnsafe(`INSERT INTO "Subscription" ("userId", "regionCode", "topic", "frequency", "createdAt")
    SELECT "id", "regionCode", 'events', CASE WHEN "id" % 5 = 0 THEN 'daily' ELSE 'instant' END, "createdAt" FROM "User" WHERE "id" % 10 < 3 AND "regionCode" IS NOT NULL`);
  const text = (lang: string) => `'${lang} ' || n || ': ' || replace(hex(zeroblob(120)), '00', 'әкі ')`;
  await db.$executeRawUnsafe(`${seq(o.events)}
    INSERT INTO "Event" ("externalId", "regionCode", "kind", "titleKk", "titleRu", "titleEn", "descriptionKk", "descriptionRu", "descriptionEn", "venue", "address", "city",
      "startsAt", "endsAt", "status", "publishedAt", "searchText", "createdAt", "updatedAt")
    SELECT 'bench-mem-' || n, r.code, 'job_fair', 'Жәрмеңке ' || n, 'Ярмарка вакансий ' || n, 'Job fair ' || n, ${text("kk")}, ${text("ru")}, ${text("en")},
      'Дворец молодёжи', 'пр. Абая, ' || n, 'Город', ${ts("1440 * (1 + n % 60)")}, ${ts("1440 * (1 + n % 60) + 240")}, 'published', ${ts("-1440")},
      'жәрмеңке ярмарка вакансий job fair ' || n, ${ts("-1440")}, ${ts("-1440")}
    FROM seq JOIN ${regions} r ON r.i = n % 20`);
}

/** `active` distinct users each send /start, a free-text search and /menu; waits for every answer. */
async function drive(api: LocalBotApi, o: MemoryOptions): Promise<void> {
  const ids = Array.from({ length: o.active }, (_, i) => FIRST_TG_ID + 1 + Math.floor((i * o.users) / o.active));
  for (const id of ids) api.addUser({ id, first_name: `U${id}`, language_code: ["kk", "ru", "en"][id % 3]! });
  await pool(ids, 25, async (id) => {
    for (const text of ["/start", "ярмарка", "/menu"]) {
      const answer = api.waitForBotMessage(id, undefined, 60_000);
      api.sendText(id, text);
      await answer;
    }
  });
}

interface Sample {
  rss: number;
  heapUsed: number;
}

async function sample(c: Child, file: string): Promise<Sample> {
  const m = await probeMemory(c, file);
  // After the GC the probe ran: RSS from /proc, as an outside observer sees it.
  return { rss: rssOf(c.child.pid!), heapUsed: m.heapUsed };
}

/** Waits until a freshly spawned process has started polling (or dies). */
async function polling(api: LocalBotApi, c: Child): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (api.callsTo("getUpdates").length === 0) {
    if (c.child.exitCode !== null) throw new Error(`exited early: ${c.output()}`);
    if (Date.now() > deadline) throw new Error(`no getUpdates within 60 s: ${c.output()}`);
    await sleep(20);
  }
}

export async function benchMemory(o: MemoryOptions, progress: (line: string) => void): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "mamandyq-bench-memory-"));
  const url = `file:${join(dir, "bot.db")}`;
  const probeFile = join(dir, "probe.json");
  const bareBot = join(new URL(".", import.meta.url).pathname, "process/bare-bot.mjs");
  const gcArgs = ["--expose-gc", "--import", PROBE];
  try {
    migrate(url);
    const db = await createDb(url);
    try {
      await seedRegions(db);
      await fill(db, o);
      await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
      progress(`filled ${fmt.int(await db.user.count())} users, ${fmt.int(await db.event.count())} events`);
    } finally {
      await db.$disconnect();
    }
    const bare: Sample[] = [];
    const grammy: Sample[] = [];
    const idle: Sample[] = [];
    const warm: Sample[] = [];
    for (let round = 0; round < o.repeats; round++) {
      const n = node([...gcArgs, "-e", "setInterval(() => {}, 1000)"], { MEMORY_PROBE_FILE: probeFile });
      await sleep(300);
      bare.push(await sample(n, probeFile));
      await stop(n);

      let api = await startLocalBotApi();
      const g = node([...gcArgs, bareBot], { MEMORY_PROBE_FILE: probeFile, BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.apiRoot });
      try {
        await polling(api, g);
        await drive(api, o);
        grammy.push(await sample(g, probeFile));
      } finally {
        await stop(g);
        await api.close();
      }

      api = await startLocalBotApi();
      const b = startBot(url, api.apiRoot, gcArgs, { MEMORY_PROBE_FILE: probeFile });
      try {
        await polling(api, b);
        idle.push(await sample(b, probeFile));
        await drive(api, o);
        warm.push(await sample(b, probeFile));
      } finally {
        await stop(b);
        await api.close();
      }
      const mb = (s: Sample) => `${fmt.mb(s.rss)} RSS / ${fmt.mb(s.heapUsed)} heap`;
      progress(`round ${round + 1}: node ${mb(bare.at(-1)!)}, grammY ${mb(grammy.at(-1)!)}, bot idle ${mb(idle.at(-1)!)}, bot warm ${mb(warm.at(-1)!)}`);
    }
    const m = (xs: Sample[]) => ({ rss: median(xs.map((x) => x.rss)), heapUsed: median(xs.map((x) => x.heapUsed)) });
    const base = m(bare);
    const bot = m(grammy);
    const row = (name: string, s: Sample) => [name, fmt.mb(s.rss), fmt.mb(s.heapUsed), `${fmt.x(s.rss / base.rss, 1)} ×`, `${fmt.x(s.rss / bot.rss, 1)} ×`];
    return [
      `${fmt.int(o.users)} users (30 % subscribed), ${fmt.int(o.events)} events + the demo catalogue in SQLite; ${o.active} distinct users × (/start, a search, /menu).`,
      `RSS from /proc after a full GC; medians of ${o.repeats} rounds.`,
      "",
      table(
        ["process", "RSS", "heap used", "RSS ÷ bare node", "RSS ÷ bare grammY"],
        [
          row("node, empty (baseline)", base),
          row(`bare grammY bot, after the same updates (baseline)`, bot),
          row("bot, polling, before any update", m(idle)),
          row(`bot, after ${o.active * 3} updates`, m(warm)),
        ],
      ),
    ].join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
