// Reminders and subscription news: planners that put deliveries in the outbox (rendered at send
// time by src/bot/notifications/reminders.ts). Run by src/jobs/scheduler.ts.
import type { Db } from "../../db/client.ts";
import { planAnnouncements } from "./announcements.ts";
import { planCourseReminders } from "./courses.ts";
import { planEventReminders } from "./events.ts";

export { ANNOUNCE_KINDS, planAnnouncements } from "./announcements.ts";
export { COURSE_START_KIND, DEADLINE_KIND, courseStartRef, deadlineRef, planCourseReminders } from "./courses.ts";
export { DIGEST_KIND, digestContents, digestRef, localHour, planSubscriptionDigests } from "./digests.ts";
export { EVENT_REMINDER_KIND, eventReminderRef, planEventReminders } from "./events.ts";
export { EVENT_REMINDER_OFFSETS_H, dueOffset } from "./schedule.ts";

/** The 5-minute job: reminders due now and announcements of what is new. Deliveries added, by planner. */
export async function planRemindersAndNews(db: Db, now: Date): Promise<{ events: number; courses: number; news: number }> {
  const events = await planEventReminders(db, now);
  const courses = await planCourseReminders(db, now);
  const news = await planAnnouncements(db, now);
  return { events, courses, news };
}
