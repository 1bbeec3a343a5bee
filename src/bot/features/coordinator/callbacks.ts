import { callbackCodec } from "../../callback-data.ts";

// Every action names the course or registration it acts on; the handlers re-check on the
// server that the sender coordinates that course (callback data can be forged).
// courses: the coordinator's course list, page.
// course:  one course with counts per status.
// app:     application card `index` (0-based) among the course's `status` applications
//          (pending or waitlisted), one card at a time.
// ok / wait / no: approve / waitlist / reject registration `id`; course, status and index say
//          where to continue after the decision. `no` asks for a reason first.
// csv:     the course's applications as a CSV document.
// alerts:  switch the sender's alerts to `mode` ("instant" | "digest"), then show courses page.
export const coordCb = callbackCodec("co1", {
  courses: ["int"],
  course: ["int"],
  app: ["int", "str", "int"],
  ok: ["int", "int", "str", "int"],
  wait: ["int", "int", "str", "int"],
  no: ["int", "int", "str", "int"],
  csv: ["int"],
  alerts: ["str", "int"],
});
