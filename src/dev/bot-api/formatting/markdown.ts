// Legacy "Markdown" parse mode: *bold*, _italic_, `code`, ```pre```, [text](url); no nesting.
import type { MessageEntity } from "grammy/types";
import { byteOffset, linkEntity, MarkupError, type ParsedMarkup, type UserLookup } from "./entities.ts";

export function parseMarkdown(source: string, lookupUser: UserLookup): ParsedMarkup {
  const entities: MessageEntity[] = [];
  let text = "";
  let hadMarkup = false;
  let i = 0;

  const unclosed = (at: number): MarkupError =>
    new MarkupError(`Can't find end of the entity starting at byte offset ${byteOffset(source, at)}`);

  while (i < source.length) {
    const ch = source[i]!;
    if (ch === "\\" && "_*`[".includes(source[i + 1] ?? "")) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    if (!"_*`[".includes(ch)) {
      text += ch;
      i++;
      continue;
    }

    hadMarkup = true;
    const start = i;
    const offset = text.length;
    if (source.startsWith("```", i)) {
      const end = source.indexOf("```", i + 3);
      if (end < 0) throw unclosed(start);
      let body = source.slice(i + 3, end);
      let language: string | undefined;
      // The opening line may name a language; the line break after it is not content.
      const firstLine = /^([^\s`]*)\n/.exec(body);
      if (firstLine) {
        language = firstLine[1] || undefined;
        body = body.slice(firstLine[0].length);
      }
      text += body;
      if (body.length > 0) entities.push(language ? { type: "pre", offset, length: body.length, language } : { type: "pre", offset, length: body.length });
      i = end + 3;
    } else if (ch === "[") {
      const close = source.indexOf("]", i + 1);
      if (close < 0 || source[close + 1] !== "(") throw unclosed(start);
      const urlEnd = source.indexOf(")", close + 2);
      if (urlEnd < 0) throw unclosed(start);
      const label = source.slice(i + 1, close);
      text += label;
      const entity = label.length > 0 ? linkEntity(source.slice(close + 2, urlEnd), offset, label.length, lookupUser) : undefined;
      if (entity) entities.push(entity);
      i = urlEnd + 1;
    } else {
      const end = source.indexOf(ch, i + 1);
      if (end < 0) throw unclosed(start);
      const body = source.slice(i + 1, end);
      text += body;
      const type = ch === "*" ? "bold" : ch === "_" ? "italic" : "code";
      if (body.length > 0) entities.push({ type, offset, length: body.length });
      i = end + 1;
    }
  }
  return { text, entities, hadMarkup };
}
