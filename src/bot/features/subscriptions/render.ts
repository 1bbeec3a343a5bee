// Subscription screens as HTML + keyboard; no database access here.
import { InlineKeyboard } from "grammy";
import type { Context } from "../../context.ts";
import type { Region, Subscription, User } from "../../../generated/prisma/client.ts";
import { SECTORS } from "../../../domain/sectors.ts";
import { DIGEST_HOURS, QUIET_PRESETS, TOPICS, quietPresetOf, type QuietPreset, type StopResult } from "../../../domain/subscriptions.ts";
import { regionName } from "../../../domain/regions.ts";
import { backToMenu, mainMenuKeyboard, newRow } from "../../keyboards/menu.ts";
import { escapeHtml } from "../../ui.ts";
import { subscriptionsCb as cb } from "./callbacks.ts";

export interface Screen {
  html: string;
  keyboard: InlineKeyboard;
}

/** Region names by code, from the cached region list. */
export type RegionNames = (code: string) => string;

const hour = (h: number) => `${String(h).padStart(2, "0")}:00`;
const mark = (on: boolean) => (on ? "✅ " : "");

export function topicLabel(ctx: Context, topic: string): string {
  return ctx.t(`subscriptions-topic-${topic}`);
}

/** "📍 Aktobe Region — 💼 Vacancies" */
function subscriptionName(ctx: Context, s: Subscription, names: RegionNames): string {
  return `📍 ${escapeHtml(names(s.regionCode))} — ${topicLabel(ctx, s.topic)}`;
}

function summary(ctx: Context, s: Subscription): string {
  const parts = [
    s.frequency === "daily" ? ctx.t("subscriptions-freq-daily-short", { hour: hour(s.digestHour) }) : ctx.t("subscriptions-freq-instant-short"),
  ];
  if (s.topic === "vacancies") {
    if (s.sector) parts.push(ctx.t("subscriptions-filter-sector", { sector: ctx.t(`sector-${s.sector}`) }));
    if (s.workingOnly) parts.push(ctx.t("subscriptions-filter-working"));
  }
  return parts.join(" · ");
}

export function quietLine(ctx: Context, user: Pick<User, "quietFrom" | "quietTo">): string {
  return user.quietFrom === user.quietTo
    ? ctx.t("subscriptions-quiet-none")
    : ctx.t("subscriptions-quiet-now", { hours: `${hour(user.quietFrom)}–${hour(user.quietTo)}` });
}

export function renderList(ctx: Context, subs: Subscription[], names: RegionNames, user: User): Screen {
  const lines = subs.map((s, i) => `${i + 1}. ${subscriptionName(ctx, s, names)}\n    ${summary(ctx, s)}`);
  const body = lines.length > 0 ? `${lines.join("\n")}\n\n${ctx.t("subscriptions-list-hint")}` : ctx.t("subscriptions-empty");
  const html = [ctx.t("subscriptions-title"), ctx.t("subscriptions-intro"), body, quietLine(ctx, user)].join("\n\n");

  const kb = new InlineKeyboard();
  subs.forEach((s, i) => {
    kb.text(String(i + 1), cb.pack("sub", s.id));
    if (i % 5 === 4) kb.row();
  });
  newRow(kb);
  if (user.regionCode) kb.text(ctx.t("subscriptions-btn-own", { region: names(user.regionCode) }), cb.pack("region", user.regionCode)).row();
  kb.text(ctx.t("subscriptions-btn-other"), cb.pack("regions")).row();
  kb.text(ctx.t("subscriptions-btn-quiet"), cb.pack("quiet")).row();
  if (subs.length > 0) kb.text(ctx.t("subscriptions-btn-stop"), cb.pack("stop"));
  return { html, keyboard: backToMenu(ctx, kb) };
}

/** All regions, the user's own first and marked. */
export function renderRegions(ctx: Context, regions: Region[], own: string | null): Screen {
  const ordered = [...regions.filter((r) => r.code === own), ...regions.filter((r) => r.code !== own)];
  const kb = new InlineKeyboard();
  ordered.forEach((r, i) => {
    kb.text(`${r.code === own ? "📍 " : ""}${regionName(r, ctx.locale)}`, cb.pack("region", r.code));
    if (i % 2 === 1) kb.row();
  });
  newRow(kb).text(ctx.t("subscriptions-btn-back"), cb.pack("list"));
  return { html: ctx.t("subscriptions-regions-title"), keyboard: backToMenu(ctx, kb) };
}

/** The four topics of a region as on/off toggles; subscribed ones also lead to their settings. */
export function renderRegion(ctx: Context, region: string, regionCode: string, subs: Subscription[]): Screen {
  const byTopic = new Map(subs.map((s) => [s.topic, s]));
  const kb = new InlineKeyboard();
  for (const topic of TOPICS) {
    const s = byTopic.get(topic);
    kb.text(`${s ? "✅" : "➕"} ${topicLabel(ctx, topic)}`, cb.pack("toggle", regionCode, topic));
    if (s) kb.text(ctx.t("subscriptions-btn-settings"), cb.pack("sub", s.id));
    kb.row();
  }
  kb.text(ctx.t("subscriptions-btn-back"), cb.pack("list"));
  return { html: ctx.t("subscriptions-region-title", { region: escapeHtml(region) }), keyboard: backToMenu(ctx, kb) };
}

export function renderSubscription(ctx: Context, s: Subscription, names: RegionNames): Screen {
  const daily = s.frequency === "daily";
  const facts = [
    daily ? ctx.t("subscriptions-sub-daily", { hour: hour(s.digestHour) }) : ctx.t("subscriptions-sub-instant"),
  ];
  const kb = new InlineKeyboard()
    .text(mark(!daily) + ctx.t("subscriptions-btn-instant"), cb.pack("freq", s.id, "instant"))
    .text(mark(daily) + ctx.t("subscriptions-btn-daily"), cb.pack("freq", s.id, "daily"))
    .row();
  if (daily) {
    for (const h of DIGEST_HOURS) kb.text(mark(h === s.digestHour) + hour(h), cb.pack("hour", s.id, h));
    kb.row();
  }
  if (s.topic === "vacancies") {
    const sector = s.sector ? ctx.t(`sector-${s.sector}`) : ctx.t("subscriptions-sector-any");
    facts.push(ctx.t("subscriptions-sub-sector", { sector }));
    facts.push(ctx.t(s.workingOnly ? "subscriptions-sub-working-yes" : "subscriptions-sub-working-no"));
    kb.text(ctx.t("subscriptions-btn-sector", { sector }), cb.pack("sectors", s.id)).row();
    kb.text(`${s.workingOnly ? "✅" : "⬜"} ${ctx.t("subscriptions-btn-working")}`, cb.pack("working", s.id, s.workingOnly ? 0 : 1)).row();
  }
  kb.text(ctx.t("subscriptions-btn-delete"), cb.pack("del", s.id)).row();
  kb.text(ctx.t("subscriptions-btn-back"), cb.pack("list"));
  const html = `<b>${subscriptionName(ctx, s, names)}</b>\n\n${facts.join("\n")}`;
  return { html, keyboard: backToMenu(ctx, kb) };
}

export function renderSectors(ctx: Context, s: Subscription): Screen {
  const kb = new InlineKeyboard().text(mark(!s.sector) + ctx.t("subscriptions-sector-any"), cb.pack("sector", s.id, "any")).row();
  SECTORS.forEach((code, i) => {
    kb.text(mark(s.sector === code) + ctx.t(`sector-${code}`), cb.pack("sector", s.id, code));
    if (i % 2 === 1) kb.row();
  });
  newRow(kb).text(ctx.t("subscriptions-btn-back-sub"), cb.pack("sub", s.id));
  return { html: ctx.t("subscriptions-sectors-title"), keyboard: backToMenu(ctx, kb) };
}

export function renderQuiet(ctx: Context, user: User): Screen {
  const current = quietPresetOf(user);
  const kb = new InlineKeyboard();
  for (const [preset, { from, to }] of Object.entries(QUIET_PRESETS) as Array<[QuietPreset, { from: number; to: number }]>) {
    const label = preset === "off" ? ctx.t("subscriptions-quiet-off") : `🌙 ${hour(from)}–${hour(to)}`;
    kb.text(mark(current === preset) + label, cb.pack("quietset", preset)).row();
  }
  kb.text(ctx.t("subscriptions-btn-back"), cb.pack("list"));
  return { html: `${ctx.t("subscriptions-quiet-title")}\n\n${quietLine(ctx, user)}`, keyboard: backToMenu(ctx, kb) };
}

export function renderStopped(ctx: Context, result: StopResult, names: RegionNames): Screen {
  if (result.subscriptions.length === 0 && result.watches === 0) {
    return { html: ctx.t("subscriptions-stop-nothing"), keyboard: mainMenuKeyboard(ctx) };
  }
  const removed = result.subscriptions.map((s) => `• ${subscriptionName(ctx, s, names)}`);
  if (result.watches > 0) removed.push(`• ${ctx.t("subscriptions-stop-watches", { count: result.watches })}`);
  const html = [ctx.t("subscriptions-stop-done"), `${ctx.t("subscriptions-stop-removed")}\n${removed.join("\n")}`, ctx.t("subscriptions-stop-again")].join("\n\n");
  return { html, keyboard: mainMenuKeyboard(ctx) };
}
