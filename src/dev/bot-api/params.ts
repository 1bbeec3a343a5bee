// Typed access to method parameters. Form bodies deliver everything as strings and
// JSON-serialized objects, JSON bodies deliver real values; Telegram accepts both.
import type { UploadedFile } from "./body.ts";
import { badRequest } from "./errors.ts";

/** A file parameter: a fresh upload, an existing file_id, or an HTTP URL. */
export type FileInput =
  | { kind: "upload"; file: UploadedFile }
  | { kind: "file_id"; fileId: string }
  | { kind: "url"; url: string };

export class Params {
  constructor(
    readonly raw: Record<string, unknown>,
    private readonly files: Map<string, UploadedFile> = new Map(),
  ) {}

  has(name: string): boolean {
    const value = this.raw[name];
    return value !== undefined && value !== null && value !== "";
  }

  string(name: string): string | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value === "string") return value;
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    return JSON.stringify(value);
  }

  int(name: string): number | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null || value === "") return undefined;
    const number = typeof value === "number" ? value : Number(value);
    return Number.isInteger(number) ? number : undefined;
  }

  float(name: string): number | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null || value === "") return undefined;
    const number = typeof value === "number" ? value : Number(value);
    return Number.isFinite(number) ? number : undefined;
  }

  bool(name: string): boolean {
    const value = this.raw[name];
    return value === true || value === "true" || value === "True" || value === "1" || value === 1;
  }

  /** Objects may arrive parsed (JSON body) or JSON-serialized (form body). */
  json<T>(name: string, errorDetail = `can't parse ${name} JSON object`): T | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null || value === "") return undefined;
    if (typeof value !== "string") return value as T;
    try {
      return JSON.parse(value) as T;
    } catch {
      throw badRequest(errorDetail);
    }
  }

  /** chat_id: an integer id or an @username. */
  chatId(name = "chat_id"): number | string {
    const value = this.raw[name];
    if (value === undefined || value === null || value === "") throw badRequest(`${name} is empty`);
    if (typeof value === "number") return value;
    const text = String(value);
    return /^-?\d+$/.test(text) ? Number(text) : text;
  }

  /** Resolves `attach://<part>` references and direct file parts (curl style). */
  file(name: string): FileInput | undefined {
    const direct = this.files.get(name);
    if (direct) return { kind: "upload", file: direct };
    const value = this.string(name);
    if (value === undefined || value === "") return undefined;
    if (value.startsWith("attach://")) {
      const file = this.files.get(value.slice("attach://".length));
      if (!file) throw badRequest(`file ${value} not found in the request`);
      return { kind: "upload", file };
    }
    if (/^https?:\/\//i.test(value)) return { kind: "url", url: value };
    return { kind: "file_id", fileId: value };
  }
}
