// Fan-out at send time. A planner records ONE Fanout row per reminder or announcement (kind +
// ref, payload, and a typed description of its audience, audience.ts) instead of one Delivery
// per recipient: planning 200 events for 100,000 subscribers writes 200 rows, not 780,000. The
// delivery worker then expands due fan-outs into Delivery rows a chunk of recipients at a time,
// just ahead of sending (sending 780,000 messages at 25/s takes hours anyway).
//
// Expansion walks the audience in userId order. Each chunk is ONE transaction: insert the
// deliveries of the next `chunk` audience members after the cursor (reachable users only, ON
// CONFLICT DO NOTHING), advance the cursor, mark the fan-out done when the chunk came back short.
// A crash between chunks loses nothing and duplicates nothing: the next run continues from the
// committed cursor.
//
// Semantics: the audience is read when each chunk is expanded, not when planned. Someone who
// subscribes or starts watching before the expansion reaches their user id is included (new
// users always are: ids only grow); someone who unsubscribes before it is left out; a change
// behind the cursor is not seen. Announcements still only reach subscriptions older than the item.
// Cancelling (events editor) marks a pending fan-out cancelled, after which it expands nothing.
import type { Db } from "../../db/client.ts";
import { Prisma, type Fanout } from "../../generated/prisma/client.ts";
import { DUE_AT_ONCE } from "../outbox.ts";
import { dateFrom, syncDbOf, type SqlParam, type SyncWriter } from "../../db/sqlite.ts";
import type { Tx } from "../registrations/tx.ts";
import { audienceSql, audienceSpec, type AudienceSpec } from "./audience.ts";
import { insertDeliveriesSql, REACHABLE_USER } from "./bulk.ts";

/** Audience members per expansion transaction: a few milliseconds of write lock each. */
export const EXPAND_CHUNK = 1000;
/** "No limit" for audiences expanded in one go. */
const ALL = 1_000_000_000;

export interface FanoutPlan {
  kind: string;
  ref: string;
  payload: object;
  audience: AudienceSpec;
  /** createdAt/updatedAt. */
  now: Date;
  notBefore?: Date;
  /** Ignores the recipients' quiet hours. */
  urgent?: boolean;
}

/** Rows per INSERT: 8 parameters each, well under SQLite's 32,766. */
const PLAN_BATCH = 500;

/**
 * Plans fan-outs; idempotent per (kind, ref): those that exist already are left as they are
 * (pending, done or cancelled). Returns how many were planned now.
 */
export async function planFanouts(db: Db | Tx, plans: readonly FanoutPlan[]): Promise<number> {
  let added = 0;
  for (let i = 0; i < plans.length; i += PLAN_BATCH) {
    const values = plans.slice(i, i + PLAN_BATCH).map(
      (p) => Prisma.sql`(${p.kind}, ${p.ref}, ${JSON.stringify(p.payload)}, ${p.urgent ? 1 : 0}, ${p.notBefore ?? DUE_AT_ONCE},
        ${JSON.stringify(audienceSpec.parse(p.audience))}, 0, 'pending', 0, ${p.now}, ${p.now})`,
    );
    added += await db.$executeRaw`
      INSERT INTO "Fanout" ("kind", "ref", "payload", "urgent", "notBefore", "audience", "cursor", "status", "expanded", "createdAt", "updatedAt")
      VALUES ${Prisma.join(values)}
      ON CONFLICT ("kind", "ref") DO NOTHING`;
  }
  return added;
}

/** Plans one fan-out; 1 if planned now, 0 if it existed. */
export const planFanout = (db: Db | Tx, p: FanoutPlan): Promise<number> => planFanouts(db, [p]);

interface Chunk {
  /** Audience members walked (reachable or not). */
  members: number;
  /** Delivery rows added. */
  added: number;
  done: boolean;
  /** The stored audience did not parse: the fan-out was cancelled. */
  invalid?: boolean;
}

type ExpandedFanout = Pick<Fanout, "id" | "kind" | "ref" | "payload" | "urgent" | "notBefore" | "audience" | "cursor">;

/** One statement of a chunk's expansion: rows wanted back, or the count of rows changed. */
type Statement = { sql: Prisma.Sql; rows: true } | { sql: Prisma.Sql; rows: false };

/**
 * Expanding the next `chunk` audience members of `f`, as the statements to run in order (each
 * gets the previous one's result back): written once, run by `onSync` in the worker's
 * synchronous transactions and by `inTx` inside the events editor's Prisma transactions.
 */
function* chunkStatements(f: ExpandedFanout, now: Date, chunk: number): Generator<Statement, Chunk, unknown> {
  const spec = audienceSpec.safeParse(safeJson(f.audience));
  if (!spec.success) {
    yield { sql: Prisma.sql`UPDATE "Fanout" SET "status" = 'cancelled', "updatedAt" = ${now} WHERE "id" = ${f.id}`, rows: false };
    return { members: 0, added: 0, done: true, invalid: true };
  }
  const [window] = (yield {
    sql: Prisma.sql`SELECT count(*) AS n, max("userId") AS last FROM (
      SELECT DISTINCT "userId" FROM (${audienceSql(spec.data, { after: f.cursor })}) ORDER BY "userId" LIMIT ${chunk})`,
    rows: true,
  }) as [{ n: number | bigint; last: number | bigint | null }];
  const members = Number(window.n);
  const last = window.last === null ? f.cursor : Number(window.last);
  const delivery = { kind: f.kind, ref: f.ref, payload: f.payload, urgent: f.urgent, notBefore: f.notBefore, now };
  const added = members ? Number(yield { sql: insertDeliveriesSql(delivery, audienceSql(spec.data, { after: f.cursor, upTo: last })), rows: false }) : 0;
  const done = members < chunk;
  yield {
    sql: Prisma.sql`UPDATE "Fanout" SET "cursor" = ${last}, "expanded" = "expanded" + ${added},
      "status" = ${done ? "done" : "pending"}, "updatedAt" = ${now} WHERE "id" = ${f.id}`,
    rows: false,
  };
  return { members, added, done };
}

function onSync(w: SyncWriter, steps: Generator<Statement, Chunk, unknown>): Chunk {
  for (let next = steps.next(); ; ) {
    if (next.done) return next.value;
    const { sql, rows } = next.value;
    const params = sql.values as SqlParam[];
    next = steps.next(rows ? w.all(sql.sql, ...params) : w.run(sql.sql, ...params).changes);
  }
}

async function inTx(tx: Tx, steps: Generator<Statement, Chunk, unknown>): Promise<Chunk> {
  for (let next = steps.next(); ; ) {
    if (next.done) return next.value;
    const { sql, rows } = next.value;
    next = steps.next(rows ? await tx.$queryRaw(sql) : await tx.$executeRaw(sql));
  }
}

type FanoutRow = Omit<ExpandedFanout, "urgent" | "notBefore"> & { status: string; urgent: number; notBefore: string };

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export interface Expansion {
  /** Chunks expanded (transactions). */
  chunks: number;
  /** Audience members walked. */
  members: number;
  /** Delivery rows added. */
  added: number;
  /** Fan-outs cancelled because their stored audience did not parse (worth a log line). */
  invalid: number[];
}

/**
 * Expands due pending fan-outs, oldest first, until about `budget` audience members have been
 * walked or none is left; one transaction per chunk of at most `chunk` members.
 */
export async function expandFanouts(db: Db, now: Date, budget: number, chunk = EXPAND_CHUNK): Promise<Expansion> {
  const out: Expansion = { chunks: 0, members: 0, added: 0, invalid: [] };
  const sync = syncDbOf(db);
  while (out.members < budget) {
    const next = sync.get<{ id: number }>(
      `SELECT "id" FROM "Fanout" WHERE "status" = 'pending' AND "notBefore" <= ? ORDER BY "notBefore", "id" LIMIT 1`,
      now,
    );
    if (!next) break;
    // Chunks of this fan-out until it is done, the budget is spent, or someone else changed it.
    // Each is one synchronous transaction (src/db/sqlite.ts): a few milliseconds of write lock,
    // never held across an await.
    for (let more = true; more && out.members < budget; ) {
      const size = Math.max(1, Math.min(chunk, budget - out.members));
      const r = await sync.write((w) => {
        // Re-read under the write lock: cancelled (events editor) or expanded by another worker meanwhile → stop.
        const f = w.get<FanoutRow>(`SELECT * FROM "Fanout" WHERE "id" = ?`, next.id);
        if (f?.status !== "pending") return null;
        return onSync(w, chunkStatements({ ...f, urgent: f.urgent === 1, notBefore: dateFrom(f.notBefore) }, now, size));
      });
      if (!r) break;
      out.chunks++;
      out.members += r.members;
      out.added += r.added;
      if (r.invalid) out.invalid.push(next.id);
      more = !r.done;
    }
  }
  return out;
}

/**
 * Plans a fan-out and expands it completely inside the caller's transaction, for small
 * audiences that must be told now and counted (the events editor: watchers of a changed or
 * cancelled event, subscribers at publish). The fan-out row stays, done, so a planner that
 * later plans the same kind+ref adds nothing. Returns the Delivery rows added.
 */
export async function fanOutNow(tx: Tx, p: FanoutPlan): Promise<number> {
  if (!(await planFanout(tx, p))) return 0;
  const f = await tx.fanout.findUniqueOrThrow({ where: { kind_ref: { kind: p.kind, ref: p.ref } } });
  return (await inTx(tx, chunkStatements(f, p.now, ALL))).added;
}

/**
 * Messages the pending fan-outs have yet to add to the outbox: reachable audience members
 * after each one's cursor, those of `regions` only (the recipient's region) unless "all". For
 * /stats, where they wait as much as pending deliveries do but have no Delivery rows yet.
 */
export async function pendingFanoutRecipients(db: Db, regions: readonly string[] | "all"): Promise<number> {
  if (regions !== "all" && regions.length === 0) return 0;
  const inRegions = regions === "all" ? Prisma.empty : Prisma.sql`AND u."regionCode" IN (${Prisma.join(regions)})`;
  const pending = await db.fanout.findMany({ where: { status: "pending" }, select: { audience: true, cursor: true } });
  let n = 0;
  for (const f of pending) {
    const spec = audienceSpec.safeParse(safeJson(f.audience));
    if (!spec.success) continue; // cancelled when the worker reaches it
    const [row] = await db.$queryRaw<Array<{ n: number | bigint }>>`
      SELECT count(*) AS n FROM (${audienceSql(spec.data, { after: f.cursor })}) a
      JOIN "User" u ON u."id" = a."userId" WHERE ${REACHABLE_USER} ${inRegions}`;
    n += Number(row?.n ?? 0);
  }
  return n;
}
