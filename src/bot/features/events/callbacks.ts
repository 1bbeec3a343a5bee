import { callbackCodec } from "../../callback-data.ts";

// list: scope ("my" region or "all"), page.
// open: an event card from anywhere else (search, notifications); "back" leads to list my/0.
// card: an event card opened from a list: id, the list's scope and page (for "back").
// map / ics: send the venue / the calendar file of an event.
// remind: "remind me" on (1) / off (0) for an event: id, on, then the card's back position.
// vac: the vacancies of a fair: event id, page, then the list's scope and page (for "back").
export const eventsCb = callbackCodec("e1", {
  list: ["str", "int"],
  open: ["int"],
  card: ["int", "str", "int"],
  map: ["int"],
  ics: ["int"],
  vac: ["int", "int", "str", "int"],
  remind: ["int", "int", "str", "int"],
});

export type EventsScope = "my" | "all";

export function isScope(value: string): value is EventsScope {
  return value === "my" || value === "all";
}
