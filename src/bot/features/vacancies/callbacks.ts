import { callbackCodec } from "../../callback-data.ts";

// list: sector ("any" or a sector code), "w" working professions only / "a" all, page.
export const vacanciesCb = callbackCodec("v1", {
  list: ["str", "str", "int"],
  open: ["int"],
});
