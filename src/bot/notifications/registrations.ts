// Course sign-up notices (issue 4): a decision to the applicant, a freed seat offered to a
// waitlisted person, a new application to the course's coordinators. Each re-reads its
// registration at send time: if it is gone or has moved on, the notice is cancelled instead
// of telling something no longer true.
import { InlineKeyboard } from "grammy";
import { i18n } from "../i18n.ts";
import { escapeHtml } from "../ui.ts";
import { formatDate, formatDateTime } from "../../domain/format.ts";
import { tr } from "../../domain/locale.ts";
import { canCoordinateCourse, loadRoles } from "../../domain/roles.ts";
import { myCb } from "../features/my/callbacks.ts";
import { coordCb } from "../features/coordinator/callbacks.ts";
import { parsePayload } from "./batch.ts";
import type { Renderer, RenderInput } from "./types.ts";

/** Registration id from the payload, else from a ref like "registration:12:approved". */
function registrationId({ payload, delivery }: Pick<RenderInput, "payload" | "delivery">): number | null {
  const fromPayload = payload.registrationId;
  if (typeof fromPayload === "number" && Number.isSafeInteger(fromPayload)) return fromPayload;
  const m = /^registration:(\d+)(?::|$)/.exec(delivery.ref);
  return m ? Number(m[1]) : null;
}

/**
 * A registration with its course, as it is now. The registrations of all the batch's sign-up
 * notices are read in one query; one not among them (or deleted meanwhile) on its own.
 */
async function loadRegistration(input: RenderInput, id: number) {
  const read = (ids: number[]) => input.db.registration.findMany({ where: { id: { in: ids } }, include: { course: true } });
  const inBatch = await input.batch.once("registrations", async () => {
    const ids = input.batch.deliveries
      .filter((d) => Object.hasOwn(registrationRenderers, d.kind))
      .map((d) => registrationId({ payload: parsePayload(d.payload), delivery: d }))
      .filter((x) => x !== null);
    return new Map((await read(ids)).map((r) => [r.id, r]));
  });
  return inBatch.get(id) ?? (await read([id]))[0] ?? null;
}

/** registration_status: the status the decision set, unless the registration moved on since. */
const registrationStatus: Renderer = async (input) => {
  const id = registrationId(input);
  const reg = id === null ? null : await loadRegistration(input, id);
  if (!reg || reg.userId !== input.delivery.userId) return { cancel: "registration not found" };
  const announced = typeof input.payload.status === "string" ? input.payload.status : input.delivery.ref.split(":")[2];
  // A newer status has its own notice; telling this one now would be wrong.
  if (announced && announced !== reg.status) return { cancel: `superseded: now ${reg.status}` };

  const t = (key: string, vars: Record<string, string> = {}) => i18n.t(input.locale, key, vars);
  const course = escapeHtml(tr(reg.course, "title", input.locale));
  const starts = formatDate(reg.course.startsAt, input.locale);
  let html: string;
  switch (reg.status) {
    case "approved":
      html = t("notifications-status-approved", { course, starts });
      break;
    case "waitlisted":
      html = t("notifications-status-waitlisted", { course });
      break;
    case "rejected":
      html = t("notifications-status-rejected", { course, reason: escapeHtml(reg.rejectReason ?? "—") });
      break;
    case "cancelled":
      // Planned only when an unanswered seat offer lapses (expireOffers); people who cancel
      // themselves see it on screen and get no notice.
      html = t("notifications-status-offer-expired", { course });
      break;
    default:
      html = t("notifications-status-changed", { course, status: t(`my-status-${reg.status}`) });
  }
  const keyboard = new InlineKeyboard().text(t("notifications-open-registration"), myCb.pack("card", reg.id));
  return { html, keyboard };
};

/** registration_offer: a freed seat, with the time by which to take it. */
const registrationOffer: Renderer = async (input) => {
  const id = registrationId(input);
  const reg = id === null ? null : await loadRegistration(input, id);
  if (!reg || reg.userId !== input.delivery.userId) return { cancel: "registration not found" };
  if (reg.status !== "offered" || !reg.offerExpiresAt) return { cancel: `superseded: now ${reg.status}` };
  if (reg.offerExpiresAt <= input.now) return { cancel: "offer expired before it could be sent" };

  const t = (key: string, vars: Record<string, string> = {}) => i18n.t(input.locale, key, vars);
  const html = t("notifications-offer", {
    course: escapeHtml(tr(reg.course, "title", input.locale)),
    starts: formatDate(reg.course.startsAt, input.locale),
    deadline: formatDateTime(reg.offerExpiresAt, input.locale),
  });
  const keyboard = new InlineKeyboard()
    .text(t("my-offer-accept"), myCb.pack("accept", reg.id))
    .text(t("my-offer-decline"), myCb.pack("decline", reg.id));
  return { html, keyboard };
};

/** coordinator_alert: a new application, to someone who (still) coordinates the course. */
const coordinatorAlert: Renderer = async (input) => {
  const id = registrationId(input);
  const reg = id === null ? null : await loadRegistration(input, id);
  if (!reg) return { cancel: "registration not found" };
  // Withdrawn or already decided: nothing waits for the coordinator any more.
  if (reg.status !== "pending" && reg.status !== "waitlisted") return { cancel: `already ${reg.status}` };
  const roles = await loadRoles(input.db, input.delivery.user, input.adminIds);
  if (!(await canCoordinateCourse(input.db, roles, reg.courseId))) return { cancel: "recipient no longer coordinates the course" };

  const pending = await input.db.registration.count({ where: { courseId: reg.courseId, status: "pending" } });
  const t = (key: string, vars: Record<string, string | number> = {}) => i18n.t(input.locale, key, vars);
  const html = t(reg.status === "pending" ? "notifications-coordinator-alert" : "notifications-coordinator-alert-waitlisted", {
    course: escapeHtml(tr(reg.course, "title", input.locale)),
    name: escapeHtml(reg.fullName),
    pending,
  });
  const keyboard = new InlineKeyboard()
    .text(t("notifications-open-pending"), coordCb.pack("app", reg.courseId, "pending", 0))
    .row()
    .text(t("notifications-open-course"), coordCb.pack("course", reg.courseId));
  return { html, keyboard };
};

export const registrationRenderers: Record<string, Renderer> = {
  registration_status: registrationStatus,
  registration_offer: registrationOffer,
  coordinator_alert: coordinatorAlert,
};
