// The broadcast composer dialog (conversations v2, stored in the database like the sign-up):
// message → audience (regions within scope, who, language) → preview exactly as recipients
// get it, with the recipient count → send now / schedule / edit / cancel → confirmation with
// the count again → the broadcast is created and started (or scheduled) in the domain, which
// re-checks the author's scope. Nothing is written before the confirmation.
import type { Context } from "../../context.ts";
import { Dialog, STAFF_MAX_UPDATES, type DialogConversation, type OuterContext } from "../../conversations/dialog.ts";
import { mainMenuKeyboard } from "../../keyboards/menu.ts";
import { formatDateTime } from "../../../domain/format.ts";
import { listRegions } from "../../../domain/regions.ts";
import { isStaff } from "../../../domain/roles.ts";
import { parseEventStart } from "../../../domain/events-editor/datetime.ts";
import {
  createBroadcast,
  MAX_SCHEDULE_AHEAD_MS,
  type Audience,
  type BroadcastContent,
} from "../../../domain/broadcasts/index.ts";
import { isComposerData } from "./callbacks.ts";
import { askAudience, askConfirm, askContent, askPreview, askWhen, countOutside, rolesOutside, type ComposerStart } from "./steps.ts";
import { sendStatusMessage } from "./status.ts";

export const BROADCAST = "broadcast";

async function loadStart(o: OuterContext): Promise<ComposerStart | null> {
  const roles = await rolesOutside(o);
  if (!isStaff(roles)) return null;
  const regions = (await listRegions(o.deps.db))
    .filter((r) => roles.admin || roles.staffRegions.includes(r.code))
    .map(({ code, nameKk, nameRu, nameEn }) => ({ code, nameKk, nameRu, nameEn }));
  return { admin: roles.admin, regions };
}

type Outcome = { ok: true; id: number; html: string; started: boolean } | { ok: false; key: string; retry: boolean };

/**
 * The one write of the dialog: the broadcast created and started (or scheduled) in one
 * transaction by the domain, which checks the author's scope again.
 */
async function commit(o: OuterContext, content: BroadcastContent, audience: Audience, at: string | null): Promise<Outcome> {
  const now = o.deps.clock.now();
  const actor = { userId: o.user!.id, roles: await rolesOutside(o) };
  const r = await createBroadcast(o.deps.db, actor, { ...content, audience }, now, at ? { at: new Date(at) } : { now: true });
  if (!r.ok) {
    switch (r.reason) {
      case "no_recipients":
        return { ok: false, key: "broadcasts-no-recipients", retry: true };
      case "past":
      case "too_far":
        return { ok: false, key: `broadcasts-when-${r.reason.replace(/_/g, "-")}`, retry: true };
      case "bad_audience":
      case "not_staff":
        return { ok: false, key: "access-out-of-scope", retry: false };
      default:
        return { ok: false, key: `broadcasts-content-${r.reason.replace(/_/g, "-")}`, retry: false };
    }
  }
  const html = at
    ? o.t("broadcasts-scheduled", { id: r.id, at: formatDateTime(new Date(at), o.locale) })
    : o.t("broadcasts-started", { id: r.id, count: r.recipients });
  return { ok: true, id: r.id, started: !at, html };
}

/**
 * Parses the time typed for scheduling with the clock's "now" (outside the replay), leniently
 * like the events editor ("25.12 10:00", "25.12.2026 10:00", "2026-12-25 10:00"; Almaty time).
 */
function judgeWhen(o: OuterContext, text: string): { at: string } | { problem: "invalid" | "past" | "too_far" } {
  const now = o.deps.clock.now();
  const r = parseEventStart(text, now);
  if (!r.ok) return { problem: r.reason === "past" || r.reason === "too_far" ? r.reason : "invalid" };
  if (r.at.getTime() - now.getTime() > MAX_SCHEDULE_AHEAD_MS) return { problem: "too_far" };
  return { at: r.at.toISOString() };
}

export async function broadcastComposer(conversation: DialogConversation, ctx: Context): Promise<void> {
  const d = new Dialog(conversation, ctx, { expiredKey: "broadcasts-expired", ownsData: isComposerData, maxUpdates: STAFF_MAX_UPDATES, tooLongKey: "broadcasts-too-long" });
  const end = (html: string) => d.ctx.reply(html, { parse_mode: "HTML", reply_markup: mainMenuKeyboard(d.ctx) });
  const start = await conversation.external((o) => loadStart(o));
  if (!start) return void (await end(ctx.t("access-staff-only")));

  let content = await askContent(d);
  let audience = await askAudience(d, start);
  for (;;) {
    const action = await askPreview(d, content, audience, start);
    if (action === "cancel") return void (await end(d.ctx.t("broadcasts-discarded")));
    if (action === "text") {
      content = await askContent(d);
      continue;
    }
    if (action === "audience") {
      audience = await askAudience(d, start, audience);
      continue;
    }
    const at = action === "schedule" ? await askWhen(d, (text) => conversation.external((o) => judgeWhen(o, text))) : null;
    // The count again, at confirmation time: people join and block the bot meanwhile.
    const count = await countOutside(d, audience);
    if (count === null) return void (await end(d.ctx.t("access-out-of-scope")));
    if (count === 0) {
      await d.ctx.reply(d.ctx.t("broadcasts-no-recipients"));
      continue;
    }
    const question = at
      ? d.ctx.t("broadcasts-confirm-schedule", { count, at: formatDateTime(new Date(at), d.ctx.locale) })
      : d.ctx.t("broadcasts-confirm-send", { count });
    if (!(await askConfirm(d, question))) continue;
    const outcome = await conversation.external((o) => commit(o, content, audience, at));
    if (outcome.ok) {
      await end(outcome.html);
      // The progress message last, so it is the one in view while sending (a failure to send it
      // is only logged: the broadcast is on its way and listed under "My broadcasts").
      if (outcome.started) await d.outside((o) => sendStatusMessage(o, outcome.id));
      return;
    }
    if (!outcome.retry) return void (await end(d.ctx.t(outcome.key)));
    await d.ctx.reply(d.ctx.t(outcome.key));
  }
}
