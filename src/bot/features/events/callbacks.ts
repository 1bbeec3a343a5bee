import { callbackCodec } from "../../callback-data.ts";

// list: scope ("my" region or "all"), page. Extend with more actions as needed.
export const eventsCb = callbackCodec("e1", {
  list: ["str", "int"],
  open: ["int"],
});
