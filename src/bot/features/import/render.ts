// Screens of the import: the help with columns and samples, the validation report, the preview.
import { InlineKeyboard } from "grammy";
import type { Context } from "../../context.ts";
import { escapeHtml } from "../../ui.ts";
import { backToPanel } from "../../keyboards/menu.ts";
import { importCb } from "./callbacks.ts";
import {
  IMPORT_KINDS, IMPORT_SPECS, MAX_FILE_BYTES, MAX_ROWS, type ImportCounts, type ImportIssue, type ImportKind,
} from "../../../domain/import/index.ts";
import { countLines, issueLine, type Translate } from "../../../domain/import/report.ts";

/** Issues listed in the chat; the rest only in the attached CSV. */
export const ISSUES_IN_MESSAGE = 20;

export const translate = (ctx: Context): Translate => (key, vars) => ctx.t(key, vars);

export function helpHtml(ctx: Context): string {
  const columns = IMPORT_KINDS.map((kind) => {
    const spec = IMPORT_SPECS[kind];
    const list = spec.columns.map((c) => (spec.required.includes(c) ? `${c}*` : c)).join(", ");
    return ctx.t("import-help-columns", { kind: `${ctx.t(`import-kind-${kind}`)} (${kind})`, columns: list });
  });
  return [
    ctx.t("import-help", { maxMb: MAX_FILE_BYTES / 1024 / 1024, maxRows: MAX_ROWS }),
    "",
    ...columns,
    ctx.t("import-help-legend"),
    "",
    ctx.t("import-help-samples"),
  ].join("\n");
}

export function helpKeyboard(ctx: Context): InlineKeyboard {
  const kb = new InlineKeyboard();
  IMPORT_KINDS.forEach((kind, i) => {
    kb.text(ctx.t("import-sample-button", { kind: ctx.t(`import-kind-${kind}`) }), importCb.pack("sample", kind));
    if (i % 2 === 1) kb.row();
  });
  return backToPanel(ctx, kb);
}

export function chooseKindKeyboard(ctx: Context): InlineKeyboard {
  const kb = new InlineKeyboard();
  IMPORT_KINDS.forEach((kind, i) => {
    kb.text(ctx.t(`import-kind-${kind}`), importCb.pack("kind", kind));
    if (i % 2 === 1) kb.row();
  });
  return kb;
}

/** The report of an invalid file: the first issues; the caller attaches the rest as CSV. */
export function reportHtml(ctx: Context, file: string, issues: ImportIssue[]): string {
  const t = translate(ctx);
  const lines = issues.slice(0, ISSUES_IN_MESSAGE).map((i) => `• ${escapeHtml(issueLine(i, t))}`);
  const more = issues.length - ISSUES_IN_MESSAGE;
  return [
    ctx.t("import-invalid", { count: issues.length, file: escapeHtml(file) }),
    "",
    ...lines,
    ...(more > 0 ? ["", ctx.t("import-invalid-more", { count: more })] : []),
    "",
    ctx.t("import-invalid-fix"),
  ].join("\n");
}

export function countsHtml(ctx: Context, counts: ImportCounts): string {
  return countLines(counts, translate(ctx)).map((l) => `• ${escapeHtml(l)}`).join("\n");
}

export function previewHtml(ctx: Context, file: string, kind: ImportKind, rows: number, counts: ImportCounts): string {
  return [
    ctx.t("import-preview", { file: escapeHtml(file), rows, kind: ctx.t(`import-kind-${kind}`) }),
    countsHtml(ctx, counts),
    "",
    ctx.t("import-preview-question"),
  ].join("\n");
}
