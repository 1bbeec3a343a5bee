import { callbackCodec } from "../../callback-data.ts";

// list:       the user's registrations, page (the main menu packs "list", 0).
// card:       one registration (its id; every handler re-checks it is the sender's).
// cancel:     asks to confirm cancelling; cancelYes does it.
// accept:     takes an offered seat; decline asks to confirm giving it up; declineYes does it.
export const myCb = callbackCodec("my1", {
  list: ["int"],
  card: ["int"],
  cancel: ["int"],
  cancelYes: ["int"],
  accept: ["int"],
  decline: ["int"],
  declineYes: ["int"],
});
