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

/** Kazakhstan's age of majority: CONSENT_ADULT_AGE's default. */
export const ADULT_AGE = 18;

/**
 * Who agreed: the person, or for a minor a parent or legal representative (the law lets the
 * representative consent for a minor; CONSENT_ADULT_AGE sets from which age people consent
 * themselves, ADULT_AGE by default).
 */
export const CONSENT_GIVERS = ["self", "representative"] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

export const isConsentGiver = (v: unknown): v is ConsentGiver => (CONSENT_GIVERS as readonly unknown[]).includes(v);

/** Who has to agree for someone of `age` full years. */
export const consentGiverFor = (age: number, adultAge: number): ConsentGiver => (age < adultAge ? "representative" : "self");
