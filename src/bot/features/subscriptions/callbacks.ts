import { callbackCodec } from "../../callback-data.ts";

// list:    the subscriptions screen (no arguments: the menu and /subscriptions open it).
// regions: pick a region to subscribe in (own region first).
// region:  the topic toggles of one region (region code).
// toggle:  subscribe / unsubscribe one topic of a region (region code, topic).
// sub:     one subscription's settings (subscription id).
// freq:    instant | daily (id, frequency); hour: daily digest at an hour (id, hour).
// sectors: the sector picker of a vacancy subscription (id); sector: set it (id, code | "any").
// working: working professions only on/off (id, 0 | 1).
// del:     unsubscribe (id).
// quiet:   the quiet-hours screen; quietset: choose a preset (q22 | q23 | off).
// stop:    unsubscribe from everything (same as /stop).
export const subscriptionsCb = callbackCodec("s1", {
  list: [],
  regions: [],
  region: ["str"],
  toggle: ["str", "str"],
  sub: ["int"],
  freq: ["int", "str"],
  hour: ["int", "int"],
  sectors: ["int"],
  sector: ["int", "str"],
  working: ["int", "int"],
  del: ["int"],
  quiet: [],
  quietset: ["str"],
  stop: [],
});
