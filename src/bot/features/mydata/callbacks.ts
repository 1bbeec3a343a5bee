import { callbackCodec } from "../../callback-data.ts";

// show: what is stored; erase: asks to confirm; eraseYes: erases.
export const mydataCb = callbackCodec("pd1", {
  show: [],
  erase: [],
  eraseYes: [],
});
