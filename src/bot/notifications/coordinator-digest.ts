// coordinator_digest: the daily summary for coordinators who chose it instead of an alert per
// application (planned by planCoordinatorDigests, src/domain/registrations/digest.ts). Read at
// send time: the courses they still coordinate, the applications the window brought, and how
// many wait for review now — so a digest sent late is still true.
import { InlineKeyboard } from "grammy";
import { i18n } from "../i18n.ts";
import { escapeHtml } from "../ui.ts";
import { formatDateRange } from "../../domain/format.ts";
import { tr } from "../../domain/locale.ts";
import { COORDINATOR_DIGEST_KIND, coordinatorDigest } from "../../domain/registrations/digest.ts";
import { coordCb } from "../features/coordinator/callbacks.ts";
import type { Renderer } from "./types.ts";

/** Lines beyond this become "…and N more" (a provider's coordinator may have many courses). */
const MAX_COURSES = 15;
/** Review buttons, for the first courses with applications waiting; the rest via "My courses". */
const MAX_BUTTONS = 5;
const MAX_BUTTON_TITLE = 32;

function instant(value: unknown): Date | null {
  if (typeof value !== "string") return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

const shorten = (s: string, max: number) => ([...s].length > max ? `${[...s].slice(0, max - 1).join("")}…` : s);

const coordinatorDigestRenderer: Renderer = async (input) => {
  const from = instant(input.payload.from);
  const to = instant(input.payload.to);
  if (!from || !to || from >= to) return { cancel: "digest without a valid window" };
  const entries = await coordinatorDigest(input.db, input.delivery.userId, { from, to });
  // Grants revoked or courses deleted since it was planned: nothing left to tell.
  if (entries.length === 0) return { cancel: "nothing to report any more" };

  const t = (key: string, vars: Record<string, string | number> = {}) => i18n.t(input.locale, key, vars);
  const title = (e: (typeof entries)[number]) => tr(e.course, "title", input.locale);
  const lines = entries
    .slice(0, MAX_COURSES)
    .map((e) => t("notifications-coordinator-digest-course", { course: escapeHtml(title(e)), fresh: e.fresh, pending: e.pending }));
  if (entries.length > MAX_COURSES) lines.push(t("notifications-coordinator-digest-more", { count: entries.length - MAX_COURSES }));
  const html = [t("notifications-coordinator-digest", { period: formatDateRange(from, to, input.locale) }), "", ...lines].join("\n");

  const keyboard = new InlineKeyboard();
  for (const e of entries.filter((x) => x.pending > 0).slice(0, MAX_BUTTONS)) {
    keyboard.text(t("notifications-coordinator-digest-review", { course: shorten(title(e), MAX_BUTTON_TITLE), pending: e.pending }), coordCb.pack("app", e.course.id, "pending", 0)).row();
  }
  keyboard.text(t("notifications-open-my-courses"), coordCb.pack("courses", 0));
  return { html, keyboard };
};

export const coordinatorDigestRenderers: Record<string, Renderer> = {
  [COORDINATOR_DIGEST_KIND]: coordinatorDigestRenderer,
};
