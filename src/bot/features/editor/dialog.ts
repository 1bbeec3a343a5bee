// The event editor dialog (conversations v2, stored in the database like the sign-up).
// New event: region (if several) → kind → title → description (the user's language) → other
// languages (optional) → venue → address → city → location pin or Skip → start (confirmed
// back) → end → expected vacancies / employers → preview as jobseekers see it → publish /
// save as draft / edit a field / cancel. An existing event opens at the preview; each field
// is edited with the same question, its current value offered as "Keep".
// Nothing is written before the final choice; the write re-loads the roles (they may have
// been revoked meanwhile) and the domain checks the scope inside its transaction.
import { InlineKeyboard } from "grammy";
import type { Context } from "../../context.ts";
import { Dialog, STAFF_MAX_UPDATES, type DialogConversation, type OuterContext } from "../../conversations/dialog.ts";
import { escapeHtml } from "../../ui.ts";
import { checkEnd } from "../../../domain/events-editor/datetime.ts";
import { draftOf, validateDraft, type DraftProblem, type EventDraft } from "../../../domain/events-editor/draft.ts";
import { createEvent, updateEvent } from "../../../domain/events-editor/publish.ts";
import { LOCALES, type Locale } from "../../../domain/locale.ts";
import { findRegion, listRegions } from "../../../domain/regions.ts";
import { canManageRegion, isStaff, loadRoles } from "../../../domain/roles.ts";
import { editorCb, isEditorDialogData } from "./callbacks.ts";
import { previewHtml, problemsText } from "./render.ts";
import {
  askCount, askEnd, askField, askFinal, askKind, askLanguage, askLocation, askRegion, askStart, askText, type EditableField, type RegionChoice,
} from "./steps.ts";

export const EVENT_EDITOR = "event-editor";

interface Start {
  regions: RegionChoice[];
  /** The event being edited (null: a new one) and its state. */
  existing: { id: number; status: string; startsAt: string; draft: EventDraft } | null;
}

async function rolesNow(o: OuterContext) {
  return o.user ? loadRoles(o.deps.db, o.user, o.deps.config.adminIds) : null;
}

/** Runs outside the replay: who may do what, and the event as it is. Null refusal key when fine. */
async function loadStart(o: OuterContext, eventId: number): Promise<Start | { refused: string }> {
  const roles = await rolesNow(o);
  if (!roles || !isStaff(roles)) return { refused: "access-staff-only" };
  const all = await listRegions(o.deps.db);
  const regions = all.filter((r) => canManageRegion(roles, r.code)).map((r) => ({ code: r.code, name: { kk: r.nameKk, ru: r.nameRu, en: r.nameEn } }));
  if (eventId === 0) return { regions, existing: null };
  const e = await o.deps.db.event.findUnique({ where: { id: eventId } });
  if (!e) return { refused: "item-not-found" };
  if (!canManageRegion(roles, e.regionCode)) return { refused: "access-out-of-scope" };
  if (e.status === "cancelled") return { refused: "editor-already-cancelled" };
  return { regions, existing: { id: e.id, status: e.status, startsAt: e.startsAt.toISOString(), draft: draftOf(e) } };
}

type Preview = { ok: true; html: string } | { ok: false; problems: DraftProblem[] };

/** Runs outside the replay: the draft checked and rendered as the jobseeker's card. */
async function buildPreview(o: OuterContext, ctx: Context, draft: EventDraft, previousStart: string | null, eventId: number): Promise<Preview> {
  const now = o.deps.clock.now();
  const v = validateDraft(draft, now, previousStart ? new Date(previousStart) : undefined);
  if (!v.ok) return { ok: false, problems: v.problems };
  const region = await findRegion(o.deps.db, draft.regionCode);
  if (!region) return { ok: false, problems: [{ field: "region", reason: "unknown" }] };
  return { ok: true, html: previewHtml(ctx, v.columns, region, now, eventId) };
}

type Saved =
  | { ok: true; id: number; published: boolean; told: number }
  | { ok: false; reason: "forbidden" | "not_found" | "cancelled" }
  | { ok: false; reason: "invalid"; problems: DraftProblem[] };

/** Runs outside the replay: the one write of the dialog, with the roles as they are now. */
async function save(o: OuterContext, eventId: number, draft: EventDraft, publish: boolean): Promise<Saved> {
  const roles = await rolesNow(o);
  if (!roles || !o.user) return { ok: false, reason: "forbidden" };
  const a = { actorId: o.user.id, roles, now: o.deps.clock.now(), draft, publish };
  const r = eventId === 0 ? await createEvent(o.deps.db, a) : await updateEvent(o.deps.db, { ...a, eventId });
  if (!r.ok) return r.reason === "invalid" ? { ok: false, reason: "invalid", problems: r.problems } : { ok: false, reason: r.reason };
  return { ok: true, id: r.event.id, published: r.published, told: r.subscribersTold + r.watchersTold };
}

const filledLanguages = (d: EventDraft): Locale[] => LOCALES.filter((l) => d.title[l].trim() !== "");
const otherHas = (texts: Record<Locale, string>, l: Locale) => LOCALES.some((x) => x !== l && texts[x].trim() !== "");

/** Title and description in the user's language; Skip only when another language has them. */
async function editMainTexts(d: Dialog, draft: EventDraft, field: "title" | "description"): Promise<void> {
  const l = d.ctx.locale;
  draft[field][l] = await askText(d, field, { lang: l, current: draft[field][l], optional: otherHas(draft[field], l) });
}

/** Translations: pick a language, then its title and description (both optional). */
async function editLanguages(d: Dialog, draft: EventDraft): Promise<void> {
  for (;;) {
    const l = await askLanguage(d, filledLanguages(draft));
    if (l === "done") return;
    draft.title[l] = await askText(d, "title", { lang: l, current: draft.title[l], optional: otherHas(draft.title, l) });
    draft.description[l] = await askText(d, "description", { lang: l, current: draft.description[l], optional: otherHas(draft.description, l) });
  }
}

async function editField(d: Dialog, draft: EventDraft, field: EditableField, regions: RegionChoice[]): Promise<void> {
  switch (field) {
    case "region":
      draft.regionCode = await askRegion(d, regions, draft.regionCode);
      return;
    case "kind":
      draft.kind = await askKind(d, draft.kind);
      return;
    case "title":
    case "description":
      return editMainTexts(d, draft, field);
    case "languages":
      return editLanguages(d, draft);
    case "venue":
    case "address":
    case "city":
      draft[field] = await askText(d, field, { current: draft[field], optional: false });
      return;
    case "location": {
      const pin = await askLocation(d, draft.latitude !== null && draft.longitude !== null ? { latitude: draft.latitude, longitude: draft.longitude } : null);
      draft.latitude = pin?.latitude ?? null;
      draft.longitude = pin?.longitude ?? null;
      return;
    }
    case "startsAt":
      draft.startsAt = await askStart(d, draft.startsAt || null);
      // A new start may leave the old end before it or too far away: then the end is asked too.
      if (!draft.endsAt || !checkEnd(new Date(draft.startsAt), new Date(draft.endsAt)).ok) draft.endsAt = await askEnd(d, draft.startsAt, null);
      return;
    case "endsAt":
      draft.endsAt = await askEnd(d, draft.startsAt, draft.endsAt || null);
      return;
    case "expectedVacancies":
    case "expectedEmployers":
      draft[field] = await askCount(d, field, draft[field]);
      return;
  }
}

const NEW_EVENT_STEPS: EditableField[] = ["kind", "title", "description", "languages", "venue", "address", "city", "location", "startsAt", "expectedVacancies", "expectedEmployers"];

function emptyDraft(regionCode: string): EventDraft {
  const none = { kk: "", ru: "", en: "" };
  return {
    regionCode, kind: "", title: { ...none }, description: { ...none }, venue: "", address: "", city: "",
    latitude: null, longitude: null, startsAt: "", endsAt: "", expectedVacancies: null, expectedEmployers: null,
  };
}

export async function eventEditor(conversation: DialogConversation, ctx: Context, eventId: number): Promise<void> {
  const d = new Dialog(conversation, ctx, { expiredKey: "editor-expired", ownsData: isEditorDialogData, maxUpdates: STAFF_MAX_UPDATES, tooLongKey: "editor-too-long" });
  const start = await conversation.external((o) => loadStart(o, eventId));
  if ("refused" in start) return void (await ctx.reply(ctx.t(start.refused)));
  const end = (html: string, kb?: InlineKeyboard) => d.ctx.reply(html, { parse_mode: "HTML", reply_markup: kb });
  const back = (id: number) => new InlineKeyboard().text(ctx.t("editor-btn-open-card"), editorCb.pack("open", id)).row().text(ctx.t("editor-btn-back-list"), editorCb.pack("list", 0));

  let draft: EventDraft;
  if (start.existing) draft = start.existing.draft;
  else {
    await ctx.reply(ctx.t("editor-new-start"), { parse_mode: "HTML" });
    const region = start.regions.length === 1 ? start.regions[0]!.code : await askRegion(d, start.regions, null);
    draft = emptyDraft(region);
    for (const step of NEW_EVENT_STEPS) await editField(d, draft, step, start.regions);
  }

  const published = start.existing?.status === "published";
  for (;;) {
    const preview = await conversation.external((o) => buildPreview(o, d.ctx, draft, start.existing?.startsAt ?? null, eventId));
    const html = preview.ok ? `${d.ctx.t("editor-preview-head")}\n\n${preview.html}` : problemsText(d.ctx, preview.problems);
    const choice = await askFinal(d, html, { published, valid: preview.ok });
    if (choice === "cancel") return void (await end(d.ctx.t("editor-discarded"), eventId ? back(eventId) : undefined));
    if (choice === "fields") {
      // The region too, for whoever manages several: a published event's announcement and
      // reminders then go to the new region's subscribers (src/domain/events-editor/changes.ts).
      await editField(d, draft, await askField(d, start.regions.length > 1), start.regions);
      continue;
    }
    const saved = await conversation.external((o) => save(o, eventId, draft, choice === "publish"));
    if (saved.ok) {
      const justPublished = saved.published && start.existing?.status !== "published";
      const key = saved.published ? (justPublished ? "editor-published" : "editor-saved") : "editor-saved-draft";
      return void (await end(d.ctx.t(key, { count: saved.told }), back(saved.id)));
    }
    if (saved.reason === "invalid") {
      await end(problemsText(d.ctx, saved.problems));
      continue;
    }
    return void (await end(escapeHtml(d.ctx.t(saved.reason === "forbidden" ? "access-out-of-scope" : saved.reason === "cancelled" ? "editor-already-cancelled" : "item-not-found"))));
  }
}
