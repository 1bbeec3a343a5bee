// The public face of the fake Bot API: start it, simulate users, inject faults and inspect
// what the bot did. Used by e2e tests and the offline playground.
import { createHash } from "node:crypto";
import type {
  BotCommand,
  BotCommandScope,
  CallbackQuery,
  ChatMemberUpdated,
  Contact,
  InaccessibleMessage,
  Message,
  MessageEntity,
  ReplyKeyboardMarkup,
  Update,
  User,
} from "grammy/types";
import { MAX_BODY_BYTES } from "./body.ts";
import { BotApiError, ConnectionReset, type InjectedFailure } from "./errors.ts";
import { guessMimeType } from "./files.ts";
import { detectEntities } from "./formatting/autodetect.ts";
import { sortEntities } from "./formatting/entities.ts";
import { dispatch } from "./dispatch.ts";
import { startHttpServer, type HttpServerHandle } from "./server.ts";
import type { UpdatePayload } from "./updates.ts";
import { waitUntil, type PendingWaits } from "./wait.ts";
import {
  commandSetKey,
  World,
  type ApiCall,
  type BotApiEvents,
  type CallbackAnswer,
  type ChatAction,
  type ChatRecord,
  type CommandSet,
  type FailurePredicate,
  type MessageContent,
  type RecordedMessage,
  type SentFile,
  type WebhookSettings,
} from "./state.ts";

export interface LocalBotApiOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default "mamandyq_bot". */
  botUsername?: string;
  /** Default "Mamandyq". */
  botFirstName?: string;
  /** Bot id used before the first request; afterwards the id comes from the token. */
  botId?: number;
}

export interface NewUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

export interface UserDocument {
  fileName: string;
  mimeType?: string;
  content: Buffer;
  caption?: string;
}

export interface UserContact {
  phone_number: string;
  first_name: string;
  last_name?: string;
  user_id?: number;
  vcard?: string;
}

function newWorld(options: LocalBotApiOptions): World {
  return new World(
    { username: options.botUsername ?? "mamandyq_bot", firstName: options.botFirstName ?? "Mamandyq" },
    options.botId ?? 1,
  );
}

/** Starts the fake Bot API on an HTTP port; point grammY's `client.apiRoot` at it. */
export async function startLocalBotApi(options: LocalBotApiOptions = {}): Promise<LocalBotApi> {
  const world = newWorld(options);
  const server = await startHttpServer(world, options.host ?? "127.0.0.1", options.port ?? 0);
  return new LocalBotApi(world, server);
}

/**
 * The same fake Bot API without a socket: pass `api.fetch` as grammY's `client.fetch` and
 * feed `api.takeUpdates()` to `bot.handleUpdate` (or long-poll through fetch as usual).
 * `host` and `port` are ignored.
 */
export function createLocalBotApi(options: LocalBotApiOptions = {}): LocalBotApi {
  return new LocalBotApi(newWorld(options));
}

/** apiRoot of an in-process instance: a reserved name that never resolves, should it leak. */
const IN_PROCESS_API_ROOT = "http://local-bot-api.invalid";

/** The subset of fetch's RequestInit that grammY (and tests) send. */
export interface LocalFetchInit {
  method?: string;
  headers?: ConstructorParameters<typeof Headers>[0];
  /** grammY sends a JSON string, or a Node Readable (async iterable) for multipart. */
  body?: unknown;
  signal?: AbortSignal | null;
}

type Listener<K extends keyof BotApiEvents> = (...args: BotApiEvents[K]) => void;

export class LocalBotApi {
  /** Use as grammY's `client.apiRoot`, e.g. http://127.0.0.1:41234 (a placeholder in-process). */
  readonly apiRoot: string;
  /** 0 for an in-process instance (createLocalBotApi). */
  readonly port: number;
  private readonly pendingWaits: PendingWaits = new Set();

  /** Without a server the instance is in-process only: use `fetch`. */
  constructor(
    private readonly world: World,
    private readonly server?: HttpServerHandle,
  ) {
    this.apiRoot = server?.apiRoot ?? IN_PROCESS_API_ROOT;
    this.port = server?.port ?? 0;
  }

  /**
   * Answers a Bot API request in-process exactly as the HTTP server would (same routing and
   * handlers). Compatible with grammY's `client.fetch`; any origin in `url` is accepted.
   */
  readonly fetch = async (url: string | URL, init: LocalFetchInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    let contentType = headers.get("content-type") ?? undefined;
    if (init.body instanceof URLSearchParams) contentType ??= "application/x-www-form-urlencoded;charset=UTF-8";
    const result = await dispatch(this.world, {
      url: String(url),
      contentType,
      body: () => bufferBody(init.body),
      ...(init.signal ? { signal: init.signal } : {}),
    }).catch((err: unknown) => {
      // An injected reset surfaces as fetch's network error.
      if (err instanceof ConnectionReset) throw new TypeError("fetch failed", { cause: err });
      throw err;
    });
    if ("file" in result) {
      return new Response(new Uint8Array(result.file.content), {
        status: 200,
        headers: { "content-type": result.file.mimeType, "content-length": String(result.file.content.length) },
      });
    }
    return new Response(JSON.stringify(result.json), { status: result.status, headers: { "content-type": "application/json" } });
  };

  /**
   * Removes and returns the queued updates (what getUpdates would deliver), so a test can
   * pass them to `bot.handleUpdate` itself instead of polling.
   */
  takeUpdates(): Update[] {
    return this.world.updates.takeAll();
  }

  get bot(): User {
    return { ...this.world.bot };
  }

  // --- fault injection -------------------------------------------------------------

  /**
   * The next `times` calls of `method` fail with this error instead of running. With `delayMs`
   * the error comes late, with `hang` never (the client times out), with `reset` the
   * connection drops; in every case the method does not run.
   */
  failNext(method: string, error: InjectedFailure, times = 1): void {
    this.world.addFailure(method, error, times);
  }

  /**
   * Every request for which `predicate` returns a failure answers with that error instead of
   * running (checked after failNext's queue). Pass undefined to remove it.
   */
  failWhen(predicate: FailurePredicate | undefined): void {
    this.world.failurePredicate = predicate;
  }

  /** Marks a chat as blocked without sending my_chat_member (see blockBot for that). */
  setBlocked(chatId: number, blocked: boolean): void {
    const record = this.world.chats.get(chatId);
    if (!record) throw new Error(`setBlocked: unknown chat ${chatId}`);
    record.blocked = blocked;
  }

  // --- simulated users -------------------------------------------------------------

  addUser(user: NewUser): User {
    const created: User = { id: user.id, is_bot: false, first_name: user.first_name };
    if (user.last_name !== undefined) created.last_name = user.last_name;
    if (user.username !== undefined) created.username = user.username;
    if (user.language_code !== undefined) created.language_code = user.language_code;
    this.world.users.set(user.id, created);
    this.world.privateChatOf(created);
    return { ...created };
  }

  /** The user writes to the bot; a leading /command gets its bot_command entity. */
  sendText(userId: number, text: string, options: { replyToMessageId?: number; entities?: MessageEntity[] } = {}): Message {
    const content: MessageContent = { text };
    // Formatting the user applied (bold, links…) plus what clients detect themselves.
    const given = options.entities ?? [];
    const entities = sortEntities([...given, ...detectEntities(text, given)]);
    if (entities.length > 0) content.entities = entities;
    if (options.replyToMessageId !== undefined) {
      const target = this.world.chats.get(userId)?.messages.get(options.replyToMessageId);
      if (!target) throw new Error(`sendText: message ${options.replyToMessageId} not found in chat ${userId}`);
      const quoted = structuredClone(target.message);
      delete quoted.reply_to_message;
      content.reply_to_message = quoted as Message["reply_to_message"];
    }
    return this.userMessage(userId, content);
  }

  sendContact(userId: number, contact: UserContact): Message {
    return this.userMessage(userId, { contact: { ...contact } as Contact });
  }

  /**
   * The user sends any other content as given (a sticker, a photo, a poll, a venue…), for
   * tests of what the bot does with messages it did not ask for. Not validated.
   */
  sendRawMessage(userId: number, content: MessageContent): Message {
    return this.userMessage(userId, structuredClone(content));
  }

  sendLocation(userId: number, latitude: number, longitude: number): Message {
    return this.userMessage(userId, { location: { latitude, longitude } });
  }

  sendDocumentFromUser(userId: number, document: UserDocument): Message {
    const mimeType = document.mimeType ?? guessMimeType(document.fileName);
    const file = this.world.files.add(document.content, "documents", { fileName: document.fileName, mimeType });
    const content: MessageContent = {
      document: {
        file_id: file.fileId,
        file_unique_id: file.fileUniqueId,
        file_name: document.fileName,
        ...(mimeType ? { mime_type: mimeType } : {}),
        file_size: document.content.length,
      },
    };
    if (document.caption) content.caption = document.caption;
    return this.userMessage(userId, content);
  }

  /**
   * The user sends a photo (stored, so the bot can getFile it or send it on by file_id), with
   * an optional caption and its formatting entities.
   */
  sendPhotoFromUser(userId: number, photo: { content?: Buffer; width?: number; height?: number; caption?: string; captionEntities?: MessageEntity[] } = {}): Message {
    const content = photo.content ?? Buffer.from("fake-jpeg");
    const file = this.world.files.add(content, "photos", { mimeType: "image/jpeg", width: photo.width ?? 800, height: photo.height ?? 600 });
    const message: MessageContent = {
      photo: [{ file_id: file.fileId, file_unique_id: file.fileUniqueId, file_size: content.length, width: file.width!, height: file.height! }],
    };
    if (photo.caption) message.caption = photo.caption;
    if (photo.captionEntities?.length) message.caption_entities = photo.captionEntities;
    return this.userMessage(userId, message);
  }

  /**
   * The user taps an inline button. Throws unless the message is still in the chat and
   * currently shows a button with exactly this callback_data — catching stale UI in tests.
   */
  pressButton(userId: number, messageId: number, callbackData: string): CallbackQuery {
    const { user, record } = this.userChat(userId);
    const stored = record.messages.get(messageId);
    if (!stored) throw new Error(`pressButton: message ${messageId} is not in chat ${userId} (never sent or deleted)`);
    const buttons = stored.message.reply_markup?.inline_keyboard.flat() ?? [];
    if (!buttons.some((button) => "callback_data" in button && button.callback_data === callbackData)) {
      const available = buttons.map((button) => ("callback_data" in button ? `${button.text} → ${button.callback_data}` : button.text));
      throw new Error(
        `pressButton: message ${messageId} has no button with callback_data ${JSON.stringify(callbackData)}; ` +
          `buttons: ${available.length > 0 ? available.join(", ") : "(none)"}`,
      );
    }
    return this.callbackQuery(user, record, stored.message, callbackData);
  }

  /** Like pressButton but sends any data, e.g. forged or outdated callback data. */
  pressButtonRaw(userId: number, messageId: number, data: string): CallbackQuery {
    const { user, record } = this.userChat(userId);
    const message = record.messages.get(messageId)?.message;
    // Telegram sends an InaccessibleMessage (date 0) for messages the bot can't see.
    const inaccessible: InaccessibleMessage = { chat: record.chat, message_id: messageId, date: 0 };
    return this.callbackQuery(user, record, message ?? inaccessible, data);
  }

  /** The user blocks the bot: my_chat_member update (member → kicked); sends get 403. */
  blockBot(userId: number): ChatMemberUpdated {
    const { user, record } = this.userChat(userId);
    record.blocked = true;
    return this.memberUpdate(user, record, "member", "kicked");
  }

  unblockBot(userId: number): ChatMemberUpdated {
    const { user, record } = this.userChat(userId);
    record.blocked = false;
    return this.memberUpdate(user, record, "kicked", "member");
  }

  // --- inspection ------------------------------------------------------------------

  /** Current messages of a chat in order (deleted ones are gone, edits applied). */
  messages(chatId: number): RecordedMessage[] {
    return this.world.messagesOf(chatId);
  }

  lastBotMessage(chatId: number): RecordedMessage | undefined {
    return this.messages(chatId).filter((message) => message.fromBot).at(-1);
  }

  /** Files the bot sent to a chat (kept even if the message is deleted later). */
  sentFiles(chatId: number): SentFile[] {
    return this.world.sentFiles.filter((file) => file.chatId === chatId);
  }

  /** The custom reply keyboard the user currently sees, if any. */
  replyKeyboard(chatId: number): ReplyKeyboardMarkup | undefined {
    const keyboard = this.world.chats.get(chatId)?.replyKeyboard;
    return keyboard && structuredClone(keyboard);
  }

  chatActions(chatId: number): ChatAction[] {
    return this.world.chatActions.filter((action) => action.chatId === chatId);
  }

  get callbackAnswers(): CallbackAnswer[] {
    return [...this.world.callbackAnswers];
  }

  /** All command lists set via setMyCommands, one per scope + language. */
  get commands(): CommandSet[] {
    return structuredClone([...this.world.commandSets.values()]);
  }

  /** Commands for exactly this scope and language (what getMyCommands returns). */
  commandsFor(scope: BotCommandScope = { type: "default" }, languageCode = ""): BotCommand[] {
    return structuredClone(this.world.commandSets.get(commandSetKey(scope, languageCode))?.commands ?? []);
  }

  get calls(): ApiCall[] {
    return [...this.world.calls];
  }

  callsTo(method: string): ApiCall[] {
    return this.world.calls.filter((call) => call.method.toLowerCase() === method.toLowerCase());
  }

  get pendingUpdateCount(): number {
    return this.world.updates.pendingCount;
  }

  get webhook(): WebhookSettings | undefined {
    return this.world.webhook && { ...this.world.webhook };
  }

  // --- waiting ---------------------------------------------------------------------

  /**
   * Resolves with the predicate's first truthy result. Re-checked on every change of the
   * fake server and every 25 ms (for predicates that look at other state, e.g. a database).
   */
  waitFor<T>(predicate: () => T | undefined | null | false, timeoutMs = 5000): Promise<T> {
    return waitUntil<T>(this.pendingWaits, timeoutMs, `waitFor: condition not met within ${timeoutMs} ms`, (done, fail) => {
      const check = (): void => {
        try {
          const value = predicate();
          if (value) done(value);
        } catch (error) {
          fail(error as Error);
        }
      };
      this.world.events.on("change", check);
      const interval = setInterval(check, 25);
      check();
      return () => {
        this.world.events.off("change", check);
        clearInterval(interval);
      };
    });
  }

  /**
   * Resolves with the next bot message in `chatId` that is sent or edited after this call
   * and matches `predicate`. Start waiting before (or right after, synchronously) the
   * action that triggers the message.
   */
  waitForBotMessage(chatId: number, predicate?: (message: RecordedMessage) => boolean, timeoutMs = 5000): Promise<RecordedMessage> {
    const describeLast = (): string => {
      const last = this.lastBotMessage(chatId);
      return last ? JSON.stringify(last.text ?? last.caption ?? Object.keys(last)) : "none";
    };
    return waitUntil<RecordedMessage>(
      this.pendingWaits,
      timeoutMs,
      () => `waitForBotMessage: no matching bot message in chat ${chatId} within ${timeoutMs} ms (last bot message: ${describeLast()})`,
      (done, fail) => {
        const onMessage = (message: RecordedMessage): void => {
          if (!message.fromBot || message.chat.id !== chatId) return;
          try {
            if (!predicate || predicate(message)) done(message);
          } catch (error) {
            fail(error as Error);
          }
        };
        this.world.events.on("message", onMessage);
        this.world.events.on("edit", onMessage);
        return () => {
          this.world.events.off("message", onMessage);
          this.world.events.off("edit", onMessage);
        };
      },
    );
  }

  // --- events ----------------------------------------------------------------------

  on<K extends keyof BotApiEvents>(event: K, listener: Listener<K>): this {
    (this.world.events.on as (event: K, listener: Listener<K>) => unknown)(event, listener);
    return this;
  }

  once<K extends keyof BotApiEvents>(event: K, listener: Listener<K>): this {
    (this.world.events.once as (event: K, listener: Listener<K>) => unknown)(event, listener);
    return this;
  }

  off<K extends keyof BotApiEvents>(event: K, listener: Listener<K>): this {
    (this.world.events.off as (event: K, listener: Listener<K>) => unknown)(event, listener);
    return this;
  }

  /** Answers pending long polls with [], rejects pending waits and stops the server. */
  async close(): Promise<void> {
    for (const cancel of [...this.pendingWaits]) cancel(new Error("LocalBotApi closed"));
    if (this.server) await this.server.close();
    else this.world.updates.close();
  }

  // --- internals -------------------------------------------------------------------

  private userChat(userId: number): { user: User; record: ChatRecord } {
    const user = this.world.users.get(userId);
    if (!user) throw new Error(`Unknown user ${userId}: call addUser() first`);
    return { user, record: this.world.privateChatOf(user) };
  }

  private userMessage(userId: number, content: MessageContent): Message {
    const { user, record } = this.userChat(userId);
    // Writing to a bot you blocked unblocks it first, as in Telegram clients.
    if (record.blocked) this.unblockBot(userId);
    const message = this.world.addMessage(record, user, content, { fromBot: false });
    // Update.message is typed for non-channel chats only; a private chat qualifies.
    this.world.enqueue({ message } as UpdatePayload);
    return structuredClone(message);
  }

  private callbackQuery(user: User, record: ChatRecord, message: Message | InaccessibleMessage, data: string): CallbackQuery {
    const query: CallbackQuery = {
      id: this.world.newCallbackQueryId(),
      from: user,
      message: structuredClone(message) as CallbackQuery["message"],
      chat_instance: chatInstance(record.chat.id),
      data,
    };
    this.world.callbackQueries.set(query.id, { query, answered: false });
    this.world.enqueue({ callback_query: query });
    return structuredClone(query);
  }

  private memberUpdate(user: User, record: ChatRecord, from: "member" | "kicked", to: "member" | "kicked"): ChatMemberUpdated {
    const bot = this.world.bot;
    const status = (status: "member" | "kicked") =>
      status === "kicked" ? { status, user: bot, until_date: 0 } : { status, user: bot };
    const update = {
      chat: record.chat,
      from: user,
      date: this.world.now(),
      old_chat_member: status(from),
      new_chat_member: status(to),
    } as ChatMemberUpdated;
    this.world.enqueue({ my_chat_member: update });
    return structuredClone(update);
  }
}

/** Request bodies as fetch callers pass them, as bytes (with the HTTP server's size limit). */
async function bufferBody(body: unknown): Promise<Buffer> {
  const bytes = await bodyBytes(body);
  if (bytes.length > MAX_BODY_BYTES) throw new BotApiError(413, "Request Entity Too Large");
  return bytes;
}

async function bodyBytes(body: unknown): Promise<Buffer> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === "string" || body instanceof URLSearchParams) return Buffer.from(String(body), "utf8");
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof Blob) return Buffer.from(await body.arrayBuffer());
  if (typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function") {
    const chunks: Buffer[] = [];
    for await (const chunk of body as AsyncIterable<Uint8Array | string>) {
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
  }
  throw new TypeError(`LocalBotApi.fetch: unsupported body type ${Object.prototype.toString.call(body)}`);
}

/** Telegram's chat_instance is an opaque, stable per-chat number string. */
function chatInstance(chatId: number): string {
  return createHash("sha256").update(String(chatId)).digest().readBigInt64BE().toString();
}
