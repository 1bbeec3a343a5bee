// Small helpers every feature uses to talk to the chat.
import { GrammyError, InlineKeyboard } from "grammy";
import type { Context } from "./context.ts";

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const MAX_TEXT = 4096;

/** One piece of HTML source: a tag, an entity like &amp;, or a single code point. */
const HTML_TOKEN = /<(\/?)([a-z-]+)[^>]*>|&#?\w+;|[\s\S]/iuy;

/**
 * Fits HTML into a message: over `max` source characters (Telegram's limit applies to the
 * parsed text, which is never longer) it is cut with "…" where no tag, entity or emoji is
 * split, and the tags still open are closed — a plain slice made Telegram reject the
 * message ("can't parse entities").
 */
export function fitHtml(html: string, max = MAX_TEXT): string {
  if (html.length <= max) return html;
  const closing = (tags: string[]) => tags.map((tag) => `</${tag}>`).reverse().join("");
  const closingLength = (tags: string[]) => tags.reduce((sum, tag) => sum + tag.length + 3, 0);
  let open: string[] = [];
  let cut = 0;
  HTML_TOKEN.lastIndex = 0;
  for (let m = HTML_TOKEN.exec(html); m; m = HTML_TOKEN.exec(html)) {
    const [, slash, tag] = m;
    const next = !tag ? open : slash ? open.slice(0, -1) : [...open, tag];
    if (HTML_TOKEN.lastIndex + "…".length + closingLength(next) > max) break;
    open = next;
    cut = HTML_TOKEN.lastIndex;
  }
  return `${html.slice(0, cut)}…${closing(open)}`;
}

/** Drops empty rows left by row() calls; Telegram clients may draw them as gaps. */
function compact(kb: InlineKeyboard | undefined): InlineKeyboard | undefined {
  return kb && new InlineKeyboard(kb.inline_keyboard.filter((row) => row.length > 0));
}

/**
 * Shows a screen: edits the message the pressed button belongs to, or sends a new one.
 * Navigation edits in place so the chat does not fill with menus.
 */
export async function show(ctx: Context, html: string, keyboard?: InlineKeyboard): Promise<void> {
  const text = fitHtml(html);
  const other = {
    parse_mode: "HTML" as const,
    reply_markup: compact(keyboard),
    link_preview_options: { is_disabled: true },
  };
  if (ctx.callbackQuery?.message) {
    try {
      await ctx.editMessageText(text, other);
      return;
    } catch (err) {
      if (isNotModified(err)) return;
      // The message may be too old to edit or not a text message: send a new one instead.
      ctx.log.debug({ err }, "edit failed, sending a new message");
    }
  }
  await ctx.reply(text, other);
}

/** Sends a new message (for cards that should stay in the chat, e.g. from a deep link). */
export async function send(ctx: Context, html: string, keyboard?: InlineKeyboard): Promise<void> {
  await ctx.reply(fitHtml(html), {
    parse_mode: "HTML",
    reply_markup: compact(keyboard),
    link_preview_options: { is_disabled: true },
  });
}

export function isNotModified(err: unknown): boolean {
  return err instanceof GrammyError && err.description.includes("message is not modified");
}

/** Answers a button press with a short notice (toast); ignores queries that are too old. */
export async function toast(ctx: Context, text: string, alert = false): Promise<void> {
  if (!ctx.callbackQuery) return;
  try {
    await ctx.answerCallbackQuery({ text, show_alert: alert });
  } catch (err) {
    ctx.log.debug({ err }, "answerCallbackQuery failed");
  }
}
