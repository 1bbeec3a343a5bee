// Editing and deleting messages. Like Telegram, an edit replaces the inline keyboard with
// the one passed (none passed = keyboard removed) and refuses edits that change nothing.
import type { InlineKeyboardMarkup, Message, MessageEntity } from "grammy/types";
import { badRequest } from "../errors.ts";
import { formatText } from "../formatting/index.ts";
import { inlineKeyboardOf, type ReplyMarkup } from "../markup.ts";
import type { ChatRecord } from "../state.ts";
import {
  captionFields,
  MAX_CAPTION_LENGTH,
  readMessageText,
  readReplyMarkup,
  requiredInt,
  sameJson,
  targetChat,
  type MethodContext,
  type MethodHandler,
} from "./common.ts";

const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

function editTarget(ctx: MethodContext) {
  // Messages sent via inline mode are not simulated.
  if (ctx.params.has("inline_message_id") && !ctx.params.has("chat_id")) throw badRequest("MESSAGE_ID_INVALID");
  const record = targetChat(ctx);
  const messageId = requiredInt(ctx.params, "message_id", "message identifier is not specified");
  const stored = record.messages.get(messageId);
  if (!stored) throw badRequest("message to edit not found");
  if (!stored.fromBot) throw badRequest("message can't be edited");
  return { record, stored };
}

/** Edits accept only inline keyboards. */
function readInlineMarkup(ctx: MethodContext): { markup: ReplyMarkup | undefined; inline: InlineKeyboardMarkup | undefined } {
  const markup = readReplyMarkup(ctx.params);
  if (markup && !("inline_keyboard" in markup)) throw badRequest("inline keyboard expected");
  return { markup, inline: inlineKeyboardOf(markup) };
}

function setOptional<K extends keyof Message>(message: Message, key: K, value: Message[K] | undefined): void {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) delete message[key];
  else message[key] = value;
}

const editMessageText: MethodHandler = (ctx) => {
  const { stored } = editTarget(ctx);
  if (stored.message.text === undefined) throw badRequest("there is no text in the message to edit");
  const { text, entities } = readMessageText(ctx);
  const { markup, inline } = readInlineMarkup(ctx);
  const current = stored.message;
  if (current.text === text && sameJson(current.entities ?? [], entities) && sameJson(current.reply_markup, inline)) {
    throw badRequest(NOT_MODIFIED);
  }
  const preview = ctx.params.json<Message["link_preview_options"]>("link_preview_options");
  return ctx.world.editMessage(
    stored,
    (message) => {
      message.text = text;
      setOptional(message, "entities", entities);
      setOptional(message, "reply_markup", inline);
      setOptional(message, "link_preview_options", preview);
    },
    markup,
  );
};

const editMessageCaption: MethodHandler = (ctx) => {
  const { stored } = editTarget(ctx);
  const current = stored.message;
  if (!current.document && !current.photo) throw badRequest("there is no caption in the message to edit");
  const formatted = formatText(ctx.params.string("caption") ?? "", {
    parseMode: ctx.params.string("parse_mode"),
    entities: ctx.params.json<MessageEntity[]>("caption_entities"),
    lookupUser: (id) => ctx.world.users.get(id),
    maxLength: MAX_CAPTION_LENGTH,
    emptyError: () => badRequest("message caption is empty"),
    tooLongError: () => badRequest("message caption is too long"),
    allowEmpty: true,
  });
  const { caption, caption_entities } = captionFields(formatted);
  const { markup, inline } = readInlineMarkup(ctx);
  if (
    current.caption === caption &&
    sameJson(current.caption_entities ?? [], caption_entities ?? []) &&
    sameJson(current.reply_markup, inline)
  ) {
    throw badRequest(NOT_MODIFIED);
  }
  return ctx.world.editMessage(
    stored,
    (message) => {
      setOptional(message, "caption", caption);
      setOptional(message, "caption_entities", caption_entities);
      setOptional(message, "reply_markup", inline);
    },
    markup,
  );
};

const editMessageReplyMarkup: MethodHandler = (ctx) => {
  const { stored } = editTarget(ctx);
  const { markup, inline } = readInlineMarkup(ctx);
  if (sameJson(stored.message.reply_markup, inline)) throw badRequest(NOT_MODIFIED);
  return ctx.world.editMessage(stored, (message) => setOptional(message, "reply_markup", inline), markup);
};

/** Deleting doesn't require the chat to be reachable, so no blocked check here. */
function chatForDelete(ctx: MethodContext): ChatRecord {
  return ctx.world.requireChat(ctx.params.chatId());
}

const deleteMessage: MethodHandler = (ctx) => {
  const record = chatForDelete(ctx);
  const messageId = requiredInt(ctx.params, "message_id", "message identifier is not specified");
  if (!ctx.world.deleteMessage(record, messageId)) throw badRequest("message to delete not found");
  return true;
};

const deleteMessages: MethodHandler = (ctx) => {
  const record = chatForDelete(ctx);
  const ids = ctx.params.json<unknown>("message_ids");
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > 100) throw badRequest("message identifiers are not specified");
  for (const id of ids) ctx.world.deleteMessage(record, Number(id));
  return true;
};

export const editMethods: Record<string, MethodHandler> = {
  editMessageText,
  editMessageCaption,
  editMessageReplyMarkup,
  deleteMessage,
  deleteMessages,
};
