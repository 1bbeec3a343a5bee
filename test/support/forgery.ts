// Forged callback data for privileged actions: each case presses data a real button would
// carry — but for someone else's course, region, broadcast or registration — and checks that
// the bot refuses in the actor's language and that nothing changed (no rows, no audit entry,
// no outbox delivery, no file sent). Add cases for a new feature with one entry each:
//   await expectForgeriesRefused(h, db, [
//     { name: "approve another provider's application", actor: coord, data: coordCb.pack("ok", reg.id, …), unchanged: ["Registration", "AuditLog", "Delivery"] },
//   ]);
import { expect } from "vitest";
import type { Db } from "../../src/db/client.ts";
import { i18n } from "../../src/bot/i18n.ts";
import { fingerprinter } from "./fuzz.ts";
import type { ApiCall, FakeUser } from "./harness.ts";

/** The localized refusals of the bot; a forged press must end in one of them. */
export const REFUSAL_KEYS: readonly string[] = [
  "access-staff-only",
  "access-admin-only",
  "access-out-of-scope",
  "coordinator-forbidden",
  "coordinator-not-allowed",
  "item-not-found",
  "unhandled-stale-button",
];

export interface ForgeryActor {
  u: FakeUser;
  locale: string;
}

export interface Forgery {
  /** What the press tries, e.g. "approve an application of another provider's course". */
  name: string;
  actor: ForgeryActor;
  /** The forged callback data (pack it with the feature's codec, so only the scope is wrong). */
  data: string;
  /** Tables that must stay exactly as they were (rows and content). */
  unchanged: readonly string[];
  /** Refusals that count for this case (Fluent keys); default REFUSAL_KEYS. */
  refusalKeys?: readonly string[];
  /** Refusals with variables, as shown (e.g. an import report's "region X is outside your regions"). */
  refusalTexts?: readonly string[];
}

/** Methods that would hand something out or change a chat beyond the refusal itself. */
const LEAKS = new Set(["sendDocument", "sendPhoto", "sendMediaGroup", "forwardMessage", "copyMessage"]);

/**
 * Text shown by a call: message text, caption, or a callback answer (Fluent's isolation marks
 * around variables removed). An edit to identical content leaves exactly that text on screen.
 */
const shown = (c: ApiCall): string | undefined =>
  c.error && !c.error.description.includes("message is not modified") ? undefined : (c.params.text ?? c.params.caption) === undefined ? undefined : unmark(String(c.params.text ?? c.params.caption));
const unmark = (s: string) => s.replace(/[\u2068\u2069]/g, "");

/**
 * Presses every forged callback (on the actor's newest message, as a tampered client would)
 * and asserts: a localized refusal was shown, nothing was sent that reveals data, and the
 * `unchanged` tables are the same as before. Returns the calls per case for extra checks.
 */
export async function expectForgeriesRefused(db: Db, forgeries: readonly Forgery[]): Promise<ApiCall[][]> {
  const all: ApiCall[][] = [];
  for (const f of forgeries) {
    // lastSeenAt moves with every update by design; everything else must not.
    const snapshot = await fingerprinter(db, f.unchanged, ["lastSeenAt"]);
    const before = await snapshot();
    const calls = await f.actor.u.callback(f.actor.u.lastMessage()?.messageId ?? 1, f.data);
    const refusals = [...(f.refusalKeys ?? (f.refusalTexts ? [] : REFUSAL_KEYS)).map((key) => i18n.t(f.actor.locale, key)), ...(f.refusalTexts ?? [])].map(unmark);
    const texts = calls.map(shown).filter((s): s is string => s !== undefined);
    expect(texts.some((s) => refusals.some((r) => s.includes(r))), `${f.name} (${f.data}): no refusal among ${JSON.stringify(texts)}`).toBe(true);
    expect(calls.filter((c) => LEAKS.has(c.method)).map((c) => c.method), `${f.name}: something was sent`).toEqual([]);
    expect(await snapshot(), `${f.name}: data changed`).toEqual(before);
    all.push(calls);
  }
  return all;
}
