// The simulated user journey: each step builds the next update from what the bot last showed
// (press the buttons that are there), so the benchmark follows the real screens. A step whose
// button is missing throws: a benchmark that silently did something else would measure nothing.
import type { Message, Update } from "grammy/types";
import type { Locale } from "../../src/domain/locale.ts";
import type { Button, Shown } from "./fake-telegram.ts";

/** What a simulated user sees of the bot: the fake Telegram, or the bench threads' reports. */
export interface Screens {
  /** The newest message of the chat that has buttons. */
  current(chatId: number): Shown | undefined;
  /** Drops the chat's messages once its user is done. */
  forget(chatId: number): void;
}

/** The demo seed's regions with content (src/db/seed/index.ts DEMO_REGIONS). */
export const JOURNEY_REGIONS = ["turkistan", "aktobe", "karaganda", "abai"] as const;
const LOCALES: readonly Locale[] = ["kk", "ru", "en"];
/** "welder" in the user's language: hits vacancies, courses, events and specialties in the demo. */
const QUERIES: Record<Locale, string> = { kk: "дәнекерлеуші", ru: "сварщик", en: "welder" };
/** Full names typed into the sign-up dialog (two words, as the dialog requires). */
const NAMES: Record<Locale, string> = { kk: "Айгерім Сәрсенова", ru: "Анна Иванова", en: "Anna Smith" };

let nextUpdateId = 1;

export class SimUser {
  readonly locale: Locale;
  readonly region: string;
  private messageId = 1000;
  private menu: Button[] = [];

  constructor(
    readonly index: number,
    readonly id: number,
    private tg: Screens,
    /** The bots' (frozen) clock: birth dates are typed relative to it. */
    private now: Date = new Date(),
  ) {
    // Every region × language pair occurs; users of a pair differ in the items they open.
    this.region = JOURNEY_REGIONS[index % JOURNEY_REGIONS.length]!;
    this.locale = LOCALES[Math.floor(index / JOURNEY_REGIONS.length) % LOCALES.length]!;
  }

  private get from() {
    return { id: this.id, is_bot: false as const, first_name: `User${this.index}`, language_code: this.locale };
  }

  private get chat() {
    return { id: this.id, type: "private" as const, first_name: `User${this.index}` };
  }

  /** A text message; commands carry their bot_command entity like Telegram's. */
  text(text: string): Update {
    const command = text.match(/^\/\w+/);
    return {
      update_id: nextUpdateId++,
      message: {
        message_id: this.messageId++,
        date: Math.floor(Date.now() / 1000),
        chat: this.chat,
        from: this.from,
        text,
        ...(command ? { entities: [{ type: "bot_command" as const, offset: 0, length: command[0].length }] } : {}),
      },
    };
  }

  private callback(message: object, data: string): Update {
    return {
      update_id: nextUpdateId++,
      callback_query: {
        id: `${this.id}-${nextUpdateId}`,
        from: this.from,
        chat_instance: String(this.id),
        data,
        message: message as Message,
      },
    };
  }

  private screen() {
    const shown = this.tg.current(this.id);
    if (!shown) throw new Error(`user ${this.id}: the bot shows no buttons`);
    return shown;
  }

  /** Presses the first button of the current screen that matches. */
  press(what: string, match: (b: Button) => boolean): Update {
    const shown = this.screen();
    const button = shown.buttons.find(match);
    if (!button) throw new Error(`user ${this.id} (${this.region}/${this.locale}): no ${what} in ${shown.buttons.map((b) => b.data).join(" ")}`);
    return this.callback(shown.message, button.data);
  }

  /** Presses one of the matching buttons (numbered items), spread over users by their index. */
  pick(what: string, pattern: RegExp): Update {
    const shown = this.screen();
    const items = shown.buttons.filter((b) => pattern.test(b.data));
    if (items.length === 0) throw new Error(`user ${this.id} (${this.region}/${this.locale}): no ${what} in ${shown.buttons.map((b) => b.data).join(" ")}`);
    return this.callback(shown.message, items[Math.floor(this.index / 12) % items.length]!.data);
  }

  /** Remembers the main menu's buttons (shown after the region choice). */
  captureMenu(): void {
    this.menu = this.screen().buttons;
  }

  /**
   * A main-menu entry pressed on the current screen: the data the menu's button carries,
   * as if the user had gone back to the menu (the journey does not go back to the menu in between).
   */
  fromMenu(what: string, prefix: string): Update {
    const entry = this.menu.find((b) => b.data.startsWith(prefix));
    if (!entry) throw new Error(`user ${this.id}: the main menu has no ${what}`);
    const shown = this.screen();
    return this.callback(shown.message, entry.data);
  }

  /** A birth date that makes the user 22 at the bots' clock (every demo course admits 18–35). */
  birthDate(): string {
    return `15.06.${this.now.getUTCFullYear() - 22}`;
  }

  /** A Kazakh mobile number, distinct per user. */
  phone(): string {
    return `+7 701 ${1_000_000 + (this.index % 9_000_000)}`;
  }

  fullName(): string {
    return NAMES[this.locale];
  }

  done(): void {
    this.tg.forget(this.id);
  }
}

export interface Step {
  name: string;
  next(u: SimUser): Update;
  after?(u: SimUser): void;
}

export const JOURNEY: readonly Step[] = [
  { name: "/start", next: (u) => u.text("/start") },
  { name: "language button", next: (u) => u.press("language button", (b) => b.data.startsWith(`o1:lang:${u.locale}:`)) },
  { name: "region button", next: (u) => u.press("region button", (b) => b.data === `o1:region:${u.region}`), after: (u) => u.captureMenu() },
  { name: "events list", next: (u) => u.fromMenu("events", "e1:list:") },
  { name: "event card", next: (u) => u.pick("event card", /^e1:card:/) },
  { name: "vacancies list", next: (u) => u.fromMenu("vacancies", "v1:list:") },
  { name: "vacancies next page", next: (u) => u.press("next-page button", (b) => b.text === "›" && b.data.startsWith("v1:list:")) },
  { name: "vacancy card", next: (u) => u.pick("vacancy card", /^v1:card:/) },
  { name: "courses list", next: (u) => u.fromMenu("courses", "c1:list:") },
  // The price filter cycles any → free: the list's first filter button.
  { name: "courses filter: free", next: (u) => u.press("price filter", (b) => /^c1:list:free:/.test(b.data)) },
  // The sign-up dialog (src/bot/conversations/signup.ts) for a course of the free list, to the end.
  { name: "course card", next: (u) => u.pick("course card", /^c1:card:/) },
  { name: "sign-up button", next: (u) => u.press("sign-up button", (b) => b.data.startsWith("c1:signup:")) },
  { name: "sign-up: full name", next: (u) => u.text(u.fullName()) },
  { name: "sign-up: phone", next: (u) => u.text(u.phone()) },
  { name: "sign-up: birth date", next: (u) => u.text(u.birthDate()) },
  { name: "sign-up: education", next: (u) => u.press("education button", (b) => b.data.startsWith("su:edu:")) },
  { name: "sign-up: consent", next: (u) => u.press("consent button", (b) => b.data === "su:consent:yes") },
  { name: "sign-up: confirm", next: (u) => u.press("confirm button", (b) => b.data === "su:summary:ok") },
  { name: "colleges list", next: (u) => u.fromMenu("colleges", "k1:list:") },
  { name: "college card", next: (u) => u.pick("college card", /^k1:open:/) },
  { name: "free-text search", next: (u) => u.text(QUERIES[u.locale]) },
  { name: "/menu", next: (u) => u.text("/menu") },
];
