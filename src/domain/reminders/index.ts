// Reminders and subscription news: planners that put fan-outs (one row per reminder or
// announcement, expanded into outbox deliveries by the delivery worker as it sends) and digests
// in the outbox (rendered at send time by src/bot/notifications/reminders.ts). Run by
// src/jobs/scheduler.ts.
import type { Db } from "../../db/client.ts";
import { planAnnouncements } from "./announcements.ts";
import { planCourseReminders } from "./courses.ts";
import { planEventReminders } from "./events.ts";

export { ANNOUNCE_KINDS, planAnnouncements } from "./announcements.ts";
export { COURSE_START_KIND, DEADLINE_KIND, courseStartRef, deadlineRef, planCourseReminders } from "./courses.ts";
export { DIGEST_KIND, digestContents, digestRef, localHour, planSubscriptionDigests } from "./digests.ts";
export { EVENT_REMINDER_KIND, eventReminderRef, planEventReminders } from "./events.ts";
export { EVENT_REMINDER_OFFSETS_H, dueOffset } from "./schedule.ts";
export { audienceSpec, audienceSql, type AudienceSpec } from "./audience.ts";
export { EXPAND_CHUNK, expandFanouts, fanOutNow, planFanout, planFanouts, type Expansion, type FanoutPlan } from "./fanout.ts";

/** The 5-minute job: reminders due now and announcements of what is new. Fan-outs added, by planner. */
export async function planRemindersAndNews(db: Db, now: Date): Promise<{ events: number; courses: number; news: number }> {
  const events = await planEventReminders(db, now);
  const courses = await planCourseReminders(db, now);
  const news = await planAnnouncements(db, now);
  return { events, courses, news };
}
