import { callbackCodec } from "../../callback-data.ts";

// The events editor of regional staff. Every handler re-checks that the event belongs to a
// region in the sender's scope (callback data can be forged).
// list:    the events of the sender's regions, page.
// rlist:   the same, only one region (a staff member with several, or an admin): code, page.
// open:    the staff card of an event: id.
// preview: the event as jobseekers see it: id.
// edit:    start the editor dialog on an event: id.
// new:     start the editor dialog for a new event.
// cancel:  "cancel this event?": id; cancelYes: confirmed: id.
export const editorCb = callbackCodec("ed1", {
  list: ["int"],
  rlist: ["str", "int"],
  open: ["int"],
  preview: ["int"],
  edit: ["int"],
  new: [],
  cancel: ["int"],
  cancelYes: ["int"],
});

// Buttons inside the editor dialog. A press counts only on the message that asked (see Dialog),
// so a stale button only re-asks the current question.
// region: region code; kind: event kind; keep / skip: keep the current value / leave it empty;
// lang: add a translation ("kk" | "ru" | "en") or "done"; yes / no: confirm the parsed time;
// final: "publish" | "draft" | "fields" | "cancel"; field: which field to edit from the preview.
export const editorDialogCb = callbackCodec("edd", {
  region: ["str"],
  kind: ["str"],
  keep: [],
  skip: [],
  lang: ["str"],
  yes: [],
  no: [],
  final: ["str"],
  field: ["str"],
});

/** Whether callback data belongs to the editor dialog (stale or not). */
export const isEditorDialogData = (data: string | undefined): boolean => data?.startsWith(`${editorDialogCb.prefix}:`) ?? false;
