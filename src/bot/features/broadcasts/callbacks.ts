import { callbackCodec } from "../../callback-data.ts";

// Broadcasts of regional staff. Every handler re-checks the sender's scope and that the
// broadcast is theirs (or they are an admin): callback data can be forged.
// new: start composing a broadcast. list: the sender's broadcasts, page.
export const broadcastCb = callbackCodec("bc1", {
  new: [],
  list: ["int"],
});
