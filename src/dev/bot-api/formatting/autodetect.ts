// Telegram detects URLs, e-mails, @mentions, #hashtags and /commands in every message text,
// outside code and links. A simplified version (no bare domains, phone numbers or cashtags).
import type { MessageEntity } from "grammy/types";

type DetectedType = "url" | "email" | "mention" | "hashtag" | "bot_command";

const PATTERNS: Array<{ type: DetectedType; regex: RegExp; group: number }> = [
  { type: "url", regex: /\b(?:https?|tg):\/\/[^\s<>"]+/giu, group: 0 },
  { type: "email", regex: /[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/gu, group: 0 },
  { type: "mention", regex: /(^|[^\w@])(@[A-Za-z0-9_]{4,32})(?![\w@])/gu, group: 2 },
  { type: "hashtag", regex: /(^|[^\p{L}\p{N}_#])(#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)(?!#)/gu, group: 2 },
  { type: "bot_command", regex: /(^|[^\w/<>])(\/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?)(?![\w/<>])/gu, group: 2 },
];

/** Entity types whose text is never scanned again. */
const OPAQUE = new Set(["code", "pre", "text_link", "text_mention", "url", "email", "custom_emoji"]);

export function detectEntities(text: string, existing: MessageEntity[]): MessageEntity[] {
  const taken: Array<[number, number]> = existing
    .filter((entity) => OPAQUE.has(entity.type))
    .map((entity) => [entity.offset, entity.offset + entity.length]);
  const found: MessageEntity[] = [];

  for (const { type, regex, group } of PATTERNS) {
    for (const match of text.matchAll(regex)) {
      let value = match[group]!;
      const offset = match.index + match[0].length - value.length;
      // Trailing punctuation is not part of a URL ("see https://x.com.").
      if (type === "url") value = value.replace(/[.,;:!?)\]'"»]+$/u, "");
      const end = offset + value.length;
      if (taken.some(([from, to]) => offset < to && end > from)) continue;
      found.push({ type, offset, length: value.length });
      taken.push([offset, end]);
    }
  }
  return found;
}
