// A small multipart/form-data parser. We don't use undici's Request.formData() because
// grammY writes headers like `content-disposition:form-data;name="x";filename=a b.pdf`
// (no spaces, unquoted filename), which strict parsers reject.

export interface MultipartPart {
  name: string;
  /** Present for file parts. */
  fileName?: string;
  contentType?: string;
  data: Buffer;
}

export function boundaryFrom(contentType: string): string | undefined {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const nextDelimiter = Buffer.from(`\r\n--${boundary}`);
  const parts: MultipartPart[] = [];

  let cursor = body.indexOf(delimiter);
  if (cursor < 0) throw new Error("multipart boundary not found");
  cursor += delimiter.length;

  for (;;) {
    // "--" right after a delimiter marks the end of the body.
    if (body.subarray(cursor, cursor + 2).toString() === "--") break;
    cursor = skipLineBreak(body, cursor);
    const headerEnd = body.indexOf("\r\n\r\n", cursor);
    if (headerEnd < 0) throw new Error("unterminated multipart headers");
    const headers = parseHeaders(body.subarray(cursor, headerEnd).toString("utf8"));
    const dataStart = headerEnd + 4;
    const dataEnd = body.indexOf(nextDelimiter, dataStart);
    if (dataEnd < 0) throw new Error("unterminated multipart part");

    const disposition = headers.get("content-disposition") ?? "";
    const name = dispositionParam(disposition, "name");
    if (name !== undefined) {
      const part: MultipartPart = { name, data: body.subarray(dataStart, dataEnd) };
      const fileName = dispositionFileName(disposition);
      if (fileName !== undefined) part.fileName = fileName;
      const contentType = headers.get("content-type");
      if (contentType !== undefined) part.contentType = contentType;
      parts.push(part);
    }
    cursor = dataEnd + nextDelimiter.length;
  }
  return parts;
}

function skipLineBreak(body: Buffer, at: number): number {
  if (body[at] === 0x0d && body[at + 1] === 0x0a) return at + 2;
  if (body[at] === 0x0a) return at + 1;
  return at;
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function dispositionParam(disposition: string, param: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${param}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;]*))`, "i").exec(disposition);
  if (!match) return undefined;
  return match[1] !== undefined ? match[1].replace(/\\(.)/g, "$1") : match[2]?.trim();
}

function dispositionFileName(disposition: string): string | undefined {
  const extended = /(?:^|;)\s*filename\*=(?:UTF-8'[^']*')?([^;]*)/i.exec(disposition);
  if (extended?.[1]) return decodeURIComponent(extended[1].trim());
  const quoted = /(?:^|;)\s*filename="((?:[^"\\]|\\.)*)"/i.exec(disposition);
  if (quoted?.[1] !== undefined) return quoted[1].replace(/\\(.)/g, "$1");
  // grammY leaves the name unquoted and puts it last, so it may contain ';' or spaces.
  const bare = /(?:^|;)\s*filename=(.*)$/i.exec(disposition);
  return bare?.[1]?.trim();
}
