// Shared helpers for building message entities the way Telegram returns them.
import type { MessageEntity, User } from "grammy/types";

/** Thrown by the parsers; the caller turns it into "Bad Request: can't parse entities: …". */
export class MarkupError extends Error {}

/** Finds a user for `tg://user?id=` links; unknown users get no entity (like Telegram). */
export type UserLookup = (id: number) => User | undefined;

export interface ParsedMarkup {
  text: string;
  entities: MessageEntity[];
  /** True if the input had any tags/markup; changes Telegram's "empty text" error. */
  hadMarkup: boolean;
}

export function byteOffset(source: string, index: number): number {
  return Buffer.byteLength(source.slice(0, index), "utf8");
}

/**
 * Builds the entity for a link. Telegram normalizes URLs ("example.com" becomes
 * "http://example.com/"), turns tg://user links into text mentions and drops invalid ones.
 */
export function linkEntity(url: string, offset: number, length: number, lookupUser: UserLookup): MessageEntity | undefined {
  const mention = /^tg:\/\/user\?id=(\d+)$/i.exec(url.trim());
  if (mention) {
    const user = lookupUser(Number(mention[1]));
    return user ? { type: "text_mention", offset, length, user } : undefined;
  }
  const normalized = normalizeUrl(url);
  return normalized ? { type: "text_link", offset, length, url: normalized } : undefined;
}

export function normalizeUrl(url: string): string | undefined {
  const trimmed = url.trim();
  if (trimmed === "") return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `http://${trimmed}`;
  try {
    const parsed = new URL(withScheme);
    if ((parsed.protocol === "http:" || parsed.protocol === "https:") && !parsed.hostname.includes(".")) return undefined;
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : withScheme;
  } catch {
    return undefined;
  }
}

const WHITESPACE = /[ \t\r\n\f\v]/;

/** Telegram strips leading and trailing whitespace from texts and captions. */
export function trimText(text: string, entities: MessageEntity[]): { text: string; entities: MessageEntity[] } {
  let start = 0;
  while (start < text.length && WHITESPACE.test(text[start]!)) start++;
  let end = text.length;
  while (end > start && WHITESPACE.test(text[end - 1]!)) end--;
  const clipped: MessageEntity[] = [];
  for (const entity of entities) {
    const from = Math.max(entity.offset, start);
    const to = Math.min(entity.offset + entity.length, end);
    if (to > from) clipped.push({ ...entity, offset: from - start, length: to - from });
  }
  return { text: text.slice(start, end), entities: clipped };
}

// Outer entities first when two cover the same range.
const TYPE_ORDER = [
  "blockquote", "expandable_blockquote", "pre", "code", "text_link", "text_mention", "url", "email",
  "mention", "hashtag", "cashtag", "bot_command", "phone_number", "bold", "italic", "underline",
  "strikethrough", "spoiler", "custom_emoji", "date_time",
];

export function sortEntities(entities: MessageEntity[]): MessageEntity[] {
  return [...entities].sort(
    (a, b) => a.offset - b.offset || b.length - a.length || TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type),
  );
}
