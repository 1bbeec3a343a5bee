// Reminders and subscription news (planned by src/domain/reminders): rendered at send time in
// the recipient's language from the item as it is now. An item that vanished, was cancelled or
// unpublished, has started or expired, or a subscription that was dropped since → { cancel }.
import { InlineKeyboard } from "grammy";
import { i18n } from "../i18n.ts";
import { escapeHtml } from "../ui.ts";
import { formatDate, formatDateTime } from "../../domain/format.ts";
import { tr, type Locale } from "../../domain/locale.ts";
import { isRegistrationOpen } from "../../domain/catalog/courses.ts";
import { regionName } from "../../domain/regions.ts";
import { ACTIVE_STATUSES } from "../../domain/registrations/status.ts";
import { ANNOUNCE_KINDS } from "../../domain/reminders/announcements.ts";
import { COURSE_START_KIND, DEADLINE_KIND } from "../../domain/reminders/courses.ts";
import { COURSE_CHANGED_KIND, coursePlace } from "../../domain/reminders/course-changes.ts";
import { DIGEST_KIND, digestContents } from "../../domain/reminders/digests.ts";
import { EVENT_REMINDER_KIND } from "../../domain/reminders/events.ts";
import { isNewsTopic, type NewsTopic } from "../../domain/reminders/news.ts";
import { coursesCb } from "../features/courses/callbacks.ts";
import { eventsCb } from "../features/events/callbacks.ts";
import { subscriptionsCb } from "../features/subscriptions/callbacks.ts";
import { vacanciesCb } from "../features/vacancies/callbacks.ts";
import type { Event } from "../../generated/prisma/client.ts";
import { iso, loadEvent, text } from "./events.ts";
import type { Renderer, RenderInput } from "./types.ts";

/** Item id from the payload field, else from the ref ("event:12:24h" → 12). */
function itemId({ payload, delivery }: RenderInput, field: string): number | null {
  const v = payload[field];
  if (typeof v === "number" && Number.isSafeInteger(v)) return v;
  const m = /^[a-z]+:(\d+)(?::|$)/.exec(delivery.ref);
  return m ? Number(m[1]) : null;
}

const translator = (locale: Locale) => (key: string, vars: Record<string, string | number> = {}) => i18n.t(locale, key, vars);

/** Whether the recipient still has an instant subscription to the topic in the region (asked for the whole batch). */
function stillSubscribed(input: RenderInput, regionCode: string, topic: NewsTopic): Promise<boolean> {
  return input.batch.has(`instant:${regionCode}:${topic}`, input.delivery.userId, (userIds) =>
    input.db.subscription.findMany({ where: { regionCode, topic, frequency: "instant", userId: { in: userIds } }, select: { userId: true } }),
  );
}

/** Whether the recipient has a registration for the course in one of `statuses` (asked for the whole batch). */
function hasRegistration(input: RenderInput, courseId: number, statuses: readonly string[]): Promise<boolean> {
  return input.batch.has(`registered:${courseId}:${statuses.join()}`, input.delivery.userId, (userIds) =>
    input.db.registration.findMany({ where: { courseId, status: { in: [...statuses] }, userId: { in: userIds } }, select: { userId: true } }),
  );
}

const manageButton = (kb: InlineKeyboard, t: ReturnType<typeof translator>) => kb.row().text(t("reminders-manage"), subscriptionsCb.pack("list"));

async function loadLiveEvent(input: RenderInput): Promise<{ event: Event } | { cancel: string }> {
  const id = itemId(input, "eventId");
  const event = id === null ? null : await loadEvent(input, id);
  if (!event) return { cancel: "event not found" };
  if (event.status !== "published") return { cancel: `event ${event.status}` };
  if (event.startsAt <= input.now) return { cancel: "event already started" };
  return { event };
}

const eventReminder: Renderer = async (input) => {
  const r = await loadLiveEvent(input);
  if ("cancel" in r) return r;
  const t = translator(input.locale);
  const html = t("reminders-event", {
    title: escapeHtml(tr(r.event, "title", input.locale)),
    when: formatDateTime(r.event.startsAt, input.locale),
    place: escapeHtml([r.event.venue, r.event.address].filter(Boolean).join(", ") || "—"),
  });
  return { html, keyboard: new InlineKeyboard().text(t("reminders-open-event"), eventsCb.pack("open", r.event.id)) };
};

const eventNew: Renderer = async (input) => {
  const r = await loadLiveEvent(input);
  if ("cancel" in r) return r;
  if (!(await stillSubscribed(input, r.event.regionCode, "events"))) return { cancel: "unsubscribed" };
  const t = translator(input.locale);
  const html = t("reminders-event-new", {
    title: escapeHtml(tr(r.event, "title", input.locale)),
    when: formatDateTime(r.event.startsAt, input.locale),
    place: escapeHtml([r.event.city, r.event.venue].filter(Boolean).join(", ") || "—"),
  });
  return { html, keyboard: manageButton(new InlineKeyboard().text(t("reminders-open-event"), eventsCb.pack("open", r.event.id)), t) };
};

async function loadCourse(input: RenderInput) {
  const id = itemId(input, "courseId");
  return id === null ? null : input.batch.once(`course:${id}`, () => input.db.course.findUnique({ where: { id } }));
}

const courseNew: Renderer = async (input) => {
  const course = await loadCourse(input);
  if (!course || !course.isPublished) return { cancel: "course not found" };
  if (course.startsAt <= input.now) return { cancel: "course already started" };
  if (!(await stillSubscribed(input, course.regionCode, "courses"))) return { cancel: "unsubscribed" };
  const t = translator(input.locale);
  const html = t("reminders-course-new", {
    title: escapeHtml(tr(course, "title", input.locale)),
    starts: formatDate(course.startsAt, input.locale),
    deadline: formatDate(course.registrationDeadline, input.locale),
  });
  return { html, keyboard: manageButton(new InlineKeyboard().text(t("reminders-open-course"), coursesCb.pack("open", course.id)), t) };
};

const courseStart: Renderer = async (input) => {
  const course = await loadCourse(input);
  if (!course || !course.isPublished) return { cancel: "course not found" };
  if (course.startsAt <= input.now) return { cancel: "course already started" };
  if (!(await hasRegistration(input, course.id, ["approved"]))) return { cancel: "no longer an approved participant" };
  const t = translator(input.locale);
  const html = t("reminders-course-start", {
    title: escapeHtml(tr(course, "title", input.locale)),
    when: formatDateTime(course.startsAt, input.locale),
    place: escapeHtml([course.city, course.address].filter(Boolean).join(", ") || "—"),
  });
  return { html, keyboard: new InlineKeyboard().text(t("reminders-open-course"), coursesCb.pack("open", course.id)) };
};

/** A course's start or place moved (course-changes.ts); superseded by a later change's notice. */
const courseChanged: Renderer = async (input) => {
  const course = await loadCourse(input);
  if (!course || !course.isPublished) return { cancel: "course not found" };
  if (course.startsAt <= input.now) return { cancel: "course already started" };
  const [oldStart, start] = [iso(input.payload.oldStartsAt), iso(input.payload.startsAt)];
  const [oldPlace, newPlace] = [text(input.payload.oldPlace), text(input.payload.place)];
  const place = coursePlace(course);
  if ((start && start.getTime() !== course.startsAt.getTime()) || (newPlace !== null && newPlace !== place)) return { cancel: "superseded by a later change" };
  if (!(await hasRegistration(input, course.id, ACTIVE_STATUSES))) return { cancel: "no live application" };
  const t = translator(input.locale);
  const now = formatDateTime(course.startsAt, input.locale);
  const was = oldStart ? formatDateTime(oldStart, input.locale) : "—";
  const placeMoved = newPlace !== null && oldPlace !== newPlace;
  const key = placeMoved ? (was !== now ? "reminders-course-changed-both" : "reminders-course-moved") : "reminders-course-changed";
  const html = t(key, {
    title: escapeHtml(tr(course, "title", input.locale)),
    was,
    now,
    place: escapeHtml(place || "—"),
    wasPlace: escapeHtml(oldPlace || "—"),
  });
  return { html, keyboard: new InlineKeyboard().text(t("reminders-open-course"), coursesCb.pack("open", course.id)) };
};

const deadline: Renderer = async (input) => {
  const course = await loadCourse(input);
  if (!course) return { cancel: "course not found" };
  if (!isRegistrationOpen(course, input.now)) return { cancel: "registration closed" };
  if (await hasRegistration(input, course.id, ACTIVE_STATUSES)) return { cancel: "already applied" };
  const t = translator(input.locale);
  const html = t("reminders-deadline", {
    title: escapeHtml(tr(course, "title", input.locale)),
    deadline: formatDateTime(course.registrationDeadline, input.locale),
  });
  const keyboard = new InlineKeyboard().text(t("reminders-sign-up"), coursesCb.pack("signup", course.id)).row().text(t("reminders-open-course"), coursesCb.pack("open", course.id));
  return { html, keyboard };
};

const vacancyNew: Renderer = async (input) => {
  const id = itemId(input, "vacancyId");
  const v = id === null ? null : await input.batch.once(`vacancy:${id}`, () => input.db.vacancy.findUnique({ where: { id }, include: { employer: true } }));
  if (!v) return { cancel: "vacancy not found" };
  if (v.expiresAt <= input.now) return { cancel: "vacancy expired" };
  if (!(await stillSubscribed(input, v.regionCode, "vacancies"))) return { cancel: "unsubscribed" };
  const t = translator(input.locale);
  const html = t("reminders-vacancy-new", {
    title: escapeHtml(tr(v, "title", input.locale)),
    employer: escapeHtml(v.employer.name),
    until: formatDate(v.expiresAt, input.locale),
  });
  return { html, keyboard: manageButton(new InlineKeyboard().text(t("reminders-open-vacancy"), vacanciesCb.pack("open", v.id)), t) };
};

/** Buttons for at most this many digest items; the rest are in the lists. */
const DIGEST_BUTTONS = 5;

const digest: Renderer = async (input) => {
  const topic = input.payload.topic;
  const from = new Date(String(input.payload.from));
  const to = new Date(String(input.payload.to));
  if (typeof topic !== "string" || !isNewsTopic(topic) || Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return { cancel: "digest without a valid payload" };
  const sections = await digestContents(input.db, input.delivery.userId, { topic, from, to }, input.now);
  if (sections.length === 0) return { cancel: "nothing new any more" };

  const t = translator(input.locale);
  const regions = await input.db.region.findMany({ where: { code: { in: sections.map((s) => s.regionCode) } } });
  const lines = [t(`reminders-digest-${topic}`), ""];
  const keyboard = new InlineKeyboard();
  let n = 0;
  for (const s of sections) {
    const region = regions.find((r) => r.code === s.regionCode);
    lines.push(`<b>${escapeHtml(region ? regionName(region, input.locale) : s.regionCode)}</b>`);
    for (const item of s.items) {
      n += 1;
      const date = topic === "vacancies" ? t("reminders-digest-until", { date: formatDate(item.at, input.locale) }) : formatDate(item.at, input.locale);
      lines.push(`${n}. ${escapeHtml(tr(item, "title", input.locale))} — ${date}`);
      if (n <= DIGEST_BUTTONS) {
        const data = topic === "events" ? eventsCb.pack("open", item.id) : topic === "courses" ? coursesCb.pack("open", item.id) : vacanciesCb.pack("open", item.id);
        keyboard.text(String(n), data);
      }
    }
    lines.push("");
  }
  return { html: lines.join("\n").trim(), keyboard: manageButton(keyboard, t) };
};

export const reminderRenderers: Record<string, Renderer> = {
  [EVENT_REMINDER_KIND]: eventReminder,
  [ANNOUNCE_KINDS.events]: eventNew,
  [ANNOUNCE_KINDS.courses]: courseNew,
  [ANNOUNCE_KINDS.vacancies]: vacancyNew,
  [COURSE_START_KIND]: courseStart,
  [COURSE_CHANGED_KIND]: courseChanged,
  [DEADLINE_KIND]: deadline,
  [DIGEST_KIND]: digest,
};
