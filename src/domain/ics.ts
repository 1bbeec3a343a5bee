// An event as an iCalendar (.ics) file, so a person can put a fair into their phone's calendar.
// Times are written in UTC ("…Z"): every calendar app shows them in the device's own zone.
import { createEvent, type EventAttributes } from "ics";
import type { Event } from "../generated/prisma/client.ts";
import { tr, type Locale } from "./locale.ts";

export type IcsEvent = Pick<
  Event,
  | "id"
  | "titleKk"
  | "titleRu"
  | "titleEn"
  | "descriptionKk"
  | "descriptionRu"
  | "descriptionEn"
  | "venue"
  | "address"
  | "city"
  | "latitude"
  | "longitude"
  | "startsAt"
  | "endsAt"
>;

/** Stable per event, so importing the file again updates the entry instead of adding a copy. */
export function eventUid(id: number): string {
  return `event-${id}@mamandyq`;
}

export function eventLocation(e: Pick<Event, "venue" | "address" | "city">): string {
  return [e.venue, e.address, e.city].map((s) => s.trim()).filter(Boolean).join(", ");
}

/**
 * The .ics text of one event in the reader's language. `now` becomes DTSTAMP (the package
 * would otherwise read the system clock). Throws when the package rejects the data.
 */
export function buildEventIcs(e: IcsEvent, locale: Locale, now: Date): string {
  const location = eventLocation(e);
  const description = tr(e, "description", locale);
  const attributes: EventAttributes & { timestamp: number } = {
    uid: eventUid(e.id),
    productId: "mamandyq",
    title: tr(e, "title", locale) || "Mamandyq",
    start: e.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: e.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    status: "CONFIRMED",
    // `timestamp` (DTSTAMP) is accepted by the package's schema but missing from its types.
    timestamp: now.getTime(),
    ...(description ? { description } : {}),
    ...(location ? { location } : {}),
    ...(e.latitude != null && e.longitude != null ? { geo: { lat: e.latitude, lon: e.longitude } } : {}),
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw new Error(`cannot build the calendar file of event ${e.id}: ${error?.message ?? "empty result"}`, { cause: error });
  return foldOctets(value);
}

/**
 * RFC 5545 limits lines to 75 octets; the package folds at 75 characters, which lets a
 * Cyrillic line grow to 150 octets. Unfold, then fold again by octets without splitting a letter.
 */
export function foldOctets(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
  return lines
    .map((line) => {
      const parts: string[] = [];
      let part = "";
      let bytes = 0;
      for (const ch of line) {
        const size = Buffer.byteLength(ch);
        // Continuation lines start with a space, which counts towards their 75 octets.
        if (bytes + size > (parts.length === 0 ? 75 : 74)) {
          parts.push(part);
          part = "";
          bytes = 0;
        }
        part += ch;
        bytes += size;
      }
      parts.push(part);
      return parts.join("\r\n ");
    })
    .join("\r\n");
}
