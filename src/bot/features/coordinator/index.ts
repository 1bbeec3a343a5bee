// Coordinators: /courses → their courses with counts per status → applications one card at a
// time → approve / waitlist / reject (with a reason) → the applicant is told by the outbox.
// CSV export per course. Alerts per application or a daily digest, chosen on the course list.
// Admins grant and revoke the role (admin.ts).
// Every action loads the sender's roles and goes through the domain, which checks the course
// against them FIRST: forged callback data for someone else's course is refused unchanged.
import { InputFile } from "grammy";
import { FeatureComposer } from "../../composer.ts";
import type { Context } from "../../context.ts";
import { tr } from "../../../domain/locale.ts";
import { decide, type Decision } from "../../../domain/registrations/review.ts";
import { applicationsCsv } from "../../../domain/registrations/export.ts";
import { isCoordinatorAlerts, setCoordinatorAlerts } from "../../../domain/registrations/digest.ts";
import { backToMenu } from "../../keyboards/menu.ts";
import { toast } from "../../ui.ts";
import { coordinatorRoles, refuse } from "../../access.ts";
import { adminCommands } from "./admin.ts";
import { coordCb } from "./callbacks.ts";
import { csvLabels } from "./csv.ts";
import { askRejectReason, rejectReasonReplies } from "./reject.ts";
import { digestTime, isReviewable } from "./render.ts";
import { showApplication, showCourse, showCourses } from "./screens.ts";

export const coordinatorFeature = new FeatureComposer<Context>();

coordinatorFeature.command("courses", async (ctx) => {
  const roles = await coordinatorRoles(ctx);
  if (roles) await showCourses(ctx, roles, 0);
});

coordinatorFeature.callbackQuery(coordCb.match("courses"), async (ctx, next) => {
  const args = coordCb.parse("courses", ctx.callbackQuery.data);
  if (!args) return next();
  const roles = await coordinatorRoles(ctx);
  if (roles) await showCourses(ctx, roles, args[0]);
});

coordinatorFeature.callbackQuery(coordCb.match("course"), async (ctx, next) => {
  const args = coordCb.parse("course", ctx.callbackQuery.data);
  if (!args) return next();
  const roles = await coordinatorRoles(ctx);
  if (roles) await showCourse(ctx, roles, args[0]);
});

coordinatorFeature.callbackQuery(coordCb.match("app"), async (ctx, next) => {
  const args = coordCb.parse("app", ctx.callbackQuery.data);
  if (!args || !isReviewable(args[1])) return next();
  const roles = await coordinatorRoles(ctx);
  if (roles) await showApplication(ctx, roles, args[0], args[1], args[2]);
});

coordinatorFeature.callbackQuery(coordCb.match("alerts"), async (ctx, next) => {
  const args = coordCb.parse("alerts", ctx.callbackQuery.data);
  if (!args || !isCoordinatorAlerts(args[0]) || !ctx.user) return next();
  const roles = await coordinatorRoles(ctx);
  if (!roles) return;
  // The mode to set is in the data (not "toggle"), so a double press cannot flip it back.
  ctx.user = await setCoordinatorAlerts(ctx.deps.db, ctx.user.id, args[0]);
  await toast(ctx, ctx.t(`coordinator-alerts-now-${args[0]}`, { time: digestTime() }));
  await showCourses(ctx, roles, args[1]);
});

const DECISION_NOTICE: Record<Exclude<Decision, "reject">, string> = { approve: "coordinator-approved", waitlist: "coordinator-waitlisted" };
const REFUSAL_NOTICE: Record<string, string> = {
  not_found: "item-not-found",
  invalid_state: "coordinator-invalid-state",
  no_seats: "coordinator-no-seats",
};

for (const [action, decision] of [["ok", "approve"], ["wait", "waitlist"]] as const) {
  coordinatorFeature.callbackQuery(coordCb.match(action), async (ctx, next) => {
    const args = coordCb.parse(action, ctx.callbackQuery.data);
    if (!args || !isReviewable(args[2]) || !ctx.user) return next();
    const [registrationId, courseId, status, index] = args;
    const roles = await coordinatorRoles(ctx);
    if (!roles) return;
    const result = await decide(ctx.deps.db, { roles, actorUserId: ctx.user.id, registrationId, decision, now: ctx.deps.clock.now() });
    if (!result.ok && result.reason === "forbidden") return refuse(ctx, "coordinator-forbidden");
    const notice = ctx.t(result.ok ? DECISION_NOTICE[decision] : (REFUSAL_NOTICE[result.reason] ?? "error-generic"));
    await toast(ctx, notice, !result.ok);
    // The decided application has left this queue: the same index shows the next one.
    await showApplication(ctx, roles, courseId, status, index, notice);
  });
}

coordinatorFeature.callbackQuery(coordCb.match("no"), async (ctx, next) => {
  const args = coordCb.parse("no", ctx.callbackQuery.data);
  if (!args || !isReviewable(args[2])) return next();
  const roles = await coordinatorRoles(ctx);
  if (roles) await askRejectReason(ctx, roles, args[0]);
});

coordinatorFeature.callbackQuery(coordCb.match("csv"), async (ctx, next) => {
  const args = coordCb.parse("csv", ctx.callbackQuery.data);
  if (!args) return next();
  const roles = await coordinatorRoles(ctx);
  if (!roles) return;
  const courseId = args[0];
  const csv = await applicationsCsv(ctx.deps.db, { roles, courseId, locale: ctx.locale, labels: csvLabels(ctx) });
  if (!csv) return refuse(ctx, "coordinator-forbidden");
  const course = await ctx.deps.db.course.findUnique({ where: { id: courseId }, select: { titleKk: true, titleRu: true, titleEn: true } });
  await toast(ctx, ctx.t("coordinator-csv-sending"));
  await ctx.replyWithDocument(new InputFile(csv, `applications-course-${courseId}.csv`), {
    caption: ctx.t("coordinator-csv-caption", { course: course ? tr(course, "title", ctx.locale) : String(courseId) }),
    reply_markup: backToMenu(ctx),
  });
});

coordinatorFeature.use(rejectReasonReplies, adminCommands);
