import { callbackCodec } from "../../callback-data.ts";

// list: price ("any" | "free" | "paid"), format ("any" | "online" | "offline"), sector ("any" | code), page.
export const coursesCb = callbackCodec("c1", {
  list: ["str", "str", "str", "int"],
  open: ["int"],
});
