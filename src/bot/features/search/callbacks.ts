import { callbackCodec } from "../../callback-data.ts";

export const searchCb = callbackCodec("s1", {
  prompt: [],
});
