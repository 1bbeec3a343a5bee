import { callbackCodec } from "../../callback-data.ts";

// Filters are "w" (working professions only) or "a" (all); scopes are "my" (the user's region) or "all".
// list: filter, page.  open: college id, filter, page of its specialties.
// back: college id, filter — the list page that holds that college.  find: filter (how to search).
// spec: specialty id, scope, page — colleges teaching one specialty.
export const collegesCb = callbackCodec("k1", {
  list: ["str", "int"],
  open: ["int", "str", "int"],
  back: ["int", "str"],
  find: ["str"],
  spec: ["int", "str", "int"],
});
