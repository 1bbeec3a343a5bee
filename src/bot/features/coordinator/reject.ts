// The reason for a rejection, typed by the coordinator. Not a conversation: the prompt is a
// message with force_reply whose first line carries the application number ("❌ #123"), and
// the coordinator's reply to it — Telegram attaches the prompt as reply_to_message — says
// which application it is about. No state is kept anywhere, so it survives restarts and
// several open prompts at once; ignoring the prompt is how one changes their mind.
// The reply is handled like a button press: roles re-loaded, the domain checks the scope.
import { FeatureComposer } from "../../composer.ts";
import type { Context } from "../../context.ts";
import { getApplication, decide, MAX_REJECT_REASON } from "../../../domain/registrations/review.ts";
import { isActiveStatus } from "../../../domain/registrations/status.ts";
import type { Roles } from "../../../domain/roles.ts";
import { escapeHtml, toast } from "../../ui.ts";
import { coordinatorRoles, refuse } from "../../access.ts";
import { isReviewable } from "./render.ts";
import { showApplication } from "./screens.ts";

/** The prompt's first line in every language starts with this; the number is the registration id. */
const MARKER = /^❌ #(\d{1,15})\b/;

/** Sends the prompt (after an explanation of what was wrong with the last answer, if any). */
async function prompt(ctx: Context, registrationId: number, name: string, explanation?: string): Promise<void> {
  // A message of its own: the prompt's text must begin with the marker.
  if (explanation) await ctx.reply(explanation);
  const text = ctx.t("coordinator-reject-prompt", { id: String(registrationId), name: escapeHtml(name), max: MAX_REJECT_REASON });
  await ctx.reply(text, {
    parse_mode: "HTML",
    reply_markup: { force_reply: true, input_field_placeholder: ctx.t("coordinator-reject-placeholder") },
  });
}

/** Asks for the reason, after checking that the application is the sender's to decide. */
export async function askRejectReason(ctx: Context, roles: Roles, registrationId: number): Promise<void> {
  const app = await getApplication(ctx.deps.db, { roles, registrationId });
  if (!app) return refuse(ctx, "coordinator-forbidden");
  // Any live application can be rejected (decide re-checks); a closed one has nothing to reject.
  if (!isActiveStatus(app.status)) {
    await toast(ctx, ctx.t("coordinator-invalid-state"), true);
    return;
  }
  await toast(ctx, ctx.t("coordinator-reject-toast"));
  await prompt(ctx, app.id, app.fullName);
}

/** The registration id a message replies to, when it replies to one of our reason prompts. */
function promptedId(ctx: Context): number | null {
  const replied = ctx.message?.reply_to_message;
  if (!replied || replied.from?.id !== ctx.me.id) return null;
  const m = MARKER.exec(replied.text ?? "");
  return m ? Number(m[1]) : null;
}

export const rejectReasonReplies = new FeatureComposer<Context>();

rejectReasonReplies.on("message", async (ctx, next) => {
  const registrationId = promptedId(ctx);
  if (registrationId === null || !ctx.user) return next();
  const roles = await coordinatorRoles(ctx);
  if (!roles) return;
  const app = await getApplication(ctx.deps.db, { roles, registrationId });
  if (!app) return refuse(ctx, "coordinator-forbidden");

  const reason = ctx.message.text?.trim() ?? "";
  if (!reason) return prompt(ctx, app.id, app.fullName, ctx.t("coordinator-reason-empty"));
  const length = [...reason].length;
  if (length > MAX_REJECT_REASON) return prompt(ctx, app.id, app.fullName, ctx.t("coordinator-reason-too-long", { length, max: MAX_REJECT_REASON }));

  const result = await decide(ctx.deps.db, { roles, actorUserId: ctx.user.id, registrationId, decision: "reject", reason, now: ctx.deps.clock.now() });
  if (!result.ok && result.reason === "forbidden") return refuse(ctx, "coordinator-forbidden");
  if (!result.ok && result.reason === "reason_required") return prompt(ctx, app.id, app.fullName, ctx.t("coordinator-reason-empty"));
  const notice = ctx.t(result.ok ? "coordinator-rejected" : result.reason === "invalid_state" ? "coordinator-invalid-state" : "item-not-found");
  // Continue with the queue the application was in (pending first, as the most common case).
  const queue = isReviewable(app.status) ? app.status : "pending";
  await showApplication(ctx, roles, app.courseId, queue, 0, notice);
});
