// Stores uploaded and sent files so getFile and /file/bot<token>/<path> can serve them.
import { createHash, randomBytes } from "node:crypto";
import { extname } from "node:path";

export interface StoredFile {
  fileId: string;
  fileUniqueId: string;
  /** Path for GET /file/bot<token>/<file_path>, as returned by getFile. */
  filePath: string;
  fileName?: string;
  mimeType?: string;
  /** For photos. */
  width?: number;
  height?: number;
  content: Buffer;
}

export type FileFolder = "documents" | "photos";

export interface FileMeta {
  fileName?: string | undefined;
  mimeType?: string | undefined;
  width?: number;
  height?: number;
  /** Distinguishes resized copies of one photo in file_unique_id. */
  variant?: string;
}

export class FileStore {
  private readonly byId = new Map<string, StoredFile>();
  private readonly byPath = new Map<string, StoredFile>();
  private counter = 0;

  add(content: Buffer, folder: FileFolder, meta: FileMeta = {}): StoredFile {
    this.counter += 1;
    const extension = extname(meta.fileName ?? "") || (folder === "photos" ? ".jpg" : "");
    const file: StoredFile = {
      // Telegram issues a new file_id per upload, but file_unique_id depends on the file only.
      fileId: `${folder === "photos" ? "AgAC" : "BQAC"}${randomBytes(18).toString("base64url")}`,
      fileUniqueId: createHash("sha256").update(content).update(meta.variant ?? "").digest("base64url").slice(0, 16),
      filePath: `${folder}/file_${this.counter}${extension}`,
      content,
    };
    if (meta.fileName !== undefined) file.fileName = meta.fileName;
    if (meta.mimeType !== undefined) file.mimeType = meta.mimeType;
    if (meta.width !== undefined) file.width = meta.width;
    if (meta.height !== undefined) file.height = meta.height;
    this.byId.set(file.fileId, file);
    this.byPath.set(file.filePath, file);
    return file;
  }

  get(fileId: string): StoredFile | undefined {
    return this.byId.get(fileId);
  }

  getByPath(filePath: string): StoredFile | undefined {
    return this.byPath.get(filePath);
  }
}

const MIME_TYPES: Record<string, string> = {
  ".pdf": "application/pdf",
  ".txt": "text/plain",
  ".csv": "text/csv",
  ".ics": "text/calendar",
  ".json": "application/json",
  ".html": "text/html",
  ".xml": "application/xml",
  ".zip": "application/zip",
  ".doc": "application/msword",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".xls": "application/vnd.ms-excel",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".mp4": "video/mp4",
  ".mp3": "audio/mpeg",
  ".ogg": "audio/ogg",
};

/** Telegram guesses the MIME type from the file name, not from the upload's content type. */
export function guessMimeType(fileName: string, uploadedType?: string): string | undefined {
  const known = MIME_TYPES[extname(fileName).toLowerCase()];
  if (known) return known;
  if (uploadedType && uploadedType !== "application/octet-stream") return uploadedType;
  return undefined;
}

/** Reads width/height from PNG, JPEG, GIF or WebP headers; undefined if it is not an image. */
export function imageSize(data: Buffer): { width: number; height: number } | undefined {
  if (data.length >= 24 && data.readUInt32BE(0) === 0x89504e47) {
    return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  }
  if (data.length >= 10 && data.toString("latin1", 0, 3) === "GIF") {
    return { width: data.readUInt16LE(6), height: data.readUInt16LE(8) };
  }
  if (data.length >= 30 && data.toString("latin1", 0, 4) === "RIFF" && data.toString("latin1", 8, 12) === "WEBP") {
    return webpSize(data);
  }
  if (data.length >= 4 && data[0] === 0xff && data[1] === 0xd8) return jpegSize(data);
  return undefined;
}

function webpSize(data: Buffer): { width: number; height: number } | undefined {
  const chunk = data.toString("latin1", 12, 16);
  if (chunk === "VP8X") return { width: 1 + data.readUIntLE(24, 3), height: 1 + data.readUIntLE(27, 3) };
  if (chunk === "VP8L") {
    const bits = data.readUInt32LE(21);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
  }
  if (chunk === "VP8 ") return { width: data.readUInt16LE(26) & 0x3fff, height: data.readUInt16LE(28) & 0x3fff };
  return undefined;
}

function jpegSize(data: Buffer): { width: number; height: number } | undefined {
  let at = 2;
  while (at + 9 < data.length) {
    if (data[at] !== 0xff) return undefined;
    const marker = data[at + 1]!;
    // SOF0..SOF15 carry the dimensions, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: data.readUInt16BE(at + 5), width: data.readUInt16BE(at + 7) };
    }
    at += 2 + data.readUInt16BE(at + 2);
  }
  return undefined;
}
