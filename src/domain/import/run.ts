// The import pipeline: read the CSV, validate every row (schema, regions, scope, references),
// and only when the whole file is valid write it in ONE transaction with an audit entry.
// A dry run goes through the very same writes and rolls them back, so its counts are exact.
import type { Db } from "../../db/client.ts";
import { writeTransaction } from "../registrations/tx.ts";
import { canManageRegion, type Roles } from "../roles.ts";
import { readCsv, type CsvTable } from "./csv.ts";
import { issueOf } from "./cells.ts";
import { needOneLanguage, type KindSpec, type ParsedRow, type Tx } from "./spec.ts";
import { IMPORT_SPECS } from "./kinds/index.ts";
import { Issues, type ImportCounts, type ImportIssue, type ImportKind } from "./types.ts";

export interface ImportRequest {
  kind: ImportKind;
  content: Buffer | string;
  roles: Roles;
  now: Date;
  /** Who imports (null: the command line) and from which file, for the audit log. */
  actorId: number | null;
  fileName: string;
  /** Validate and count, write nothing. */
  dryRun?: boolean;
  /** The confirmed preview (the bot's signed button), recorded so it imports only once. */
  previewId?: string;
}

export type ImportResult =
  | { ok: false; issues: ImportIssue[] }
  | { ok: true; rows: number; counts: ImportCounts; dryRun: boolean };

/** Header problems: missing required columns, unknown or repeated ones (all on row 1). */
function checkHeader(spec: KindSpec, table: CsvTable, issues: Issues): void {
  const known = new Set(spec.columns);
  const seen = new Set<string>();
  for (const column of table.header) {
    if (column === "") continue;
    if (!known.has(column)) issues.add(1, column, "unknown-column", { columns: spec.columns.join(", ") });
    else if (seen.has(column)) issues.add(1, column, "duplicate-column");
    seen.add(column);
  }
  for (const column of spec.required) if (!seen.has(column)) issues.add(1, column, "missing-column");
}

/** Per-row schema, region and scope checks, and duplicate ids; the rows that passed. */
function parseRows(spec: KindSpec, table: CsvTable, roles: Roles, regions: Set<string>, issues: Issues): ParsedRow<any>[] {
  const parsed: ParsedRow<any>[] = [];
  const firstRowOfId = new Map<string, number>();
  const width = table.header.length;
  for (const record of table.records) {
    const cells: Record<string, string> = {};
    for (const column of spec.columns) cells[column] = record.cells[column] ?? "";
    const extra = Object.keys(record.cells).filter((k) => k.startsWith("#") && record.cells[k] !== "");
    if (extra.length > 0) issues.add(record.row, "", "extra-cells", { count: width });
    const result = spec.row.safeParse(cells);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const { code, vars } = issueOf(issue);
        issues.add(record.row, String(issue.path[0] ?? ""), code, vars);
      }
    }
    needOneLanguage(issues, record.row, spec.textField, ["kk", "ru", "en"].map((l) => cells[`${spec.textField}_${l}`] ?? ""));
    const region = cells.region ?? "";
    if (region !== "" && !regions.has(region)) issues.add(record.row, "region", "unknown-region", { region });
    else if (region !== "" && !canManageRegion(roles, region)) issues.add(record.row, "region", "out-of-scope", { region });
    if (spec.idColumn) {
      const id = cells[spec.idColumn] ?? "";
      const first = firstRowOfId.get(id);
      if (id !== "" && first !== undefined) issues.add(record.row, spec.idColumn, "duplicate-id", { first });
      else if (id !== "") firstRowOfId.set(id, record.row);
    }
    if (result.success) parsed.push({ row: record.row, data: result.data });
  }
  return parsed;
}

/** Issues in spreadsheet order: by row (file-level first), then by column as documented. */
function sorted(issues: Issues, spec?: KindSpec): ImportIssue[] {
  const position = (column: string) => spec?.columns.indexOf(column) ?? -1;
  return [...issues.list].sort((a, b) => a.row - b.row || position(a.column) - position(b.column));
}

class RolledBack extends Error {
  constructor(readonly counts: ImportCounts) {
    super("dry run");
  }
}

/** Validates `content` and, when it is valid (and not a dry run), imports it. */
export async function runImport(db: Db, req: ImportRequest): Promise<ImportResult> {
  const spec = IMPORT_SPECS[req.kind];
  const csv = readCsv(req.content);
  if (!csv.ok) return { ok: false, issues: [csv.issue] };
  const issues = new Issues();
  checkHeader(spec, csv.table, issues);
  // Without a required column every row would repeat the same complaint.
  if (issues.list.some((i) => i.code === "missing-column")) return { ok: false, issues: sorted(issues, spec) };
  if (csv.table.records.length === 0) issues.add(0, "", "no-rows");
  const regions = new Set((await db.region.findMany({ select: { code: true } })).map((r) => r.code));
  const rows = parseRows(spec, csv.table, req.roles, regions, issues);
  try {
    // The database checks run in the write transaction, so nothing changes between them and the writes.
    return await writeTransaction(db, async (tx): Promise<ImportResult> => {
      const plan = await spec.plan(rows, { tx, roles: req.roles, issues, now: req.now });
      if (!issues.empty) return { ok: false, issues: sorted(issues, spec) };
      const counts = await spec.apply(tx, plan, req.now, req.actorId);
      if (req.dryRun) throw new RolledBack(counts);
      await audit(tx, req, rows.length, counts);
      return { ok: true, rows: rows.length, counts, dryRun: false };
    });
  } catch (err) {
    if (err instanceof RolledBack) return { ok: true, rows: rows.length, counts: err.counts, dryRun: true };
    throw err;
  }
}

function audit(tx: Tx, req: ImportRequest, rows: number, counts: ImportCounts) {
  return tx.auditLog.create({
    data: {
      actorId: req.actorId,
      action: "import",
      entity: req.kind,
      // The preview the import was confirmed from, if any: a second press of its button is found by it.
      entityId: req.previewId ?? null,
      details: JSON.stringify({ file: req.fileName, rows, counts, via: req.actorId === null ? "cli" : "bot", ...(req.previewId ? { preview: req.previewId } : {}) }),
      createdAt: req.now,
    },
  });
}

/** Whether a confirmed preview was imported already (a second press of the same Import button). */
export async function previewImported(db: Db, previewId: string): Promise<boolean> {
  const entry = await db.auditLog.findFirst({ where: { action: "import", entityId: previewId }, select: { id: true } });
  return entry !== null;
}

/** The kind whose required columns the header has, when exactly one kind fits; else null. */
export function detectKind(content: Buffer | string): ImportKind | null {
  const csv = readCsv(content);
  if (!csv.ok) return null;
  const header = new Set(csv.table.header);
  const fits = Object.values(IMPORT_SPECS).filter((s) => s.required.every((c) => header.has(c)) && [...header].every((c) => c === "" || s.columns.includes(c)));
  return fits.length === 1 ? fits[0]!.kind : null;
}
