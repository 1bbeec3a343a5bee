// The scheduler's broadcast tick (every minute): starts scheduled broadcasts that are due,
// finishes those with nothing left to send, and edits each running broadcast's progress
// message in its author's chat (replaced by the final report when done). The edits go straight
// through the Bot API — one per running broadcast a minute, to its own author, far below any
// limit — because the outbox only sends new messages.
import { GrammyError, type Api } from "grammy";
import type { Db } from "../../../db/client.ts";
import { DEFAULT_LOCALE, isLocale } from "../../../domain/locale.ts";
import { listRegions } from "../../../domain/regions.ts";
import { broadcastReports, finishDrainedBroadcasts, startDueBroadcasts } from "../../../domain/broadcasts/index.ts";
import { i18n } from "../../i18n.ts";
import { isNotModified } from "../../ui.ts";
import { broadcastCard, cardKeyboard } from "./views.ts";

export interface TickResult {
  started: number[];
  finished: number[];
  edited: number;
}

export async function broadcastTick(db: Db, now: Date, api?: Api, adminIds: number[] = []): Promise<TickResult> {
  const started = await startDueBroadcasts(db, now, adminIds);
  const finished = await finishDrainedBroadcasts(db, now);
  const edited = api ? await refreshStatusMessages(db, api, finished) : 0;
  return { started, finished, edited };
}

/** Edits the progress messages of running broadcasts and of the ones just finished. */
async function refreshStatusMessages(db: Db, api: Api, justFinished: number[]): Promise<number> {
  const rows = await db.broadcast.findMany({
    where: { statusMessageId: { not: null }, OR: [{ status: "sending" }, { id: { in: justFinished } }] },
    include: { createdBy: { select: { locale: true } } },
  });
  if (rows.length === 0) return 0;
  const [reports, regions] = await Promise.all([broadcastReports(db, rows.map((b) => b.id)), listRegions(db)]);
  let edited = 0;
  for (const b of rows) {
    const locale = isLocale(b.createdBy.locale) ? b.createdBy.locale : DEFAULT_LOCALE;
    const t = (key: string, vars?: Record<string, string | number>) => i18n.t(locale, key, vars);
    try {
      await api.editMessageText(Number(b.statusChatId), b.statusMessageId!, broadcastCard(t, locale, b, reports.get(b.id)!, regions), {
        parse_mode: "HTML",
        reply_markup: cardKeyboard(t, b, false),
        link_preview_options: { is_disabled: true },
      });
      edited++;
    } catch (err) {
      // Unchanged counts: fine. The author deleted the message or blocked the bot: stop editing
      // it. Anything else (network, 5xx) is tried again next minute.
      if (err instanceof GrammyError && !isNotModified(err) && err.error_code < 500) {
        await db.broadcast.update({ where: { id: b.id }, data: { statusMessageId: null } });
      }
    }
  }
  return edited;
}
