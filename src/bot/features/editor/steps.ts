// The questions of the events editor, one function each. Every one asks until the answer is
// valid (explaining what was wrong, in the user's language), offers "Keep" when the field
// already has a value and "Skip" when it may stay empty, and is used both on the way through
// a new event and when a field is edited from the preview.
import { InlineKeyboard } from "grammy";
import type { Context } from "../../context.ts";
import { pressOn, type Dialog, type OuterContext } from "../../conversations/dialog.ts";
import { EVENT_KINDS, isEventKind } from "../../../domain/catalog/events.ts";
import { checkEnd, parseEventEnd, parseEventStart, type StartProblem } from "../../../domain/events-editor/datetime.ts";
import { checkCount, checkLocation, checkText, TEXT_LIMITS, type CountField, type TextField } from "../../../domain/events-editor/draft.ts";
import { formatDateTime, formatNumber } from "../../../domain/format.ts";
import type { Locale } from "../../../domain/locale.ts";
import { kindLabel, kindEmoji } from "../events/render.ts";
import { editorDialogCb as cb } from "./callbacks.ts";
import { kebab, problemText } from "./render.ts";

/** A region offered in the dialog (plain JSON: it lives in the replay log). */
export interface RegionChoice {
  code: string;
  name: Record<Locale, string>;
}

const sendHtml = async (ctx: Context, html: string, reply_markup?: InlineKeyboard): Promise<number> =>
  (await ctx.reply(html, { parse_mode: "HTML", reply_markup, link_preview_options: { is_disabled: true } })).message_id;

/** Buttons under a question: Keep (when there is a value) and Skip (when it may be empty). */
function keepSkip(ctx: Context, o: { keep?: string | null; skip?: boolean }, kb = new InlineKeyboard()): InlineKeyboard | undefined {
  if (o.keep) kb.text(ctx.t("editor-btn-keep", { value: short(o.keep) }), cb.pack("keep")).row();
  if (o.skip) kb.text(ctx.t("editor-btn-skip"), cb.pack("skip")).row();
  return kb.inline_keyboard.some((r) => r.length > 0) ? kb : undefined;
}

const short = (s: string) => ([...s].length > 30 ? `${[...s].slice(0, 29).join("")}…` : s);

type Press = "keep" | "skip" | null;
function pressed(ctx: Context, promptId: number): Press {
  if (pressOn(ctx, promptId, (d) => cb.parse("keep", d))) return "keep";
  if (pressOn(ctx, promptId, (d) => cb.parse("skip", d))) return "skip";
  return null;
}

export function askRegion(d: Dialog, regions: RegionChoice[], current: string | null): Promise<string> {
  return d.ask<string>(
    (ctx) => {
      const kb = new InlineKeyboard();
      regions.forEach((r, i) => {
        kb.text(`${r.code === current ? "✅ " : ""}${r.name[ctx.locale]}`, cb.pack("region", r.code));
        if (i % 2 === 1) kb.row();
      });
      return sendHtml(ctx, ctx.t("editor-ask-region"), kb);
    },
    (ctx, promptId) => {
      const code = pressOn(ctx, promptId, (data) => cb.parse("region", data))?.[0];
      if (code !== undefined && regions.some((r) => r.code === code)) return { value: code };
      return ctx.callbackQuery ? { unrelated: true } : { again: ctx.t("editor-use-buttons") };
    },
  );
}

export function askKind(d: Dialog, current: string | null): Promise<string> {
  return d.ask<string>(
    (ctx) => {
      const kb = new InlineKeyboard();
      EVENT_KINDS.forEach((k, i) => {
        kb.text(`${k === current ? "✅ " : ""}${kindEmoji(k)} ${kindLabel(ctx, k)}`, cb.pack("kind", k));
        if (i % 2 === 1) kb.row();
      });
      return sendHtml(ctx, ctx.t("editor-ask-kind"), kb);
    },
    (ctx, promptId) => {
      const kind = pressOn(ctx, promptId, (data) => cb.parse("kind", data))?.[0];
      if (kind !== undefined && isEventKind(kind)) return { value: kind };
      return ctx.callbackQuery ? { unrelated: true } : { again: ctx.t("editor-use-buttons") };
    },
  );
}

/**
 * A text field; `lang` for the translated ones (title, description). Returns "" when skipped.
 * `optional`: may stay empty (another language has it, or it is a translation).
 */
export function askText(d: Dialog, field: TextField, o: { lang?: Locale; current: string; optional: boolean }): Promise<string> {
  return d.ask<string>(
    (ctx) => {
      const language = o.lang ? ctx.t(`editor-lang-${o.lang}`) : "";
      const html = ctx.t(`editor-ask-${field}`, { max: formatNumber(TEXT_LIMITS[field], ctx.locale), language });
      return sendHtml(ctx, html, keepSkip(ctx, { keep: o.current || null, skip: o.optional }));
    },
    (ctx, promptId) => {
      const p = pressed(ctx, promptId);
      if (p === "keep" && o.current) return { value: o.current };
      if (p === "skip" && o.optional) return { value: "" };
      if (ctx.callbackQuery) return { unrelated: true };
      const text = ctx.message?.text;
      if (text === undefined) return { again: ctx.t("editor-need-text") };
      const c = checkText(field, text);
      if (c.ok) return { value: c.value };
      return { again: problemText(ctx, { field, reason: c.reason }) };
    },
  );
}

/** Which translation to add next, or "done". `filled`: languages that have a title. */
export function askLanguage(d: Dialog, filled: Locale[]): Promise<Locale | "done"> {
  return d.ask<Locale | "done">(
    (ctx) => {
      const kb = new InlineKeyboard();
      for (const l of ["kk", "ru", "en"] as const) kb.text(`${filled.includes(l) ? "✅ " : "➕ "}${ctx.t(`editor-lang-${l}`)}`, cb.pack("lang", l)).row();
      kb.text(ctx.t("editor-btn-continue"), cb.pack("lang", "done"));
      return sendHtml(ctx, ctx.t("editor-ask-languages"), kb);
    },
    (ctx, promptId) => {
      const l = pressOn(ctx, promptId, (data) => cb.parse("lang", data))?.[0];
      if (l === "kk" || l === "ru" || l === "en" || l === "done") return { value: l };
      return ctx.callbackQuery ? { unrelated: true } : { again: ctx.t("editor-use-buttons") };
    },
  );
}

export type Pin = { latitude: number; longitude: number } | null;

/** A Telegram location pin, Skip (none), or Keep. */
export function askLocation(d: Dialog, current: Pin): Promise<Pin> {
  return d.ask<Pin>(
    (ctx) => sendHtml(ctx, ctx.t("editor-ask-location"), keepSkip(ctx, { keep: current ? "📍" : null, skip: true })),
    (ctx, promptId) => {
      const p = pressed(ctx, promptId);
      if (p === "keep" && current) return { value: current };
      if (p === "skip") return { value: null };
      if (ctx.callbackQuery) return { unrelated: true };
      const loc = ctx.message?.location ?? ctx.message?.venue?.location;
      if (!loc) return { again: ctx.t("editor-need-location") };
      const c = checkLocation(loc.latitude, loc.longitude);
      return c.ok ? { value: c.value } : { again: problemText(ctx, { field: "location", reason: "outside" }) };
    },
  );
}

/** Parsed outside the replay (it needs the clock); ISO strings survive the replay log. */
type TimeReading = { ok: true; at: string } | { ok: false; reason: StartProblem };

function confirmTime(d: Dialog, key: "editor-confirm-start" | "editor-confirm-end", iso: string): Promise<boolean> {
  return d.ask<boolean>(
    (ctx) => {
      const kb = new InlineKeyboard().text(ctx.t("editor-btn-yes"), cb.pack("yes")).text(ctx.t("editor-btn-no"), cb.pack("no"));
      return sendHtml(ctx, ctx.t(key, { when: formatDateTime(new Date(iso), ctx.locale) }), kb);
    },
    (ctx, promptId) => {
      if (pressOn(ctx, promptId, (data) => cb.parse("yes", data))) return { value: true };
      if (pressOn(ctx, promptId, (data) => cb.parse("no", data))) return { value: false };
      return ctx.callbackQuery ? { unrelated: true } : { again: ctx.t("editor-use-buttons") };
    },
  );
}

/** The start, typed leniently and confirmed back ("Starts: Fri, 25 December 2026, 10:00 — right?"). */
export async function askStart(d: Dialog, current: string | null): Promise<string> {
  for (;;) {
    const answer = await d.ask<string>(
      (ctx) => sendHtml(ctx, ctx.t("editor-ask-start"), keepSkip(ctx, { keep: current ? formatDateTime(new Date(current), ctx.locale) : null })),
      async (ctx, promptId) => {
        if (pressed(ctx, promptId) === "keep" && current) return { value: `keep:${current}` };
        if (ctx.callbackQuery) return { unrelated: true };
        const text = ctx.message?.text;
        if (text === undefined) return { again: ctx.t("editor-need-text") };
        const r = await d.conversation.external((o: OuterContext): TimeReading => {
          const p = parseEventStart(text, o.deps.clock.now());
          return p.ok ? { ok: true, at: p.at.toISOString() } : p;
        });
        return r.ok ? { value: r.at } : { again: problemText(ctx, { field: "startsAt", reason: r.reason }) };
      },
    );
    if (answer.startsWith("keep:")) return answer.slice(5);
    if (await confirmTime(d, "editor-confirm-start", answer)) return answer;
  }
}

/** The end: a time on the start's day or a full date-time; confirmed back. */
export async function askEnd(d: Dialog, start: string, current: string | null): Promise<string> {
  const keep = current && checkEnd(new Date(start), new Date(current)).ok ? current : null;
  for (;;) {
    const answer = await d.ask<string>(
      (ctx) => sendHtml(ctx, ctx.t("editor-ask-end"), keepSkip(ctx, { keep: keep ? formatDateTime(new Date(keep), ctx.locale) : null })),
      (ctx, promptId) => {
        if (pressed(ctx, promptId) === "keep" && keep) return { value: `keep:${keep}` };
        if (ctx.callbackQuery) return { unrelated: true };
        const text = ctx.message?.text;
        if (text === undefined) return { again: ctx.t("editor-need-text") };
        const p = parseEventEnd(text, new Date(start));
        return p.ok ? { value: p.at.toISOString() } : { again: problemText(ctx, { field: "endsAt", reason: p.reason }) };
      },
    );
    if (answer.startsWith("keep:")) return answer.slice(5);
    if (await confirmTime(d, "editor-confirm-end", answer)) return answer;
  }
}

/** Expected vacancies / employers: a whole number, Skip (unknown) or Keep. */
export function askCount(d: Dialog, field: CountField, current: number | null): Promise<number | null> {
  return d.ask<number | null>(
    (ctx) => sendHtml(ctx, ctx.t(`editor-ask-${kebab(field)}`), keepSkip(ctx, { keep: current === null ? null : formatNumber(current, ctx.locale), skip: true })),
    (ctx, promptId) => {
      const p = pressed(ctx, promptId);
      if (p === "keep" && current !== null) return { value: current };
      if (p === "skip") return { value: null };
      if (ctx.callbackQuery) return { unrelated: true };
      const text = ctx.message?.text;
      if (text === undefined) return { again: ctx.t("editor-need-text") };
      const c = checkCount(field, text);
      return c.ok ? { value: c.value } : { again: problemText(ctx, { field, reason: c.reason }) };
    },
  );
}

export const FINAL_CHOICES = ["publish", "draft", "fields", "cancel"] as const;
export type FinalChoice = (typeof FINAL_CHOICES)[number];

/** Under the preview: publish (or save changes), save as draft, edit a field, cancel. */
export function askFinal(d: Dialog, html: string, o: { published: boolean; valid: boolean }): Promise<FinalChoice> {
  return d.ask<FinalChoice>(
    (ctx) => {
      const kb = new InlineKeyboard();
      if (o.valid) {
        kb.text(ctx.t(o.published ? "editor-btn-save" : "editor-btn-publish"), cb.pack("final", "publish")).row();
        if (!o.published) kb.text(ctx.t("editor-btn-save-draft"), cb.pack("final", "draft")).row();
      }
      kb.text(ctx.t("editor-btn-fields"), cb.pack("final", "fields")).row().text(ctx.t("editor-btn-discard"), cb.pack("final", "cancel"));
      return sendHtml(ctx, html, kb);
    },
    (ctx, promptId) => {
      const choice = pressOn(ctx, promptId, (data) => cb.parse("final", data))?.[0];
      if (choice !== undefined && (FINAL_CHOICES as readonly string[]).includes(choice)) return { value: choice as FinalChoice };
      return ctx.callbackQuery ? { unrelated: true } : { again: ctx.t("editor-use-buttons") };
    },
  );
}

export const EDITABLE_FIELDS = [
  "region", "kind", "title", "description", "languages", "venue", "address", "city", "location", "startsAt", "endsAt", "expectedVacancies", "expectedEmployers",
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export function askField(d: Dialog, withRegion: boolean): Promise<EditableField> {
  const fields = EDITABLE_FIELDS.filter((f) => withRegion || f !== "region");
  return d.ask<EditableField>(
    (ctx) => {
      const kb = new InlineKeyboard();
      fields.forEach((f, i) => {
        kb.text(ctx.t(`editor-field-${kebab(f)}`), cb.pack("field", f));
        if (i % 2 === 1) kb.row();
      });
      return sendHtml(ctx, ctx.t("editor-ask-field"), kb);
    },
    (ctx, promptId) => {
      const f = pressOn(ctx, promptId, (data) => cb.parse("field", data))?.[0];
      if (f !== undefined && (fields as readonly string[]).includes(f)) return { value: f as EditableField };
      return ctx.callbackQuery ? { unrelated: true } : { again: ctx.t("editor-use-buttons") };
    },
  );
}
