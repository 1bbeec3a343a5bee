// Telegram faked at the HTTP level through grammY's `client.fetch`, like test/support/harness.ts,
// but lean enough for tens of thousands of updates: it keeps only what a simulated user needs
// to press the next button (each chat's messages with their keyboards) and per-method counts.
import { botInfo } from "../../test/support/bot-info.ts";
import { i18n } from "../../src/bot/i18n.ts";

export const BOT_INFO = botInfo(42);

/** The bot as message results name it: a User, not getMe's capability flags. */
const BOT_USER = { id: BOT_INFO.id, is_bot: true, first_name: BOT_INFO.first_name, username: BOT_INFO.username };

/** The bot's answers that mean an update went wrong: the journey must never get them. */
export function problemTexts(): Set<string> {
  const keys = ["error-generic", "unhandled-stale-button", "unhandled-message", "unhandled-unknown-command", "item-not-found"];
  return new Set(["kk", "ru", "en"].flatMap((l) => keys.map((k) => i18n.t(l, k))));
}

export interface Button {
  text: string;
  data: string;
}

export interface Shown {
  messageId: number;
  buttons: Button[];
  /** The message as the API returned it (a callback query carries it). */
  message: object;
}

interface Chat {
  nextId: number;
  messages: Map<number, Shown>;
}

export interface FakeTelegramOptions {
  /** Called for every API call (the benchmark attributes calls to journey steps). */
  onCall?: (method: string) => void;
  /** Texts that mean something went wrong (error or "button out of date" answers). */
  isProblem?: (text: string) => boolean;
  /** Answer with undici's Response objects, as the harness did before (BENCH_UNDICI_RESPONSES=1). */
  undiciResponses?: boolean;
}

/**
 * The HTTP answer as grammY reads it (it only calls `json()`): the JSON text is produced and
 * parsed as it would travel, without undici's Response and its body stream. Those cost about
 * 0.3 ms of CPU per journey update (1.2 → 0.87 ms in scratch measurements), more than the bare
 * baseline bot's whole update, for no work of the bot's own — and grammY does not even use
 * undici in production (node-fetch).
 */
function jsonAnswer(body: string): Response {
  return { ok: true, status: 200, json: () => Promise.resolve(JSON.parse(body) as unknown) } as Response;
}

const JSON_HEADERS = { "content-type": "application/json" };

export class FakeTelegram {
  readonly callsByMethod = new Map<string, number>();
  problems = 0;
  readonly problemSamples: string[] = [];
  private chats = new Map<number, Chat>();

  constructor(private opts: FakeTelegramOptions = {}) {}

  /**
   * Pass as `client: { fetch }` to a grammY Bot. The answer comes on a later turn of the event
   * loop (setImmediate), as a real HTTP response would: answering within the same microtask run
   * would let 32 simulated users chain update after update without ever returning to the event
   * loop, starving anything that waits for a timer (the conversations plugin waits for one at
   * every dialog step) for up to seconds — a stall no real bot has.
   */
  readonly fetch = async (url: string, init?: RequestInit): Promise<Response> => {
    await new Promise((resolve) => setImmediate(resolve));
    const method = url.slice(url.lastIndexOf("/") + 1);
    // grammY sends JSON unless a file is uploaded (multipart); the journey uploads none.
    if (init?.body != null && typeof init.body !== "string") throw new Error(`fake Telegram: unexpected multipart ${method}`);
    const params = init?.body ? (JSON.parse(init.body) as Record<string, any>) : {};
    this.callsByMethod.set(method, (this.callsByMethod.get(method) ?? 0) + 1);
    this.opts.onCall?.(method);
    const body = JSON.stringify({ ok: true, result: this.answer(method, params) });
    return this.opts.undiciResponses ? new Response(body, { headers: JSON_HEADERS }) : jsonAnswer(body);
  };

  private chat(chatId: number): Chat {
    let chat = this.chats.get(chatId);
    if (!chat) this.chats.set(chatId, (chat = { nextId: 1, messages: new Map() }));
    return chat;
  }

  private answer(method: string, params: Record<string, any>): unknown {
    const chatId = Number(params.chat_id);
    const chatObj = { id: chatId, type: "private", first_name: "" };
    switch (method) {
      case "sendMessage": {
        this.check(params.text);
        const chat = this.chat(chatId);
        const messageId = chat.nextId++;
        return this.show(chat, messageId, chatObj, params);
      }
      case "editMessageText": {
        this.check(params.text);
        const messageId = Number(params.message_id);
        return this.show(this.chat(chatId), messageId, chatObj, params);
      }
      case "answerCallbackQuery":
        if (params.text) this.check(params.text);
        return true;
      case "getMe":
        return BOT_INFO;
      default:
        return true;
    }
  }

  private show(chat: Chat, messageId: number, chatObj: object, params: Record<string, any>): object {
    const message = sentMessage(messageId, chatObj, params);
    chat.messages.set(messageId, { messageId, buttons: buttonsOf(params), message });
    return message;
  }

  private check(text: string): void {
    if (!this.opts.isProblem?.(text)) return;
    this.problems++;
    if (this.problemSamples.length < 5) this.problemSamples.push(text.slice(0, 120));
  }

  /** The newest message of the chat that has buttons: what the user looks at. */
  current(chatId: number): Shown | undefined {
    let newest: Shown | undefined;
    for (const m of this.chats.get(chatId)?.messages.values() ?? []) {
      if (m.buttons.length > 0 && (!newest || m.messageId > newest.messageId)) newest = m;
    }
    return newest;
  }

  /** Drops a chat's messages once its user is done (keeps memory flat over long runs). */
  forget(chatId: number): void {
    this.chats.delete(chatId);
  }

  get totalCalls(): number {
    let n = 0;
    for (const c of this.callsByMethod.values()) n += c;
    return n;
  }
}

function buttonsOf(params: Record<string, any>): Button[] {
  const rows: Array<Array<{ text: string; callback_data?: string }>> = params.reply_markup?.inline_keyboard ?? [];
  return rows.flat().flatMap((b) => (b.callback_data ? [{ text: b.text, data: b.callback_data }] : []));
}

/** A fixed "now" for message dates (a real one, so results are as long as the API's). */
const DATE = 1_796_000_000;

/**
 * A sent or edited message as the Bot API returns it: the HTML parsed into plain text and
 * entities, an inline keyboard echoed back. What the bot gets back matters beyond parsing it:
 * the dialogs log every result in their stored state.
 */
function sentMessage(messageId: number, chat: object, params: Record<string, any>) {
  const { text, entities } = params.parse_mode === "HTML" ? parseHtml(String(params.text)) : { text: params.text as string, entities: [] };
  const keyboard = params.reply_markup?.inline_keyboard ? { reply_markup: params.reply_markup } : {};
  return { message_id: messageId, from: BOT_USER, chat, date: DATE, text, ...(entities.length > 0 ? { entities } : {}), ...keyboard };
}

const ENTITY_TYPES: Record<string, string> = { b: "bold", strong: "bold", i: "italic", em: "italic", u: "underline", s: "strikethrough", code: "code", pre: "pre", a: "text_link", blockquote: "blockquote" };
const CHARS: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', "#39": "'" };
const HTML_PART = /<(\/?)(\w+)([^>]*)>|&(lt|gt|amp|quot|#39);|([^<&]+|[<&])/g;

interface Entity { type: string; offset: number; length: number; url?: string }

/** Telegram's reading of parse_mode HTML, as far as the bot's texts use it. */
function parseHtml(html: string): { text: string; entities: Entity[] } {
  let text = "";
  const entities: Entity[] = [];
  const open: Array<{ type: string; offset: number; url?: string }> = [];
  for (const [, closing, tag, attrs, char, plain] of html.matchAll(HTML_PART)) {
    if (plain !== undefined) text += plain;
    else if (char !== undefined) text += CHARS[char];
    else if (closing) {
      const o = open.pop();
      if (o && text.length > o.offset) entities.push({ type: o.type, offset: o.offset, length: text.length - o.offset, ...(o.url ? { url: o.url } : {}) });
    } else open.push({ type: ENTITY_TYPES[tag!] ?? "bold", offset: text.length, url: /href="([^"]*)"/.exec(attrs!)?.[1] });
  }
  return { text, entities };
}
