// The coordinator's screens, shared by the buttons (index.ts) and the reason replies (reject.ts).
import type { Context } from "../../context.ts";
import { PAGE_SIZE } from "../../../domain/paging.ts";
import { isCoordinatorAlerts } from "../../../domain/registrations/digest.ts";
import { coordinatorCourses, listApplications } from "../../../domain/registrations/review.ts";
import type { Roles } from "../../../domain/roles.ts";
import { show } from "../../ui.ts";
import { refuse } from "../../access.ts";
import { renderApplication, renderCourse, renderCourses, renderNoneLeft, type Reviewable } from "./render.ts";

export async function showCourses(ctx: Context, roles: Roles, page: number): Promise<void> {
  const courses = await coordinatorCourses(ctx.deps.db, roles, ctx.deps.clock.now());
  // Alerts go to grant holders only (notifyCoordinators, planCoordinatorDigests): only they get the toggle.
  const getsAlerts = roles.coordinatorCourseIds.length + roles.coordinatorProviderIds.length > 0;
  const mode = ctx.user?.coordinatorAlerts;
  const alerts = getsAlerts ? (isCoordinatorAlerts(mode) ? mode : "instant") : null;
  const { html, keyboard } = renderCourses(ctx, courses, page, alerts);
  await show(ctx, html, keyboard);
}

export async function showCourse(ctx: Context, roles: Roles, courseId: number, notice?: string): Promise<void> {
  const courses = await coordinatorCourses(ctx.deps.db, roles, ctx.deps.clock.now());
  const entry = courses.find((c) => c.course.id === courseId);
  // Not among the sender's (running) courses: refused, whether it exists or not.
  if (!entry) return refuse(ctx, "coordinator-forbidden");
  const { html, keyboard } = renderCourse(ctx, entry, notice);
  await show(ctx, html, keyboard);
}

/**
 * Application number `index` of the course's `status` queue (clamped to the last one, so the
 * card after the last decision is the new last one). Refused when not the sender's course.
 */
export async function showApplication(ctx: Context, roles: Roles, courseId: number, status: Reviewable, index: number, notice?: string): Promise<void> {
  const db = ctx.deps.db;
  const wanted = Math.max(0, index);
  let page = await listApplications(db, { roles, courseId, status, page: Math.floor(wanted / PAGE_SIZE) });
  if (!page) return refuse(ctx, "coordinator-forbidden");
  if (page.total === 0) {
    const { html, keyboard } = renderNoneLeft(ctx, courseId, status, notice);
    return show(ctx, html, keyboard);
  }
  const at = Math.min(wanted, page.total - 1);
  if (Math.floor(at / PAGE_SIZE) !== page.page) page = (await listApplications(db, { roles, courseId, status, page: Math.floor(at / PAGE_SIZE) }))!;
  const reg = page.items[at - page.page * PAGE_SIZE];
  const course = await db.course.findUnique({ where: { id: courseId }, select: { id: true, titleKk: true, titleRu: true, titleEn: true } });
  if (!reg || !course) return showCourse(ctx, roles, courseId, notice);
  const { html, keyboard } = renderApplication(ctx, { course, status, reg, index: at, total: page.total }, ctx.deps.clock.now(), notice);
  await show(ctx, html, keyboard);
}
