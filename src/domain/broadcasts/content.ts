// The message of a broadcast as the author wrote it: plain text plus Telegram's formatting
// entities (kept as JSON, so bold, links, spoilers… survive exactly), optionally a photo.
// Sending text + entities instead of HTML avoids re-encoding the author's formatting.

export const MAX_TEXT = 4096;
export const MAX_CAPTION = 1024;

/** A Telegram MessageEntity, as far as the domain cares (no grammY types here). */
export interface Entity {
  type: string;
  offset: number;
  length: number;
  url?: string;
  language?: string;
}

/**
 * Formatting the author chose. Auto-detected ones (urls, mentions, hashtags, commands…) are
 * dropped: Telegram detects them again in the copy; text_mention and custom_emoji are dropped
 * because they reference things (a user, a paid emoji) a bot may not be allowed to send.
 */
const KEPT = new Set(["bold", "italic", "underline", "strikethrough", "spoiler", "code", "pre", "text_link", "blockquote", "expandable_blockquote"]);

export function keepFormatting(entities: readonly Entity[] | undefined): Entity[] {
  return (entities ?? [])
    .filter((e) => KEPT.has(e.type))
    .map((e) => ({
      type: e.type,
      offset: e.offset,
      length: e.length,
      ...(e.type === "text_link" && e.url ? { url: e.url } : {}),
      ...(e.type === "pre" && e.language ? { language: e.language } : {}),
    }));
}

export interface BroadcastContent {
  text: string;
  entities: Entity[];
  /** Telegram file_id of the photo (the caption is `text`). */
  photoFileId: string | null;
}

export type ContentProblem = "empty" | "text_too_long" | "caption_too_long";

/** Why the content cannot be sent, or null. Lengths in UTF-16 units, as Telegram counts. */
export function contentProblem(c: BroadcastContent): ContentProblem | null {
  if (c.photoFileId) return c.text.length > MAX_CAPTION ? "caption_too_long" : null;
  if (c.text.trim() === "") return "empty";
  return c.text.length > MAX_TEXT ? "text_too_long" : null;
}

export function parseEntities(json: string | null): Entity[] {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? keepFormatting(v as Entity[]) : [];
  } catch {
    return [];
  }
}
