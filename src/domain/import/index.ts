// Bulk CSV import of events, vacancies (with employers), courses (with providers) and
// colleges (with specialties): see run.ts for the pipeline, kinds/ for the columns.
export { runImport, detectKind, previewImported, type ImportRequest, type ImportResult } from "./run.ts";
export { IMPORT_SPECS } from "./kinds/index.ts";
export { readCsv, detectDelimiter } from "./csv.ts";
export { parseLocalDateTime } from "./cells.ts";
export { IMPORT_KINDS, ISSUE_CODES, isImportKind, MAX_FILE_BYTES, MAX_ROWS } from "./types.ts";
export type { ImportCounts, ImportIssue, ImportKind, EntityCounts } from "./types.ts";

import { fileURLToPath } from "node:url";
import type { ImportKind } from "./types.ts";

/** The sample file of a kind (prisma/import-samples/<kind>.csv). */
export function samplePath(kind: ImportKind): string {
  return fileURLToPath(new URL(`../../../prisma/import-samples/${kind}.csv`, import.meta.url));
}
