// invite_accepted: tells the person who created an invite that someone took it, and as what.
import { InlineKeyboard } from "grammy";
import { i18n } from "../i18n.ts";
import { personLabel, roleScopeText } from "../features/staff/render.ts";
import { staffCb } from "../features/staff/callbacks.ts";
import { INVITE_ACCEPTED_KIND } from "../../domain/staff/invites.ts";
import type { Renderer } from "./types.ts";

const inviteAccepted: Renderer = async ({ db, payload, delivery, locale }) => {
  const id = typeof payload.inviteId === "number" ? payload.inviteId : Number(/^invite:(\d+)$/.exec(delivery.ref)?.[1]);
  const invite = Number.isSafeInteger(id)
    ? await db.invite.findUnique({ where: { id }, include: { usedBy: true, region: true, provider: true, course: true } })
    : null;
  if (!invite?.usedBy) return { cancel: "invite not found or not used" };
  const t = (key: string, vars?: Record<string, string | number>) => i18n.t(locale, key, vars);
  const html = t("staff-invite-accepted-notice", { person: personLabel(invite.usedBy), role: roleScopeText(t, locale, invite) });
  return { html, keyboard: new InlineKeyboard().text(t("staff-panel-people"), staffCb.pack("people", 0)) };
};

export const staffRenderers: Record<string, Renderer> = {
  [INVITE_ACCEPTED_KIND]: inviteAccepted,
};
