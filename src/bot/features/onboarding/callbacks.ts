import { callbackCodec } from "../../callback-data.ts";

// lang carries the deep-link payload of /start (or "") so a first-time user lands on the item.
export const onboardingCb = callbackCodec("o1", {
  lang: ["str", "str"],
  region: ["str"],
  pickLang: [],
  pickRegion: [],
});
