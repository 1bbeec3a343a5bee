// Reads an HTTP request body and turns it into Bot API parameters. Telegram accepts the
// query string, JSON, urlencoded and multipart bodies; values from forms stay strings and
// are coerced later by `Params`.
import type { IncomingMessage } from "node:http";
import { badRequest, BotApiError } from "./errors.ts";
import { boundaryFrom, parseMultipart } from "./multipart.ts";

export interface UploadedFile {
  /** Name of the multipart part (grammY uses a random id referenced as attach://id). */
  partName: string;
  fileName: string;
  contentType?: string;
  content: Buffer;
}

export interface ParsedBody {
  fields: Record<string, unknown>;
  files: Map<string, UploadedFile>;
}

/** Telegram's own upload limit is 50 MB; allow a little more for multipart overhead. */
export const MAX_BODY_BYTES = 60 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new BotApiError(413, "Request Entity Too Large");
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

export function parseBody(contentType: string | undefined, body: Buffer, query: URLSearchParams): ParsedBody {
  const fields: Record<string, unknown> = Object.fromEntries(query);
  const files = new Map<string, UploadedFile>();
  if (body.length === 0) return { fields, files };

  const type = (contentType ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    const boundary = boundaryFrom(contentType ?? "");
    if (!boundary) throw badRequest("multipart boundary is missing");
    let parts;
    try {
      parts = parseMultipart(body, boundary);
    } catch (err) {
      throw badRequest(`can't parse multipart body: ${(err as Error).message}`);
    }
    for (const part of parts) {
      if (part.fileName === undefined) {
        fields[part.name] = part.data.toString("utf8");
      } else {
        const file: UploadedFile = { partName: part.name, fileName: part.fileName, content: Buffer.from(part.data) };
        if (part.contentType) file.contentType = part.contentType;
        files.set(part.name, file);
      }
    }
  } else if (type.startsWith("application/x-www-form-urlencoded")) {
    Object.assign(fields, Object.fromEntries(new URLSearchParams(body.toString("utf8"))));
  } else {
    // JSON is what grammY sends without files; be lenient about a missing content type.
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch {
      throw badRequest("can't parse JSON object");
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      throw badRequest("JSON object expected");
    }
    Object.assign(fields, parsed);
  }
  return { fields, files };
}
