// In-memory world of the fake Bot API: the bot, users, chats with their messages, files,
// callback queries, bot settings and the log of API calls. Emits an event per change so
// tests can wait on it and a terminal UI can render live.
import { EventEmitter } from "node:events";
import type {
  BotCommand,
  BotCommandScope,
  CallbackQuery,
  Chat,
  MenuButton,
  Message,
  ReplyKeyboardMarkup,
  Update,
  User,
} from "grammy/types";
import type { ParsedBody } from "./body.ts";
import { badRequest, type InjectedFailure } from "./errors.ts";
import { FileStore } from "./files.ts";
import type { ReplyMarkup } from "./markup.ts";
import { UpdateQueue, type UpdatePayload } from "./updates.ts";

/** A message as a test sees it: the Bot API object plus bookkeeping. */
export interface RecordedMessage extends Message {
  fromBot: boolean;
  edited: boolean;
  editCount: number;
  /** reply_markup exactly as sent, including reply keyboards Telegram doesn't echo back. */
  replyMarkup?: ReplyMarkup;
}

export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  /** Milliseconds since the epoch. */
  time: number;
  files: Array<{ partName: string; fileName: string; size: number }>;
}

export interface CallbackAnswer {
  callbackQueryId: string;
  userId: number;
  chatId?: number;
  messageId?: number;
  data?: string;
  text?: string;
  showAlert: boolean;
  url?: string;
  cacheTime?: number;
  time: number;
}

export interface SentFile {
  chatId: number;
  messageId: number;
  kind: "document" | "photo";
  fileId: string;
  fileName?: string;
  mimeType?: string;
  content: Buffer;
  caption?: string;
}

export interface CommandSet {
  scope: BotCommandScope;
  languageCode: string;
  commands: BotCommand[];
}

export interface ChatAction {
  chatId: number;
  action: string;
  time: number;
}

export interface DeletedMessage {
  chatId: number;
  messageId: number;
}

export interface BotApiEvents {
  message: [RecordedMessage];
  edit: [RecordedMessage];
  delete: [DeletedMessage];
  callbackAnswer: [CallbackAnswer];
  chatAction: [ChatAction];
  update: [Update];
  call: [ApiCall];
  /** Fired after any of the above. */
  change: [];
}

export interface WebhookSettings {
  url: string;
  secretToken?: string;
  maxConnections?: number;
  allowedUpdates?: string[];
  ipAddress?: string;
}

interface StoredMessage {
  message: Message;
  fromBot: boolean;
  editCount: number;
  replyMarkup?: ReplyMarkup;
}

export interface ChatRecord {
  chat: Chat;
  messages: Map<number, StoredMessage>;
  nextMessageId: number;
  blocked: boolean;
  /** The custom keyboard the user currently sees (set by a ReplyKeyboardMarkup). */
  replyKeyboard?: ReplyKeyboardMarkup;
  menuButton?: MenuButton;
}

/** Decides per request whether it fails instead of running (see LocalBotApi.failWhen). */
export type FailurePredicate = (request: { method: string } & ParsedBody) => InjectedFailure | undefined;

export interface BotIdentity {
  username: string;
  firstName: string;
}

export type MessageContent = Omit<Message, "message_id" | "date" | "chat" | "from">;

export class World {
  readonly events = new EventEmitter<BotApiEvents>();
  readonly files = new FileStore();
  readonly updates = new UpdateQueue();
  readonly users = new Map<number, User>();
  readonly chats = new Map<number, ChatRecord>();
  readonly callbackQueries = new Map<string, { query: CallbackQuery; answered: boolean }>();
  readonly callbackAnswers: CallbackAnswer[] = [];
  readonly calls: ApiCall[] = [];
  readonly sentFiles: SentFile[] = [];
  readonly chatActions: ChatAction[] = [];
  readonly commandSets = new Map<string, CommandSet>();
  /** Per language code ("" = default). */
  readonly names = new Map<string, string>();
  readonly descriptions = new Map<string, string>();
  readonly shortDescriptions = new Map<string, string>();
  defaultMenuButton: MenuButton = { type: "default" };
  webhook: WebhookSettings | undefined;
  bot: User;
  private readonly failures = new Map<string, InjectedFailure[]>();
  failurePredicate: FailurePredicate | undefined;
  private callbackCounter = 0;

  constructor(readonly identity: BotIdentity, botId: number) {
    this.bot = { id: botId, is_bot: true, first_name: identity.firstName, username: identity.username };
    this.events.setMaxListeners(0);
  }

  now(): number {
    return Math.floor(Date.now() / 1000);
  }

  /** The bot id is the numeric part of the token the client uses. */
  useToken(token: string): void {
    const id = Number(token.split(":")[0]);
    if (id !== this.bot.id) this.bot = { ...this.bot, id };
  }

  /**
   * Calls listeners one by one so a throwing test/UI listener neither skips the others nor
   * turns into a 500 for the bot's request.
   */
  emit<K extends keyof BotApiEvents>(event: K, ...args: BotApiEvents[K]): void {
    for (const listener of this.events.rawListeners(event) as Array<(...rest: unknown[]) => void>) {
      try {
        listener(...args);
      } catch (err) {
        console.error(`[bot-api] "${event}" listener failed:`, err);
      }
    }
    if (event !== "change") this.emit("change");
  }

  // --- fault injection -------------------------------------------------------------

  addFailure(method: string, failure: InjectedFailure, times: number): void {
    const queue = this.failures.get(method.toLowerCase()) ?? [];
    for (let i = 0; i < times; i++) queue.push(failure);
    this.failures.set(method.toLowerCase(), queue);
  }

  /** A queued failNext failure first, then the failWhen predicate's verdict. */
  takeFailure(method: string, body: ParsedBody): InjectedFailure | undefined {
    return this.failures.get(method.toLowerCase())?.shift() ?? this.failurePredicate?.({ method, ...body });
  }

  recordCall(call: ApiCall): void {
    this.calls.push(call);
    this.emit("call", call);
  }

  // --- chats -----------------------------------------------------------------------

  privateChatOf(user: User): ChatRecord {
    let record = this.chats.get(user.id);
    if (!record) {
      const chat: Chat.PrivateChat = { id: user.id, type: "private", first_name: user.first_name };
      if (user.last_name !== undefined) chat.last_name = user.last_name;
      if (user.username !== undefined) chat.username = user.username;
      record = { chat, messages: new Map(), nextMessageId: 1, blocked: false };
      this.chats.set(user.id, record);
    }
    return record;
  }

  /** Resolves chat_id; bots can't address private chats by @username, so those are not found. */
  requireChat(chatId: number | string): ChatRecord {
    const record = typeof chatId === "number" ? this.chats.get(chatId) : undefined;
    if (!record) throw badRequest("chat not found");
    return record;
  }

  // --- messages --------------------------------------------------------------------

  addMessage(record: ChatRecord, from: User, content: MessageContent, options: { fromBot: boolean; replyMarkup?: ReplyMarkup | undefined }): Message {
    const message = {
      message_id: record.nextMessageId++,
      from,
      chat: record.chat,
      date: this.now(),
      ...content,
    } as Message;
    const stored: StoredMessage = { message, fromBot: options.fromBot, editCount: 0 };
    if (options.replyMarkup) stored.replyMarkup = options.replyMarkup;
    record.messages.set(message.message_id, stored);
    this.emit("message", this.snapshot(stored));
    return structuredClone(message);
  }

  findMessage(record: ChatRecord, messageId: number | undefined): StoredMessage | undefined {
    return messageId === undefined ? undefined : record.messages.get(messageId);
  }

  /** Applies an edit in place; Telegram sets edit_date on every successful edit. */
  editMessage(stored: StoredMessage, apply: (message: Message) => void, replyMarkup: ReplyMarkup | undefined): Message {
    apply(stored.message);
    stored.message.edit_date = this.now();
    stored.editCount += 1;
    if (replyMarkup) stored.replyMarkup = replyMarkup;
    else delete stored.replyMarkup;
    this.emit("edit", this.snapshot(stored));
    return structuredClone(stored.message);
  }

  deleteMessage(record: ChatRecord, messageId: number): boolean {
    if (!record.messages.delete(messageId)) return false;
    this.emit("delete", { chatId: record.chat.id, messageId });
    return true;
  }

  snapshot(stored: StoredMessage): RecordedMessage {
    const copy: RecordedMessage = {
      ...structuredClone(stored.message),
      fromBot: stored.fromBot,
      edited: stored.editCount > 0,
      editCount: stored.editCount,
    };
    if (stored.replyMarkup) copy.replyMarkup = structuredClone(stored.replyMarkup);
    return copy;
  }

  messagesOf(chatId: number): RecordedMessage[] {
    const record = this.chats.get(chatId);
    return record ? [...record.messages.values()].map((stored) => this.snapshot(stored)) : [];
  }

  // --- updates ---------------------------------------------------------------------

  enqueue(payload: UpdatePayload): Update | undefined {
    const update = this.updates.push(payload);
    if (update) this.emit("update", structuredClone(update));
    return update;
  }

  newCallbackQueryId(): string {
    this.callbackCounter += 1;
    // Telegram's ids are long numeric strings; keep them unique across runs too.
    return `${Date.now()}${String(this.callbackCounter).padStart(6, "0")}`;
  }
}

/** Key for commands by scope + language, with the scope's fields in a stable order. */
export function commandSetKey(scope: BotCommandScope, languageCode: string): string {
  const { type, chat_id, user_id } = scope as { type: string; chat_id?: number | string; user_id?: number };
  return JSON.stringify([type, chat_id ?? null, user_id ?? null, languageCode]);
}
