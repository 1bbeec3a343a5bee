import { callbackCodec } from "../../callback-data.ts";

// prompt: "type what you are looking for".  scope: "my" | "all" — repeat the last query
// (kept in memory, see last-query.ts) in the user's region or in every region.
export const searchCb = callbackCodec("s1", {
  prompt: [],
  scope: ["str"],
});
