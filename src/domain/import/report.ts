// Validation reports in the reader's language. The domain knows no Fluent: callers pass
// `t(key, vars)` (the bot's ctx.t, the CLI's i18n.t); keys are `import-error-<code>`.
import { stringify } from "csv-stringify/sync";
import type { ImportCounts, ImportIssue } from "./types.ts";

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** The reason alone, e.g. "at most 200 characters". */
export function issueReason(issue: ImportIssue, t: Translate): string {
  return t(`import-error-${issue.code}`, issue.vars);
}

/** "Row 5, title_kk: at most 200 characters" (or the file-level reason). */
export function issueLine(issue: ImportIssue, t: Translate): string {
  const reason = issueReason(issue, t);
  if (issue.row === 0) return t("import-issue-file", { reason });
  if (issue.column === "") return t("import-issue-row", { row: issue.row, reason });
  return t("import-issue-cell", { row: issue.row, column: issue.column, reason });
}

/** Every issue as a CSV (row, column, reason) to open next to the imported file. */
export function issuesCsv(issues: ImportIssue[], t: Translate): Buffer {
  const rows = issues.map((i) => [i.row === 0 ? "" : String(i.row), i.column, issueReason(i, t)]);
  const text = stringify([[t("import-csv-row"), t("import-csv-column"), t("import-csv-reason")], ...rows]);
  return Buffer.from(`\uFEFF${text}`, "utf8"); // BOM: Excel then reads it as UTF-8
}

/** "events: 3 new, 1 updated, 0 unchanged" per entity. */
export function countLines(counts: ImportCounts, t: Translate): string[] {
  return Object.entries(counts).map(([entity, c]) =>
    t("import-count-line", { entity: t(`import-entity-${entity}`), created: c.created, updated: c.updated, unchanged: c.unchanged }));
}
