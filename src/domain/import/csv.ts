// Reading an uploaded CSV: UTF-8 with or without BOM, `,` or `;` (Excel in kk/ru locales saves
// `;`), a header row, quoted fields with newlines. Rows are numbered as a spreadsheet shows
// them (header = 1), so a report points at the row the person sees in Excel.
import { parse } from "csv-parse/sync";
import { MAX_FILE_BYTES, MAX_ROWS, type ImportIssue } from "./types.ts";

export interface CsvRecord {
  /** 1-based spreadsheet row. */
  row: number;
  /** Cells by (normalised) column name; trimmed. */
  cells: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  delimiter: "," | ";";
}

export type CsvResult = { ok: true; table: CsvTable } | { ok: false; issue: ImportIssue };

const fileIssue = (code: string, vars: ImportIssue["vars"] = {}): CsvResult => ({ ok: false, issue: { row: 0, column: "", code, vars } });

/** "Title KK" / "title-kk" / " TITLE_KK " → "title_kk". */
export function normalizeColumn(name: string): string {
  return name.replace(/^\uFEFF/, "").trim().toLowerCase().replace(/[\s-]+/g, "_");
}

/** `;` when the header line has more semicolons than commas (outside quotes), else `,`. */
export function detectDelimiter(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch === ",") commas++;
    else if (!quoted && ch === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

function decodeUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return null;
  }
}

export function readCsv(content: Buffer | string): CsvResult {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  if (bytes.length > MAX_FILE_BYTES) return fileIssue("file-too-big", { maxMb: MAX_FILE_BYTES / 1024 / 1024 });
  // Spreadsheets (xlsx = zip) and other binaries: NUL bytes never occur in a text CSV.
  if (bytes.subarray(0, 4).toString("latin1") === "PK\u0003\u0004" || bytes.includes(0)) return fileIssue("not-csv");
  const text = decodeUtf8(bytes);
  if (text === null) return fileIssue("bad-encoding");
  if (text.trim() === "") return fileIssue("empty-file");
  const delimiter = detectDelimiter(text);
  let rows: string[][];
  try {
    rows = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, to: MAX_ROWS + 2 }) as string[][];
  } catch (err) {
    const e = err as { code?: string; lines?: number };
    return { ok: false, issue: { row: e.lines ?? 0, column: "", code: "bad-csv", vars: { reason: String(e.code ?? "CSV") } } };
  }
  const [head = [], ...body] = rows;
  if (body.length > MAX_ROWS) return fileIssue("too-many-rows", { max: MAX_ROWS });
  const header = head.map(normalizeColumn);
  const records: CsvRecord[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === "")) return; // blank spreadsheet rows
    const record: Record<string, string> = {};
    cells.forEach((value, j) => {
      const name = header[j] ?? `#${j + 1}`; // cells beyond the header: reported by the caller
      record[name] = value.trim();
    });
    records.push({ row: i + 2, cells: record });
  });
  return { ok: true, table: { header, records, delimiter } };
}
