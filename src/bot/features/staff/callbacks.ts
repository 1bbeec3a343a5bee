import { callbackCodec } from "../../callback-data.ts";

// Staff panel, people with roles, invites, /stats. Every handler re-checks the sender's
// roles and scope on the server (callback data can be forged).
// panel: the staff panel (entry point of every staff tool).
export const staffCb = callbackCodec("st1", {
  panel: [],
});
