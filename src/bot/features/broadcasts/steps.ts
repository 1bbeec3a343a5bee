// The questions of the broadcast composer, one function each (like signup-steps.ts): each asks
// until it gets a usable answer, explaining what was wrong, and is reused by "edit" from the
// preview. Database reads go through `conversation.external`.
import { InlineKeyboard } from "grammy";
import type { MessageEntity } from "grammy/types";
import type { Context } from "../../context.ts";
import { pressOn, type Dialog, type OuterContext } from "../../conversations/dialog.ts";
import { toast } from "../../ui.ts";
import { sendRendered } from "../../notifications/send.ts";
import type { Locale } from "../../../domain/locale.ts";
import { regionName } from "../../../domain/regions.ts";
import { loadRoles } from "../../../domain/roles.ts";
import {
  AUDIENCE_LANGUAGES,
  AUDIENCE_WHO,
  checkAudience,
  contentProblem,
  countAudience,
  isAudienceLanguage,
  isAudienceWho,
  keepFormatting,
  type Audience,
  type AudienceLanguage,
  type AudienceWho,
  type BroadcastContent,
} from "../../../domain/broadcasts/index.ts";
import { composerCb } from "./callbacks.ts";
import { audienceText } from "./views.ts";

/** What the dialog knows about its author, as plain JSON (it is logged and replayed). */
export interface ComposerStart {
  admin: boolean;
  /** Regions the author may choose from (admins: all), in display order. */
  regions: Array<{ code: string; nameKk: string; nameRu: string; nameEn: string }>;
}

export const PREVIEW_ACTIONS = ["send", "schedule", "text", "audience", "cancel"] as const;
export type PreviewAction = (typeof PREVIEW_ACTIONS)[number];

const sendHtml = async (ctx: Context, html: string, reply_markup?: InlineKeyboard): Promise<number> =>
  (await ctx.reply(html, { parse_mode: "HTML", reply_markup })).message_id;

/** The author's roles, fresh from the database (outside the replay). */
export async function rolesOutside(o: OuterContext) {
  if (!o.user) throw new Error("broadcast composer without a user row");
  return loadRoles(o.deps.db, o.user, o.deps.config.adminIds);
}

/** The message: text with formatting, or a photo with an optional caption. */
export function askContent(d: Dialog): Promise<BroadcastContent> {
  return d.ask<BroadcastContent>(
    (ctx) => sendHtml(ctx, ctx.t("broadcasts-ask-message")),
    (ctx) => {
      if (ctx.callbackQuery) return { unrelated: true };
      const m = ctx.message;
      let content: BroadcastContent | null = null;
      if (m?.text !== undefined) content = { text: m.text, entities: keepFormatting(m.entities), photoFileId: null };
      else if (m?.photo?.length) content = { text: m.caption ?? "", entities: keepFormatting(m.caption_entities), photoFileId: m.photo.at(-1)!.file_id };
      if (!content) return { again: ctx.t("broadcasts-unsupported") };
      const problem = contentProblem(content);
      return problem ? { again: ctx.t(`broadcasts-content-${problem.replace(/_/g, "-")}`) } : { value: content };
    },
  );
}

const regionLabel = (r: ComposerStart["regions"][number], locale: Locale) => regionName(r, locale);

/**
 * Regions as toggle buttons on one message (edited in place), then "Next". Staff of a single
 * region are not asked. Admins may take all regions at once.
 */
export async function askRegions(d: Dialog, start: ComposerStart, initial: string[] | "all"): Promise<string[] | "all"> {
  if (!start.admin && start.regions.length === 1) return [start.regions[0]!.code];
  const chosen = new Set(initial === "all" ? [] : initial);
  const keyboard = (ctx: Context) => {
    const kb = new InlineKeyboard();
    start.regions.forEach((r, i) => {
      kb.text(`${chosen.has(r.code) ? "✅" : "▫️"} ${regionLabel(r, ctx.locale)}`, composerCb.pack("reg", r.code));
      if (i % 2 === 1) kb.row();
    });
    kb.row();
    if (start.admin) kb.text(ctx.t("broadcasts-regions-all-button"), composerCb.pack("regAll")).row();
    return kb.text(ctx.t("broadcasts-next"), composerCb.pack("regDone"));
  };
  let promptId = await sendHtml(d.ctx, d.ctx.t("broadcasts-ask-regions"), keyboard(d.ctx));
  for (;;) {
    const ctx = await d.next();
    const code = pressOn(ctx, promptId, (data) => composerCb.parse("reg", data))?.[0];
    if (code !== undefined && start.regions.some((r) => r.code === code)) {
      if (chosen.has(code)) chosen.delete(code);
      else chosen.add(code);
      const kb = keyboard(ctx);
      await d.outside((o) => o.editMessageReplyMarkup({ reply_markup: kb }));
      continue;
    }
    const all = start.admin && pressOn(ctx, promptId, (data) => composerCb.parse("regAll", data));
    const done = pressOn(ctx, promptId, (data) => composerCb.parse("regDone", data));
    if (all || (done && chosen.size > 0)) {
      await d.outside((o) => o.editMessageReplyMarkup());
      return all ? "all" : start.regions.map((r) => r.code).filter((c) => chosen.has(c));
    }
    if (done) {
      const text = ctx.t("broadcasts-pick-region");
      await d.outside((o) => toast(o, text, true));
      continue;
    }
    if (ctx.callbackQuery) {
      const busy = ctx.t("dialog-busy");
      await d.outside((o) => toast(o, busy, true));
      continue;
    }
    await ctx.reply(ctx.t("broadcasts-use-buttons"));
    promptId = await sendHtml(ctx, ctx.t("broadcasts-ask-regions"), keyboard(ctx));
  }
}

/** One choice among buttons of `action`, two per row. */
function askChoice<T extends string>(d: Dialog, action: "who" | "lang", key: string, options: readonly T[], label: (ctx: Context, v: T) => string, valid: (v: unknown) => v is T): Promise<T> {
  return d.ask<T>(
    (ctx) => {
      const kb = new InlineKeyboard();
      options.forEach((v, i) => {
        kb.text(label(ctx, v), composerCb.pack(action, v));
        if (i % 2 === 1) kb.row();
      });
      return sendHtml(ctx, ctx.t(key), kb);
    },
    (ctx, promptId) => {
      const v = pressOn(ctx, promptId, (data) => composerCb.parse(action, data))?.[0];
      if (valid(v)) return { value: v };
      return ctx.callbackQuery ? { unrelated: true } : { again: ctx.t("broadcasts-use-buttons") };
    },
  );
}

export async function askAudience(d: Dialog, start: ComposerStart, previous?: Audience): Promise<Audience> {
  const regions = await askRegions(d, start, previous?.regions ?? []);
  const who = await askChoice<AudienceWho>(d, "who", "broadcasts-ask-who", AUDIENCE_WHO, (ctx, v) => ctx.t(`broadcasts-who-${v}`), isAudienceWho);
  const language = await askChoice<AudienceLanguage>(d, "lang", "broadcasts-ask-language", AUDIENCE_LANGUAGES, (ctx, v) => ctx.t(`broadcasts-lang-${v}`), isAudienceLanguage);
  return { regions, who, language };
}

/** Recipients now, with the author's current scope (null: the audience is no longer theirs). */
export function countOutside(d: Dialog, audience: Audience): Promise<number | null> {
  return d.conversation.external(async (o) => {
    const checked = await checkAudience(o.deps.db, await rolesOutside(o), audience);
    return checked ? countAudience(o.deps.db, checked) : null;
  });
}

/** The message exactly as recipients will get it. */
export async function sendPreview(ctx: Context, content: BroadcastContent): Promise<void> {
  const chatId = ctx.chat!.id;
  const entities = content.entities as MessageEntity[];
  await sendRendered(ctx.api, chatId, content.photoFileId ? { text: content.text, entities, photo: content.photoFileId } : { text: content.text, entities });
}

/** Preview, audience, recipient count now; then what to do. */
export async function askPreview(d: Dialog, content: BroadcastContent, audience: Audience, start: ComposerStart): Promise<PreviewAction> {
  const count = await countOutside(d, audience);
  await d.ctx.reply(d.ctx.t("broadcasts-preview-title"));
  await sendPreview(d.ctx, content);
  return d.ask<PreviewAction>(
    (ctx) => {
      const html = [audienceText(ctx.t.bind(ctx), ctx.locale, audience, start.regions), ctx.t("broadcasts-recipients", { count: count ?? 0 })].join("\n");
      const kb = new InlineKeyboard()
        .text(ctx.t("broadcasts-send-now"), composerCb.pack("act", "send"))
        .text(ctx.t("broadcasts-schedule"), composerCb.pack("act", "schedule"))
        .row()
        .text(ctx.t("broadcasts-edit-text"), composerCb.pack("act", "text"))
        .text(ctx.t("broadcasts-edit-audience"), composerCb.pack("act", "audience"))
        .row()
        .text(ctx.t("broadcasts-cancel"), composerCb.pack("act", "cancel"));
      return sendHtml(ctx, html, kb);
    },
    (ctx, promptId) => {
      const v = pressOn(ctx, promptId, (data) => composerCb.parse("act", data))?.[0];
      if (v !== undefined && (PREVIEW_ACTIONS as readonly string[]).includes(v)) return { value: v as PreviewAction };
      return ctx.callbackQuery ? { unrelated: true } : { again: ctx.t("broadcasts-use-buttons") };
    },
  );
}

/** "Send to N recipients?" (or "scheduled for …"): true to go ahead, false to go back. */
export function askConfirm(d: Dialog, html: string): Promise<boolean> {
  return d.ask<boolean>(
    (ctx) =>
      sendHtml(ctx, html, new InlineKeyboard().text(ctx.t("broadcasts-confirm-yes"), composerCb.pack("ok", "yes")).text(ctx.t("broadcasts-confirm-back"), composerCb.pack("ok", "back"))),
    (ctx, promptId) => {
      const v = pressOn(ctx, promptId, (data) => composerCb.parse("ok", data))?.[0];
      if (v === "yes" || v === "back") return { value: v === "yes" };
      return ctx.callbackQuery ? { unrelated: true } : { again: ctx.t("broadcasts-use-buttons") };
    },
  );
}

/** When to send, typed in Kazakhstan time; an ISO instant in the future. */
export function askWhen(d: Dialog, parse: (text: string) => Promise<{ at: string } | { problem: "invalid" | "past" | "too_far" }>): Promise<string> {
  return d.ask<string>(
    (ctx) => sendHtml(ctx, ctx.t("broadcasts-ask-when")),
    async (ctx) => {
      if (ctx.callbackQuery) return { unrelated: true };
      const text = ctx.message?.text;
      if (text === undefined || text.length > 40) return { again: ctx.t("broadcasts-when-invalid") };
      const r = await parse(text);
      return "at" in r ? { value: r.at } : { again: ctx.t(`broadcasts-when-${r.problem.replace(/_/g, "-")}`) };
    },
  );
}
