// HTML parse mode, following https://core.telegram.org/bots/api#html-style and the error
// texts of Telegram's parser (byte offsets are UTF-8 offsets into the stripped input).
import type { MessageEntity } from "grammy/types";
import { byteOffset, linkEntity, MarkupError, type ParsedMarkup, type UserLookup } from "./entities.ts";

const SUPPORTED_TAGS = new Set([
  "a", "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
  "tg-emoji", "tg-time", "code", "pre", "blockquote",
]);

interface OpenTag {
  name: string;
  attributes: Map<string, string>;
  offset: number;
  /** Position of the tag in the source, used when `<a>` has no href. */
  sourceEnd: number;
}

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

export function parseHtml(source: string, lookupUser: UserLookup): ParsedMarkup {
  const n = source.length;
  const entities: MessageEntity[] = [];
  const stack: OpenTag[] = [];
  let text = "";
  let hadMarkup = false;
  let i = 0;

  const fail = (message: string, at: number): never => {
    throw new MarkupError(`${message} at byte offset ${byteOffset(source, at)}`);
  };

  while (i < n) {
    const ch = source[i]!;
    if (ch === "&") {
      const decoded = decodeEntity(source, i);
      text += decoded ? decoded.value : "&";
      i = decoded ? decoded.end : i + 1;
      continue;
    }
    if (ch !== "<") {
      text += ch;
      i++;
      continue;
    }

    const tagStart = i;
    hadMarkup = true;
    if (source[i + 1] !== "/") {
      let j = i + 1;
      while (j < n && !isSpace(source[j]) && source[j] !== ">") j++;
      if (j >= n) fail("Unclosed start tag", tagStart);
      const name = source.slice(i + 1, j).toLowerCase();
      if (!SUPPORTED_TAGS.has(name)) fail(`Unsupported start tag "${name}"`, tagStart);

      const attributes = new Map<string, string>();
      while (source[j] !== ">") {
        while (j < n && isSpace(source[j])) j++;
        if (source[j] === ">") break;
        const nameStart = j;
        while (j < n && !isSpace(source[j]) && !"=>/\"'".includes(source[j]!)) j++;
        const attribute = source.slice(nameStart, j).toLowerCase();
        if (attribute === "") fail(`Empty attribute name in the tag "${name}"`, tagStart);
        while (j < n && isSpace(source[j])) j++;
        if (j >= n) fail(`Unclosed start tag "${name}"`, tagStart);
        if (source[j] !== "=") {
          attributes.set(attribute, "");
          continue;
        }
        j++;
        while (j < n && isSpace(source[j])) j++;
        if (j >= n) fail(`Unclosed start tag "${name}"`, tagStart);
        let value = "";
        const quote = source[j];
        if (quote === '"' || quote === "'") {
          j++;
          while (j < n && source[j] !== quote) {
            const decoded = source[j] === "&" ? decodeEntity(source, j) : undefined;
            value += decoded ? decoded.value : source[j];
            j = decoded ? decoded.end : j + 1;
          }
          if (source[j] === quote) j++;
        } else {
          const tokenStart = j;
          while (j < n && /[A-Za-z0-9.-]/.test(source[j]!)) j++;
          value = source.slice(tokenStart, j).toLowerCase();
          if (j < n && !isSpace(source[j]) && source[j] !== ">") fail("Unexpected end of name token", tokenStart);
        }
        if (j >= n) fail("Unclosed start tag", tagStart);
        attributes.set(attribute, value);
      }
      if (name === "span" && attributes.get("class") !== "tg-spoiler") {
        fail('Tag "span" must have class "tg-spoiler"', tagStart);
      }
      stack.push({ name, attributes, offset: text.length, sourceEnd: j + 1 });
      i = j + 1;
      continue;
    }

    // End tag.
    if (stack.length === 0) fail("Unexpected end tag", tagStart);
    let j = i + 2;
    while (j < n && !isSpace(source[j]) && source[j] !== ">") j++;
    const endName = source.slice(i + 2, j).toLowerCase();
    while (j < n && isSpace(source[j])) j++;
    if (source[j] !== ">") fail("Unclosed end tag", tagStart);
    const open = stack.pop()!;
    if (endName !== "" && endName !== open.name) {
      throw new MarkupError(
        `Unmatched end tag at byte offset ${byteOffset(source, tagStart)}, expected "</${open.name}>", found "</${endName}>"`,
      );
    }
    addEntity(entities, open, text.length, source.slice(open.sourceEnd, tagStart), lookupUser);
    i = j + 1;
  }

  const unclosed = stack.at(-1);
  if (unclosed) throw new MarkupError(`Can't find end tag corresponding to start tag "${unclosed.name}"`);
  return { text, entities, hadMarkup };
}

function addEntity(entities: MessageEntity[], open: OpenTag, end: number, innerSource: string, lookupUser: UserLookup): void {
  const offset = open.offset;
  const length = end - offset;
  if (length <= 0) return;
  const simple = SIMPLE_TYPES[open.name];
  if (simple) {
    entities.push({ type: simple, offset, length });
    return;
  }
  switch (open.name) {
    case "blockquote":
      entities.push({ type: open.attributes.has("expandable") ? "expandable_blockquote" : "blockquote", offset, length });
      return;
    case "a": {
      const href = open.attributes.get("href") ?? innerSource;
      const entity = linkEntity(href, offset, length, lookupUser);
      if (entity) entities.push(entity);
      return;
    }
    case "code": {
      const code: MessageEntity = { type: "code", offset, length };
      const language = open.attributes.get("class")?.match(/^language-(.+)$/)?.[1];
      if (language) codeLanguages.set(code, language);
      entities.push(code);
      return;
    }
    case "pre": {
      // <pre><code class="language-x">…</code></pre> becomes a single pre entity with a language.
      const last = entities.at(-1);
      if (last?.type === "code" && last.offset === offset && last.length === length) {
        const language = codeLanguages.get(last);
        entities[entities.length - 1] = language ? { type: "pre", offset, length, language } : { type: "pre", offset, length };
        return;
      }
      entities.push({ type: "pre", offset, length });
      return;
    }
    case "tg-emoji": {
      const id = open.attributes.get("emoji-id") ?? "";
      if (!/^\d+$/.test(id)) throw new MarkupError("Invalid custom emoji identifier specified");
      entities.push({ type: "custom_emoji", offset, length, custom_emoji_id: id });
      return;
    }
    case "tg-time": {
      const unix = Number(open.attributes.get("unix"));
      const format = open.attributes.get("format") ?? "";
      if (!Number.isInteger(unix) || !/^(r|w?[dD]?[tT]?)$/.test(format)) throw new MarkupError("Invalid date-time entity specified");
      entities.push({ type: "date_time", offset, length, unix_time: unix, date_time_format: format as "r" });
      return;
    }
  }
}

/** Languages of <code> tags; they only survive when the code sits directly in a <pre>. */
const codeLanguages = new WeakMap<MessageEntity, string>();

const SIMPLE_TYPES: Record<string, "bold" | "italic" | "underline" | "strikethrough" | "spoiler" | undefined> = {
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  u: "underline",
  ins: "underline",
  s: "strikethrough",
  strike: "strikethrough",
  del: "strikethrough",
  "tg-spoiler": "spoiler",
  span: "spoiler",
};

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

/** Only &lt; &gt; &amp; &quot; and numeric entities are recognised; anything else stays literal. */
function decodeEntity(source: string, at: number): { value: string; end: number } | undefined {
  const match = /^&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|([a-z]+));/i.exec(source.slice(at, at + 12));
  if (!match) return undefined;
  const end = at + match[0].length;
  if (match[3] !== undefined) {
    const value = NAMED_ENTITIES[match[3]];
    return value === undefined ? undefined : { value, end };
  }
  const codePoint = match[1] !== undefined ? parseInt(match[1], 16) : Number(match[2]);
  if (codePoint <= 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return undefined;
  return { value: String.fromCodePoint(codePoint), end };
}
