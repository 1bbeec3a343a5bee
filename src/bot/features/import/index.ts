// Bulk import: staff and admins send a CSV document; it is validated, previewed with the
// counts it would write, and imported in one go on "Import". Nothing is kept server-side
// between the preview and the confirmation: the preview replies to the person's document,
// so the confirmation downloads that very document again (from Telegram's copy of the
// message) and checks it against the signed button (token.ts) before importing.
import { InputFile } from "grammy";
import { FeatureComposer } from "../../composer.ts";
import type { Document, Message } from "grammy/types";
import type { Context } from "../../context.ts";
import { rolesOf, staffRoles } from "../../access.ts";
import { show, toast } from "../../ui.ts";
import { isStaff, type Roles } from "../../../domain/roles.ts";
import { LOCALES } from "../../../domain/locale.ts";
import { i18n } from "../../i18n.ts";
import { detectKind, IMPORT_KINDS, isImportKind, previewImported, runImport, samplePath, type ImportKind } from "../../../domain/import/index.ts";
import { MAX_FILE_BYTES } from "../../../domain/import/types.ts";
import { issuesCsv } from "../../../domain/import/report.ts";
import { importCb } from "./callbacks.ts";
import { downloadDocument } from "./download.ts";
import { checkPreview, signPreview } from "./token.ts";
import { chooseKindKeyboard, countsHtml, helpHtml, helpKeyboard, ISSUES_IN_MESSAGE, previewHtml, reportHtml, translate } from "./render.ts";
import { InlineKeyboard } from "grammy";

export const importFeature = new FeatureComposer<Context>();

const CSV_MIME = new Set(["text/csv", "text/plain", "application/csv", "application/vnd.ms-excel", "text/comma-separated-values"]);

function looksLikeCsv(doc: Document): boolean {
  const name = doc.file_name?.toLowerCase() ?? "";
  return name.endsWith(".csv") || (!name.includes(".") && CSV_MIME.has(doc.mime_type ?? ""));
}

/** The kind named in a caption: its English id or its name in any interface language. */
function kindFromCaption(caption: string | undefined): ImportKind | null {
  const words = (caption ?? "").toLowerCase().split(/[\s,.;:!?]+/).filter(Boolean);
  const text = ` ${words.join(" ")} `;
  const named = IMPORT_KINDS.filter((kind) =>
    words.includes(kind) || LOCALES.some((l) => text.includes(` ${i18n.t(l, `import-kind-${kind}`).toLowerCase()} `)));
  return named.length === 1 ? named[0]! : null;
}

const fileNameOf = (doc: Document) => doc.file_name ?? "import.csv";

async function showHelp(ctx: Context): Promise<void> {
  if (!(await staffRoles(ctx))) return;
  await show(ctx, helpHtml(ctx), helpKeyboard(ctx));
}

importFeature.command("import", showHelp);
importFeature.callbackQuery(importCb.match("help"), async (ctx, next) => {
  if (!importCb.parse("help", ctx.callbackQuery.data)) return next();
  await showHelp(ctx);
});

importFeature.callbackQuery(importCb.match("sample"), async (ctx, next) => {
  const args = importCb.parse("sample", ctx.callbackQuery.data);
  if (!args || !isImportKind(args[0])) return next();
  if (!(await staffRoles(ctx))) return;
  const kind = args[0];
  await ctx.replyWithDocument(new InputFile(samplePath(kind), `${kind}.csv`), {
    caption: ctx.t("import-sample-caption", { kind: ctx.t(`import-kind-${kind}`) }),
  });
});

/** Validates the document with a dry run and answers with the report or the preview. */
async function preview(ctx: Context, roles: Roles, doc: Document, docMessageId: number, kind: ImportKind, content: Buffer): Promise<void> {
  const file = fileNameOf(doc);
  const result = await runImport(ctx.deps.db, {
    kind, content, roles, now: ctx.deps.clock.now(), actorId: ctx.user?.id ?? null, fileName: file, dryRun: true,
  });
  const reply = { parse_mode: "HTML" as const, reply_parameters: { message_id: docMessageId, allow_sending_without_reply: true } };
  if (!result.ok) {
    await ctx.reply(reportHtml(ctx, file, result.issues), reply);
    if (result.issues.length > ISSUES_IN_MESSAGE) {
      await ctx.replyWithDocument(new InputFile(issuesCsv(result.issues, translate(ctx)), `errors-${file.replace(/\.csv$/i, "")}.csv`), {
        caption: ctx.t("import-errors-caption", { file }),
      });
    }
    return;
  }
  const { issued, sig } = signPreview(ctx.api.token, ctx.from!.id, kind, ctx.deps.clock.now(), content);
  const keyboard = new InlineKeyboard().text(ctx.t("import-confirm"), importCb.pack("go", kind, issued, sig)).text(ctx.t("import-cancel"), importCb.pack("no"));
  await ctx.reply(previewHtml(ctx, file, kind, result.rows, result.counts), { ...reply, reply_markup: keyboard });
}

/** Downloads a document, answering the person when that fails; null then. */
async function fetchContent(ctx: Context, doc: Document): Promise<Buffer | null> {
  const download = await downloadDocument(ctx, doc);
  if (download.ok) return download.content;
  await ctx.reply(download.reason === "too-big" ? ctx.t("import-too-big", { maxMb: MAX_FILE_BYTES / 1024 / 1024 }) : ctx.t("import-download-failed"));
  return null;
}

importFeature.on("message:document", async (ctx, next) => {
  // Not staff: not an import — the other features (or "unhandled") answer.
  const roles = await rolesOf(ctx);
  if (!roles || !isStaff(roles)) return next();
  const doc = ctx.message.document;
  if (!looksLikeCsv(doc)) {
    await ctx.reply(ctx.t("import-not-csv"));
    return;
  }
  const content = await fetchContent(ctx, doc);
  if (!content) return;
  const kind = kindFromCaption(ctx.message.caption) ?? detectKind(content);
  if (!kind) {
    await ctx.reply(ctx.t("import-choose-kind", { file: fileNameOf(doc) }), {
      parse_mode: "HTML",
      reply_parameters: { message_id: ctx.message.message_id },
      reply_markup: chooseKindKeyboard(ctx),
    });
    return;
  }
  await preview(ctx, roles, doc, ctx.message.message_id, kind, content);
});

/**
 * The person's own document that a bot message (question or preview) replies to — taken from
 * Telegram's copy of the message, so callback data cannot point at anything else.
 */
function repliedDocument(ctx: Context): { doc: Document; messageId: number } | null {
  const message = ctx.callbackQuery?.message as Message | undefined;
  const original = message && "reply_to_message" in message ? message.reply_to_message : undefined;
  if (!original?.document || original.from?.id !== ctx.from?.id) return null;
  return { doc: original.document, messageId: original.message_id };
}

importFeature.callbackQuery(importCb.match("kind"), async (ctx, next) => {
  const args = importCb.parse("kind", ctx.callbackQuery.data);
  if (!args || !isImportKind(args[0])) return next();
  const roles = await staffRoles(ctx);
  if (!roles) return;
  const replied = repliedDocument(ctx);
  if (!replied) return toast(ctx, ctx.t("import-stale"), true);
  const content = await fetchContent(ctx, replied.doc);
  if (!content) return;
  await ctx.editMessageReplyMarkup().catch(() => undefined); // the question is answered
  await preview(ctx, roles, replied.doc, replied.messageId, args[0], content);
});

importFeature.callbackQuery(importCb.match("go"), async (ctx, next) => {
  const args = importCb.parse("go", ctx.callbackQuery.data);
  if (!args || !isImportKind(args[0])) return next();
  const [kind, issued, sig] = args;
  const roles = await staffRoles(ctx);
  if (!roles) return;
  const replied = repliedDocument(ctx);
  const download = replied ? await downloadDocument(ctx, replied.doc) : null;
  const now = ctx.deps.clock.now();
  const valid = replied && download?.ok && checkPreview(ctx.api.token, ctx.from.id, kind, now, download.content, issued, sig);
  // A preview imports once: a second press (a double tap) would import nothing new anyway.
  if (!valid || (await previewImported(ctx.deps.db, sig))) {
    await toast(ctx, ctx.t("import-stale"), true);
    return;
  }
  const file = fileNameOf(replied.doc);
  // Validated again: the database (or the person's roles) may have changed since the preview.
  const result = await runImport(ctx.deps.db, { kind, content: download.content, roles, now, actorId: ctx.user?.id ?? null, fileName: file, previewId: sig });
  if (!result.ok) {
    await show(ctx, reportHtml(ctx, file, result.issues));
    return;
  }
  ctx.log.info({ kind, file, counts: result.counts }, "import done");
  await show(ctx, [ctx.t("import-done", { rows: result.rows }), countsHtml(ctx, result.counts)].join("\n"));
});

importFeature.callbackQuery(importCb.match("no"), async (ctx, next) => {
  if (!importCb.parse("no", ctx.callbackQuery.data)) return next();
  if (!(await staffRoles(ctx))) return;
  await show(ctx, ctx.t("import-cancelled"));
});
