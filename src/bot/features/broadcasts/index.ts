// Broadcasts: compose (the BROADCAST dialog), choose the audience, preview, send now or
// schedule; a progress message while sending and a report afterwards; the author's list.
// Every press re-checks on the server that the sender may act on that broadcast (staff of
// all its regions, its author, or an admin): forged ids get a refusal and change nothing.
import { InlineKeyboard } from "grammy";
import { FeatureComposer } from "../../composer.ts";
import type { Context } from "../../context.ts";
import { refuse, staffRoles } from "../../access.ts";
import type { OuterContext } from "../../conversations/dialog.ts";
import { addNumberButtons, addPagination } from "../../keyboards/pagination.ts";
import { backToPanel } from "../../keyboards/menu.ts";
import { escapeHtml, show, toast } from "../../ui.ts";
import { formatDate } from "../../../domain/format.ts";
import { broadcastReports, cancelBroadcast, getBroadcast, listBroadcasts, type Actor } from "../../../domain/broadcasts/index.ts";
import { broadcastCb } from "./callbacks.ts";
import { BROADCAST } from "./dialog.ts";
import { statusScreen } from "./status.ts";

export const broadcastsFeature = new FeatureComposer<Context>();

/** The sender as an actor when they are staff (admins are); otherwise a refusal and null. */
async function actorOf(ctx: Context): Promise<Actor | null> {
  const roles = await staffRoles(ctx);
  return roles && ctx.user ? { userId: ctx.user.id, roles } : null;
}

async function compose(ctx: Context): Promise<void> {
  if (!(await actorOf(ctx))) return;
  await (ctx as OuterContext).conversation.enter(BROADCAST);
}

broadcastsFeature.command("broadcast", compose);
broadcastsFeature.callbackQuery(broadcastCb.match("new"), async (ctx, next) => {
  if (!broadcastCb.parse("new", ctx.callbackQuery.data)) return next();
  await compose(ctx);
});

const LIST_SIZE = 5;

broadcastsFeature.callbackQuery(broadcastCb.match("list"), async (ctx, next) => {
  const page = broadcastCb.parse("list", ctx.callbackQuery.data)?.[0];
  if (page === undefined) return next();
  const actor = await actorOf(ctx);
  if (!actor) return;
  const p = await listBroadcasts(ctx.deps.db, actor, page, LIST_SIZE);
  const reports = await broadcastReports(ctx.deps.db, p.items.map((b) => b.id));
  const first = p.page * LIST_SIZE + 1;
  const lines = p.items.map((b, i) => {
    const r = reports.get(b.id)!;
    const text = [...b.text.replace(/\s+/g, " ")];
    return ctx.t("broadcasts-list-item", {
      n: first + i,
      id: b.id,
      status: ctx.t(`broadcasts-state-${b.status}`),
      date: formatDate(b.scheduledAt ?? b.createdAt, ctx.locale),
      sent: r.sent,
      total: b.recipientCount,
      text: escapeHtml(text.length > 40 ? `${text.slice(0, 39).join("")}…` : text.join("")) || "🖼",
    });
  });
  const html = p.total === 0 ? ctx.t("broadcasts-list-empty") : [ctx.t("broadcasts-list-title", { count: p.total }), "", ...lines].join("\n");
  const kb = new InlineKeyboard();
  if (p.items.length > 0) addNumberButtons(kb, first, p.items.map((b) => b.id), (id) => broadcastCb.pack("open", id));
  addPagination(kb, p.page, p.pages, (n) => broadcastCb.pack("list", n));
  kb.text(ctx.t("broadcasts-new"), broadcastCb.pack("new"));
  await show(ctx, html, backToPanel(ctx, kb));
});

/** Parses `action`'s id, checks the sender may act on that broadcast; null after a refusal. */
async function target(ctx: Context, action: "open" | "refresh" | "stop" | "stopYes"): Promise<{ actor: Actor; id: number } | null | "malformed"> {
  const id = broadcastCb.parse(action, ctx.callbackQuery?.data)?.[0];
  if (id === undefined || id <= 0) return "malformed";
  const actor = await actorOf(ctx);
  if (!actor) return null;
  const found = await getBroadcast(ctx.deps.db, actor, id);
  if (!found.ok) {
    await refuse(ctx, found.reason === "not_found" ? "item-not-found" : "access-out-of-scope");
    return null;
  }
  return { actor, id };
}

/** Shows the card in place; on the progress message itself, without the list button. */
async function showCard(ctx: Context, id: number): Promise<void> {
  const b = await ctx.deps.db.broadcast.findUniqueOrThrow({ where: { id }, select: { statusMessageId: true } });
  const onStatus = b.statusMessageId !== null && ctx.callbackQuery?.message?.message_id === b.statusMessageId;
  const s = await statusScreen(ctx, id, !onStatus);
  await show(ctx, s.html, s.keyboard);
}

for (const action of ["open", "refresh"] as const) {
  broadcastsFeature.callbackQuery(broadcastCb.match(action), async (ctx, next) => {
    const t = await target(ctx, action);
    if (t === "malformed") return next();
    if (t) await showCard(ctx, t.id);
  });
}

broadcastsFeature.callbackQuery(broadcastCb.match("stop"), async (ctx, next) => {
  const t = await target(ctx, "stop");
  if (t === "malformed") return next();
  if (!t) return;
  const kb = new InlineKeyboard().text(ctx.t("broadcasts-stop-yes"), broadcastCb.pack("stopYes", t.id)).text(ctx.t("broadcasts-stop-no"), broadcastCb.pack("refresh", t.id));
  await show(ctx, ctx.t("broadcasts-stop-ask", { id: t.id }), kb);
});

broadcastsFeature.callbackQuery(broadcastCb.match("stopYes"), async (ctx, next) => {
  const t = await target(ctx, "stopYes");
  if (t === "malformed") return next();
  if (!t) return;
  const r = await cancelBroadcast(ctx.deps.db, t.actor, t.id, ctx.deps.clock.now());
  if (r.ok) await toast(ctx, ctx.t("broadcasts-stopped", { count: r.stopped }), true);
  else await toast(ctx, ctx.t(r.reason === "finished" ? "broadcasts-already-finished" : "access-out-of-scope"), true);
  await showCard(ctx, t.id);
});
