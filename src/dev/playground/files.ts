// Saves the files the bot sends (documents, photos) so they can be opened from the terminal.
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, extname, isAbsolute, join, relative, resolve } from "node:path";

export class FileSaver {
  readonly dir: string;
  /** Paths written in this run: a second file with the same name gets a suffix instead. */
  private readonly written = new Set<string>();

  constructor(dir: string) {
    this.dir = resolve(dir);
  }

  /** Writes the file and returns its path for printing (relative to the cwd when inside it). */
  save(fileName: string, content: Buffer): string {
    mkdirSync(this.dir, { recursive: true });
    const safe = basename(fileName).replace(/[^\p{L}\p{N}._ -]/gu, "_").replace(/^\.+/, "") || "file";
    const ext = extname(safe);
    const stem = safe.slice(0, safe.length - ext.length);
    let path = join(this.dir, safe);
    for (let n = 2; this.written.has(path); n++) path = join(this.dir, `${stem}-${n}${ext}`);
    writeFileSync(path, content);
    this.written.add(path);
    return displayPath(path);
  }
}

export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}
