// Downloads a document the person sent: getFile, then the file URL of the same Bot API server
// and through the same fetch the bot uses (so the local Bot API and tests serve it too).
import type { Document } from "grammy/types";
import type { Context } from "../../context.ts";
import { MAX_FILE_BYTES } from "../../../domain/import/index.ts";

const DEFAULT_API_ROOT = "https://api.telegram.org";

export type Download = { ok: true; content: Buffer } | { ok: false; reason: "too-big" | "failed" };

export async function downloadDocument(ctx: Context, doc: Document): Promise<Download> {
  if ((doc.file_size ?? 0) > MAX_FILE_BYTES) return { ok: false, reason: "too-big" };
  try {
    const file = await ctx.api.getFile(doc.file_id);
    if (!file.file_path) return { ok: false, reason: "failed" };
    if ((file.file_size ?? 0) > MAX_FILE_BYTES) return { ok: false, reason: "too-big" };
    const root = ctx.api.options?.apiRoot ?? DEFAULT_API_ROOT;
    const fetchFn = ctx.api.options?.fetch ?? fetch;
    const res = await fetchFn(`${root}/file/bot${ctx.api.token}/${file.file_path}`);
    if (!res.ok) return { ok: false, reason: "failed" };
    const content = Buffer.from(await res.arrayBuffer());
    return content.length > MAX_FILE_BYTES ? { ok: false, reason: "too-big" } : { ok: true, content };
  } catch (err) {
    ctx.log.warn({ err }, "import: could not download the document");
    return { ok: false, reason: "failed" };
  }
}
