// Course reminders, a day before (COURSE_REMINDER_OFFSET_H), planned when due:
// - "course_start" (ref `course:<id>:start`) to approved participants before the course starts;
// - "deadline" (ref `course:<id>:deadline`) to those who watch the course and have no live
//   application before its registration closes.
// Both stop once the moment has passed (a catch-up never reminds of a past start or deadline).
// Each is one fan-out (fanout.ts), expanded into deliveries by the delivery worker.
import type { Db } from "../../db/client.ts";
import { planFanouts } from "./fanout.ts";
import { COURSE_REMINDER_OFFSET_H } from "./schedule.ts";

export const COURSE_START_KIND = "course_start";
export const DEADLINE_KIND = "deadline";
const HOUR = 3600_000;

export const courseStartRef = (courseId: number) => `course:${courseId}:start`;
export const deadlineRef = (courseId: number) => `course:${courseId}:deadline`;

/** Plans due course start and deadline reminders; idempotent. Returns the fan-outs added. */
export async function planCourseReminders(db: Db, now: Date, offsetH = COURSE_REMINDER_OFFSET_H): Promise<number> {
  const horizon = new Date(now.getTime() + offsetH * HOUR);
  const [starting, closing] = await Promise.all([
    db.course.findMany({ where: { isPublished: true, startsAt: { gt: now, lte: horizon } }, select: { id: true } }),
    db.course.findMany({
      where: { isPublished: true, startsAt: { gt: now }, registrationDeadline: { gt: now, lte: horizon } },
      select: { id: true },
    }),
  ]);
  return planFanouts(db, [
    ...starting.map((c) => ({
      kind: COURSE_START_KIND,
      ref: courseStartRef(c.id),
      payload: { courseId: c.id },
      audience: { type: "courseApproved", courseId: c.id } as const,
      now,
    })),
    ...closing.map((c) => ({
      kind: DEADLINE_KIND,
      ref: deadlineRef(c.id),
      payload: { courseId: c.id },
      audience: { type: "deadline", courseId: c.id } as const,
      now,
    })),
  ]);
}
