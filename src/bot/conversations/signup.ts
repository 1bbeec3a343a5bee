// The sign-up dialog for a course: name → phone → birth date (age limits) → education →
// consent (a minor's by a parent or legal representative) → summary (confirm / edit a field /
// cancel) → submitApplication. Nothing is written before the confirmation; the application,
// the consent (with its version, time and giver) and the person's details are written in one
// transaction by the domain.
//
// Entered by `startSignup` (index.ts) after the eligibility check, with the course id and
// whether the person already agreed to the waitlist of a full course.
import type { Context } from "../context.ts";
import { mainMenuKeyboard } from "../keyboards/menu.ts";
import { escapeHtml } from "../ui.ts";
import { tr } from "../../domain/locale.ts";
import { courseForSignup, submitApplication } from "../../domain/registrations/apply.ts";
import { CONSENT_VERSION, type ConsentGiver } from "../../domain/consent.ts";
import { isSignupData } from "./callbacks.ts";
import { Dialog, type DialogConversation, type OuterContext } from "./dialog.ts";
import {
  askBirthDate,
  askConsent,
  askEducation,
  askFullName,
  askPhone,
  askSummary,
  askWaitlistInstead,
  consentGiverOf,
  refusalText,
  userIdOf,
  type AgeLimits,
  type Refusal,
  type SignupFields,
} from "./signup-steps.ts";

export const SIGNUP = "signup";

interface Start {
  course: { titleKk: string; titleRu: string; titleEn: string } & AgeLimits;
  /** What we already know about the person, offered as answers. */
  name: string | null;
  phone: string | null;
}

/** Runs outside the replay: the course and the person's known details (plain JSON). */
async function loadStart(o: OuterContext, courseId: number): Promise<Start | null> {
  const found = courseForSignup(o.deps.db, courseId);
  if (!found) return null;
  const { titleKk, titleRu, titleEn, minAge, maxAge } = found;
  const course = { titleKk, titleRu, titleEn, minAge, maxAge };
  const telegramName = [o.from?.first_name, o.from?.last_name].filter(Boolean).join(" ");
  return { course, name: o.user?.fullName || telegramName || null, phone: o.user?.phone || null };
}

type SubmitResult = Awaited<ReturnType<typeof submitApplication>>;

/** Runs outside the replay: the one write of the dialog. */
function submit(o: OuterContext, courseId: number, f: SignupFields, consentBy: ConsentGiver, allowWaitlist: boolean): Promise<SubmitResult> {
  return submitApplication(
    o.deps.db,
    {
      userId: userIdOf(o),
      courseId,
      fullName: f.fullName,
      phone: f.phone,
      birthDate: new Date(f.birthDate),
      educationLevel: f.education,
      consentVersion: CONSENT_VERSION,
      consentGivenBy: consentBy,
      consentAdultAge: o.deps.config.consentAdultAge,
      locale: o.locale,
      allowWaitlist,
    },
    o.deps.clock.now(),
  );
}

export async function signup(conversation: DialogConversation, ctx: Context, courseId: number, waitlist: boolean): Promise<void> {
  const d = new Dialog(conversation, ctx, { expiredKey: "signup-expired", ownsData: isSignupData });
  const start = await conversation.external((o) => loadStart(o, courseId));
  const end = (html: string) => d.ctx.reply(html, { parse_mode: "HTML", reply_markup: mainMenuKeyboard(d.ctx) });
  if (!start) {
    await end(ctx.t("item-not-found"));
    return;
  }
  // The title in the language of the latest answer.
  const course = () => ({ ...start.course, title: tr(start.course, "title", d.ctx.locale) });
  const refuse = (reason: Refusal) => end(refusalText(d.ctx, reason, course()));

  await ctx.reply(ctx.t("signup-start", { course: escapeHtml(course().title) }), { parse_mode: "HTML" });
  const fullName = await askFullName(d, start.name);
  const phone = await askPhone(d, start.phone);
  const birth = await askBirthDate(d, courseId);
  if (!birth.ok) return void (await refuse(birth.reason));
  const education = await askEducation(d);
  let consentBy = consentGiverOf(d, birth.birthDate);
  if (!(await askConsent(d, consentBy))) return void (await end(d.ctx.t("signup-consent-declined")));

  const fields: SignupFields = { fullName, phone, birthDate: birth.birthDate, education };
  for (;;) {
    const choice = await askSummary(d, fields, course().title, waitlist);
    if (choice === "ok") break;
    if (choice === "cancel") return void (await end(d.ctx.t("signup-cancelled")));
    if (choice === "name") fields.fullName = await askFullName(d, fields.fullName);
    if (choice === "phone") fields.phone = await askPhone(d, fields.phone);
    if (choice === "edu") fields.education = await askEducation(d);
    if (choice === "birth") {
      const again = await askBirthDate(d, courseId);
      if (!again.ok) return void (await refuse(again.reason));
      fields.birthDate = again.birthDate;
      // A new age may need the other one to agree: a minor's representative, or an adult themselves.
      const needed = consentGiverOf(d, again.birthDate);
      if (needed !== consentBy) {
        if (!(await askConsent(d, needed))) return void (await end(d.ctx.t("signup-consent-declined")));
        consentBy = needed;
      }
    }
  }

  let result = await conversation.external((o) => submit(o, courseId, fields, consentBy, waitlist));
  if (!result.ok && result.reason === "full" && !waitlist) {
    // The last seats went while this person was typing: one more question, then try again.
    if (!(await askWaitlistInstead(d, course().title))) return void (await end(d.ctx.t("signup-cancelled")));
    result = await conversation.external((o) => submit(o, courseId, fields, consentBy, true));
  }
  const title = escapeHtml(course().title);
  if (result.ok) await end(d.ctx.t(result.status === "pending" ? "signup-done-pending" : "signup-done-waitlisted", { course: title }));
  else if (result.reason === "full") await end(d.ctx.t("signup-cancelled"));
  else await refuse(result.reason);
}
