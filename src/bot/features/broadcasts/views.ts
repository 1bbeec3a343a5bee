// Screens of a broadcast: its audience in words, its status with the report, and the buttons
// that fit its status. Pure functions of data and a translator, shared by the handlers and
// the scheduler job that edits the author's progress message.
import { InlineKeyboard } from "grammy";
import type { Broadcast, Region } from "../../../generated/prisma/client.ts";
import { formatDateTime, formatNumber } from "../../../domain/format.ts";
import type { Locale } from "../../../domain/locale.ts";
import { regionName } from "../../../domain/regions.ts";
import { parseAudience, type Audience, type BroadcastReport } from "../../../domain/broadcasts/index.ts";
import { escapeHtml } from "../../ui.ts";
import { broadcastCb } from "./callbacks.ts";

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** "Aktobe Region, Abai Region · subscribers: events · language: all". */
export type RegionNames = Pick<Region, "code" | "nameKk" | "nameRu" | "nameEn">;

export function audienceText(t: Translate, locale: Locale, a: Audience, regions: RegionNames[]): string {
  const names =
    a.regions === "all"
      ? t("broadcasts-regions-all")
      : a.regions.map((code) => regionName(regions.find((r) => r.code === code) ?? { nameKk: code, nameRu: code, nameEn: code }, locale)).join(", ");
  return t("broadcasts-audience", { regions: escapeHtml(names), who: t(`broadcasts-who-${a.who}`), language: t(`broadcasts-lang-${a.language}`) });
}

/** The counts of a report, one line each. */
export function reportText(t: Translate, locale: Locale, r: BroadcastReport): string {
  const n = (x: number) => formatNumber(x, locale);
  return t("broadcasts-report", { sent: n(r.sent), blocked: n(r.blocked), failed: n(r.failed), pending: n(r.pending), cancelled: n(r.cancelled) });
}

/** A short excerpt of the message, for lists. */
function excerpt(b: Pick<Broadcast, "text" | "photoFileId">): string {
  const chars = [...b.text.replace(/\s+/g, " ").trim()];
  const s = chars.length > 60 ? `${chars.slice(0, 59).join("")}…` : chars.join("");
  return (b.photoFileId ? "🖼 " : "") + escapeHtml(s);
}

/** Status line, audience, excerpt and (once started) the report. */
export function broadcastCard(t: Translate, locale: Locale, b: Broadcast, report: BroadcastReport, regions: RegionNames[]): string {
  const when = (d: Date | null) => (d ? formatDateTime(d, locale) : "");
  const head = t(`broadcasts-status-${b.status}`, { id: b.id, at: when(b.status === "scheduled" ? b.scheduledAt : b.finishedAt ?? b.startedAt) });
  const audience = parseAudience(b.audience);
  const lines = [head, excerpt(b)];
  if (audience) lines.push(audienceText(t, locale, audience, regions));
  if (b.status === "sending" || b.status === "done" || (b.status === "cancelled" && b.startedAt)) {
    lines.push(t("broadcasts-recipients", { count: b.recipientCount }), reportText(t, locale, report));
  }
  if (b.status === "sending" && report.pending > 0) lines.push(t("broadcasts-quiet-note"));
  return lines.join("\n\n");
}

/** Refresh and stop while sending; cancel while scheduled; back to the list otherwise. */
export function cardKeyboard(t: Translate, b: Pick<Broadcast, "id" | "status">, withList: boolean): InlineKeyboard {
  const kb = new InlineKeyboard();
  if (b.status === "sending") kb.text(t("broadcasts-refresh"), broadcastCb.pack("refresh", b.id)).text(t("broadcasts-stop"), broadcastCb.pack("stop", b.id)).row();
  if (b.status === "scheduled" || b.status === "draft") kb.text(t("broadcasts-cancel-scheduled"), broadcastCb.pack("stop", b.id)).row();
  if (withList) kb.text(t("broadcasts-back-list"), broadcastCb.pack("list", 0));
  return kb;
}
