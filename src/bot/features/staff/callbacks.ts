import { callbackCodec } from "../../callback-data.ts";

// Staff panel, people with roles, invites, /stats. Every handler re-checks the sender's
// roles and scope on the server (callback data can be forged).
// panel: the staff panel (entry point of every staff tool).
// people: people with roles, page. grant: one grant's revoke confirmation (grant id, page).
// revoke: revoke that grant (grant id, page).
// invite: choose the invited role. invRole: staff → regions, coordinator → provider or course.
// invProviders / invCourses: pickers, page. invRegion / invProvider / invCourse: create the invite.
// invRevoke: withdraw an unused invite (invite id). stats: /stats.
export const staffCb = callbackCodec("st1", {
  panel: [],
  people: ["int"],
  grant: ["int", "int"],
  revoke: ["int", "int"],
  invite: [],
  invRole: ["str"],
  invProviders: ["int"],
  invCourses: ["int"],
  invRegion: ["str"],
  invProvider: ["int"],
  invCourse: ["int"],
  invRevoke: ["int"],
  stats: [],
});
