// The "Import" button carries a signed token instead of any server-side state: the signature
// (HMAC with the bot token) binds the person, the kind, the exact file content and the time
// of the preview. A forged, altered, other person's or expired button imports nothing.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { ImportKind } from "../../../domain/import/index.ts";

/** How long a preview can be confirmed. */
export const PREVIEW_TTL_MS = 30 * 60 * 1000;

function mac(secret: string, userId: number, kind: ImportKind, issuedAt: number, content: Buffer): string {
  const digest = createHash("sha256").update(content).digest("hex");
  return createHmac("sha256", secret).update(`import:${userId}:${kind}:${issuedAt}:${digest}`).digest("base64url").slice(0, 22);
}

export function signPreview(secret: string, userId: number, kind: ImportKind, now: Date, content: Buffer): { issued: string; sig: string } {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return { issued: issuedAt.toString(36), sig: mac(secret, userId, kind, issuedAt, content) };
}

export function checkPreview(
  secret: string, userId: number, kind: ImportKind, now: Date, content: Buffer, issued: string, sig: string,
): boolean {
  const issuedAt = Number.parseInt(issued, 36);
  if (!Number.isSafeInteger(issuedAt)) return false;
  const age = now.getTime() - issuedAt * 1000;
  if (age < 0 || age > PREVIEW_TTL_MS) return false;
  const expected = Buffer.from(mac(secret, userId, kind, issuedAt, content));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
