// /mydata as HTML: every stored field, grouped, with what it is for and how to erase it.
import { InlineKeyboard } from "grammy";
import type { Context } from "../../context.ts";
import type { MyData } from "../../../domain/personal-data.ts";
import { CONSENT_PURPOSE } from "../../../domain/consent.ts";
import { formatDate, formatDateTime } from "../../../domain/format.ts";
import { isLocale, tr } from "../../../domain/locale.ts";
import { displayPhone } from "../../../domain/phone.ts";
import { isEducationLevel } from "../../../domain/registrations/status.ts";
import { i18n } from "../../i18n.ts";
import { backToMenu } from "../../keyboards/menu.ts";
import { escapeHtml } from "../../ui.ts";
import { mydataCb } from "./callbacks.ts";

/** Registrations listed one by one; the rest are counted (the message must stay < 4096 chars). */
const MAX_LISTED = 15;

const none = (ctx: Context) => ctx.t("mydata-none");
const text = (ctx: Context, v: string | null | undefined) => (v ? escapeHtml(v) : none(ctx));

export function renderMyData(ctx: Context, d: MyData, regionName: string | null): { html: string; keyboard: InlineKeyboard } {
  const p = d.profile;
  const telegramName = [p.firstName, p.lastName].filter(Boolean).join(" ");
  const lines = [
    ctx.t("mydata-title"),
    "",
    ctx.t("mydata-section-telegram"),
    ctx.t("mydata-telegram-id", { id: p.telegramId.toString() }),
    ctx.t("mydata-telegram-name", { name: text(ctx, telegramName) }),
    ctx.t("mydata-telegram-username", { username: p.username ? `@${escapeHtml(p.username)}` : none(ctx) }),
    ctx.t("mydata-language", { language: isLocale(p.locale) ? i18n.t(p.locale, "language-name") : none(ctx) }),
    ctx.t("mydata-region", { region: text(ctx, regionName) }),
    ctx.t("mydata-since", { date: formatDate(p.createdAt, ctx.locale) }),
    "",
    ctx.t("mydata-section-signup"),
    ctx.t("mydata-full-name", { name: text(ctx, p.fullName) }),
    ctx.t("mydata-phone", { phone: text(ctx, p.phone && displayPhone(p.phone)) }),
    // A calendar date stored as UTC midnight: formatted in UTC so it is not shifted.
    ctx.t("mydata-birth-date", { date: p.birthDate ? formatDate(p.birthDate, ctx.locale, "UTC") : none(ctx) }),
    ctx.t("mydata-education", {
      education: p.educationLevel ? (isEducationLevel(p.educationLevel) ? ctx.t(`signup-education-${p.educationLevel}`) : escapeHtml(p.educationLevel)) : none(ctx),
    }),
    "",
    ctx.t("mydata-section-consents"),
  ];
  if (d.consents.length === 0) lines.push(none(ctx));
  for (const c of d.consents) {
    const purpose = c.purpose === CONSENT_PURPOSE ? ctx.t("mydata-purpose-course-registration") : escapeHtml(c.purpose);
    const vars = { purpose, version: escapeHtml(c.version), given: formatDateTime(c.givenAt, ctx.locale) };
    const line = c.withdrawnAt ? ctx.t("mydata-consent-withdrawn", { ...vars, withdrawn: formatDateTime(c.withdrawnAt, ctx.locale) }) : ctx.t("mydata-consent-given", vars);
    lines.push(c.givenBy === "representative" ? `${line} · ${ctx.t("mydata-consent-by-representative")}` : line);
  }
  lines.push("", ctx.t("mydata-section-registrations", { count: d.registrations.length }));
  for (const r of d.registrations.slice(0, MAX_LISTED)) {
    lines.push(
      ctx.t("mydata-registration", {
        course: escapeHtml(tr(r.course, "title", ctx.locale)),
        status: ctx.t(`my-status-${r.status}`),
        date: formatDate(r.createdAt, ctx.locale),
      }),
    );
  }
  if (d.registrations.length > MAX_LISTED) lines.push(ctx.t("mydata-registrations-more", { count: d.registrations.length - MAX_LISTED }));
  lines.push(
    "",
    ctx.t("mydata-section-other"),
    ctx.t("mydata-subscriptions", { count: d.subscriptionsCount }),
    ctx.t("mydata-watches", { count: d.watchesCount }),
    "",
    ctx.t("mydata-footer"),
  );
  const kb = new InlineKeyboard().text(ctx.t("mydata-erase-button"), mydataCb.pack("erase"));
  return { html: lines.join("\n"), keyboard: backToMenu(ctx, kb) };
}

export function renderEraseConfirm(ctx: Context): { html: string; keyboard: InlineKeyboard } {
  const kb = new InlineKeyboard().text(ctx.t("mydata-erase-yes"), mydataCb.pack("eraseYes")).row().text(ctx.t("mydata-erase-no"), mydataCb.pack("show"));
  return { html: ctx.t("mydata-erase-confirm"), keyboard: kb };
}
