// "My sign-ups" screens as HTML + keyboard; handlers pass what the domain returned.
import { InlineKeyboard } from "grammy";
import type { Context } from "../../context.ts";
import type { listMyRegistrations } from "../../../domain/registrations/my.ts";
import { formatDate, formatDateTime } from "../../../domain/format.ts";
import { tr } from "../../../domain/locale.ts";
import { clampPage, PAGE_SIZE } from "../../../domain/paging.ts";
import { backToMenu } from "../../keyboards/menu.ts";
import { addPagination } from "../../keyboards/pagination.ts";
import { escapeHtml } from "../../ui.ts";
import { coursesCb } from "../courses/callbacks.ts";
import { myCb } from "./callbacks.ts";

export type MyRegistration = Awaited<ReturnType<typeof listMyRegistrations>>[number];

/** Statuses the applicant can still cancel themselves (an offer is declined instead). */
const CANCELLABLE = new Set(["pending", "approved", "waitlisted"]);

export const statusLabel = (ctx: Context, status: string): string => ctx.t(`my-status-${status}`);
const courseTitle = (ctx: Context, r: MyRegistration): string => escapeHtml(tr(r.course, "title", ctx.locale));

export function renderList(ctx: Context, regs: MyRegistration[], page: number): { html: string; keyboard: InlineKeyboard } {
  if (regs.length === 0) return { html: `${ctx.t("my-title")}\n\n${ctx.t("my-empty")}`, keyboard: backToMenu(ctx) };
  const c = clampPage(page, regs.length);
  const items = regs.slice(c.skip, c.skip + PAGE_SIZE);
  const kb = new InlineKeyboard();
  const lines = items.map((r, i) => {
    const n = c.skip + i + 1;
    kb.text(String(n), myCb.pack("card", r.id));
    const line = [ctx.t("my-list-item", { n, course: courseTitle(ctx, r), status: statusLabel(ctx, r.status), starts: formatDate(r.course.startsAt, ctx.locale) })];
    if (r.status === "rejected" && r.rejectReason) line.push(ctx.t("my-list-reason", { reason: escapeHtml(r.rejectReason) }));
    if (r.status === "offered" && r.offerExpiresAt) line.push(ctx.t("my-list-offer", { deadline: formatDateTime(r.offerExpiresAt, ctx.locale) }));
    return line.join("\n");
  });
  addPagination(kb, c.page, c.pages, (p) => myCb.pack("list", p));
  const html = [ctx.t("my-title"), ...lines, ctx.t("my-list-hint")].join("\n\n");
  return { html, keyboard: backToMenu(ctx, kb) };
}

/** The card's text: course, status (with the reason or the offer's deadline), dates. */
export function cardText(ctx: Context, r: MyRegistration): string {
  const lines = [`<b>${courseTitle(ctx, r)}</b>`, ctx.t("courses-card-provider", { provider: escapeHtml(tr(r.course.provider, "name", ctx.locale)) }), ""];
  lines.push(ctx.t("my-card-status", { status: statusLabel(ctx, r.status) }));
  if (r.status === "rejected" && r.rejectReason) lines.push(ctx.t("my-card-reason", { reason: escapeHtml(r.rejectReason) }));
  lines.push(
    ctx.t("courses-card-starts", { date: formatDate(r.course.startsAt, ctx.locale) }),
    ctx.t("courses-card-duration", { weeks: r.course.durationWeeks }),
    ctx.t("my-card-applied", { date: formatDateTime(r.createdAt, ctx.locale) }),
  );
  if (r.status === "offered" && r.offerExpiresAt) lines.push("", ctx.t("my-card-offer", { deadline: formatDateTime(r.offerExpiresAt, ctx.locale) }));
  if (r.status === "waitlisted") lines.push("", ctx.t("my-card-waitlist-hint"));
  return lines.join("\n");
}

export function renderCard(ctx: Context, r: MyRegistration, notice?: string): { html: string; keyboard: InlineKeyboard } {
  const kb = new InlineKeyboard();
  if (r.status === "offered") kb.text(ctx.t("my-offer-accept"), myCb.pack("accept", r.id)).text(ctx.t("my-offer-decline"), myCb.pack("decline", r.id)).row();
  if (CANCELLABLE.has(r.status)) kb.text(ctx.t("my-cancel"), myCb.pack("cancel", r.id)).row();
  kb.text(ctx.t("my-open-course"), coursesCb.pack("open", r.courseId)).row();
  kb.text(ctx.t("my-back-list"), myCb.pack("list", 0));
  const html = notice ? `${notice}\n\n${cardText(ctx, r)}` : cardText(ctx, r);
  return { html, keyboard: backToMenu(ctx, kb) };
}

/** "Are you sure?" for cancelling (mentions the seat passing on when there is one) or declining. */
export function renderConfirm(ctx: Context, r: MyRegistration, what: "cancel" | "decline"): { html: string; keyboard: InlineKeyboard } {
  const course = courseTitle(ctx, r);
  const question =
    what === "decline"
      ? ctx.t("my-decline-confirm", { course })
      : ctx.t(r.status === "approved" ? "my-cancel-confirm-seat" : "my-cancel-confirm", { course });
  const yes = what === "decline" ? myCb.pack("declineYes", r.id) : myCb.pack("cancelYes", r.id);
  const kb = new InlineKeyboard().text(ctx.t(what === "decline" ? "my-decline-yes" : "my-cancel-yes"), yes).text(ctx.t("my-keep"), myCb.pack("card", r.id));
  return { html: `${cardText(ctx, r)}\n\n<b>${question}</b>`, keyboard: kb };
}
