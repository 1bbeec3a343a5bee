import { callbackCodec } from "../../callback-data.ts";

export const menuCb = callbackCodec("m1", {
  home: [],
  settings: [],
  help: [],
});
