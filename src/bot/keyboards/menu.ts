// The main menu: one entry per feature. Features link back here with backToMenu(), staff
// tools to the staff panel with backToPanel().
import { InlineKeyboard } from "grammy";
import type { Context } from "../context.ts";
import { menuCb } from "../features/menu/callbacks.ts";
import { eventsCb } from "../features/events/callbacks.ts";
import { vacanciesCb } from "../features/vacancies/callbacks.ts";
import { coursesCb } from "../features/courses/callbacks.ts";
import { collegesCb } from "../features/colleges/callbacks.ts";
import { searchCb } from "../features/search/callbacks.ts";
import { myCb } from "../features/my/callbacks.ts";
import { subscriptionsCb } from "../features/subscriptions/callbacks.ts";
import { staffCb } from "../features/staff/callbacks.ts";

export function mainMenuKeyboard(ctx: Context): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.t("menu-events"), eventsCb.pack("list", "my", 0))
    .text(ctx.t("menu-vacancies"), vacanciesCb.pack("list", "any", "a", 0))
    .row()
    .text(ctx.t("menu-courses"), coursesCb.pack("list", "any", "any", "any", 0))
    .text(ctx.t("menu-colleges"), collegesCb.pack("list", "a", 0))
    .row()
    .text(ctx.t("menu-search"), searchCb.pack("prompt"))
    .text(ctx.t("my-menu"), myCb.pack("list", 0))
    .row()
    .text(ctx.t("subscriptions-menu"), subscriptionsCb.pack("list"))
    .row()
    .text(ctx.t("menu-settings"), menuCb.pack("settings"))
    .text(ctx.t("menu-help"), menuCb.pack("help"));
}

/** A one-button keyboard (or an extra row) leading back to the main menu. */
export function backToMenu(ctx: Context, kb = new InlineKeyboard()): InlineKeyboard {
  return newRow(kb).text(ctx.t("menu-back-home"), menuCb.pack("home"));
}

/** An extra row leading back to the staff panel, where every staff tool starts. */
export function backToPanel(ctx: Context, kb = new InlineKeyboard()): InlineKeyboard {
  return newRow(kb).text(ctx.t("staff-back-panel"), staffCb.pack("panel"));
}

/** Starts a new row unless the last one is still empty (grammY's row() always adds one). */
export function newRow(kb: InlineKeyboard): InlineKeyboard {
  const last = kb.inline_keyboard.at(-1);
  return last && last.length === 0 ? kb : kb.row();
}
