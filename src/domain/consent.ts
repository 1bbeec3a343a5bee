// Consent to personal-data processing (Law of the Republic of Kazakhstan No. 94-V): what was
// agreed to, in which text version. The text itself is the Fluent message `signup-consent-text`
// in each language; it must name CONSENT_VERSION, and a new wording needs a new version so that
// stored consents keep saying which text the person saw.
export const CONSENT_PURPOSE = "course_registration";
export const CONSENT_VERSION = "2026-11-25";

/** A version string as stored with a consent: short, printable, non-empty. */
export function isConsentVersion(v: unknown): v is string {
  return typeof v === "string" && /^[\w.-]{1,32}$/.test(v);
}
