// The questions of the sign-up dialog, one function each. Every function asks until it gets a
// valid answer (explaining what was wrong) and is used both on the way through the form and
// when a field is edited from the summary.
import { InlineKeyboard, Keyboard } from "grammy";
import type { Context } from "../context.ts";
import { escapeHtml } from "../ui.ts";
import { checkEligibility, type Ineligible } from "../../domain/registrations/apply.ts";
import { EDUCATION_LEVELS, type EducationLevel } from "../../domain/registrations/status.ts";
import { displayPhone, normalizePhone } from "../../domain/phone.ts";
import { ageOn, parseBirthDate } from "../../domain/birth-date.ts";
import { CONSENT_VERSION, consentGiverFor, type ConsentGiver } from "../../domain/consent.ts";
import { signupCb } from "./callbacks.ts";
import { pressOn, type Dialog, type OuterContext } from "./dialog.ts";
import { checkFullName } from "./validate.ts";

/** What the form collects; the birth date as an ISO instant (UTC midnight), so it survives JSON. */
export interface SignupFields {
  fullName: string;
  phone: string;
  birthDate: string;
  education: EducationLevel;
}

export type Refusal = Exclude<Ineligible, "full">;

export const SUMMARY_CHOICES = ["ok", "name", "phone", "birth", "edu", "cancel"] as const;
export type SummaryChoice = (typeof SUMMARY_CHOICES)[number];

/** Ages of the course, for the explanation when someone is too young or too old. */
export interface AgeLimits {
  minAge: number;
  maxAge: number;
}

const sendHtml = async (ctx: Context, html: string, reply_markup?: InlineKeyboard | Keyboard): Promise<number> =>
  (await ctx.reply(html, { parse_mode: "HTML", reply_markup })).message_id;

/** The signed-in person's row id, from the outer context (always loaded for private chats). */
export function userIdOf(o: OuterContext): number {
  if (!o.user) throw new Error("sign-up without a user row");
  return o.user.id;
}

/** Why someone cannot sign up, in their language. */
export function refusalText(ctx: Context, reason: Refusal, course: { title: string } & AgeLimits): string {
  switch (reason) {
    case "not_found":
      return ctx.t("item-not-found");
    case "too_young":
    case "too_old":
      return ctx.t("signup-age", { course: escapeHtml(course.title), min: course.minAge, max: course.maxAge });
    default:
      return ctx.t(`signup-${reason}`, { course: escapeHtml(course.title) });
  }
}

export function askFullName(d: Dialog, suggestion: string | null): Promise<string> {
  const offered = suggestion && checkFullName(suggestion).ok ? suggestion : null;
  return d.ask<string>(
    (ctx) => {
      const kb = offered ? new InlineKeyboard().text(ctx.t("signup-use-name", { name: offered }), signupCb.pack("useName")) : undefined;
      return sendHtml(ctx, ctx.t("signup-ask-name"), kb);
    },
    (ctx, promptId) => {
      if (offered && pressOn(ctx, promptId, (data) => signupCb.parse("useName", data))) return { value: offered };
      if (ctx.callbackQuery) return { unrelated: true };
      const text = ctx.message?.text;
      if (text === undefined) return { again: ctx.t("signup-need-text") };
      const checked = checkFullName(text);
      return checked.ok ? { value: checked.name } : { again: ctx.t(`signup-name-${checked.problem}`) };
    },
  );
}

/** Contacts come as digits without "+" from most clients: they are international numbers. */
const contactPhone = (raw: string) => normalizePhone(raw.startsWith("+") ? raw : `+${raw}`);

/** A reply keyboard with the share-contact button; removed once the number is accepted. */
export async function askPhone(d: Dialog, known: string | null): Promise<string> {
  const phone = await d.ask<string>(
    (ctx) => {
      const kb = new Keyboard().requestContact(ctx.t("signup-share-phone"));
      if (known) kb.row().text(displayPhone(known));
      return sendHtml(ctx, ctx.t("signup-ask-phone"), kb.resized().oneTime().placeholder(ctx.t("signup-phone-placeholder")));
    },
    (ctx) => {
      if (ctx.callbackQuery) return { unrelated: true };
      const contact = ctx.message?.contact;
      if (contact) {
        // A contact card forwarded from the phone book has another user_id, or none.
        if (contact.user_id !== ctx.from?.id) return { again: ctx.t("signup-phone-not-own") };
        const p = contactPhone(contact.phone_number);
        return p ? { value: p } : { again: ctx.t("signup-phone-invalid") };
      }
      const text = ctx.message?.text;
      if (text === undefined) return { again: ctx.t("signup-phone-need") };
      const p = text.length <= 40 ? normalizePhone(text) : null;
      return p ? { value: p } : { again: ctx.t("signup-phone-invalid") };
    },
  );
  await d.ctx.reply(d.ctx.t("signup-phone-saved", { phone: displayPhone(phone) }), { reply_markup: { remove_keyboard: true } });
  return phone;
}

export type BirthAnswer = { ok: true; birthDate: string } | { ok: false; reason: Refusal };

/** Runs outside the replay: parses the date with the clock's today and checks the course's age limits. */
async function judgeBirthDate(o: OuterContext, courseId: number, text: string): Promise<BirthAnswer | "invalid"> {
  const now = o.deps.clock.now();
  const birthDate = text.length <= 40 ? parseBirthDate(text, now) : null;
  if (!birthDate) return "invalid";
  const r = await checkEligibility(o.deps.db, { userId: userIdOf(o), courseId, now, birthDate });
  return r.ok ? { ok: true, birthDate: birthDate.toISOString() } : { ok: false, reason: r.reason };
}

/** The birth date, or why the person cannot take the course (too young/old, or it closed meanwhile). */
export function askBirthDate(d: Dialog, courseId: number): Promise<BirthAnswer> {
  return d.ask<BirthAnswer>(
    (ctx) => sendHtml(ctx, ctx.t("signup-ask-birth")),
    async (ctx) => {
      if (ctx.callbackQuery) return { unrelated: true };
      const text = ctx.message?.text;
      if (text === undefined) return { again: ctx.t("signup-need-text") };
      const judged = await d.conversation.external((o) => judgeBirthDate(o, courseId, text.trim()));
      return judged === "invalid" ? { again: ctx.t("signup-birth-invalid") } : { value: judged };
    },
  );
}

const isEducation = (v: string): v is EducationLevel => (EDUCATION_LEVELS as readonly string[]).includes(v);

export function askEducation(d: Dialog): Promise<EducationLevel> {
  return d.ask<EducationLevel>(
    (ctx) => {
      const kb = new InlineKeyboard();
      EDUCATION_LEVELS.forEach((level, i) => {
        kb.text(ctx.t(`signup-education-${level}`), signupCb.pack("edu", level));
        if (i % 2 === 1) kb.row();
      });
      return sendHtml(ctx, ctx.t("signup-ask-education"), kb);
    },
    (ctx, promptId) => {
      const level = pressOn(ctx, promptId, (data) => signupCb.parse("edu", data))?.[0];
      if (level !== undefined && isEducation(level)) return { value: level };
      return ctx.callbackQuery ? { unrelated: true } : { again: ctx.t("signup-use-buttons") };
    },
  );
}

/** A yes/no question on buttons of `action` ("yes" | "no"). */
function askYesNo(d: Dialog, action: "consent" | "offer", html: (ctx: Context) => string, labels: [yes: string, no: string]): Promise<boolean> {
  return d.ask<boolean>(
    (ctx) => sendHtml(ctx, html(ctx), new InlineKeyboard().text(ctx.t(labels[0]), signupCb.pack(action, "yes")).text(ctx.t(labels[1]), signupCb.pack(action, "no"))),
    (ctx, promptId) => {
      const answer = pressOn(ctx, promptId, (data) => signupCb.parse(action, data))?.[0];
      if (answer === "yes" || answer === "no") return { value: answer === "yes" };
      return ctx.callbackQuery ? { unrelated: true } : { again: ctx.t("signup-use-buttons") };
    },
  );
}

/**
 * The versioned consent text; true when it is agreed to — by the person, or for a minor by a
 * parent or legal representative, whom the question then addresses first.
 */
export function askConsent(d: Dialog, giver: ConsentGiver): Promise<boolean> {
  const text = (ctx: Context) => {
    const consent = ctx.t("signup-consent-text", { version: CONSENT_VERSION });
    return giver === "self" ? consent : `${ctx.t("signup-consent-representative", { age: ctx.deps.config.consentAdultAge })}\n\n${consent}`;
  };
  return askYesNo(d, "consent", text, [giver === "self" ? "signup-consent-yes" : "signup-consent-representative-yes", "signup-consent-no"]);
}

/** Who has to agree for someone born on `birthDate` (ISO), at the time of the latest answer. */
export function consentGiverOf(d: Dialog, birthDate: string): ConsentGiver {
  return consentGiverFor(ageOn(new Date(birthDate), d.now()), d.ctx.deps.config.consentAdultAge);
}

/** Seats ran out while the person was confirming: the waitlist instead? */
export function askWaitlistInstead(d: Dialog, title: string): Promise<boolean> {
  return askYesNo(d, "offer", (ctx) => ctx.t("signup-offer-waitlist", { course: escapeHtml(title) }), ["signup-offer-yes", "signup-offer-no"]);
}

/** 2004-03-05T00:00:00.000Z → 05.03.2004: the way people typed it. */
export function displayBirthDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

const isSummaryChoice = (v: string): v is SummaryChoice => (SUMMARY_CHOICES as readonly string[]).includes(v);

/** Everything on one screen: confirm, edit one field, or cancel. */
export function askSummary(d: Dialog, f: SignupFields, title: string, waitlist: boolean): Promise<SummaryChoice> {
  return d.ask<SummaryChoice>(
    (ctx) => {
      const html = ctx.t("signup-summary", {
        course: escapeHtml(title),
        name: escapeHtml(f.fullName),
        phone: escapeHtml(displayPhone(f.phone)),
        birth: displayBirthDate(f.birthDate),
        education: ctx.t(`signup-education-${f.education}`),
      });
      const kb = new InlineKeyboard()
        .text(ctx.t("signup-confirm"), signupCb.pack("summary", "ok"))
        .row()
        .text(ctx.t("signup-edit-name"), signupCb.pack("summary", "name"))
        .text(ctx.t("signup-edit-phone"), signupCb.pack("summary", "phone"))
        .row()
        .text(ctx.t("signup-edit-birth"), signupCb.pack("summary", "birth"))
        .text(ctx.t("signup-edit-edu"), signupCb.pack("summary", "edu"))
        .row()
        .text(ctx.t("signup-cancel"), signupCb.pack("summary", "cancel"));
      return sendHtml(ctx, waitlist ? `${html}\n\n${ctx.t("signup-summary-waitlist")}` : html, kb);
    },
    (ctx, promptId) => {
      const choice = pressOn(ctx, promptId, (data) => signupCb.parse("summary", data))?.[0];
      if (choice !== undefined && isSummaryChoice(choice)) return { value: choice };
      return ctx.callbackQuery ? { unrelated: true } : { again: ctx.t("signup-use-buttons") };
    },
  );
}
