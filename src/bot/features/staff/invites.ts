// Invite links: /invite (or the panel button) → role → region / provider / course → a one-time
// link with its expiry and a button to withdraw it. Admins invite anyone; regional staff invite
// staff of their own regions. The domain re-checks who may invite what on every creation.
import { InlineKeyboard } from "grammy";
import { FeatureComposer } from "../../composer.ts";
import type { Context } from "../../context.ts";
import { refuse, staffRoles } from "../../access.ts";
import { escapeHtml, show, toast } from "../../ui.ts";
import { addPagination } from "../../keyboards/pagination.ts";
import { formatDateTime } from "../../../domain/format.ts";
import { listRegions, regionName } from "../../../domain/regions.ts";
import type { Roles } from "../../../domain/roles.ts";
import { createInvite, INVITE_PREFIX, revokeInvite, type InviteRequest } from "../../../domain/staff/invites.ts";
import { listCourseChoices, listProviderChoices } from "../../../domain/staff/pickers.ts";
import { staffCb } from "./callbacks.ts";
import { backToPanel } from "../../keyboards/menu.ts";
import { label, providerName, roleScopeText, titleOf } from "./render.ts";

export const invites = new FeatureComposer<Context>();

/** Admins choose the role; staff can only invite staff, so they go straight to their regions. */
async function startInvite(ctx: Context): Promise<void> {
  const roles = await staffRoles(ctx);
  if (!roles) return;
  if (!roles.admin) return showRegions(ctx, roles);
  const kb = new InlineKeyboard()
    .text(ctx.t("staff-invite-as-staff"), staffCb.pack("invRole", "staff"))
    .row()
    .text(ctx.t("staff-invite-as-coordinator"), staffCb.pack("invRole", "coordinator"));
  await show(ctx, ctx.t("staff-invite-choose-role"), backToPanel(ctx, kb));
}

async function showRegions(ctx: Context, roles: Roles): Promise<void> {
  const regions = (await listRegions(ctx.deps.db)).filter((r) => roles.admin || roles.staffRegions.includes(r.code));
  const kb = new InlineKeyboard();
  regions.forEach((r, i) => {
    kb.text(regionName(r, ctx.locale), staffCb.pack("invRegion", r.code));
    if (i % 2 === 1) kb.row();
  });
  await show(ctx, ctx.t("staff-invite-choose-region"), backToPanel(ctx, kb));
}

invites.command("invite", startInvite);
invites.callbackQuery(staffCb.match("invite"), startInvite);

invites.callbackQuery(staffCb.match("invRole"), async (ctx, next) => {
  const role = staffCb.parse("invRole", ctx.callbackQuery.data)?.[0];
  if (role !== "staff" && role !== "coordinator") return next();
  const roles = await staffRoles(ctx);
  if (!roles) return;
  if (role === "staff") return showRegions(ctx, roles);
  if (!roles.admin) return refuse(ctx, "access-admin-only");
  const kb = new InlineKeyboard()
    .text(ctx.t("staff-invite-by-provider"), staffCb.pack("invProviders", 0))
    .row()
    .text(ctx.t("staff-invite-by-course"), staffCb.pack("invCourses", 0));
  await show(ctx, ctx.t("staff-invite-choose-scope"), backToPanel(ctx, kb));
});

for (const kind of ["invProviders", "invCourses"] as const) {
  invites.callbackQuery(staffCb.match(kind), async (ctx, next) => {
    const args = staffCb.parse(kind, ctx.callbackQuery.data);
    if (!args) return next();
    const roles = await staffRoles(ctx);
    if (!roles) return;
    if (!roles.admin) return refuse(ctx, "access-admin-only");
    const kb = new InlineKeyboard();
    let page;
    if (kind === "invProviders") {
      page = await listProviderChoices(ctx.deps.db, args[0]);
      for (const p of page.items) kb.text(label(providerName(p, ctx.locale)), staffCb.pack("invProvider", p.id)).row();
    } else {
      page = await listCourseChoices(ctx.deps.db, args[0]);
      for (const c of page.items) kb.text(label(titleOf(c, ctx.locale)), staffCb.pack("invCourse", c.id)).row();
    }
    addPagination(kb, page.page, page.pages, (p) => staffCb.pack(kind, p));
    const key = kind === "invProviders" ? "staff-invite-choose-provider" : "staff-invite-choose-course";
    await show(ctx, page.total ? ctx.t(key) : ctx.t("staff-invite-nothing-to-choose"), backToPanel(ctx, kb));
  });
}

async function create(ctx: Context, req: InviteRequest): Promise<void> {
  const roles = await staffRoles(ctx);
  if (!roles || !ctx.user) return;
  const now = ctx.deps.clock.now();
  const res = await createInvite(ctx.deps.db, { ...req, actorUserId: ctx.user.id, actorRoles: roles, now });
  if (!res.ok) {
    // Staff may invite staff of their regions only; anything else is for admins.
    if (res.reason === "forbidden") return refuse(ctx, req.role === "staff" ? "access-out-of-scope" : "access-admin-only");
    await toast(ctx, ctx.t("staff-invite-scope-unknown"), true);
    return;
  }
  const invite = await ctx.deps.db.invite.findUniqueOrThrow({ where: { id: res.invite.id }, include: { region: true, provider: true, course: true } });
  const link = `https://t.me/${ctx.me.username}?start=${INVITE_PREFIX}${invite.token}`;
  const html = ctx.t("staff-invite-created", {
    role: roleScopeText((k, v) => ctx.t(k, v), ctx.locale, invite),
    link: escapeHtml(link),
    expires: formatDateTime(invite.expiresAt, ctx.locale),
  });
  const kb = new InlineKeyboard().text(ctx.t("staff-invite-revoke"), staffCb.pack("invRevoke", invite.id));
  await show(ctx, html, backToPanel(ctx, kb));
}

invites.callbackQuery(staffCb.match("invRegion"), async (ctx, next) => {
  const code = staffCb.parse("invRegion", ctx.callbackQuery.data)?.[0];
  if (!code) return next();
  await create(ctx, { role: "staff", regionCode: code });
});
invites.callbackQuery(staffCb.match("invProvider"), async (ctx, next) => {
  const id = staffCb.parse("invProvider", ctx.callbackQuery.data)?.[0];
  if (id === undefined) return next();
  await create(ctx, { role: "coordinator", providerId: id });
});
invites.callbackQuery(staffCb.match("invCourse"), async (ctx, next) => {
  const id = staffCb.parse("invCourse", ctx.callbackQuery.data)?.[0];
  if (id === undefined) return next();
  await create(ctx, { role: "coordinator", courseId: id });
});

invites.callbackQuery(staffCb.match("invRevoke"), async (ctx, next) => {
  const id = staffCb.parse("invRevoke", ctx.callbackQuery.data)?.[0];
  if (id === undefined || !ctx.user) return next();
  const roles = await staffRoles(ctx);
  if (!roles) return;
  const res = await revokeInvite(ctx.deps.db, { actorUserId: ctx.user.id, actorRoles: roles, inviteId: id, now: ctx.deps.clock.now() });
  if (!res.ok) {
    if (res.reason === "forbidden") return refuse(ctx, "access-out-of-scope");
    await toast(ctx, ctx.t(`staff-invite-revoke-${res.reason}`), true);
    return;
  }
  await show(ctx, ctx.t("staff-invite-revoked"), backToPanel(ctx));
});
