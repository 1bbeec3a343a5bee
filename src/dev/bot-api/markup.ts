// Validates reply_markup like Telegram does and normalizes what a message keeps of it.
import type { ForceReply, InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove } from "grammy/types";
import { badRequest } from "./errors.ts";
import { normalizeUrl } from "./formatting/entities.ts";
import type { Params } from "./params.ts";

export type ReplyMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | ForceReply;

/** One action field is required on an inline button; a bare text button is not allowed. */
const INLINE_ACTIONS = [
  "url", "callback_data", "web_app", "login_url", "switch_inline_query", "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay",
];

export function readReplyMarkup(params: Params): ReplyMarkup | undefined {
  const markup = params.json<unknown>("reply_markup", "can't parse reply keyboard markup JSON object");
  if (markup === undefined) return undefined;
  if (typeof markup !== "object" || markup === null || Array.isArray(markup)) {
    throw badRequest("can't parse reply keyboard markup JSON object");
  }
  const record = markup as Record<string, unknown>;
  if ("inline_keyboard" in record) return validateInline(record);
  if ("keyboard" in record) return validateReplyKeyboard(record);
  if ("remove_keyboard" in record) return record as unknown as ReplyKeyboardRemove;
  if ("force_reply" in record) return record as unknown as ForceReply;
  throw badRequest("can't parse reply keyboard markup JSON object");
}

/** Only inline keyboards are attached to the sent message (and returned by Telegram). */
export function inlineKeyboardOf(markup: ReplyMarkup | undefined): InlineKeyboardMarkup | undefined {
  if (!markup || !("inline_keyboard" in markup)) return undefined;
  return markup.inline_keyboard.some((row) => row.length > 0) ? markup : undefined;
}

function validateInline(record: Record<string, unknown>): InlineKeyboardMarkup {
  const rows = record.inline_keyboard;
  if (!Array.isArray(rows) || !rows.every(Array.isArray)) {
    throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays');
  }
  for (const row of rows as unknown[][]) {
    for (const button of row) {
      if (typeof button !== "object" || button === null) throw badRequest("can't parse inline keyboard button: InlineKeyboardButton should be an Object");
      const fields = button as Record<string, unknown>;
      if (typeof fields.text !== "string") throw badRequest('can\'t parse inline keyboard button: Field "text" must be of type String');
      if (!INLINE_ACTIONS.some((action) => fields[action] !== undefined)) {
        throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
      }
      if (fields.callback_data !== undefined) {
        const data = fields.callback_data;
        if (typeof data !== "string" || data === "" || Buffer.byteLength(data, "utf8") > 64) throw badRequest("BUTTON_DATA_INVALID");
      }
      if (fields.url !== undefined && (typeof fields.url !== "string" || !normalizeUrl(fields.url))) {
        throw badRequest("BUTTON_URL_INVALID");
      }
    }
  }
  // Empty rows are dropped by Telegram.
  return { ...record, inline_keyboard: (rows as InlineKeyboardMarkup["inline_keyboard"]).filter((row) => row.length > 0) };
}

function validateReplyKeyboard(record: Record<string, unknown>): ReplyKeyboardMarkup {
  const rows = record.keyboard;
  if (!Array.isArray(rows) || !rows.every(Array.isArray)) {
    throw badRequest('field "keyboard" of the ReplyKeyboardMarkup should be an Array of Arrays');
  }
  for (const row of rows as unknown[][]) {
    for (const button of row) {
      const text = typeof button === "string" ? button : (button as { text?: unknown } | null)?.text;
      if (typeof text !== "string") throw badRequest('can\'t parse keyboard button: Field "text" must be of type String');
    }
  }
  return record as unknown as ReplyKeyboardMarkup;
}
