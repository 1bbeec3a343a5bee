// The staff panel: one screen leading to every staff tool. Other features own the targets;
// this only packs their entry callbacks.
import { InlineKeyboard } from "grammy";
import { FeatureComposer } from "../../composer.ts";
import type { Context } from "../../context.ts";
import { staffRoles } from "../../access.ts";
import { show, escapeHtml } from "../../ui.ts";
import { listRegions, regionName } from "../../../domain/regions.ts";
import { editorCb } from "../editor/callbacks.ts";
import { broadcastCb } from "../broadcasts/callbacks.ts";
import { importCb } from "../import/callbacks.ts";
import { staffCb } from "./callbacks.ts";

export const panel = new FeatureComposer<Context>();

export async function showPanel(ctx: Context): Promise<void> {
  const roles = await staffRoles(ctx);
  if (!roles) return;
  const regions = roles.admin
    ? ctx.t("staff-panel-all-regions")
    : (await listRegions(ctx.deps.db)).filter((r) => roles.staffRegions.includes(r.code)).map((r) => regionName(r, ctx.locale)).join(", ");
  const kb = new InlineKeyboard()
    .text(ctx.t("staff-panel-events"), editorCb.pack("list", 0))
    .row()
    .text(ctx.t("staff-panel-new-broadcast"), broadcastCb.pack("new"))
    .text(ctx.t("staff-panel-broadcasts"), broadcastCb.pack("list", 0))
    .row()
    .text(ctx.t("staff-panel-import"), importCb.pack("help"))
    .text(ctx.t("staff-panel-stats"), staffCb.pack("stats"))
    .row()
    .text(ctx.t("staff-panel-invite"), staffCb.pack("invite"));
  if (roles.admin) kb.text(ctx.t("staff-panel-people"), staffCb.pack("people", 0));
  const title = ctx.t(roles.admin ? "staff-panel-title-admin" : "staff-panel-title");
  await show(ctx, `${title}\n${ctx.t("staff-panel-regions", { regions: escapeHtml(regions) })}`, kb);
}

panel.command("panel", showPanel);
panel.callbackQuery(staffCb.match("panel"), showPanel);
