// Retiring planned reminders and announcements when what they are about changes (an event or a
// course moved): the planners plan by (kind, ref) and never twice, so a ref must be freed for
// the new plan — and people already told either keep the old ref (not told again) or not.
import { Prisma } from "../../generated/prisma/client.ts";
import type { Tx } from "../registrations/tx.ts";

/** Fan-outs and deliveries of `kind` with one of `refs`. */
export type Planned = { kind: string; refs: string[] };

const plannedWhere = (planned: readonly Planned[]) =>
  Prisma.join(planned.map((p) => Prisma.sql`("kind" = ${p.kind} AND "ref" IN (${Prisma.join(p.refs)}))`), " OR ");

/**
 * Retires what was planned: pending fan-outs are cancelled, and fan-outs get their ref suffixed
 * with the change (`:before:<changeId>`), so the planner may plan them again. Deliveries not yet
 * sent are cancelled and suffixed too; with `sentToo`, so are the ones sent (their people are
 * told again, at the new time), otherwise those keep their ref, and a fan-out planned again
 * skips their people.
 */
export async function retire(tx: Tx, planned: readonly Planned[], changeId: number, now: Date, reason: string, sentToo: boolean): Promise<void> {
  const suffix = `:before:${changeId}`;
  await tx.$executeRaw`
    UPDATE "Fanout" SET
      "status" = CASE WHEN "status" = 'pending' THEN 'cancelled' ELSE "status" END,
      "ref" = "ref" || ${suffix},
      "updatedAt" = ${now}
    WHERE ${plannedWhere(planned)}`;
  await tx.$executeRaw`
    UPDATE "Delivery" SET
      "status" = CASE WHEN "status" = 'pending' THEN 'cancelled' ELSE "status" END,
      "lastError" = CASE WHEN "status" = 'pending' THEN ${reason} ELSE "lastError" END,
      "ref" = "ref" || ${suffix},
      "updatedAt" = ${now}
    WHERE (${plannedWhere(planned)}) AND ("status" = 'pending' OR ${sentToo ? 1 : 0})`;
}
