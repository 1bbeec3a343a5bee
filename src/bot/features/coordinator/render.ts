// Coordinator screens as HTML + keyboard; handlers pass what the domain returned.
import { InlineKeyboard } from "grammy";
import type { Context } from "../../context.ts";
import type { Course, Registration } from "../../../generated/prisma/client.ts";
import { ageOn } from "../../../domain/birth-date.ts";
import { displayPhone } from "../../../domain/phone.ts";
import { formatDate, formatDateTime } from "../../../domain/format.ts";
import { tr } from "../../../domain/locale.ts";
import { clampPage, PAGE_SIZE } from "../../../domain/paging.ts";
import { COORDINATOR_DIGEST_HOUR, type CoordinatorAlerts } from "../../../domain/registrations/digest.ts";
import { REGISTRATION_STATUSES, isActiveStatus, isEducationLevel, type RegistrationStatus } from "../../../domain/registrations/status.ts";
import { backToMenu, newRow } from "../../keyboards/menu.ts";
import { addPagination } from "../../keyboards/pagination.ts";
import { escapeHtml } from "../../ui.ts";
import { coordCb } from "./callbacks.ts";

export type CourseCounts = { course: Course; counts: Record<RegistrationStatus, number> };

/** The statuses a coordinator reviews one card at a time. */
export const REVIEWABLE = ["pending", "waitlisted"] as const;
export type Reviewable = (typeof REVIEWABLE)[number];
export const isReviewable = (s: string): s is Reviewable => (REVIEWABLE as readonly string[]).includes(s);

const title = (ctx: Context, course: Pick<Course, "titleKk" | "titleRu" | "titleEn">) => escapeHtml(tr(course, "title", ctx.locale));
const status = (ctx: Context, s: string) => ctx.t(`my-status-${s}`);

/** "⏳ under review: 3 · ✅ approved: 5" — only statuses that occur. */
function countsLine(ctx: Context, counts: Record<RegistrationStatus, number>): string {
  const parts = REGISTRATION_STATUSES.filter((s) => counts[s] > 0).map((s) => ctx.t("coordinator-count", { status: status(ctx, s), count: counts[s] }));
  return parts.length ? parts.join(" · ") : ctx.t("coordinator-no-applications");
}

/**
 * The alerts toggle: shows the current choice, a press switches to the other one. Only for
 * people with coordinator grants — admins see every course but get no alerts.
 */
function alertsLine(ctx: Context, kb: InlineKeyboard, alerts: CoordinatorAlerts | null, page: number): string[] {
  if (!alerts) return [];
  const other: CoordinatorAlerts = alerts === "digest" ? "instant" : "digest";
  newRow(kb).text(ctx.t(`coordinator-alerts-${alerts}`), coordCb.pack("alerts", other, page));
  return [ctx.t(`coordinator-alerts-${alerts}-hint`, { time: digestTime() })];
}

/** "09:00": when digests come, in Kazakhstan time. */
export const digestTime = () => `${String(COORDINATOR_DIGEST_HOUR).padStart(2, "0")}:00`;

export function renderCourses(ctx: Context, courses: CourseCounts[], page: number, alerts: CoordinatorAlerts | null = null): { html: string; keyboard: InlineKeyboard } {
  if (courses.length === 0) {
    const kb = new InlineKeyboard();
    const hint = alertsLine(ctx, kb, alerts, 0);
    return { html: [ctx.t("coordinator-courses-title"), ctx.t("coordinator-courses-empty"), ...hint].join("\n\n"), keyboard: backToMenu(ctx, kb) };
  }
  const c = clampPage(page, courses.length);
  const kb = new InlineKeyboard();
  const lines = courses.slice(c.skip, c.skip + PAGE_SIZE).map(({ course, counts }, i) => {
    const n = c.skip + i + 1;
    kb.text(String(n), coordCb.pack("course", course.id));
    return `${ctx.t("coordinator-course-line", { n, course: title(ctx, course), starts: formatDate(course.startsAt, ctx.locale) })}\n${countsLine(ctx, counts)}`;
  });
  addPagination(kb, c.page, c.pages, (p) => coordCb.pack("courses", p));
  const hint = alertsLine(ctx, kb, alerts, c.page);
  return { html: [ctx.t("coordinator-courses-title"), ...lines, ctx.t("coordinator-courses-hint"), ...hint].join("\n\n"), keyboard: backToMenu(ctx, kb) };
}

export function renderCourse(ctx: Context, { course, counts }: CourseCounts, notice?: string): { html: string; keyboard: InlineKeyboard } {
  const lines = [
    `<b>${title(ctx, course)}</b>`,
    ctx.t("courses-card-starts", { date: formatDate(course.startsAt, ctx.locale) }),
    ctx.t("courses-card-deadline", { date: formatDateTime(course.registrationDeadline, ctx.locale) }),
    ctx.t("coordinator-capacity", { capacity: course.capacity }),
    "",
    // Live statuses always (a zero says something), closed ones only when they occur.
    ...REGISTRATION_STATUSES.filter((s) => isActiveStatus(s) || counts[s] > 0).map((s) => ctx.t("coordinator-count", { status: status(ctx, s), count: counts[s] })),
  ];
  const kb = new InlineKeyboard();
  if (counts.pending > 0) kb.text(ctx.t("coordinator-review-pending", { count: counts.pending }), coordCb.pack("app", course.id, "pending", 0)).row();
  if (counts.waitlisted > 0) kb.text(ctx.t("coordinator-review-waitlist", { count: counts.waitlisted }), coordCb.pack("app", course.id, "waitlisted", 0)).row();
  kb.text(ctx.t("coordinator-export"), coordCb.pack("csv", course.id)).row();
  kb.text(ctx.t("coordinator-back-courses"), coordCb.pack("courses", 0));
  const html = (notice ? [notice, "", ...lines] : lines).join("\n");
  return { html, keyboard: backToMenu(ctx, kb) };
}

export interface AppCard {
  course: Pick<Course, "id" | "titleKk" | "titleRu" | "titleEn">;
  status: Reviewable;
  reg: Registration;
  /** 0-based position among the course's applications of this status, and their number. */
  index: number;
  total: number;
}

/** One application with the decisions its status allows and ‹ › to the neighbours. */
export function renderApplication(ctx: Context, a: AppCard, now: Date, notice?: string): { html: string; keyboard: InlineKeyboard } {
  const { reg } = a;
  const education = isEducationLevel(reg.educationLevel) ? ctx.t(`signup-education-${reg.educationLevel}`) : escapeHtml(reg.educationLevel);
  const lines = [
    ctx.t("coordinator-app-title", { n: a.index + 1, total: a.total, course: title(ctx, a.course) }),
    ctx.t("coordinator-app-status", { status: status(ctx, reg.status) }),
    "",
    ctx.t("coordinator-app-name", { name: escapeHtml(reg.fullName) }),
    ctx.t("coordinator-app-phone", { phone: escapeHtml(displayPhone(reg.phone)) }),
    // Birth dates are calendar dates stored as UTC midnight: formatted in UTC, not shifted.
    reg.birthDate
      ? ctx.t("coordinator-app-birth", { date: formatDate(reg.birthDate, ctx.locale, "UTC"), age: ageOn(reg.birthDate, now) })
      : ctx.t("coordinator-app-birth-erased"),
    ctx.t("coordinator-app-education", { education }),
    ctx.t("coordinator-app-applied", { date: formatDateTime(reg.createdAt, ctx.locale) }),
  ];
  const where = [a.course.id, a.status, a.index] as const;
  const kb = new InlineKeyboard().text(ctx.t("coordinator-approve"), coordCb.pack("ok", reg.id, ...where));
  if (reg.status === "pending") kb.text(ctx.t("coordinator-waitlist"), coordCb.pack("wait", reg.id, ...where));
  kb.text(ctx.t("coordinator-reject"), coordCb.pack("no", reg.id, ...where));
  addPagination(kb, a.index, a.total, (i) => coordCb.pack("app", a.course.id, a.status, i));
  kb.row().text(ctx.t("coordinator-back-course"), coordCb.pack("course", a.course.id));
  const html = (notice ? [notice, "", ...lines] : lines).join("\n");
  return { html, keyboard: backToMenu(ctx, kb) };
}

/** Nothing (left) to review in this status. */
export function renderNoneLeft(ctx: Context, courseId: number, s: Reviewable, notice?: string): { html: string; keyboard: InlineKeyboard } {
  const kb = new InlineKeyboard().text(ctx.t("coordinator-back-course"), coordCb.pack("course", courseId));
  const text = ctx.t("coordinator-none-left", { status: status(ctx, s) });
  return { html: notice ? `${notice}\n\n${text}` : text, keyboard: backToMenu(ctx, kb) };
}
