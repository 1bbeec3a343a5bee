import { callbackCodec } from "../../callback-data.ts";

// Bulk CSV import by staff and admins.
// help: how to import (kinds, sample files, columns). sample: send a kind's sample file.
// kind: the kind of the document this question replies to (when the header did not tell).
// go: import the previewed document (kind, issued-at in base 36, signature; see token.ts).
// no: cancel the preview.
export const importCb = callbackCodec("im1", {
  help: [],
  sample: ["str"],
  kind: ["str"],
  go: ["str", "str", "str"],
  no: [],
});
