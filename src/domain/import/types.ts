// Shapes shared by the CSV import: what is imported, what went wrong, what changed.
export const IMPORT_KINDS = ["events", "vacancies", "courses", "colleges"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export function isImportKind(value: unknown): value is ImportKind {
  return typeof value === "string" && (IMPORT_KINDS as readonly string[]).includes(value);
}

/** Files above these limits are refused before parsing. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 10_000;

export type IssueVars = Record<string, string | number>;

/**
 * One problem, localized by the caller (Fluent key `import-error-<code>`). `row` is 1-based as
 * a spreadsheet shows it (the header is row 1); 0 = the file as a whole.
 */
export interface ImportIssue {
  row: number;
  column: string;
  code: string;
  vars: IssueVars;
}

/** Rows written per entity: new, changed, identical to what was stored. */
export interface EntityCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** Entity name (events, vacancies, employers, courses, providers, colleges, specialties, offers) → counts. */
export type ImportCounts = Record<string, EntityCounts>;

/** Collects issues as validation goes. */
export class Issues {
  readonly list: ImportIssue[] = [];
  add(row: number, column: string, code: string, vars: IssueVars = {}): void {
    this.list.push({ row, column, code, vars });
  }
  get empty(): boolean {
    return this.list.length === 0;
  }
}

/** Every code an issue may carry (each has `import-error-<code>` in the Fluent files). */
export const ISSUE_CODES = [
  "file-too-big", "too-many-rows", "not-csv", "bad-encoding", "empty-file", "bad-csv", "no-rows",
  "unknown-column", "duplicate-column", "missing-column", "extra-cells",
  "required", "too-long", "too-big", "too-small", "not-allowed", "bad-value", "bad-integer", "bad-number", "bad-bool",
  "bad-date", "bad-phone", "bad-email", "bad-url", "bad-telegram", "bad-id", "bad-specialty-code", "bad-qualifications",
  "bad-languages", "unknown-region", "out-of-scope", "duplicate-id", "duplicate-offer", "conflict", "no-language",
  "ends-before-start", "expires-before-posted", "deadline-after-start", "salary-range", "age-range", "coords-pair",
  "unknown-employer", "unknown-event", "unknown-provider", "unknown-specialty", "qualification-taken",
] as const;
