import { callbackCodec } from "../../callback-data.ts";

// The events editor of regional staff. Every handler re-checks that the event belongs to a
// region in the sender's scope (callback data can be forged).
// list: the events of the sender's regions, page.
export const editorCb = callbackCodec("ed1", {
  list: ["int"],
});
