// One chat session in the terminal: prints what the bot does in the current user's chat as
// it happens, and turns typed lines into what a Telegram user would do.
import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { InlineKeyboardButton, KeyboardButton, ReplyKeyboardMarkup } from "grammy/types";
import type { CallbackAnswer, DeletedMessage, LocalBotApi, RecordedMessage } from "../bot-api/index.ts";
import type { FileSaver } from "./files.ts";
import type { IdleWatch } from "./idle.ts";
import { helpText, parseButtonRef, parseCoordinates, parseLine, type ButtonRef } from "./input.ts";
import {
  bold, buttonKind, dim, keyboardButtonText, renderContent, renderInlineKeyboard, renderReplyKeyboard, requestsContact, requestsLocation,
  type Style,
} from "./render.ts";
import { findUser, fullName, type SimUser } from "./users.ts";

export interface SessionOptions {
  api: LocalBotApi;
  users: readonly SimUser[];
  user: SimUser;
  idle: IdleWatch;
  files: FileSaver;
  style: Style;
  /** Prints a block of lines (the terminal keeps the prompt intact around it). */
  print: (lines: string[]) => void;
  /** Scripts echo each input line so the transcript reads like a chat. */
  echo: boolean;
}

type Outcome = "continue" | "quit";

const INDENT = "  ";

export class Session {
  private current: SimUser;
  /** Where each file the bot sent was saved, by chat and message id. */
  private readonly saved = new Map<string, string>();
  /** One-time reply keyboards the user already used (hidden like in Telegram), by setter id. */
  private readonly usedOneTime = new Set<string>();
  private readonly detach: () => void;

  constructor(private readonly o: SessionOptions) {
    this.current = o.user;
    // Deferred to a microtask: a sent document's bytes are recorded right after its
    // "message" event; microtasks keep the events in order.
    const onMessage = (m: RecordedMessage): void => queueMicrotask(() => this.onMessage(m));
    const onEdit = (m: RecordedMessage): void => queueMicrotask(() => this.onEdit(m));
    const onDelete = (d: DeletedMessage): void => queueMicrotask(() => this.onDelete(d));
    const onAnswer = (a: CallbackAnswer): void => queueMicrotask(() => this.onAnswer(a));
    o.api.on("message", onMessage).on("edit", onEdit).on("delete", onDelete).on("callbackAnswer", onAnswer);
    this.detach = () => {
      o.api.off("message", onMessage).off("edit", onEdit).off("delete", onDelete).off("callbackAnswer", onAnswer);
    };
  }

  get user(): SimUser {
    return this.current;
  }

  dispose(): void {
    this.detach();
  }

  /** Runs one typed line; waits until the bot is idle when the line did something in the chat. */
  async handle(line: string): Promise<Outcome> {
    const action = parseLine(line);
    if (this.o.echo && line.trim() !== "") this.print(action.kind === "none" ? dim(line, this.o.style) : `> ${line}`);
    let acted = false;
    switch (action.kind) {
      case "none":
        return "continue";
      case "text":
        acted = this.sendText(action.text);
        break;
      case "press":
        acted = this.press(action.ref);
        break;
      case "command":
        if (action.name === "quit") return "quit";
        acted = this.command(action.name, action.args);
        break;
    }
    if (acted) {
      this.o.idle.touch();
      if (!(await this.o.idle.wait())) this.note("(the bot is still busy; its answer will show up when it is ready)");
    }
    return "continue";
  }

  // --- printing ----------------------------------------------------------------------

  private print(...lines: string[]): void {
    this.o.print(lines);
  }

  private note(text: string): void {
    this.print(dim(text, this.o.style));
  }

  private onMessage(m: RecordedMessage): void {
    if (!m.fromBot) return;
    const file = this.saveFile(m);
    if (m.chat.id !== this.current.telegram.id) {
      const to = this.o.users.find((u) => u.telegram.id === m.chat.id);
      this.note(`(new message #${m.message_id} for ${to?.key ?? m.chat.id}${to ? ` — :as ${to.key} to read it` : ""})`);
      return;
    }
    this.o.print(this.renderMessage(m, "bot", file));
  }

  private onEdit(m: RecordedMessage): void {
    if (m.chat.id !== this.current.telegram.id) return;
    this.o.print(this.renderMessage(m, "bot (edited)", this.saved.get(key(m.chat.id, m.message_id))));
  }

  private onDelete(d: DeletedMessage): void {
    if (d.chatId === this.current.telegram.id) this.note(`(message #${d.messageId} deleted)`);
  }

  private onAnswer(a: CallbackAnswer): void {
    if (a.userId !== this.current.telegram.id) return;
    if (a.text) this.print(`${INDENT}(${a.showAlert ? "alert" : "toast"}: ${a.text})`);
    if (a.url) this.print(`${INDENT}(the button opens ${a.url})`);
  }

  private saveFile(m: RecordedMessage): string | undefined {
    if (!m.document && !m.photo) return undefined;
    const sent = this.o.api.sentFiles(m.chat.id).find((f) => f.messageId === m.message_id);
    if (!sent) return undefined;
    const name = sent.fileName ?? m.document?.file_name ?? `photo-${m.chat.id}-${m.message_id}.jpg`;
    const path = this.o.files.save(name, sent.content);
    this.saved.set(key(m.chat.id, m.message_id), path);
    return path;
  }

  private renderMessage(m: RecordedMessage, who: string, savedPath?: string): string[] {
    const { style } = this.o;
    const lines = [`${dim(`#${m.message_id}`, style)} ${bold(who, style)}:`];
    lines.push(...renderContent(m, style, savedPath).map((l) => (l.trim() === "" ? "" : INDENT + l)));
    const rows = m.reply_markup?.inline_keyboard ?? [];
    if (rows.some((row) => row.length > 0)) {
      const newest = this.newestWithButtons(m.chat.id)?.message_id === m.message_id;
      lines.push(...renderInlineKeyboard(rows, newest ? "" : `#${m.message_id}.`).map((l) => INDENT + l));
    }
    const markup = m.replyMarkup;
    if (m.fromBot && markup && "keyboard" in markup) lines.push(...renderReplyKeyboard(markup, true).map((l) => INDENT + l));
    if (m.fromBot && markup && "remove_keyboard" in markup) lines.push(INDENT + dim("(keyboard removed)", style));
    return lines;
  }

  private printHistory(): void {
    const messages = this.o.api.messages(this.current.telegram.id);
    if (messages.length === 0) return this.note("(this chat is empty — say /start)");
    for (const m of messages) {
      this.o.print(this.renderMessage(m, m.fromBot ? "bot" : "you", this.saved.get(key(m.chat.id, m.message_id))));
    }
  }

  // --- buttons -----------------------------------------------------------------------

  private newestWithButtons(chatId: number): RecordedMessage | undefined {
    return this.o.api
      .messages(chatId)
      .filter((m) => m.fromBot && (m.reply_markup?.inline_keyboard.flat().length ?? 0) > 0)
      .at(-1);
  }

  /** The reply keyboard the user sees and the id of the message that set it (0 if gone). */
  private replyKeyboard(): { markup: ReplyKeyboardMarkup; setter: number } | undefined {
    const chatId = this.current.telegram.id;
    const markup = this.o.api.replyKeyboard(chatId);
    if (!markup) return undefined;
    const setter = this.o.api
      .messages(chatId)
      .filter((m) => m.fromBot && m.replyMarkup && "keyboard" in m.replyMarkup)
      .at(-1)?.message_id ?? 0;
    return { markup, setter };
  }

  private press(ref: ButtonRef): boolean {
    const chatId = this.current.telegram.id;
    if (ref.message === undefined) {
      const inline = this.newestWithButtons(chatId);
      const reply = this.replyKeyboard();
      // A bare number goes to whichever keyboard appeared last.
      const replyIsNewer = reply && !this.usedOneTime.has(key(chatId, reply.setter)) && reply.setter > (inline?.message_id ?? 0);
      if (reply && replyIsNewer) return this.pressReplyButton(reply, ref.button);
      if (!inline) {
        this.note(`(no message with buttons yet — say /start or /menu; to send "${ref.button}" as text: :say ${ref.button})`);
        return false;
      }
      return this.pressInline(inline, ref.button);
    }
    const target = this.o.api.messages(chatId).find((m) => m.message_id === ref.message);
    if (!target || !target.fromBot || !target.reply_markup) {
      this.note(`(message #${ref.message} ${target ? "has no buttons" : "is not in this chat (any more)"} — :history shows the chat)`);
      return false;
    }
    return this.pressInline(target, ref.button);
  }

  private pressInline(message: RecordedMessage, n: number): boolean {
    const buttons = message.reply_markup?.inline_keyboard.flat() ?? [];
    const button = buttons[n - 1];
    if (!button) {
      this.note(
        `(there is no button [${n}] on message #${message.message_id}: it has [1]–[${buttons.length}]; ` +
          `to send "${n}" as text: :say ${n})`,
      );
      return false;
    }
    this.note(`${INDENT}(you pressed “${button.text}”)`);
    const kind = buttonKind(button);
    if (kind === "url") {
      this.note(`(it opens ${(button as InlineKeyboardButton.UrlButton).url} — links are not followed in the playground)`);
      return false;
    }
    if (kind === "other") {
      this.note("(this kind of button is not simulated in the playground)");
      return false;
    }
    const data = (button as InlineKeyboardButton.CallbackButton).callback_data;
    return this.attempt(() => this.o.api.pressButton(this.current.telegram.id, message.message_id, data));
  }

  private pressReplyButton(reply: { markup: ReplyKeyboardMarkup; setter: number }, n: number): boolean {
    const buttons = reply.markup.keyboard.flat();
    const button = buttons[n - 1];
    if (!button) {
      this.note(`(there is no button [${n}] on the keyboard: it has [1]–[${buttons.length}]; to send "${n}" as text: :say ${n})`);
      return false;
    }
    return this.useKeyboardButton(reply, button);
  }

  private useKeyboardButton(reply: { markup: ReplyKeyboardMarkup; setter: number }, button: KeyboardButton): boolean {
    if (reply.markup.one_time_keyboard) this.usedOneTime.add(key(this.current.telegram.id, reply.setter));
    if (requestsContact(button)) return this.shareContact();
    if (requestsLocation(button)) {
      this.note("(this button shares a location: use :location <lat> <lon>, e.g. :location 43.297 68.251)");
      return false;
    }
    const text = keyboardButtonText(button);
    this.note(`${INDENT}(you sent “${text}”)`);
    return this.attempt(() => this.o.api.sendText(this.current.telegram.id, text));
  }

  // --- sending -----------------------------------------------------------------------

  private sendText(text: string): boolean {
    // Typing a reply keyboard button's exact label is the same as tapping it.
    const reply = this.replyKeyboard();
    const button = reply?.markup.keyboard.flat().find((b) => keyboardButtonText(b) === text.trim());
    if (reply && button !== undefined && (requestsContact(button) || requestsLocation(button))) {
      return this.useKeyboardButton(reply, button);
    }
    return this.attempt(() => this.o.api.sendText(this.current.telegram.id, text));
  }

  private shareContact(): boolean {
    const u = this.current;
    this.note(`${INDENT}(you shared your contact: ${fullName(u)} ${u.phone})`);
    const contact = { phone_number: u.phone, first_name: u.telegram.first_name, user_id: u.telegram.id };
    return this.attempt(() =>
      this.o.api.sendContact(u.telegram.id, u.telegram.last_name ? { ...contact, last_name: u.telegram.last_name } : contact),
    );
  }

  /** Runs a simulated user action; the fake server's complaints become a note, not a crash. */
  private attempt(act: () => unknown): boolean {
    try {
      act();
      return true;
    } catch (err) {
      this.note(`(could not do that: ${err instanceof Error ? err.message : String(err)})`);
      return false;
    }
  }

  // --- playground commands -------------------------------------------------------------

  private command(name: string, args: string): boolean {
    switch (name) {
      case "help":
        this.print(...helpText(), ...this.botCommands());
        return false;
      case "users":
        this.print(...this.userList());
        return false;
      case "as":
        return this.switchUser(args);
      case "contact":
        return this.shareContact();
      case "location": {
        const at = parseCoordinates(args);
        if (!at) {
          this.note("(usage: :location <lat> <lon>, e.g. :location 43.297 68.251)");
          return false;
        }
        return this.attempt(() => this.o.api.sendLocation(this.current.telegram.id, at.latitude, at.longitude));
      }
      case "file":
        return this.sendFile(args);
      case "press": {
        const ref = parseButtonRef(args, true);
        if (!ref) {
          this.note("(usage: :press <msg>.<n> or :press <n>, e.g. :press 12.3)");
          return false;
        }
        return this.press(ref);
      }
      case "say":
        if (args === "") {
          this.note("(usage: :say <text>)");
          return false;
        }
        return this.attempt(() => this.o.api.sendText(this.current.telegram.id, args));
      case "history":
        this.printHistory();
        return false;
      default:
        this.note(`(unknown playground command ":${name}" — type :help for the list)`);
        return false;
    }
  }

  private botCommands(): string[] {
    const commands = this.o.api.commandsFor({ type: "default" }, this.current.telegram.language_code ?? "");
    const list = commands.length > 0 ? commands : this.o.api.commandsFor();
    return list.length > 0 ? [`The bot's commands: ${list.map((c) => `/${c.command}`).join(" ")}`] : [];
  }

  private userList(): string[] {
    const width = Math.max(...this.o.users.map((u) => u.key.length));
    return this.o.users.map((u, i) => {
      const you = u === this.current ? "  ← you" : "";
      const setup = u.setup ? `, ${u.setup}` : "";
      return `  ${i + 1}. ${u.key.padEnd(width)}  ${fullName(u)} (@${u.telegram.username}, id ${u.telegram.id}) — ${u.role}${setup}${you}`;
    });
  }

  private switchUser(query: string): boolean {
    const user = findUser(this.o.users, query);
    if (!user) {
      const keys = this.o.users.map((u) => u.key).join(", ");
      this.note(query === "" ? `(usage: :as <n|name>, e.g. :as staff — users: ${keys})` : `(no user "${query}" — :users lists them: ${keys})`);
      return false;
    }
    this.current = user;
    this.print(`── you are now ${fullName(user)} (${user.key}, id ${user.telegram.id}) — ${user.role} ──`);
    const count = this.o.api.messages(user.telegram.id).length;
    if (count > 0) this.note(`(this chat has ${count} message${count === 1 ? "" : "s"} — :history shows them)`);
    else this.note("(no messages in this chat yet — say /start)");
    return false;
  }

  private sendFile(args: string): boolean {
    const path = args.replace(/^(["'])(.*)\1$/, "$2");
    if (!path) {
      this.note("(usage: :file <path>)");
      return false;
    }
    let content: Buffer;
    try {
      content = readFileSync(resolve(path));
    } catch (err) {
      this.note(`(cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)})`);
      return false;
    }
    return this.attempt(() => this.o.api.sendDocumentFromUser(this.current.telegram.id, { fileName: basename(path), content }));
  }
}

function key(chatId: number, messageId: number): string {
  return `${chatId}:${messageId}`;
}
