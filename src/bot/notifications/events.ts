// Notices of event changes (src/domain/events-editor/changes.ts), rendered at send time in the
// recipient's language from the event as it is now:
// - "event_changed": the time and/or place of an event someone watches moved (old → new).
//   Superseded when the event moved again (that change has its own notice), or was cancelled,
//   or has started;
// - "event_cancelled": an event someone watches is cancelled (urgent).
import { InlineKeyboard } from "grammy";
import { i18n } from "../i18n.ts";
import { escapeHtml } from "../ui.ts";
import { formatDateRange } from "../../domain/format.ts";
import { tr } from "../../domain/locale.ts";
import { EVENT_CANCELLED_KIND, EVENT_CHANGED_KIND } from "../../domain/events-editor/changes.ts";
import { eventLocation } from "../../domain/ics.ts";
import { eventsCb } from "../features/events/callbacks.ts";
import type { Renderer, RenderInput } from "./types.ts";

function eventIdOf({ payload, delivery }: RenderInput): number | null {
  const v = payload.eventId;
  if (typeof v === "number" && Number.isSafeInteger(v)) return v;
  const m = /^event:(\d+):/.exec(delivery.ref);
  return m ? Number(m[1]) : null;
}

/** An event as it is now, read once per claimed batch (reminders and change notices share it). */
export const loadEvent = (input: RenderInput, id: number) => input.batch.once(`event:${id}`, () => input.db.event.findUnique({ where: { id } }));

const load = (input: RenderInput) => {
  const id = eventIdOf(input);
  return id === null ? null : loadEvent(input, id);
};

/** A payload field that should hold an ISO date / a text, or null. */
export const iso = (v: unknown): Date | null => (typeof v === "string" && !Number.isNaN(Date.parse(v)) ? new Date(v) : null);
export const text = (v: unknown): string | null => (typeof v === "string" ? v : null);

const eventChanged: Renderer = async (input) => {
  const event = await load(input);
  if (!event) return { cancel: "event not found" };
  if (event.status !== "published") return { cancel: `event ${event.status}` };
  if (event.startsAt <= input.now) return { cancel: "event already started" };
  const p = input.payload;
  const [oldStart, oldEnd, start, end] = [p.oldStartsAt, p.oldEndsAt, p.startsAt, p.endsAt].map(iso);
  const [oldPlace, newPlace] = [text(p.oldPlace), text(p.place)];
  const place = eventLocation(event);
  if (start && end && (start.getTime() !== event.startsAt.getTime() || end.getTime() !== event.endsAt.getTime())) return { cancel: "superseded by a later change" };
  if (newPlace !== null && newPlace !== place) return { cancel: "superseded by a later change" };
  const l = input.locale;
  const t = (key: string, vars: Record<string, string> = {}) => i18n.t(l, key, vars);
  const when = formatDateRange(event.startsAt, event.endsAt, l);
  const was = oldStart && oldEnd ? formatDateRange(oldStart, oldEnd, l) : "—";
  const timeMoved = was !== when;
  const placeMoved = newPlace !== null && oldPlace !== newPlace;
  const key = placeMoved ? (timeMoved ? "editor-notify-changed-both" : "editor-notify-moved") : "editor-notify-changed";
  const html = t(key, {
    title: escapeHtml(tr(event, "title", l)),
    was,
    now: when,
    place: escapeHtml(place || "—"),
    wasPlace: escapeHtml(oldPlace || "—"),
  });
  return { html, keyboard: new InlineKeyboard().text(t("reminders-open-event"), eventsCb.pack("open", event.id)) };
};

const eventCancelled: Renderer = async (input) => {
  const event = await load(input);
  if (!event) return { cancel: "event not found" };
  if (event.status !== "cancelled") return { cancel: `event ${event.status}` };
  const l = input.locale;
  const html = i18n.t(l, "editor-notify-cancelled", {
    title: escapeHtml(tr(event, "title", l)),
    when: formatDateRange(event.startsAt, event.endsAt, l),
  });
  return { html };
};

export const editorRenderers: Record<string, Renderer> = {
  [EVENT_CHANGED_KIND]: eventChanged,
  [EVENT_CANCELLED_KIND]: eventCancelled,
};
