// Bot-flow test harness: the real bot (createBot) talking to the project's local Bot API
// (src/dev/bot-api) in-process through grammY's `client.fetch` — no socket, no polling.
// So every call gets Telegram's semantics: HTML parsing, length limits, "message is not
// modified", button validation, unknown chats… A call Telegram would reject fails here too.
// Simulated users act through the api's helpers; the queued updates are then fed to
// bot.handleUpdate one by one, and each action returns when the bot has finished.
import type { InlineKeyboardMarkup } from "grammy/types";
import { createBot } from "../../src/bot/index.ts";
import type { Deps } from "../../src/bot/context.ts";
import { parseConfig, type Config } from "../../src/config.ts";
import type { Db } from "../../src/db/client.ts";
import { createLogger } from "../../src/logger.ts";
import type { Clock } from "../../src/domain/clock.ts";
import { systemClock } from "../../src/domain/clock.ts";
import { createLocalBotApi, type InjectedFailure, type LocalBotApi } from "../../src/dev/bot-api/index.ts";
import type { Logger } from "../../src/logger.ts";
import { parseBody, type ParsedBody } from "../../src/dev/bot-api/body.ts";
import { botInfo } from "./bot-info.ts";

export interface ApiCall {
  method: string;
  params: Record<string, any>;
  /** Uploaded files of a multipart call, by field name. */
  files: Record<string, { name: string; content: Buffer }>;
  /** Set when the Bot API rejected the call. */
  error?: { error_code: number; description: string };
}

export interface SentMessage {
  messageId: number;
  chatId: number;
  /** The text (or caption / venue title) as the bot sent it, i.e. HTML source; current after edits. */
  text: string;
  keyboard?: InlineKeyboardMarkup;
  /** The call that last set the message's content. */
  method: string;
  params: Record<string, any>;
}

export interface HarnessOptions {
  db: Db;
  clock?: Clock;
  config?: Partial<Config>;
  /** Answer a method with an error instead: return {error_code, description} or undefined. */
  fail?: (call: ApiCall) => InjectedFailure | undefined;
  /** Logger for the bot (default: config.logLevel); tests capture what it logs. */
  logger?: Logger;
  /** grammY's request timeout (default 500 s); short for tests of hanging requests. */
  timeoutSeconds?: number;
}

const BOT_ID = 123456;
const TOKEN = `${BOT_ID}:TEST-TOKEN-aaaaaaaaaaaaaaaaaaaaaa`;

const BOT_INFO = botInfo(BOT_ID);

/** Methods whose successful result is the message they created or edited. */
const CONTENT_METHODS = new Set([
  "sendMessage", "sendDocument", "sendPhoto", "sendVenue", "sendLocation", "sendContact",
  "editMessageText", "editMessageCaption", "editMessageReplyMarkup",
]);

async function readAll(body: unknown): Promise<Buffer> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === "string") return Buffer.from(body, "utf8");
  // grammY streams multipart bodies as a Node Readable.
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** A call as tests see it: JSON values parsed, uploads by the field that references them. */
function toCall(method: string, { fields, files: uploaded }: ParsedBody): ApiCall {
  const params: Record<string, any> = {};
  const files: ApiCall["files"] = {};
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value !== "string") {
      params[key] = value;
      continue;
    }
    const attached = value.startsWith("attach://") ? uploaded.get(value.slice("attach://".length)) : undefined;
    if (attached) {
      files[key] = { name: attached.fileName, content: attached.content };
      params[key] = value;
      continue;
    }
    try {
      params[key] = JSON.parse(value);
    } catch {
      params[key] = value;
    }
  }
  return { method, params, files };
}

export class Harness {
  readonly calls: ApiCall[] = [];
  readonly deps: Deps;
  readonly bot;
  /** The in-process local Bot API the bot talks to. */
  readonly api: LocalBotApi;
  /** Content of bot messages as the bot sent it (HTML source), by "chat:message". */
  private readonly sources = new Map<string, Pick<SentMessage, "text" | "method" | "params">>();
  private readonly chats = new Set<number>();

  constructor(opts: HarnessOptions) {
    this.api = createLocalBotApi({ botId: BOT_ID, botUsername: BOT_INFO.username, botFirstName: BOT_INFO.first_name });
    const fail = opts.fail;
    if (fail) this.api.failWhen((request) => fail(toCall(request.method, request)));
    const config = { ...parseConfig({ LOG_LEVEL: "silent" }), ...opts.config };
    this.deps = { db: opts.db, logger: opts.logger ?? createLogger(config.logLevel), config, clock: opts.clock ?? systemClock };
    this.bot = createBot(TOKEN, this.deps, {
      botInfo: BOT_INFO,
      client: {
        fetch: ((url: string, init?: RequestInit) => this.fetch(url, init)) as never,
        ...(opts.timeoutSeconds ? { timeoutSeconds: opts.timeoutSeconds } : {}),
      },
    });
  }

  private async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    // File downloads (/file/bot<token>/<path>, after getFile) are no API calls: served as they are.
    if (new URL(url).pathname.startsWith("/file/")) return this.api.fetch(url, init as never);
    const method = new URL(url).pathname.split("/").at(-1) ?? "";
    const body = await readAll(init.body);
    const contentType = new Headers(init.headers).get("content-type") ?? undefined;
    let call: ApiCall;
    try {
      call = toCall(method, parseBody(contentType, body, new URLSearchParams()));
    } catch {
      call = { method, params: {}, files: {} }; // the api answers the malformed body itself
    }
    this.calls.push(call);
    const res = await this.api.fetch(url, { ...init, body });
    const answer = (await res.clone().json()) as { ok: boolean; result?: any; error_code: number; description: string };
    if (!answer.ok) call.error = { error_code: answer.error_code, description: answer.description };
    else if (CONTENT_METHODS.has(method)) this.remember(call, answer.result);
    return res;
  }

  /** Keeps the HTML source of what a send or edit put on screen. */
  private remember(call: ApiCall, message: { message_id: number; chat: { id: number } }): void {
    const key = `${message.chat.id}:${message.message_id}`;
    const { params, method } = call;
    if (method === "editMessageReplyMarkup") {
      const previous = this.sources.get(key);
      this.sources.set(key, { text: previous?.text ?? "", method: previous?.method ?? method, params });
      return;
    }
    this.sources.set(key, { text: String(params.text ?? params.caption ?? params.title ?? ""), method, params });
  }

  /** A simulated person in a private chat with the bot. */
  user(id: number, profile: { first_name?: string; language_code?: string } = {}): FakeUser {
    const from = { id, is_bot: false as const, first_name: profile.first_name ?? `User${id}`, language_code: profile.language_code };
    this.api.addUser(from);
    this.chats.add(id);
    return new FakeUser(this, from);
  }

  /**
   * Runs a simulated action, lets the bot handle the updates it queued, and returns the calls
   * made meanwhile. The updates are taken in the same tick as the action, so concurrent
   * actions each handle their own (in order per chat, thanks to the bot's sequentialize).
   */
  async act(action: () => unknown): Promise<ApiCall[]> {
    const start = this.calls.length;
    action();
    for (const update of this.api.takeUpdates()) await this.bot.handleUpdate(update);
    return this.callsSince(start);
  }

  callsSince(index: number): ApiCall[] {
    return this.calls.slice(index);
  }

  /** The bot's messages in a chat as they are now (edits applied, deleted ones gone). */
  messagesOf(chatId: number): SentMessage[] {
    return this.api
      .messages(chatId)
      .filter((message) => message.fromBot)
      .map((message) => {
        const source = this.sources.get(`${chatId}:${message.message_id}`);
        const sent: SentMessage = {
          messageId: message.message_id,
          chatId,
          text: source?.text ?? message.text ?? message.caption ?? "",
          method: source?.method ?? "",
          params: source?.params ?? {},
        };
        if (message.reply_markup) sent.keyboard = message.reply_markup;
        return sent;
      });
  }

  /** Bot messages per chat of every simulated user. */
  get sent(): Map<number, SentMessage[]> {
    return new Map([...this.chats].map((chatId) => [chatId, this.messagesOf(chatId)]));
  }
}

export class FakeUser {
  constructor(
    private h: Harness,
    readonly from: { id: number; is_bot: false; first_name: string; language_code?: string | undefined },
  ) {}

  get chatId(): number {
    return this.from.id;
  }

  /** Sends a text (commands included); returns the API calls the bot made in response. */
  send(text: string): Promise<ApiCall[]> {
    return this.h.act(() => this.h.api.sendText(this.from.id, text));
  }

  /** Presses a button of a bot message by exact callback data (the message must show it). */
  async pressData(data: string, messageId?: number): Promise<ApiCall[]> {
    const msg = messageId ? this.messages().find((m) => m.messageId === messageId) : this.messageWithButton((b) => b.callback_data === data);
    if (!msg) throw new Error(`no message with button data ${data}`);
    return this.h.act(() => this.h.api.pressButton(this.from.id, msg.messageId, data));
  }

  /** Presses the first button whose label contains `label` in the newest message that has one. */
  async press(label: string | RegExp): Promise<ApiCall[]> {
    const match = (t: string) => (typeof label === "string" ? t.includes(label) : label.test(t));
    const msg = this.messageWithButton((b) => match(b.text));
    const button = msg?.keyboard?.inline_keyboard.flat().find((b) => match(b.text));
    if (!msg || !button || !("callback_data" in button)) {
      throw new Error(`no button ${String(label)}; last: ${JSON.stringify(this.lastMessage()?.keyboard?.inline_keyboard.flat().map((b) => b.text))}`);
    }
    return this.h.act(() => this.h.api.pressButton(this.from.id, msg.messageId, button.callback_data!));
  }

  /**
   * Sends raw (possibly forged or outdated) callback data for a message. The message is
   * whatever the chat holds under that id (Telegram's InaccessibleMessage if none);
   * `_text` is ignored, kept for old call sites.
   */
  callback(messageId: number, data: string, _text?: string): Promise<ApiCall[]> {
    return this.h.act(() => this.h.api.pressButtonRaw(this.from.id, messageId, data));
  }

  /** Sends a document (e.g. a CSV file), optionally with a caption. */
  sendDocument(fileName: string, content: Buffer | string, caption?: string): Promise<ApiCall[]> {
    const document = { fileName, content: typeof content === "string" ? Buffer.from(content, "utf8") : content, ...(caption ? { caption } : {}) };
    return this.h.act(() => this.h.api.sendDocumentFromUser(this.from.id, document));
  }

  sendContact(phone: string, userId = this.from.id): Promise<ApiCall[]> {
    return this.h.act(() => this.h.api.sendContact(this.from.id, { phone_number: phone, first_name: this.from.first_name, user_id: userId }));
  }

  /** Sends a location pin (📎 → Location). */
  sendLocation(latitude: number, longitude: number): Promise<ApiCall[]> {
    return this.h.act(() => this.h.api.sendLocation(this.from.id, latitude, longitude));
  }

  messages(): SentMessage[] {
    return this.h.messagesOf(this.chatId);
  }

  lastMessage(): SentMessage | undefined {
    return this.messages().at(-1);
  }

  /** Button labels of the newest message that has a keyboard. */
  buttons(): string[] {
    const msg = [...this.messages()].reverse().find((m) => m.keyboard);
    return msg?.keyboard?.inline_keyboard.flat().map((b) => b.text) ?? [];
  }

  private messageWithButton(pred: (b: { text: string; callback_data?: string }) => boolean): SentMessage | undefined {
    return [...this.messages()].reverse().find((m) => m.keyboard?.inline_keyboard.flat().some((b) => pred(b as never)));
  }
}

/** Telegram refuses an edit to identical content; the screen then shows exactly that text. */
const onScreen = (c: ApiCall) => !c.error || c.error.description.includes("message is not modified");

/**
 * Text of the calls that put text on screen (sendMessage / editMessageText / captions):
 * calls the Bot API rejected don't count, except edits that changed nothing.
 */
export function texts(calls: ApiCall[]): string[] {
  return calls
    .filter((c) => onScreen(c) && ["sendMessage", "editMessageText", "sendDocument", "sendPhoto", "sendVenue"].includes(c.method))
    .map((c) => String(c.params.text ?? c.params.caption ?? c.params.title ?? ""));
}
