// Screens of the events editor as HTML + keyboard; no database access here.
import { InlineKeyboard } from "grammy";
import type { Context } from "../../context.ts";
import type { Event, Region } from "../../../generated/prisma/client.ts";
import type { DraftProblem, EventColumns } from "../../../domain/events-editor/draft.ts";
import { TEXT_LIMITS, COUNT_LIMITS } from "../../../domain/events-editor/draft.ts";
import { MAX_DURATION_DAYS } from "../../../domain/events-editor/datetime.ts";
import type { EditorListItem } from "../../../domain/events-editor/list.ts";
import { formatDateRange, formatNumber } from "../../../domain/format.ts";
import { tr } from "../../../domain/locale.ts";
import { PAGE_SIZE, type Page } from "../../../domain/paging.ts";
import { regionName } from "../../../domain/regions.ts";
import { addNumberButtons, addPagination } from "../../keyboards/pagination.ts";
import { backToPanel, newRow } from "../../keyboards/menu.ts";
import { escapeHtml } from "../../ui.ts";
import { DEFAULT_POSITION, formatShortDateTime, kindEmoji, renderEventCard } from "../events/render.ts";
import { editorCb } from "./callbacks.ts";

export interface Screen {
  html: string;
  keyboard: InlineKeyboard;
}

const STATUS_ICON: Record<string, string> = { draft: "📝", published: "✅", cancelled: "❌" };

export function statusLabel(ctx: Context, status: string): string {
  return `${STATUS_ICON[status] ?? "•"} ${ctx.t(`editor-status-${status === "draft" || status === "cancelled" ? status : "published"}`)}`;
}

/** The staff list: upcoming events of the regions in scope, region filter when there are several. */
export function renderEditorList(ctx: Context, page: Page<EditorListItem>, regions: Region[], current: string | null): Screen {
  const lines = page.items.map((e, i) => {
    const title = tr(e, "title", ctx.locale) || "—";
    return `${page.page * PAGE_SIZE + i + 1}. ${kindEmoji(e.kind)} <b>${escapeHtml(title)}</b>\n    ${escapeHtml(formatShortDateTime(e.startsAt, ctx.locale))} · ${statusLabel(ctx, e.status)}`;
  });
  const region = current ? regions.find((r) => r.code === current) : regions.length === 1 ? regions[0] : undefined;
  const head = ctx.t("editor-list-title", { region: region ? escapeHtml(regionName(region, ctx.locale)) : ctx.t("editor-all-regions") });
  const body = lines.length > 0 ? lines.join("\n\n") : ctx.t("editor-list-empty");
  const kb = addNumberButtons(new InlineKeyboard(), page.page * PAGE_SIZE + 1, page.items.map((e) => e.id), (id) => editorCb.pack("open", id));
  addPagination(kb, page.page, page.pages, (p) => (current ? editorCb.pack("rlist", current, p) : editorCb.pack("list", p)));
  newRow(kb).text(ctx.t("editor-btn-new"), editorCb.pack("new")).row();
  if (regions.length > 1) {
    kb.text(`${current ? "" : "✅ "}${ctx.t("editor-all-regions")}`, editorCb.pack("list", 0)).row();
    regions.forEach((r, i) => {
      kb.text(`${r.code === current ? "✅ " : ""}${regionName(r, ctx.locale)}`, editorCb.pack("rlist", r.code, 0));
      if (i % 2 === 1) kb.row();
    });
  }
  return { html: `${head}\n\n${body}`, keyboard: backToPanel(ctx, kb) };
}

/** Languages the title is written in: "KK, RU". */
const languagesOf = (e: Pick<Event, "titleKk" | "titleRu" | "titleEn">) =>
  ([["KK", e.titleKk], ["RU", e.titleRu], ["EN", e.titleEn]] as const).filter(([, v]) => v.trim()).map(([l]) => l).join(", ") || "—";

/** The staff card of one event: what it is, its state, and what can be done with it. */
export function renderStaffCard(ctx: Context, e: Event & { region: Region }): Screen {
  const l = ctx.locale;
  const html = [
    `${kindEmoji(e.kind)} <b>${escapeHtml(tr(e, "title", l) || "—")}</b>`,
    ctx.t("editor-card-status", { status: statusLabel(ctx, e.status) }),
    ctx.t("events-card-when", { when: formatDateRange(e.startsAt, e.endsAt, l) }),
    ctx.t("events-card-region", { region: escapeHtml(regionName(e.region, l)) }),
    ctx.t("editor-card-languages", { languages: languagesOf(e) }),
  ].join("\n");
  const kb = new InlineKeyboard().text(ctx.t("editor-btn-preview"), editorCb.pack("preview", e.id));
  if (e.status !== "cancelled") {
    kb.text(ctx.t("editor-btn-edit"), editorCb.pack("edit", e.id)).row().text(ctx.t("editor-btn-cancel-event"), editorCb.pack("cancel", e.id));
  }
  newRow(kb).text(ctx.t("editor-btn-back-list"), editorCb.pack("list", 0));
  return { html, keyboard: kb };
}

/** The card exactly as jobseekers see it (the events feature's renderer), text only. */
export function previewHtml(ctx: Context, columns: Pick<Event, keyof EventColumns>, region: Region, now: Date, id = 0): string {
  const event: Event & { region: Region } = {
    ...columns,
    id,
    externalId: "",
    status: "published",
    publishedAt: null,
    createdById: null,
    createdAt: now,
    updatedAt: now,
    region,
  };
  return renderEventCard(ctx, { status: "visible", event, openVacancies: 0 }, DEFAULT_POSITION).html;
}

/** Fluent key part: "startsAt" → "starts-at", "too_long" → "too-long". */
export const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/_/g, "-");

const MAX_BY_FIELD: Partial<Record<string, number>> = { ...TEXT_LIMITS, ...COUNT_LIMITS };

/** One problem of a draft, in the user's language. */
export function problemText(ctx: Context, p: DraftProblem): string {
  const field = ctx.t(`editor-field-${kebab(p.field)}`);
  const key = p.field === "endsAt" && p.reason === "too_long" ? "too-long-event" : kebab(p.reason);
  return ctx.t(`editor-problem-${key}`, { field, max: formatNumber(MAX_BY_FIELD[p.field] ?? 0, ctx.locale), days: MAX_DURATION_DAYS });
}

export function problemsText(ctx: Context, problems: DraftProblem[]): string {
  return `${ctx.t("editor-problems")}\n${problems.map((p) => `• ${problemText(ctx, p)}`).join("\n")}`;
}
