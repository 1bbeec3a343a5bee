// Turns Bot API messages into terminal text: formatting from the message entities (ANSI or
// plain), numbered buttons, and one-line summaries of documents, venues and locations.
// Pure functions: the session decides what to print and when.
import type { InlineKeyboardButton, KeyboardButton, Message, MessageEntity, ReplyKeyboardMarkup } from "grammy/types";

export interface Style {
  /** ANSI escapes for bold, italics etc.; plain text when false. */
  color: boolean;
}

const ANSI: Partial<Record<MessageEntity["type"], [string, string]>> = {
  bold: ["\x1b[1m", "\x1b[22m"],
  italic: ["\x1b[3m", "\x1b[23m"],
  underline: ["\x1b[4m", "\x1b[24m"],
  strikethrough: ["\x1b[9m", "\x1b[29m"],
  code: ["\x1b[36m", "\x1b[39m"],
  pre: ["\x1b[36m", "\x1b[39m"],
  spoiler: ["\x1b[2m", "\x1b[22m"],
  text_link: ["\x1b[4m", "\x1b[24m"],
};

export function dim(text: string, style: Style): string {
  return style.color ? `\x1b[2m${text}\x1b[22m` : text;
}

export function bold(text: string, style: Style): string {
  return style.color ? `\x1b[1m${text}\x1b[22m` : text;
}

/**
 * Text with its entities applied: the server already parsed the bot's HTML into plain text
 * plus entities (so `&amp;` is decoded); links become "text (url)". Offsets are UTF-16 code
 * units, like JavaScript string indices.
 */
export function formatEntities(text: string, entities: readonly MessageEntity[] | undefined, style: Style): string {
  if (!entities?.length) return text;
  // Insertions at positions; at one position closings come before openings, inner ones first.
  const inserts: Array<{ at: number; rank: number; text: string }> = [];
  entities.forEach((entity, index) => {
    const end = entity.offset + entity.length;
    const codes = style.color ? ANSI[entity.type] : undefined;
    if (codes) {
      inserts.push({ at: entity.offset, rank: 1_000_000 + index, text: codes[0] });
      inserts.push({ at: end, rank: -index, text: codes[1] });
    }
    if (entity.type === "text_link") {
      const label = text.slice(entity.offset, end);
      // The url goes after the closing code so it is not underlined along with the label.
      if (label.trim() !== entity.url) inserts.push({ at: end, rank: -index + 0.5, text: ` (${entity.url})` });
    }
  });
  inserts.sort((a, b) => a.at - b.at || a.rank - b.rank);
  let out = "";
  let at = 0;
  for (const insert of inserts) {
    out += text.slice(at, insert.at) + insert.text;
    at = insert.at;
  }
  return out + text.slice(at);
}

/** What a button does in the playground, for its label. */
export function buttonKind(button: InlineKeyboardButton): "callback" | "url" | "other" {
  if ("callback_data" in button) return "callback";
  if ("url" in button) return "url";
  return "other";
}

/**
 * Inline buttons, one line per row: `[1] Label  [2] Label`. `prefix` is "" for the newest
 * message with buttons (a bare number presses them) and "#12." for older ones.
 */
export function renderInlineKeyboard(rows: InlineKeyboardButton[][], prefix: string): string[] {
  let n = 0;
  return rows.map((row) =>
    row
      .map((button) => {
        n += 1;
        const kind = buttonKind(button);
        const suffix = kind === "url" ? ` → ${(button as InlineKeyboardButton.UrlButton).url}` : kind === "other" ? " (not simulated)" : "";
        return `[${prefix}${n}] ${button.text}${suffix}`;
      })
      .join("  "),
  );
}

export function keyboardButtonText(button: KeyboardButton): string {
  return typeof button === "string" ? button : button.text;
}

export function requestsContact(button: KeyboardButton): boolean {
  return typeof button === "object" && "request_contact" in button && button.request_contact === true;
}

export function requestsLocation(button: KeyboardButton): boolean {
  return typeof button === "object" && "request_location" in button && button.request_location === true;
}

/** The reply keyboard under the input field; request_contact buttons are marked. */
export function renderReplyKeyboard(markup: ReplyKeyboardMarkup, numbered: boolean): string[] {
  let n = 0;
  const rows = markup.keyboard.map((row) =>
    row
      .map((button) => {
        n += 1;
        const text = keyboardButtonText(button);
        const mark = requestsContact(button) ? " (shares your contact)" : requestsLocation(button) ? " (shares a location)" : "";
        return numbered ? `[${n}] ${text}${mark}` : `[${text}]${mark}`;
      })
      .join("  "),
  );
  return [`keyboard: ${rows[0] ?? ""}`, ...rows.slice(1).map((row) => `          ${row}`)];
}

export function mapLink(latitude: number, longitude: number): string {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=16/${latitude}/${longitude}`;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The body lines of a message (no header, no buttons). `savedPath` is where its file went. */
export function renderContent(message: Message, style: Style, savedPath?: string): string[] {
  const lines: string[] = [];
  const saved = savedPath ? ` → saved to ${savedPath}` : "";
  if (message.venue) {
    const { title, address, location } = message.venue;
    lines.push(`📍 ${bold(title, style)}`, `   ${address}`);
    lines.push(`   ${location.latitude}, ${location.longitude}  ${mapLink(location.latitude, location.longitude)}`);
  } else if (message.location) {
    const { latitude, longitude } = message.location;
    lines.push(`📍 location ${latitude}, ${longitude}  ${mapLink(latitude, longitude)}`);
  }
  if (message.document) {
    const d = message.document;
    const meta = [d.mime_type, d.file_size !== undefined ? formatSize(d.file_size) : undefined].filter(Boolean).join(", ");
    lines.push(`📎 ${d.file_name ?? "document"}${meta ? ` (${meta})` : ""}${saved}`);
  }
  if (message.photo) {
    const largest = message.photo.at(-1);
    lines.push(`🖼 photo${largest ? ` ${largest.width}×${largest.height}` : ""}${saved}`);
  }
  if (message.contact) {
    const c = message.contact;
    lines.push(`👤 contact: ${[c.first_name, c.last_name].filter(Boolean).join(" ")} ${c.phone_number}`);
  }
  if (message.text !== undefined) lines.push(...formatEntities(message.text, message.entities, style).split("\n"));
  if (message.caption !== undefined) lines.push(...formatEntities(message.caption, message.caption_entities, style).split("\n"));
  if (lines.length === 0) {
    const kind = Object.keys(message).find((key) => !["message_id", "from", "chat", "date", "edit_date", "reply_markup"].includes(key));
    lines.push(dim(`(a ${kind ?? "message"} — not shown in the playground)`, style));
  }
  return lines;
}
