// What each import kind declares: its columns, a zod schema per row, the checks that need
// the other rows or the database, and how a valid file is written.
import type { z } from "zod";
import type { Prisma } from "../../db/client.ts";
import { canManageRegion, type Roles } from "../roles.ts";
import { cityName } from "../cities.ts";
import { chunks } from "./sync.ts";
import type { ImportCounts, ImportKind, Issues } from "./types.ts";

export type Tx = Prisma.TransactionClient;

export interface ParsedRow<T> {
  row: number;
  data: T;
}

export interface CheckContext {
  tx: Tx;
  roles: Roles;
  issues: Issues;
  now: Date;
}

export interface KindSpec<T = any, P = any> {
  kind: ImportKind;
  /** Every column, in the documented order (also the order of the sample files). */
  columns: readonly string[];
  /** Columns the header must have (their cells may still be optional where a default exists). */
  required: readonly string[];
  /** The column holding the row's own stable id, unique within a file (absent: the kind checks). */
  idColumn?: string;
  /** The translated text every row needs in at least one language (e.g. "title" → title_kk/ru/en). */
  textField: string;
  row: z.ZodType<T>;
  /** Checks across rows and against the database (adds issues); returns what `apply` writes. */
  plan(rows: ParsedRow<T>[], ctx: CheckContext): Promise<P>;
  /** Writes the plan; `actorId` (null: the CLI) signs the audit entries of single rows where a kind keeps them. */
  apply(tx: Tx, plan: P, now: Date, actorId: number | null): Promise<ImportCounts>;
}

/** Stable ids: letters, digits and `_ . : -`, as in `demo-turkistan-event-fest`. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/;

/** At least one language of a translated text (e.g. title_kk / title_ru / title_en). */
export function needOneLanguage(issues: Issues, row: number, field: string, values: Array<string>): void {
  if (values.every((v) => v.trim() === "")) issues.add(row, `${field}_kk`, "no-language", { columns: `${field}_kk, ${field}_ru, ${field}_en` });
}

/** A city in all spellings we know (for searchText), stored in its Kazakh spelling. */
export function citySpellings(city: string): string {
  return city ? `${cityName(city, "kk")} ${cityName(city, "ru")} ${cityName(city, "en")}` : "";
}

export function storedCity(city: string): string {
  return city ? cityName(city, "kk") : "";
}

/**
 * Rows that would overwrite a stored row of a region outside the actor's scope (a staff member
 * reusing another region's id) get an issue; `stored` maps external id → region.
 */
export function checkStoredScope(
  issues: Issues, roles: Roles, rows: Array<{ row: number; id: string }>, stored: Map<string, string | null>, column: string,
): void {
  for (const { row, id } of rows) {
    if (!stored.has(id)) continue;
    const region = stored.get(id) ?? null;
    if (!canManageRegion(roles, region) && !roles.admin) issues.add(row, column, "out-of-scope", { region: region ?? "—" });
  }
}

/** Looks `keys` up in chunks (IN lists stay small). */
export async function findIn<R>(keys: readonly string[], find: (part: string[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (const part of chunks([...new Set(keys)])) out.push(...(await find(part)));
  return out;
}

/** `{ titleKk, titleRu, titleEn }` from the `title_kk…` cells. */
export function t3<F extends string>(
  field: F, row: object, prefix: string = field,
): Record<`${F}Kk` | `${F}Ru` | `${F}En`, string> {
  const cells = row as Record<string, unknown>;
  const s = (k: string) => String(cells[`${prefix}_${k}`] ?? "");
  return { [`${field}Kk`]: s("kk"), [`${field}Ru`]: s("ru"), [`${field}En`]: s("en") } as never;
}

/** The audit entry of one stored row an import changed; its id names the change's notices. */
export function auditChangedRow(tx: Tx, a: { actorId: number | null; action: string; entity: string; id: number; details: object; now: Date }) {
  return tx.auditLog.create({
    data: { actorId: a.actorId, action: a.action, entity: a.entity, entityId: String(a.id), details: JSON.stringify({ ...a.details, via: "import" }), createdAt: a.now },
  });
}
