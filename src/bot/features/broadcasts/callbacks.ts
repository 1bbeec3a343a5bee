import { callbackCodec } from "../../callback-data.ts";

// Broadcasts of regional staff. Every handler re-checks the sender's scope and that the
// broadcast is theirs (or they are an admin): callback data can be forged.
// new:     start composing a broadcast.
// list:    the sender's broadcasts, page.
// open:    one broadcast with its report (id).
// refresh: the progress message, counted again (id).
// stop:    "stop sending?" (id) → stopYes (id) cancels what is still pending.
export const broadcastCb = callbackCodec("bc1", {
  new: [],
  list: ["int"],
  open: ["int"],
  refresh: ["int"],
  stop: ["int"],
  stopYes: ["int"],
});

// Buttons of the composer dialog (a press counts only on the message that asked):
// reg:    toggle a region (code) · regAll: all regions (admins) · regDone: regions chosen
// who:    AUDIENCE_WHO · lang: AUDIENCE_LANGUAGES
// act:    preview actions: send | schedule | text | audience | cancel
// ok:     confirmation: yes | back
export const composerCb = callbackCodec("bcd", {
  reg: ["str"],
  regAll: [],
  regDone: [],
  who: ["str"],
  lang: ["str"],
  act: ["str"],
  ok: ["str"],
});

/** Whether callback data belongs to the composer dialog (stale or not). */
export const isComposerData = (data: string | undefined): boolean => data?.startsWith(`${composerCb.prefix}:`) ?? false;
