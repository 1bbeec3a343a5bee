// Callback query answers, chat info and file lookups.
import { badRequest } from "../errors.ts";
import type { CallbackAnswer } from "../state.ts";
import type { MethodHandler } from "./common.ts";

/** Telegram only lets bots download files up to 20 MB. */
const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;

const answerCallbackQuery: MethodHandler = ({ world, params }) => {
  const id = params.string("callback_query_id") ?? "";
  const entry = world.callbackQueries.get(id);
  // Each query can be answered once; unknown and used ids get the same error.
  if (!entry || entry.answered) throw badRequest("query is too old and response timeout expired or query ID is invalid");
  const text = params.string("text");
  if (text !== undefined && text.length > 200) throw badRequest("MESSAGE_TOO_LONG");
  entry.answered = true;

  const { query } = entry;
  const answer: CallbackAnswer = { callbackQueryId: id, userId: query.from.id, showAlert: params.bool("show_alert"), time: Date.now() };
  if (query.message) {
    answer.chatId = query.message.chat.id;
    answer.messageId = query.message.message_id;
  }
  if (query.data !== undefined) answer.data = query.data;
  if (text !== undefined && text !== "") answer.text = text;
  const url = params.string("url");
  if (url) answer.url = url;
  const cacheTime = params.int("cache_time");
  if (cacheTime !== undefined) answer.cacheTime = cacheTime;
  world.callbackAnswers.push(answer);
  world.emit("callbackAnswer", answer);
  return true;
};

const getChat: MethodHandler = ({ world, params }) => {
  const { chat } = world.requireChat(params.chatId());
  return { ...chat, accent_color_id: 0, max_reaction_count: 11, accepted_gift_types: { unlimited_gifts: false, limited_gifts: false, unique_gifts: false, premium_subscription: false } };
};

const getFile: MethodHandler = ({ world, params }) => {
  const file = world.files.get(params.string("file_id") ?? "");
  if (!file) throw badRequest("invalid file_id");
  if (file.content.length > MAX_DOWNLOAD_BYTES) throw badRequest("file is too big");
  return { file_id: file.fileId, file_unique_id: file.fileUniqueId, file_size: file.content.length, file_path: file.filePath };
};

export const miscMethods: Record<string, MethodHandler> = {
  answerCallbackQuery,
  getChat,
  getFile,
};
