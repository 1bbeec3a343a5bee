// The author's progress message: sent when a broadcast starts, refreshed by the Refresh button
// and by the scheduler's broadcast tick (progress.ts), replaced by the final report when done.
import type { Context } from "../../context.ts";
import { listRegions } from "../../../domain/regions.ts";
import { broadcastReport, setStatusMessage } from "../../../domain/broadcasts/index.ts";
import { broadcastCard, cardKeyboard } from "./views.ts";

/** The card of a broadcast with its current report, as HTML and buttons for the reader's language. */
export async function statusScreen(ctx: Context, id: number, withList: boolean) {
  const db = ctx.deps.db;
  const b = await db.broadcast.findUniqueOrThrow({ where: { id } });
  const [report, regions] = await Promise.all([broadcastReport(db, id), listRegions(db)]);
  const t = ctx.t.bind(ctx);
  return { broadcast: b, html: broadcastCard(t, ctx.locale, b, report, regions), keyboard: cardKeyboard(t, b, withList) };
}

/** Sends the progress message to the author and remembers it for the tick's edits. */
export async function sendStatusMessage(ctx: Context, id: number): Promise<void> {
  const s = await statusScreen(ctx, id, false);
  const m = await ctx.reply(s.html, { parse_mode: "HTML", reply_markup: s.keyboard, link_preview_options: { is_disabled: true } });
  await setStatusMessage(ctx.deps.db, id, m.chat.id, m.message_id);
}
