// What the events editor lists: the events of the regions a staff member manages (admins: all),
// drafts and cancelled ones included, those not over yet, soonest first.
import type { Db, Prisma } from "../../db/client.ts";
import { paginate, type Page } from "../paging.ts";
import type { Roles } from "../roles.ts";

const SELECT = {
  id: true, kind: true, status: true, regionCode: true, titleKk: true, titleRu: true, titleEn: true, startsAt: true, endsAt: true,
} satisfies Prisma.EventSelect;

export type EditorListItem = Prisma.EventGetPayload<{ select: typeof SELECT }>;

/** Regions the list may show: `only` when it is in scope, else every region in scope (null = all). */
export function editorRegions(roles: Roles, only?: string | null): string[] | null {
  if (only) return roles.admin || roles.staffRegions.includes(only) ? [only] : [];
  return roles.admin ? null : roles.staffRegions;
}

export function listEditorEvents(db: Db, q: { roles: Roles; region?: string | null; now: Date; page: number }): Promise<Page<EditorListItem>> {
  const regions = editorRegions(q.roles, q.region);
  const where: Prisma.EventWhereInput = { endsAt: { gt: q.now }, ...(regions ? { regionCode: { in: regions } } : {}) };
  return paginate(
    q.page,
    () => db.event.count({ where }),
    (skip, take) => db.event.findMany({ where, select: SELECT, orderBy: [{ startsAt: "asc" }, { id: "asc" }], skip, take }),
  );
}
