import { callbackCodec } from "../../callback-data.ts";

// Bulk CSV import by staff and admins.
// help: how to import (kinds, sample files, columns).
export const importCb = callbackCodec("im1", {
  help: [],
});
