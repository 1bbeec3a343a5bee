// Pieces shared by the method handlers: resolving the target chat, reply parameters,
// formatted text/captions and recording a message sent by the bot.
import type { Message, MessageEntity, ReplyParameters } from "grammy/types";
import { badRequest, forbidden } from "../errors.ts";
import { formatText, type FormattedText } from "../formatting/index.ts";
import { inlineKeyboardOf, readReplyMarkup, type ReplyMarkup } from "../markup.ts";
import type { Params } from "../params.ts";
import type { ChatRecord, MessageContent, World } from "../state.ts";

export interface MethodContext {
  params: Params;
  world: World;
  /** Aborted when the client disconnects (used by long polling). */
  signal: AbortSignal;
}

export type MethodHandler = (ctx: MethodContext) => unknown;

export const MAX_TEXT_LENGTH = 4096;
export const MAX_CAPTION_LENGTH = 1024;

/** The chat a method acts on; private chats that blocked the bot answer 403. */
export function targetChat(ctx: MethodContext, name = "chat_id"): ChatRecord {
  const record = ctx.world.requireChat(ctx.params.chatId(name));
  assertNotBlocked(record);
  return record;
}

export function assertNotBlocked(record: ChatRecord): void {
  if (record.blocked) throw forbidden("bot was blocked by the user");
}

export function requiredInt(params: Params, name: string, detail = `${name} is empty`): number {
  const value = params.int(name);
  if (value === undefined) throw badRequest(detail);
  return value;
}

export function requiredFloat(params: Params, name: string): number {
  const value = params.float(name);
  if (value === undefined) throw badRequest(`${name} is empty`);
  return value;
}

export function requiredString(params: Params, name: string): string {
  const value = params.string(name);
  if (value === undefined || value.trim() === "") throw badRequest(`${name} is empty`);
  return value;
}

export function readMessageText(ctx: MethodContext): FormattedText {
  return formatText(ctx.params.string("text") ?? "", {
    parseMode: ctx.params.string("parse_mode"),
    entities: ctx.params.json<MessageEntity[]>("entities", "can't parse entities JSON object"),
    lookupUser: (id) => ctx.world.users.get(id),
    maxLength: MAX_TEXT_LENGTH,
    emptyError: () => badRequest("message text is empty"),
    tooLongError: () => badRequest("message is too long"),
  });
}

/** Caption fields for a media message; an absent or blank caption yields none. */
export function readCaption(ctx: MethodContext): Pick<Message, "caption" | "caption_entities"> {
  const formatted = formatText(ctx.params.string("caption") ?? "", {
    parseMode: ctx.params.string("parse_mode"),
    entities: ctx.params.json<MessageEntity[]>("caption_entities", "can't parse entities JSON object"),
    lookupUser: (id) => ctx.world.users.get(id),
    maxLength: MAX_CAPTION_LENGTH,
    emptyError: () => badRequest("message caption is empty"),
    tooLongError: () => badRequest("message caption is too long"),
    allowEmpty: true,
  });
  return captionFields(formatted);
}

export function captionFields(formatted: FormattedText): Pick<Message, "caption" | "caption_entities"> {
  if (formatted.text === "") return {};
  return formatted.entities.length > 0
    ? { caption: formatted.text, caption_entities: formatted.entities }
    : { caption: formatted.text };
}

/** reply_parameters (or the legacy reply_to_message_id) and other per-send options. */
export function readSendOptions(ctx: MethodContext, record: ChatRecord): Partial<MessageContent> {
  const { params } = ctx;
  const options: Partial<MessageContent> = {};
  const reply = params.json<ReplyParameters>("reply_parameters") ?? legacyReply(params);
  if (reply) {
    const sameChat = reply.chat_id === undefined || String(reply.chat_id) === String(record.chat.id);
    const target = sameChat ? record.messages.get(Number(reply.message_id)) : undefined;
    if (target) {
      // Telegram doesn't nest replies: the quoted message loses its own reply_to_message.
      const quoted = structuredClone(target.message);
      delete quoted.reply_to_message;
      options.reply_to_message = quoted as Message["reply_to_message"];
    } else if (!reply.allow_sending_without_reply) {
      throw badRequest("message to be replied not found");
    }
  }
  if (params.bool("protect_content")) options.has_protected_content = true;
  return options;
}

function legacyReply(params: Params): ReplyParameters | undefined {
  const messageId = params.int("reply_to_message_id");
  if (messageId === undefined) return undefined;
  return { message_id: messageId, allow_sending_without_reply: params.bool("allow_sending_without_reply") };
}

/** Records a message from the bot; only inline keyboards become part of the message. */
export function sendBotMessage(ctx: MethodContext, record: ChatRecord, content: MessageContent, markup: ReplyMarkup | undefined): Message {
  const inline = inlineKeyboardOf(markup);
  const full: MessageContent = inline ? { ...content, reply_markup: inline } : content;
  if (markup && "keyboard" in markup) record.replyKeyboard = markup;
  if (markup && "remove_keyboard" in markup) delete record.replyKeyboard;
  return ctx.world.addMessage(record, ctx.world.bot, full, { fromBot: true, replyMarkup: markup });
}

export { readReplyMarkup };

/** Key-order-insensitive equality for JSON-like values (keyboards, entities). */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
