import { callbackCodec } from "../../callback-data.ts";

// list: "w" working professions only / "a" all, page.
export const collegesCb = callbackCodec("k1", {
  list: ["str", "int"],
  open: ["int", "str", "int"],
});
