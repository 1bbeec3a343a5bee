// Phone numbers typed by people or shared as a Telegram contact, normalised to E.164.
import { parsePhoneNumberFromString, type NumberType } from "libphonenumber-js/max";

// Digits with the usual separators and at most one leading "+"; letters never belong to a
// phone number here (libphonenumber would otherwise read "vanity" letters or pick digits out
// of surrounding text).
const PHONE_SHAPE = /^\+?[\d\s().-]+$/;
const MAX_INPUT_LENGTH = 32;

// Numbers that do not reach a person: a coordinator could not call the applicant back.
const UNREACHABLE_TYPES: ReadonlySet<NumberType> = new Set(["TOLL_FREE", "PREMIUM_RATE", "SHARED_COST", "UAN", "VOICEMAIL", "PAGER"]);

/**
 * "+7 701 234-56-78", "8 (701) 234 56 78", "87012345678", "7012345678", "77012345678" →
 * "+77012345678". Kazakhstan is the default country (the trunk prefix 8 and numbers without
 * a country code are read as Kazakh); valid numbers of other countries come back in E.164
 * (Russia shares +7). Invalid, too short, lettered or service numbers → null.
 */
export function normalizePhone(input: string): string | null {
  // Dialogs replay their earlier steps on every answer (conversations plugin), so the same
  // input is parsed again and again (libphonenumber shows in the dialog steps' CPU profile).
  let known = parsed.get(input);
  if (known === undefined) {
    known = parse(input);
    if (parsed.size >= MAX_REMEMBERED) parsed.delete(parsed.keys().next().value!);
    parsed.set(input, known);
  }
  return known;
}

const MAX_REMEMBERED = 1000;
const parsed = new Map<string, string | null>();

function parse(input: string): string | null {
  const text = input.trim();
  if (text.length === 0 || text.length > MAX_INPUT_LENGTH || !PHONE_SHAPE.test(text)) return null;
  const phone = parsePhoneNumberFromString(text, "KZ");
  if (!phone?.isValid()) return null;
  const type = phone.getType();
  return type && UNREACHABLE_TYPES.has(type) ? null : phone.number;
}

/**
 * A stored (E.164) number as people write it: "+77012345678" → "+7 701 234 56 78", the way of
 * Kazakhstan and Russia (+7); other countries' numbers in their international format.
 */
export function displayPhone(e164: string): string {
  const plus7 = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(e164);
  if (plus7) return `+7 ${plus7.slice(1).join(" ")}`;
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
