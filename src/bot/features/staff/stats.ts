// /stats: admins see every region, regional staff theirs. One compact message.
import { InlineKeyboard } from "grammy";
import { FeatureComposer } from "../../composer.ts";
import type { Context } from "../../context.ts";
import { staffRoles } from "../../access.ts";
import { escapeHtml, show } from "../../ui.ts";
import { formatNumber, formatShortDay } from "../../../domain/format.ts";
import { listRegions, regionName } from "../../../domain/regions.ts";
import { DELIVERY_STATUSES } from "../../../domain/outbox.ts";
import { OUTBOX_RETENTION_DAYS } from "../../../domain/outbox-retention.ts";
import { collectStats, type Stats } from "../../../domain/staff/stats.ts";
import { staffCb } from "./callbacks.ts";

export const stats = new FeatureComposer<Context>();

const SIGNUP_STATUSES = ["pending", "approved", "waitlisted", "offered", "rejected", "cancelled", "withdrawn"];

/** "label: n · label: n" for the statuses that occur, in a fixed order (others last). */
function counts(ctx: Context, byStatus: Record<string, number>, order: readonly string[], keyOf: (s: string) => string): string {
  const statuses = [...order.filter((s) => s in byStatus), ...Object.keys(byStatus).filter((s) => !order.includes(s))];
  if (statuses.length === 0) return "0";
  return statuses.map((s) => `${ctx.t(keyOf(s))}: ${formatNumber(byStatus[s]!, ctx.locale)}`).join(" · ");
}

export async function renderStats(ctx: Context, s: Stats, scope: string): Promise<string> {
  const n = (v: number) => formatNumber(v, ctx.locale);
  const regions = new Map((await listRegions(ctx.deps.db)).map((r) => [r.code, r]));
  const lines = [
    ctx.t("staff-stats-title", { scope: escapeHtml(scope) }),
    ctx.t("staff-stats-users", { total: n(s.users.total), active: n(s.users.active), recent: n(s.users.newLast7Days) }),
    ctx.t("staff-stats-subscribers", { count: n(s.subscribers) }),
    ctx.t("staff-stats-signups", { counts: counts(ctx, s.signupsByStatus, SIGNUP_STATUSES, (st) => `my-status-${st}`) }),
    ctx.t("staff-stats-deliveries", {
      days: OUTBOX_RETENTION_DAYS,
      counts: counts(ctx, s.deliveriesByStatus, DELIVERY_STATUSES, (st) => `staff-delivery-${st}`),
    }),
  ];
  if (s.regions.length) {
    lines.push("", ctx.t("staff-stats-regions"));
    for (const r of s.regions) {
      const region = regions.get(r.regionCode);
      const name = escapeHtml(region ? regionName(region, ctx.locale) : r.regionCode);
      lines.push(ctx.t("staff-stats-region-line", { region: name, users: n(r.users), subscribers: n(r.subscribers), signups: n(r.signups), events: n(r.upcomingEvents) }));
    }
  }
  lines.push("", ctx.t("staff-stats-trend"));
  for (const d of s.trend) {
    lines.push(ctx.t("staff-stats-trend-line", { day: escapeHtml(formatShortDay(d.date, ctx.locale)), users: n(d.newUsers), signups: n(d.signups), sent: n(d.deliveriesSent) }));
  }
  lines.push("", ctx.t("staff-stats-legend"));
  return lines.join("\n");
}

async function showStats(ctx: Context): Promise<void> {
  const roles = await staffRoles(ctx);
  if (!roles) return;
  const data = await collectStats(ctx.deps.db, { now: ctx.deps.clock.now(), regionCodes: roles.admin ? "all" : roles.staffRegions });
  const all = await listRegions(ctx.deps.db);
  const scope = roles.admin
    ? ctx.t("staff-panel-all-regions")
    : all.filter((r) => roles.staffRegions.includes(r.code)).map((r) => regionName(r, ctx.locale)).join(", ");
  const kb = new InlineKeyboard().text(ctx.t("staff-stats-refresh"), staffCb.pack("stats")).text(ctx.t("staff-back-panel"), staffCb.pack("panel"));
  await show(ctx, await renderStats(ctx, data, scope), kb);
}

stats.command("stats", showStats);
stats.callbackQuery(staffCb.match("stats"), showStats);
