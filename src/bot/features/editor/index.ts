// The events editor: staff create, edit and cancel their region's events. Every handler loads
// the sender's roles and checks the event's region against them (callback data can be forged);
// malformed data goes on (next) to "button out of date".
import { InlineKeyboard } from "grammy";
import { FeatureComposer } from "../../composer.ts";
import type { Context } from "../../context.ts";
import { staffRoles, refuse } from "../../access.ts";
import type { OuterContext } from "../../conversations/dialog.ts";
import { show, toast } from "../../ui.ts";
import { cancelEvent } from "../../../domain/events-editor/publish.ts";
import { editorRegions, listEditorEvents } from "../../../domain/events-editor/list.ts";
import { listRegions } from "../../../domain/regions.ts";
import { canManageRegion, type Roles } from "../../../domain/roles.ts";
import { tr } from "../../../domain/locale.ts";
import { escapeHtml } from "../../ui.ts";
import { editorCb } from "./callbacks.ts";
import { EVENT_EDITOR } from "./dialog.ts";
import { previewHtml, renderEditorList, renderStaffCard } from "./render.ts";

export const editorFeature = new FeatureComposer<Context>();

async function showList(ctx: Context, page: number, region: string | null): Promise<void> {
  const roles = await staffRoles(ctx);
  if (!roles) return;
  if (region && !canManageRegion(roles, region)) return refuse(ctx, "access-out-of-scope");
  const all = await listRegions(ctx.deps.db);
  const inScope = editorRegions(roles);
  const regions = inScope === null ? all : all.filter((r) => inScope.includes(r.code));
  const list = await listEditorEvents(ctx.deps.db, { roles, region, now: ctx.deps.clock.now(), page });
  const s = renderEditorList(ctx, list, regions, region);
  await show(ctx, s.html, s.keyboard);
}

/** The event when it exists and is in the sender's scope; otherwise a refusal and null. */
async function ownEvent(ctx: Context, id: number): Promise<{ roles: Roles; event: NonNullable<Awaited<ReturnType<typeof loadEvent>>> } | null> {
  const roles = await staffRoles(ctx);
  if (!roles) return null;
  const event = await loadEvent(ctx, id);
  if (!event) {
    await refuse(ctx, "item-not-found");
    return null;
  }
  if (!canManageRegion(roles, event.regionCode)) {
    ctx.log.warn({ eventId: id, regionCode: event.regionCode }, "editor: event out of scope");
    await refuse(ctx, "access-out-of-scope");
    return null;
  }
  return { roles, event };
}

const loadEvent = (ctx: Context, id: number) => ctx.deps.db.event.findUnique({ where: { id }, include: { region: true } });

/** Arguments of an action, or null (malformed → next → "button out of date"). */
const idOf = (data: string | undefined, action: "open" | "preview" | "edit" | "cancel" | "cancelYes") => {
  const id = editorCb.parse(action, data)?.[0];
  return id !== undefined && id > 0 ? id : null;
};

editorFeature.command("events_admin", (ctx) => showList(ctx, 0, null));

editorFeature.callbackQuery(editorCb.match("list"), async (ctx, next) => {
  const args = editorCb.parse("list", ctx.callbackQuery.data);
  if (!args) return next();
  await showList(ctx, args[0], null);
});

editorFeature.callbackQuery(editorCb.match("rlist"), async (ctx, next) => {
  const args = editorCb.parse("rlist", ctx.callbackQuery.data);
  if (!args) return next();
  await showList(ctx, args[1], args[0]);
});

editorFeature.callbackQuery(editorCb.match("open"), async (ctx, next) => {
  const id = idOf(ctx.callbackQuery.data, "open");
  if (id === null) return next();
  const own = await ownEvent(ctx, id);
  if (!own) return;
  const s = renderStaffCard(ctx, own.event);
  await show(ctx, s.html, s.keyboard);
});

editorFeature.callbackQuery(editorCb.match("preview"), async (ctx, next) => {
  const id = idOf(ctx.callbackQuery.data, "preview");
  if (id === null) return next();
  const own = await ownEvent(ctx, id);
  if (!own) return;
  const e = own.event;
  // The card as it would look published, whatever the event's status now.
  const html = previewHtml(ctx, e, e.region, ctx.deps.clock.now(), e.id);
  await show(ctx, `${ctx.t("editor-preview-head")}\n\n${html}`, new InlineKeyboard().text(ctx.t("editor-btn-back-card"), editorCb.pack("open", e.id)));
});

editorFeature.callbackQuery(editorCb.match("new"), async (ctx, next) => {
  if (!editorCb.parse("new", ctx.callbackQuery.data)) return next();
  if (!(await staffRoles(ctx))) return;
  await toast(ctx, "");
  await (ctx as OuterContext).conversation.enter(EVENT_EDITOR, 0);
});

editorFeature.callbackQuery(editorCb.match("edit"), async (ctx, next) => {
  const id = idOf(ctx.callbackQuery.data, "edit");
  if (id === null) return next();
  const own = await ownEvent(ctx, id);
  if (!own) return;
  if (own.event.status === "cancelled") return refuse(ctx, "editor-already-cancelled");
  await toast(ctx, "");
  await (ctx as OuterContext).conversation.enter(EVENT_EDITOR, id);
});

editorFeature.callbackQuery(editorCb.match("cancel"), async (ctx, next) => {
  const id = idOf(ctx.callbackQuery.data, "cancel");
  if (id === null) return next();
  const own = await ownEvent(ctx, id);
  if (!own) return;
  if (own.event.status === "cancelled") return refuse(ctx, "editor-already-cancelled");
  const kb = new InlineKeyboard().text(ctx.t("editor-btn-cancel-yes"), editorCb.pack("cancelYes", id)).row().text(ctx.t("editor-btn-cancel-no"), editorCb.pack("open", id));
  await show(ctx, ctx.t("editor-cancel-ask", { title: escapeHtml(tr(own.event, "title", ctx.locale)) }), kb);
});

editorFeature.callbackQuery(editorCb.match("cancelYes"), async (ctx, next) => {
  const id = idOf(ctx.callbackQuery.data, "cancelYes");
  if (id === null) return next();
  const roles = await staffRoles(ctx);
  if (!roles || !ctx.user) return;
  // The domain checks the scope again inside its transaction, against the event as it is now.
  const r = await cancelEvent(ctx.deps.db, { actorId: ctx.user.id, roles, eventId: id, now: ctx.deps.clock.now() });
  if (!r.ok) {
    if (r.reason === "forbidden") ctx.log.warn({ eventId: id }, "editor: cancel out of scope");
    return refuse(ctx, r.reason === "forbidden" ? "access-out-of-scope" : r.reason === "cancelled" ? "editor-already-cancelled" : "item-not-found");
  }
  await toast(ctx, ctx.t("editor-cancelled-toast", { count: r.watchersTold }));
  const event = await loadEvent(ctx, id);
  if (event) {
    const s = renderStaffCard(ctx, event);
    await show(ctx, s.html, s.keyboard);
  }
});
