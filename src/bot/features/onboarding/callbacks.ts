import { callbackCodec } from "../../callback-data.ts";

// lang carries the deep-link payload of /start (or "") so a first-time user lands on the item;
// regionThen the section (pickers.ts) that asked for a region, opened once it is chosen.
export const onboardingCb = callbackCodec("o1", {
  lang: ["str", "str"],
  region: ["str"],
  regionThen: ["str", "str"],
  pickLang: [],
  pickRegion: [],
});
