// What the sign-up dialog accepts as a full name. Telegram-free and pure, so it is tested alone.
//
// A name is 2–100 characters of letters of any script (Kazakh, Russian, Latin…, with their
// combining marks), spaces, hyphens and apostrophes, and has at least two words: the
// application goes to a course coordinator, who needs the surname and the given name.
export const NAME_MIN_LENGTH = 2;
export const NAME_MAX_LENGTH = 100;

export type NameProblem = "length" | "chars" | "words";

const ALLOWED = /^[\p{L}\p{M}' -]+$/u;
const LETTER = /\p{L}/u;

/** Tidies what people type: Unicode NFC, one space between words, one kind of apostrophe and hyphen. */
export function tidyName(input: string): string {
  return input
    .normalize("NFC")
    .replace(/[’ʼ‘`´]/g, "'")
    .replace(/[‐‑–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

export function checkFullName(input: string): { ok: true; name: string } | { ok: false; problem: NameProblem } {
  const name = tidyName(input);
  if ([...name].length < NAME_MIN_LENGTH || [...name].length > NAME_MAX_LENGTH) return { ok: false, problem: "length" };
  if (!ALLOWED.test(name)) return { ok: false, problem: "chars" };
  const words = name.split(" ");
  if (!words.every((w) => LETTER.test(w))) return { ok: false, problem: "chars" };
  if (words.length < 2) return { ok: false, problem: "words" };
  return { ok: true, name };
}
