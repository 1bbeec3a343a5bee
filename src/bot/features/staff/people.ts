// /staff: people with roles, a page at a time; tapping a grant asks to confirm, then revokes
// it. Admins only — re-checked on every press, since callback data can be forged.
import { InlineKeyboard } from "grammy";
import { FeatureComposer } from "../../composer.ts";
import type { Context } from "../../context.ts";
import { show, toast } from "../../ui.ts";
import { addPagination } from "../../keyboards/pagination.ts";
import { newRow } from "../../keyboards/menu.ts";
import { listRegions } from "../../../domain/regions.ts";
import { listPeopleWithRoles, PEOPLE_PAGE_SIZE, revokeGrant } from "../../../domain/staff/people.ts";
import { staffCb } from "./callbacks.ts";
import { adminRoles } from "../../access.ts";
import { personLabel, roleScopeText, type Translate } from "./render.ts";
import { syncPersonCommands } from "./commands.ts";

export const people = new FeatureComposer<Context>();

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

async function showPeople(ctx: Context, requested: number): Promise<void> {
  if (!(await adminRoles(ctx))) return;
  const { db, config } = ctx.deps;
  const [page, regions] = await Promise.all([listPeopleWithRoles(db, requested, config.adminIds), listRegions(db)]);
  const regionByCode = new Map(regions.map((r) => [r.code, r]));
  const t: Translate = (key, vars) => ctx.t(key, vars);
  const lines = [ctx.t("staff-people-title", { total: page.total })];
  const kb = new InlineKeyboard();
  page.items.forEach((person, i) => {
    const n = page.page * PEOPLE_PAGE_SIZE + i + 1;
    lines.push("", `${n}. <b>${personLabel(person)}</b>`);
    if (person.configAdmin) lines.push(`   ${ctx.t("staff-people-config-admin")}`);
    person.grants.forEach((g, j) => {
      const code = `${n}${LETTERS[j] ?? j}`;
      lines.push(`   ${code} · ${roleScopeText(t, ctx.locale, { ...g, region: g.regionCode ? regionByCode.get(g.regionCode) : null })}`);
      kb.text(`✖ ${code}`, staffCb.pack("grant", g.id, page.page));
      if (j % 6 === 5) kb.row(); // Telegram draws at most 8 buttons a row
    });
    if (person.grants.length) newRow(kb);
  });
  if (page.total === 0) lines.push("", ctx.t("staff-people-empty"));
  else lines.push("", ctx.t("staff-people-hint"));
  addPagination(kb, page.page, page.pages, (p) => staffCb.pack("people", p));
  kb.row().text(ctx.t("staff-panel-invite"), staffCb.pack("invite")).text(ctx.t("staff-back-panel"), staffCb.pack("panel"));
  await show(ctx, lines.join("\n"), kb);
}

people.command("staff", (ctx) => showPeople(ctx, 0));
people.callbackQuery(staffCb.match("people"), async (ctx, next) => {
  const args = staffCb.parse("people", ctx.callbackQuery.data);
  if (!args) return next();
  await showPeople(ctx, args[0]);
});

people.callbackQuery(staffCb.match("grant"), async (ctx, next) => {
  const args = staffCb.parse("grant", ctx.callbackQuery.data);
  if (!args) return next();
  if (!(await adminRoles(ctx))) return;
  const [grantId, page] = args;
  const grant = await ctx.deps.db.roleGrant.findUnique({
    where: { id: grantId },
    include: { user: true, region: true, provider: true, course: true },
  });
  if (!grant || grant.revokedAt) {
    await toast(ctx, ctx.t("staff-revoke-gone"), true);
    return showPeople(ctx, page);
  }
  const role = roleScopeText((k, v) => ctx.t(k, v), ctx.locale, grant);
  const kb = new InlineKeyboard()
    .text(ctx.t("staff-revoke-yes"), staffCb.pack("revoke", grant.id, page))
    .text(ctx.t("staff-revoke-no"), staffCb.pack("people", page));
  await show(ctx, ctx.t("staff-revoke-confirm", { person: personLabel(grant.user), role }), kb);
});

people.callbackQuery(staffCb.match("revoke"), async (ctx, next) => {
  const args = staffCb.parse("revoke", ctx.callbackQuery.data);
  if (!args || !ctx.user) return next();
  if (!(await adminRoles(ctx))) return;
  const [grantId, page] = args;
  const res = await revokeGrant(ctx.deps.db, { actorUserId: ctx.user.id, grantId, now: ctx.deps.clock.now() });
  if (!res.ok) {
    await toast(ctx, ctx.t(res.reason === "own_admin" ? "staff-revoke-own-admin" : "staff-revoke-gone"), true);
    return showPeople(ctx, page);
  }
  const target = await ctx.deps.db.user.findUnique({ where: { id: res.grant.userId }, select: { id: true, telegramId: true, locale: true } });
  if (target) await syncPersonCommands({ api: ctx.api, db: ctx.deps.db, adminIds: ctx.deps.config.adminIds, log: ctx.log }, target);
  await toast(ctx, ctx.t("staff-revoked"));
  await showPeople(ctx, page);
});

