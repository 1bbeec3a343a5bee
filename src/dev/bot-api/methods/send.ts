// Methods that send a new message: text, documents, photos, places, contacts, copies.
import { basename } from "node:path";
import type { Document, Location, Message, MessageOrigin, PhotoSize } from "grammy/types";
import { badRequest } from "../errors.ts";
import { guessMimeType, imageSize, type StoredFile } from "../files.ts";
import type { FileInput } from "../params.ts";
import type { ChatRecord, MessageContent, SentFile, World } from "../state.ts";
import {
  readCaption,
  readMessageText,
  readReplyMarkup,
  readSendOptions,
  requiredFloat,
  requiredInt,
  requiredString,
  sendBotMessage,
  targetChat,
  type MethodContext,
  type MethodHandler,
} from "./common.ts";

const sendMessage: MethodHandler = (ctx) => {
  const record = targetChat(ctx);
  const { text, entities } = readMessageText(ctx);
  const markup = readReplyMarkup(ctx.params);
  const content: MessageContent = { ...readSendOptions(ctx, record), text };
  if (entities.length > 0) content.entities = entities;
  const preview = ctx.params.json<Message["link_preview_options"]>("link_preview_options");
  if (preview) content.link_preview_options = preview;
  return sendBotMessage(ctx, record, content, markup);
};

const sendDocument: MethodHandler = (ctx) => {
  const record = targetChat(ctx);
  const input = ctx.params.file("document");
  if (!input) throw badRequest("there is no document in the request");
  const file = storeInput(ctx.world, input, "documents");
  const caption = readCaption(ctx);
  const markup = readReplyMarkup(ctx.params);
  const content: MessageContent = { ...readSendOptions(ctx, record), document: documentOf(file), ...caption };
  const message = sendBotMessage(ctx, record, content, markup);
  recordSentFile(ctx.world, record, message, "document", file);
  return message;
};

const sendPhoto: MethodHandler = (ctx) => {
  const record = targetChat(ctx);
  const input = ctx.params.file("photo");
  if (!input) throw badRequest("there is no photo in the request");
  const file = storeInput(ctx.world, input, "photos");
  const caption = readCaption(ctx);
  const markup = readReplyMarkup(ctx.params);
  const content: MessageContent = { ...readSendOptions(ctx, record), photo: photoSizes(ctx.world, file), ...caption };
  const message = sendBotMessage(ctx, record, content, markup);
  recordSentFile(ctx.world, record, message, "photo", file);
  return message;
};

const sendLocation: MethodHandler = (ctx) => {
  const record = targetChat(ctx);
  const location = readLocation(ctx);
  for (const field of ["horizontal_accuracy", "live_period", "heading", "proximity_alert_radius"] as const) {
    const value = ctx.params.float(field);
    if (value !== undefined) location[field] = value;
  }
  const markup = readReplyMarkup(ctx.params);
  return sendBotMessage(ctx, record, { ...readSendOptions(ctx, record), location }, markup);
};

const sendVenue: MethodHandler = (ctx) => {
  const record = targetChat(ctx);
  const location = readLocation(ctx);
  const venue: NonNullable<Message["venue"]> = {
    location,
    title: requiredString(ctx.params, "title"),
    address: requiredString(ctx.params, "address"),
  };
  for (const field of ["foursquare_id", "foursquare_type", "google_place_id", "google_place_type"] as const) {
    const value = ctx.params.string(field);
    if (value) venue[field] = value;
  }
  const markup = readReplyMarkup(ctx.params);
  // Telegram fills `location` too, for clients that don't know venues.
  return sendBotMessage(ctx, record, { ...readSendOptions(ctx, record), venue, location: { ...location } }, markup);
};

const sendContact: MethodHandler = (ctx) => {
  const record = targetChat(ctx);
  const contact: NonNullable<Message["contact"]> = {
    phone_number: requiredString(ctx.params, "phone_number"),
    first_name: requiredString(ctx.params, "first_name"),
  };
  const lastName = ctx.params.string("last_name");
  if (lastName) contact.last_name = lastName;
  const vcard = ctx.params.string("vcard");
  if (vcard) contact.vcard = vcard;
  const markup = readReplyMarkup(ctx.params);
  return sendBotMessage(ctx, record, { ...readSendOptions(ctx, record), contact }, markup);
};

const CHAT_ACTIONS = new Set([
  "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
  "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note",
]);

const sendChatAction: MethodHandler = (ctx) => {
  const record = targetChat(ctx);
  const action = ctx.params.string("action") ?? "";
  if (!CHAT_ACTIONS.has(action)) throw badRequest("wrong parameter action in request");
  const entry = { chatId: record.chat.id, action, time: Date.now() };
  ctx.world.chatActions.push(entry);
  ctx.world.emit("chatAction", entry);
  return true;
};

/** Content fields that a copy or forward carries over. */
const COPIED_FIELDS = ["text", "entities", "caption", "caption_entities", "document", "photo", "location", "venue", "contact", "link_preview_options"] as const;

function copiedContent(message: Message): MessageContent {
  const content: Record<string, unknown> = {};
  for (const field of COPIED_FIELDS) {
    if (message[field] !== undefined) content[field] = structuredClone(message[field]);
  }
  return content as MessageContent;
}

function sourceMessage(ctx: MethodContext, action: "copy" | "forward"): Message {
  const source = ctx.world.requireChat(ctx.params.chatId("from_chat_id"));
  const messageId = requiredInt(ctx.params, "message_id", "message identifier is not specified");
  const stored = source.messages.get(messageId);
  if (!stored) throw badRequest(`message to ${action} not found`);
  return stored.message;
}

const copyMessage: MethodHandler = (ctx) => {
  const record = targetChat(ctx);
  const original = sourceMessage(ctx, "copy");
  const content = copiedContent(original);
  if (ctx.params.has("caption") && (original.document || original.photo)) {
    delete content.caption;
    delete content.caption_entities;
    Object.assign(content, readCaption(ctx));
  }
  Object.assign(content, readSendOptions(ctx, record));
  const message = sendBotMessage(ctx, record, content, readReplyMarkup(ctx.params));
  return { message_id: message.message_id };
};

const forwardMessage: MethodHandler = (ctx) => {
  const record = targetChat(ctx);
  const original = sourceMessage(ctx, "forward");
  const origin: MessageOrigin = { type: "user", sender_user: original.from ?? ctx.world.bot, date: original.date };
  return sendBotMessage(ctx, record, { forward_origin: origin, ...copiedContent(original) }, undefined);
};

function readLocation(ctx: MethodContext): Location {
  const latitude = requiredFloat(ctx.params, "latitude");
  const longitude = requiredFloat(ctx.params, "longitude");
  if (Math.abs(latitude) > 90) throw badRequest("wrong latitude specified");
  if (Math.abs(longitude) > 180) throw badRequest("wrong longitude specified");
  return { latitude, longitude };
}

/** Uploads are stored; file_ids must exist; URLs are accepted without downloading. */
function storeInput(world: World, input: FileInput, folder: "documents" | "photos"): StoredFile {
  if (input.kind === "file_id") {
    const known = world.files.get(input.fileId);
    if (!known) throw badRequest("wrong file identifier/HTTP URL specified");
    return known;
  }
  if (input.kind === "url") {
    const fileName = basename(new URL(input.url).pathname) || undefined;
    return world.files.add(Buffer.alloc(0), folder, {
      fileName,
      mimeType: fileName ? guessMimeType(fileName) : undefined,
      ...(folder === "photos" ? { width: 800, height: 600 } : {}),
    });
  }
  const { fileName, content, contentType } = input.file;
  if (folder === "photos") {
    const size = imageSize(content);
    if (!size) throw badRequest("IMAGE_PROCESS_FAILED");
    return world.files.add(content, folder, { fileName, mimeType: "image/jpeg", ...size });
  }
  return world.files.add(content, folder, { fileName, mimeType: guessMimeType(fileName, contentType) });
}

function documentOf(file: StoredFile): Document {
  const document: Document = { file_id: file.fileId, file_unique_id: file.fileUniqueId };
  if (file.fileName !== undefined) document.file_name = file.fileName;
  if (file.mimeType !== undefined) document.mime_type = file.mimeType;
  document.file_size = file.content.length;
  return document;
}

/**
 * Telegram returns several sizes (thumbnails up to the original). We list the sizes it
 * would produce; the smaller ones share the original bytes since nothing is resized.
 */
function photoSizes(world: World, file: StoredFile): PhotoSize[] {
  const width = file.width ?? 1;
  const height = file.height ?? 1;
  const longest = Math.max(width, height);
  const sizes: PhotoSize[] = [];
  for (const limit of [90, 320, 800]) {
    if (longest <= limit) break;
    const scale = limit / longest;
    const variant = world.files.add(file.content, "photos", { mimeType: file.mimeType, variant: `${limit}` });
    sizes.push({
      file_id: variant.fileId,
      file_unique_id: variant.fileUniqueId,
      file_size: file.content.length,
      width: Math.round(width * scale),
      height: Math.round(height * scale),
    });
  }
  const scale = Math.min(1, 1280 / longest);
  sizes.push({
    file_id: file.fileId,
    file_unique_id: file.fileUniqueId,
    file_size: file.content.length,
    width: Math.round(width * scale),
    height: Math.round(height * scale),
  });
  return sizes;
}

function recordSentFile(world: World, record: ChatRecord, message: Message, kind: "document" | "photo", file: StoredFile): void {
  const entry: SentFile = {
    chatId: record.chat.id,
    messageId: message.message_id,
    kind,
    fileId: file.fileId,
    content: file.content,
  };
  if (file.fileName !== undefined) entry.fileName = file.fileName;
  if (file.mimeType !== undefined) entry.mimeType = file.mimeType;
  if (message.caption !== undefined) entry.caption = message.caption;
  world.sentFiles.push(entry);
}

export const sendMethods: Record<string, MethodHandler> = {
  sendMessage,
  sendDocument,
  sendPhoto,
  sendLocation,
  sendVenue,
  sendContact,
  sendChatAction,
  copyMessage,
  forwardMessage,
};
