// Who is told what when a stored course changes (the CSV import is its only writer,
// src/domain/import/kinds/courses.ts). Runs inside the import's transaction, after the row was
// written; `changeId` (the change's audit entry) names its notice and retired refs.
//
// - A published course's start or place (address, city) moved: everyone with a live application
//   (pending, approved, waitlisted, offered) is told ("course_changed", old → new, ref
//   `course:<id>:changed:<changeId>`), so nobody turns up on the old day or at the old address.
// - A new start retires the "starts tomorrow" reminder, a new registration deadline the
//   "closes tomorrow" one — sent or not — so the planner plans them again for the new dates.
// An unpublished course tells nobody: its waiting reminders are dropped when they are rendered.
import type { Course } from "../../generated/prisma/client.ts";
import type { Tx } from "../registrations/tx.ts";
import { COURSE_START_KIND, courseStartRef, DEADLINE_KIND, deadlineRef } from "./courses.ts";
import { fanOutNow } from "./fanout.ts";
import { retire, type Planned } from "./retire.ts";

export const COURSE_CHANGED_KIND = "course_changed";
export const courseChangedRef = (courseId: number, changeId: number) => `course:${courseId}:changed:${changeId}`;

/** Payload of "course_changed": the start before and after (ISO) and, when it moved, the place. */
export interface CourseChangedPayload {
  courseId: number;
  oldStartsAt: string;
  startsAt: string;
  oldPlace?: string;
  place?: string;
}

/** Where a course takes place, as people read it. */
export const coursePlace = (c: Pick<Course, "address" | "city">): string =>
  [c.address, c.city].map((s) => s.trim()).filter(Boolean).join(", ");

type Changed = Pick<Course, "id" | "isPublished" | "startsAt" | "registrationDeadline" | "address" | "city">;

/** Tells the applicants about a change of `before` into `after`; returns how many were told. */
export async function noticeCourseChange(tx: Tx, before: Changed, after: Changed, changeId: number, now: Date): Promise<number> {
  if (!after.isPublished) return 0;
  const startMoved = before.startsAt.getTime() !== after.startsAt.getTime();
  const [oldPlace, place] = [coursePlace(before), coursePlace(after)];
  let told = 0;
  if (before.isPublished && (startMoved || oldPlace !== place)) {
    const payload: CourseChangedPayload = {
      courseId: after.id,
      oldStartsAt: before.startsAt.toISOString(),
      startsAt: after.startsAt.toISOString(),
      ...(oldPlace !== place ? { oldPlace, place } : {}),
    };
    told = await fanOutNow(tx, {
      kind: COURSE_CHANGED_KIND,
      ref: courseChangedRef(after.id, changeId),
      payload,
      audience: { type: "courseApplicants", courseId: after.id },
      now,
    });
  }
  const planned: Planned[] = [];
  if (startMoved) planned.push({ kind: COURSE_START_KIND, refs: [courseStartRef(after.id)] });
  if (before.registrationDeadline.getTime() !== after.registrationDeadline.getTime()) planned.push({ kind: DEADLINE_KIND, refs: [deadlineRef(after.id)] });
  if (planned.length > 0) await retire(tx, planned, changeId, now, "course moved", true);
  return told;
}
