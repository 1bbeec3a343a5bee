// The fixed set of economic sectors used by specialties, courses, employers and vacancies
// (and by vacancy subscriptions as a saved-search filter). Labels live in the Fluent files.
export const SECTORS = [
  "oil_gas",
  "mining",
  "metallurgy",
  "manufacturing",
  "construction",
  "energy",
  "transport",
  "it",
  "agriculture",
  "healthcare",
  "service",
  "education",
  "textile",
] as const;

export type Sector = (typeof SECTORS)[number];

export function isSector(value: unknown): value is Sector {
  return typeof value === "string" && (SECTORS as readonly string[]).includes(value);
}
