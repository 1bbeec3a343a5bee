// `/start invite_<token>`: takes the invite (the domain also plans the notice to the person who
// invited), says which role it gave (or why not), sets the new command menu, then onboarding
// goes on as usual (a first-time user still chooses a language and a region).
import { InlineKeyboard } from "grammy";
import { FeatureComposer } from "../../composer.ts";
import type { Context } from "../../context.ts";
import { acceptInvite, INVITE_PREFIX } from "../../../domain/staff/invites.ts";
import { showLanguagePicker, showRegionPicker } from "../onboarding/pickers.ts";
import { send } from "../../ui.ts";
import { staffCb } from "./callbacks.ts";
import { roleScopeText } from "./render.ts";
import { syncPersonCommands } from "./commands.ts";

export const inviteLinks = new FeatureComposer<Context>();

inviteLinks.command("start", async (ctx, next) => {
  const payload = ctx.match.trim();
  if (!payload.startsWith(INVITE_PREFIX) || !ctx.user) return next();
  const { db, clock, config } = ctx.deps;
  const res = await acceptInvite(db, { token: payload.slice(INVITE_PREFIX.length), userId: ctx.user.id, now: clock.now(), adminIds: config.adminIds });
  if (!res.ok) {
    await ctx.reply(ctx.t(`staff-invite-refused-${res.reason}`));
  } else {
    const invite = await db.invite.findUniqueOrThrow({ where: { id: res.invite.id }, include: { region: true, provider: true, course: true } });
    // A first-time user has no language yet: their menu follows the one negotiated for this answer.
    await syncPersonCommands({ api: ctx.api, db, adminIds: config.adminIds, log: ctx.log }, { ...ctx.user, locale: ctx.user.locale ?? ctx.locale });
    const role = roleScopeText((k, v) => ctx.t(k, v), ctx.locale, invite);
    const kb = new InlineKeyboard();
    if (invite.role === "staff") kb.text(ctx.t("staff-invite-open-panel"), staffCb.pack("panel"));
    const hint = ctx.t(invite.role === "staff" ? "staff-invite-hint-staff" : "staff-invite-hint-coordinator");
    await send(ctx, `${ctx.t(res.alreadyHeld ? "staff-invite-accepted-already" : "staff-invite-accepted", { role })}\n${hint}`, kb);
  }
  // Onboarding goes on: the answer above is already in the language Telegram reported.
  if (!ctx.user.locale) return showLanguagePicker(ctx);
  if (!ctx.user.regionCode) return showRegionPicker(ctx);
});
