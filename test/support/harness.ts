// Bot-flow test harness: the real bot (createBot) with Telegram faked at the HTTP level
// through grammY's `client.fetch`, so every API call — also inside conversations — is seen.
// Updates are fed with bot.handleUpdate(); each call returns when the bot has finished.
import type { InlineKeyboardMarkup, Message, Update } from "grammy/types";
import { createBot } from "../../src/bot/index.ts";
import type { Deps } from "../../src/bot/context.ts";
import { parseConfig, type Config } from "../../src/config.ts";
import type { Db } from "../../src/db/client.ts";
import { createLogger } from "../../src/logger.ts";
import type { Clock } from "../../src/domain/clock.ts";
import { systemClock } from "../../src/domain/clock.ts";
import { parseBody } from "../../src/dev/bot-api/body.ts";

export interface ApiCall {
  method: string;
  params: Record<string, any>;
  /** Uploaded files of a multipart call, by field name. */
  files: Record<string, { name: string; content: Buffer }>;
}

export interface SentMessage {
  messageId: number;
  chatId: number;
  text: string;
  keyboard?: InlineKeyboardMarkup;
  method: string;
  params: Record<string, any>;
}

export interface HarnessOptions {
  db: Db;
  clock?: Clock;
  config?: Partial<Config>;
  /** Answer a method with an error instead: return {error_code, description} or undefined. */
  fail?: (call: ApiCall) => { error_code: number; description: string } | undefined;
}

const BOT_INFO = {
  id: 42,
  is_bot: true as const,
  first_name: "Mamandyq",
  username: "mamandyq_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

async function readBody(init: RequestInit | undefined): Promise<{ params: Record<string, any>; files: ApiCall["files"] }> {
  const type = new Headers(init?.headers).get("content-type") ?? "";
  if (!init?.body) return { params: {}, files: {} };
  if (type.includes("application/json")) return { params: JSON.parse(String(init.body)), files: {} };
  // grammY streams multipart bodies; its part headers are not accepted by undici's
  // formData(), so the local Bot API server's parser is used.
  const chunks: Buffer[] = [];
  for await (const chunk of init.body as unknown as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk));
  const { fields, files: uploaded } = parseBody(type, Buffer.concat(chunks), new URLSearchParams());
  const params: Record<string, any> = {};
  const files: ApiCall["files"] = {};
  for (const [key, value] of Object.entries(fields)) {
    const text = String(value);
    const attached = text.startsWith("attach://") ? uploaded.get(text.slice("attach://".length)) : undefined;
    if (attached) {
      files[key] = { name: attached.fileName, content: attached.content };
      params[key] = text;
      continue;
    }
    try {
      params[key] = JSON.parse(text);
    } catch {
      params[key] = text;
    }
  }
  return { params, files };
}

export class Harness {
  readonly calls: ApiCall[] = [];
  readonly deps: Deps;
  readonly bot;
  private nextUpdateId = 1;
  private messageIds = new Map<number, number>();
  /** Bot messages per chat, with their current text and keyboard. */
  readonly sent = new Map<number, SentMessage[]>();

  constructor(private opts: HarnessOptions) {
    const config = { ...parseConfig({ LOG_LEVEL: "silent" }), ...opts.config };
    this.deps = { db: opts.db, logger: createLogger(config.logLevel), config, clock: opts.clock ?? systemClock };
    this.bot = createBot("123456:TEST-TOKEN-aaaaaaaaaaaaaaaaaaaaaa", this.deps, {
      botInfo: BOT_INFO,
      client: { fetch: ((url: string, init?: RequestInit) => this.fetch(url, init)) as never },
    });
  }

  private nextMessageId(chatId: number): number {
    const id = (this.messageIds.get(chatId) ?? 0) + 1;
    this.messageIds.set(chatId, id);
    return id;
  }

  private async fetch(url: string, init?: RequestInit): Promise<Response> {
    const method = url.slice(url.lastIndexOf("/") + 1);
    const { params, files } = await readBody(init);
    const call: ApiCall = { method, params, files };
    this.calls.push(call);
    const failure = this.opts.fail?.(call);
    if (failure) return Response.json({ ok: false, ...failure }, { status: failure.error_code });
    return Response.json({ ok: true, result: this.answer(call) });
  }

  private answer({ method, params }: ApiCall): unknown {
    const chatId = Number(params.chat_id);
    const base = () => ({ message_id: this.nextMessageId(chatId), date: 0, chat: { id: chatId, type: "private" as const, first_name: "" }, from: BOT_INFO });
    const record = (msg: Message, text: string): Message => {
      const list = this.sent.get(chatId) ?? [];
      list.push({ messageId: msg.message_id, chatId, text, keyboard: params.reply_markup?.inline_keyboard ? params.reply_markup : undefined, method, params });
      this.sent.set(chatId, list);
      return msg;
    };
    switch (method) {
      case "sendMessage":
        return record({ ...base(), text: params.text } as unknown as Message, params.text);
      case "sendDocument":
      case "sendPhoto":
      case "sendVenue":
      case "sendLocation":
        return record({ ...base(), caption: params.caption } as unknown as Message, params.caption ?? params.title ?? "");
      case "editMessageText":
      case "editMessageReplyMarkup": {
        const msg = this.sent.get(chatId)?.find((m) => m.messageId === Number(params.message_id));
        if (msg) {
          if (method === "editMessageText") msg.text = params.text;
          msg.keyboard = params.reply_markup?.inline_keyboard ? params.reply_markup : undefined;
          msg.params = params;
        }
        return { message_id: Number(params.message_id), date: 0, chat: { id: chatId, type: "private" }, text: msg?.text ?? "" };
      }
      case "getMe":
        return BOT_INFO;
      default:
        return true;
    }
  }

  /** A simulated person in a private chat with the bot. */
  user(id: number, profile: { first_name?: string; language_code?: string } = {}): FakeUser {
    return new FakeUser(this, { id, is_bot: false, first_name: profile.first_name ?? `User${id}`, language_code: profile.language_code });
  }

  async handle(update: Omit<Update, "update_id">): Promise<void> {
    await this.bot.handleUpdate({ update_id: this.nextUpdateId++, ...update } as Update);
  }

  callsSince(index: number): ApiCall[] {
    return this.calls.slice(index);
  }
}

export class FakeUser {
  private userMessageId = 1000;
  constructor(
    private h: Harness,
    readonly from: { id: number; is_bot: false; first_name: string; language_code?: string },
  ) {}

  get chatId(): number {
    return this.from.id;
  }

  private chat() {
    return { id: this.from.id, type: "private" as const, first_name: this.from.first_name };
  }

  /** Sends a text (commands included); returns the API calls the bot made in response. */
  async send(text: string): Promise<ApiCall[]> {
    const start = this.h.calls.length;
    const command = text.match(/^\/\w+/);
    await this.h.handle({
      message: {
        message_id: this.userMessageId++,
        date: Math.floor(Date.now() / 1000),
        chat: this.chat(),
        from: this.from,
        text,
        ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
      },
    } as Update);
    return this.h.callsSince(start);
  }

  /** Presses a button of a bot message by exact callback data (the message must carry it). */
  async pressData(data: string, messageId?: number): Promise<ApiCall[]> {
    const msg = messageId ? this.messages().find((m) => m.messageId === messageId) : this.messageWithButton((b) => b.callback_data === data);
    if (!msg) throw new Error(`no message with button data ${data}`);
    return this.callback(msg.messageId, data, msg.text);
  }

  /** Presses the first button whose label contains `label` in the newest message that has one. */
  async press(label: string | RegExp): Promise<ApiCall[]> {
    const match = (t: string) => (typeof label === "string" ? t.includes(label) : label.test(t));
    const msg = this.messageWithButton((b) => match(b.text));
    const button = msg?.keyboard?.inline_keyboard.flat().find((b) => match(b.text));
    if (!msg || !button || !("callback_data" in button)) {
      throw new Error(`no button ${String(label)}; last: ${JSON.stringify(this.lastMessage()?.keyboard?.inline_keyboard.flat().map((b) => b.text))}`);
    }
    return this.callback(msg.messageId, button.callback_data!, msg.text);
  }

  /** Sends raw (possibly forged) callback data for a message. */
  async callback(messageId: number, data: string, text = ""): Promise<ApiCall[]> {
    const start = this.h.calls.length;
    await this.h.handle({
      callback_query: {
        id: `${this.from.id}-${Math.random().toString(36).slice(2)}`,
        from: this.from,
        chat_instance: "1",
        data,
        message: { message_id: messageId, date: 0, chat: this.chat(), from: { id: 42, is_bot: true, first_name: "Mamandyq" }, text },
      },
    } as Update);
    return this.h.callsSince(start);
  }

  async sendContact(phone: string, userId = this.from.id): Promise<ApiCall[]> {
    const start = this.h.calls.length;
    await this.h.handle({
      message: {
        message_id: this.userMessageId++,
        date: Math.floor(Date.now() / 1000),
        chat: this.chat(),
        from: this.from,
        contact: { phone_number: phone, first_name: this.from.first_name, user_id: userId },
      },
    } as Update);
    return this.h.callsSince(start);
  }

  messages(): SentMessage[] {
    return this.h.sent.get(this.chatId) ?? [];
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

/** Text of the calls that put text on screen (sendMessage / editMessageText / captions). */
export function texts(calls: ApiCall[]): string[] {
  return calls
    .filter((c) => ["sendMessage", "editMessageText", "sendDocument", "sendPhoto", "sendVenue"].includes(c.method))
    .map((c) => String(c.params.text ?? c.params.caption ?? c.params.title ?? ""));
}
