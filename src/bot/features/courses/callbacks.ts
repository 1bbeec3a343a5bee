import { callbackCodec } from "../../callback-data.ts";

// The list context travels in every button so "back" returns to the same filters and page:
//   price ("any" | "free" | "paid"), format ("any" | "online" | "offline"), sector ("any" | code), page.
// list:    the list (the main menu packs "list", "any", "any", "any", 0).
// sectors: the sector picker for the current price/format (sector = the current one, marked).
// card:    a course card opened from the list: id + list context.
// open:    a course card without list context (deep links, other features); back goes to the list start.
// remind:  "remind me before the deadline" on (1) / off (0): id, on, then the list context
//          (price "-" when the card has none: opened by a deep link or another feature).
// signup:  "📝 Sign up" on the card: starts the sign-up dialog (src/bot/conversations).
export const coursesCb = callbackCodec("c1", {
  list: ["str", "str", "str", "int"],
  sectors: ["str", "str", "str", "int"],
  card: ["int", "str", "str", "str", "int"],
  open: ["int"],
  signup: ["int"],
  remind: ["int", "int", "str", "str", "str", "int"],
});
