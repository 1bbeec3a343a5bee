// MarkdownV2 parse mode (https://core.telegram.org/bots/api#markdownv2-style). Covers the
// documented syntax, including the "reserved character" errors that catch unescaped text.
// Simplification: entities may not overlap partially (Telegram splits them instead).
import type { MessageEntity } from "grammy/types";
import { byteOffset, linkEntity, MarkupError, type ParsedMarkup, type UserLookup } from "./entities.ts";

type Kind = "bold" | "italic" | "underline" | "strikethrough" | "spoiler" | "code" | "pre" | "link" | "emoji";

interface Open {
  kind: Kind;
  offset: number;
  sourceAt: number;
  language?: string;
}

const RESERVED = "_*[]()~`>#+-=|{}.!";
const KIND_NAMES: Record<Kind, string> = {
  bold: "Bold",
  italic: "Italic",
  underline: "Underline",
  strikethrough: "Strikethrough",
  spoiler: "Spoiler",
  code: "Code",
  pre: "Pre",
  link: "TextUrl",
  emoji: "CustomEmoji",
};

const isEscapable = (ch: string | undefined): boolean => ch !== undefined && ch.charCodeAt(0) >= 1 && ch.charCodeAt(0) <= 126;

export function parseMarkdownV2(source: string, lookupUser: UserLookup): ParsedMarkup {
  const n = source.length;
  const entities: MessageEntity[] = [];
  const stack: Open[] = [];
  let text = "";
  let hadMarkup = false;
  let quote: { offset: number; expandable: boolean } | undefined;
  let i = 0;

  const close = (open: Open, extra?: Partial<MessageEntity>): void => {
    const length = text.length - open.offset;
    if (length > 0) entities.push({ type: open.kind, offset: open.offset, length, ...extra } as MessageEntity);
  };
  const toggle = (kind: Kind, width: number): void => {
    hadMarkup = true;
    const top = stack.at(-1);
    if (top?.kind === kind) {
      stack.pop();
      close(top);
    } else if (stack.some((open) => open.kind === kind)) {
      throw new MarkupError(`Can't find end of ${KIND_NAMES[top!.kind]} entity at byte offset ${byteOffset(source, top!.sourceAt)}`);
    } else {
      stack.push({ kind, offset: text.length, sourceAt: i });
    }
    i += width;
  };
  const endQuote = (): void => {
    if (!quote) return;
    const length = text.length - quote.offset;
    if (length > 0) entities.push({ type: quote.expandable ? "expandable_blockquote" : "blockquote", offset: quote.offset, length });
    quote = undefined;
  };

  while (i < n) {
    const ch = source[i]!;
    const top = stack.at(-1);

    // Inside code only '`' and '\' are special.
    if (top?.kind === "code" || top?.kind === "pre") {
      if (ch === "\\" && isEscapable(source[i + 1])) {
        text += source[i + 1];
        i += 2;
      } else if (top.kind === "pre" && source.startsWith("```", i)) {
        stack.pop();
        close(top, top.language ? { language: top.language } : {});
        i += 3;
      } else if (top.kind === "code" && ch === "`") {
        stack.pop();
        close(top);
        i++;
      } else {
        text += ch;
        i++;
      }
      continue;
    }

    const atLineStart = i === 0 || source[i - 1] === "\n";
    if (atLineStart && quote && ch !== ">" && !source.startsWith("**>", i)) endQuote();
    if (atLineStart && (ch === ">" || source.startsWith("**>", i))) {
      hadMarkup = true;
      const expandable = ch === "*";
      if (!quote || expandable) {
        endQuote();
        quote = { offset: text.length, expandable };
      }
      i += expandable ? 3 : 1;
      continue;
    }

    if (ch === "\\" && isEscapable(source[i + 1])) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    if (!RESERVED.includes(ch)) {
      text += ch;
      i++;
      continue;
    }

    switch (ch) {
      case "*":
        toggle("bold", 1);
        break;
      case "_":
        if (source[i + 1] === "_") toggle("underline", 2);
        else toggle("italic", 1);
        break;
      case "~":
        toggle("strikethrough", 1);
        break;
      case "|": {
        if (source[i + 1] !== "|") throw reserved(ch);
        // "||" closing the last line of an expandable quote is only a marker.
        const endOfLine = i + 2 >= n || source[i + 2] === "\n";
        if (quote?.expandable && endOfLine && stack.at(-1)?.kind !== "spoiler") {
          i += 2;
          break;
        }
        toggle("spoiler", 2);
        break;
      }
      case "`": {
        hadMarkup = true;
        if (source.startsWith("```", i)) {
          // An optional language name fills the rest of the opening line.
          const lineEnd = source.indexOf("\n", i + 3);
          const firstLine = lineEnd < 0 ? undefined : source.slice(i + 3, lineEnd);
          const open: Open = { kind: "pre", offset: text.length, sourceAt: i };
          if (firstLine !== undefined && /^[^\s`]*$/.test(firstLine)) {
            if (firstLine !== "") open.language = firstLine;
            i = lineEnd + 1;
          } else {
            i += 3;
          }
          stack.push(open);
        } else {
          stack.push({ kind: "code", offset: text.length, sourceAt: i });
          i++;
        }
        break;
      }
      case "[":
        hadMarkup = true;
        stack.push({ kind: "link", offset: text.length, sourceAt: i });
        i++;
        break;
      case "!":
        if (source[i + 1] !== "[") throw reserved(ch);
        hadMarkup = true;
        stack.push({ kind: "emoji", offset: text.length, sourceAt: i });
        i += 2;
        break;
      case "]": {
        const open = stack.at(-1);
        if (open?.kind !== "link" && open?.kind !== "emoji") throw reserved(ch);
        stack.pop();
        let url = "";
        if (source[i + 1] === "(") {
          let j = i + 2;
          while (j < n && source[j] !== ")") {
            if (source[j] === "\\" && isEscapable(source[j + 1])) j++;
            url += source[j];
            j++;
          }
          if (j >= n) throw new MarkupError(`Can't find end of a URL at byte offset ${byteOffset(source, i + 2)}`);
          i = j + 1;
        } else {
          url = text.slice(open.offset);
          i++;
        }
        addLink(entities, open, text.length, url, lookupUser);
        break;
      }
      default:
        throw reserved(ch);
    }
  }

  const unclosed = stack.at(-1);
  if (unclosed) {
    throw new MarkupError(`Can't find end of ${KIND_NAMES[unclosed.kind]} entity at byte offset ${byteOffset(source, unclosed.sourceAt)}`);
  }
  endQuote();
  return { text, entities, hadMarkup };
}

function reserved(ch: string): MarkupError {
  return new MarkupError(`Character '${ch}' is reserved and must be escaped with the preceding '\\'`);
}

function addLink(entities: MessageEntity[], open: Open, end: number, url: string, lookupUser: UserLookup): void {
  const length = end - open.offset;
  if (length <= 0) return;
  if (open.kind === "link") {
    const entity = linkEntity(url, open.offset, length, lookupUser);
    if (entity) entities.push(entity);
    return;
  }
  const emoji = /^tg:\/\/emoji\?id=(\d+)$/.exec(url);
  if (emoji) {
    entities.push({ type: "custom_emoji", offset: open.offset, length, custom_emoji_id: emoji[1]! });
    return;
  }
  const time = /^tg:\/\/time\?unix=(\d+)(?:&format=(r|w?[dD]?[tT]?))?$/.exec(url);
  if (!time) throw new MarkupError("Custom emoji entity must contain a tg://emoji URL");
  entities.push({ type: "date_time", offset: open.offset, length, unix_time: Number(time[1]), date_time_format: (time[2] ?? "") as "r" });
}
