// Turns a text/caption + parse_mode/entities into what Telegram stores: the clean text and
// its entities (explicit, parsed and auto-detected), trimmed and sorted.
import type { MessageEntity } from "grammy/types";
import { badRequest, type BotApiError } from "../errors.ts";
import { detectEntities } from "./autodetect.ts";
import { MarkupError, sortEntities, trimText, type ParsedMarkup, type UserLookup } from "./entities.ts";
import { parseHtml } from "./html.ts";
import { parseMarkdown } from "./markdown.ts";
import { parseMarkdownV2 } from "./markdown-v2.ts";

export type { UserLookup } from "./entities.ts";

export interface FormattedText {
  text: string;
  entities: MessageEntity[];
}

export interface FormatOptions {
  parseMode?: string | undefined;
  /** Explicit entities win over parse_mode, as in the Bot API. */
  entities?: MessageEntity[] | undefined;
  lookupUser?: UserLookup;
  maxLength: number;
  /** Error for an empty result, e.g. "message text is empty". */
  emptyError: () => BotApiError;
  tooLongError: () => BotApiError;
  /** Captions may be empty (or become empty), texts may not. */
  allowEmpty?: boolean;
}

export function formatText(raw: string, options: FormatOptions): FormattedText {
  const parsed = parse(raw, options);
  const trimmed = trimText(parsed.text, parsed.entities);
  if (trimmed.text === "" && options.allowEmpty) return { text: "", entities: [] };
  if (trimmed.text === "") {
    // Telegram words this differently once the input contained markup.
    throw parsed.hadMarkup ? badRequest("text must be non-empty") : options.emptyError();
  }
  if (trimmed.text.length > options.maxLength) throw options.tooLongError();
  const entities = [...trimmed.entities, ...detectEntities(trimmed.text, trimmed.entities)];
  return { text: trimmed.text, entities: sortEntities(entities) };
}

function parse(raw: string, options: FormatOptions): ParsedMarkup {
  if (options.entities) return { text: raw, entities: validEntities(raw, options.entities), hadMarkup: false };
  const mode = options.parseMode?.toLowerCase();
  if (mode === undefined || mode === "") return { text: raw, entities: [], hadMarkup: false };
  const lookupUser = options.lookupUser ?? (() => undefined);
  // Telegram strips the input before parsing; error byte offsets refer to the stripped text.
  const source = raw.trim();
  try {
    if (mode === "html") return parseHtml(source, lookupUser);
    if (mode === "markdownv2") return parseMarkdownV2(source, lookupUser);
    if (mode === "markdown") return parseMarkdown(source, lookupUser);
  } catch (err) {
    if (err instanceof MarkupError) throw badRequest(`can't parse entities: ${err.message}`);
    throw err;
  }
  throw badRequest("unsupported parse_mode");
}

function validEntities(text: string, entities: unknown): MessageEntity[] {
  if (!Array.isArray(entities)) throw badRequest("can't parse entities JSON object");
  return entities.filter((entity): entity is MessageEntity => {
    if (typeof entity !== "object" || entity === null) return false;
    const { offset, length, type } = entity as Record<string, unknown>;
    return (
      typeof type === "string" &&
      Number.isInteger(offset) &&
      Number.isInteger(length) &&
      (offset as number) >= 0 &&
      (length as number) > 0 &&
      (offset as number) + (length as number) <= text.length
    );
  });
}
