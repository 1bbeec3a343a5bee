// An event as staff compose it in the editor, and what makes it acceptable. JSON-friendly (dates
// as ISO strings) so the dialog can keep it between updates; every field has a checker the
// dialog uses step by step, and validateDraft checks the whole draft again before any write.
import type { Event } from "../../generated/prisma/client.ts";
import { CITIES, cityNames, type CityKey } from "../cities.ts";
import { isEventKind, type EventKind } from "../catalog/events.ts";
import { LOCALES, type Locale } from "../locale.ts";
import { buildSearchText, normalizeForSearch } from "../search.ts";
import { checkEnd, checkStart, type EndProblem, type StartProblem } from "./datetime.ts";

export type Texts = Record<Locale, string>;

export interface EventDraft {
  regionCode: string;
  kind: string;
  title: Texts;
  description: Texts;
  venue: string;
  address: string;
  city: string;
  latitude: number | null;
  longitude: number | null;
  /** ISO instants. */
  startsAt: string;
  endsAt: string;
  expectedVacancies: number | null;
  expectedEmployers: number | null;
}

export const TEXT_LIMITS = { title: 120, description: 2000, venue: 200, address: 200, city: 100 } as const;
export type TextField = keyof typeof TEXT_LIMITS;
export type TextProblem = "empty" | "too_long";

export const COUNT_LIMITS = { expectedVacancies: 100_000, expectedEmployers: 10_000 } as const;
export type CountField = keyof typeof COUNT_LIMITS;
export type CountProblem = "format" | "too_big";

/** Kazakhstan with a margin: a pin outside is a mistake (another city of the same name, a test pin). */
export const KZ_BOUNDS = { minLat: 40.5, maxLat: 55.5, minLon: 46.4, maxLon: 87.4 } as const;

export type Checked<T, P extends string> = { ok: true; value: T } | { ok: false; reason: P };

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Trims, drops control characters; one-line fields get single spaces, the description keeps its lines. */
export function tidyText(field: TextField, raw: string): string {
  const text = raw.normalize("NFC").replace(CONTROL, "");
  if (field === "description") return text.replace(/[ \t]+/g, " ").replace(/\n{3,}/g, "\n\n").trim();
  return text.replace(/\s+/g, " ").trim();
}

/** Length in characters as people count them (an emoji is one). */
const length = (s: string) => [...s].length;

export function checkText(field: TextField, raw: string): Checked<string, TextProblem> {
  const value = tidyText(field, raw);
  if (value === "") return { ok: false, reason: "empty" };
  if (length(value) > TEXT_LIMITS[field]) return { ok: false, reason: "too_long" };
  return { ok: true, value };
}

/** "1 200", "300" → a non-negative whole number up to the field's limit. */
export function checkCount(field: CountField, raw: string): Checked<number, CountProblem> {
  const digits = raw.replace(/[\s\u00a0\u202f]/g, "");
  if (!/^\d{1,9}$/.test(digits)) return { ok: false, reason: "format" };
  const value = Number(digits);
  return value > COUNT_LIMITS[field] ? { ok: false, reason: "too_big" } : { ok: true, value };
}

export function checkLocation(latitude: number, longitude: number): Checked<{ latitude: number; longitude: number }, "outside"> {
  const b = KZ_BOUNDS;
  const inside = Number.isFinite(latitude) && Number.isFinite(longitude) && latitude >= b.minLat && latitude <= b.maxLat && longitude >= b.minLon && longitude <= b.maxLon;
  return inside ? { ok: true, value: { latitude, longitude } } : { ok: false, reason: "outside" };
}

const citiesBySpelling = new Map<string, CityKey>(
  (Object.keys(CITIES) as CityKey[]).flatMap((key) => [CITIES[key].kk, CITIES[key].ru, CITIES[key].en].map((n) => [normalizeForSearch(n), key] as const)),
);

/** A known city in any spelling, or null. */
export function findCity(name: string): CityKey | null {
  return citiesBySpelling.get(normalizeForSearch(name)) ?? null;
}

/** The city as stored: a known city by its Kazakh name (like the seed), otherwise as typed. */
export function storedCity(name: string): string {
  const key = findCity(name);
  return key ? CITIES[key].kk : tidyText("city", name);
}

/** The same searchText the seed builds: titles, descriptions, venue, address, the city in every spelling. */
export function eventSearchText(d: Pick<EventDraft, "title" | "description" | "venue" | "address" | "city">): string {
  const key = findCity(d.city);
  return buildSearchText(
    d.title.kk, d.title.ru, d.title.en, d.description.kk, d.description.ru, d.description.en,
    d.venue, d.address, key ? cityNames(key) : d.city,
  );
}

export type DraftField = "region" | "kind" | "title" | "description" | "venue" | "address" | "city" | "location" | "startsAt" | "endsAt" | CountField;
export interface DraftProblem {
  field: DraftField;
  reason: TextProblem | CountProblem | StartProblem | EndProblem | "unknown" | "outside";
}

/** The columns an accepted draft writes. */
export interface EventColumns {
  regionCode: string;
  kind: EventKind;
  titleKk: string;
  titleRu: string;
  titleEn: string;
  descriptionKk: string;
  descriptionRu: string;
  descriptionEn: string;
  venue: string;
  address: string;
  city: string;
  latitude: number | null;
  longitude: number | null;
  startsAt: Date;
  endsAt: Date;
  expectedVacancies: number | null;
  expectedEmployers: number | null;
  searchText: string;
}

const capital = { kk: "Kk", ru: "Ru", en: "En" } as const;

/**
 * Checks a whole draft. The start must be in the future unless it is unchanged from
 * `previousStart` (an event under way may still get a new description). Returns the columns
 * to write, or every problem found.
 */
export function validateDraft(d: EventDraft, now: Date, previousStart?: Date): { ok: true; columns: EventColumns } | { ok: false; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const texts: Partial<Record<string, string>> = {};
  if (!/^[A-Z0-9_-]{1,20}$/i.test(d.regionCode)) problems.push({ field: "region", reason: "unknown" });
  if (!isEventKind(d.kind)) problems.push({ field: "kind", reason: "unknown" });

  for (const field of ["title", "description"] as const) {
    let any = false;
    for (const l of LOCALES) {
      const raw = d[field][l] ?? "";
      if (raw.trim() === "") continue;
      const c = checkText(field, raw);
      if (c.ok) {
        texts[`${field}${capital[l]}`] = c.value;
        any = true;
      } else problems.push({ field, reason: c.reason });
    }
    if (!any && !problems.some((p) => p.field === field)) problems.push({ field, reason: "empty" });
  }
  for (const field of ["venue", "address", "city"] as const) {
    const c = checkText(field, d[field]);
    if (c.ok) texts[field] = field === "city" ? storedCity(c.value) : c.value;
    else problems.push({ field, reason: c.reason });
  }

  if ((d.latitude === null) !== (d.longitude === null)) problems.push({ field: "location", reason: "outside" });
  else if (d.latitude !== null && d.longitude !== null && !checkLocation(d.latitude, d.longitude).ok) problems.push({ field: "location", reason: "outside" });

  const start = new Date(d.startsAt);
  const end = new Date(d.endsAt);
  if (Number.isNaN(start.getTime())) problems.push({ field: "startsAt", reason: "format" });
  else if (!(previousStart && previousStart.getTime() === start.getTime())) {
    const s = checkStart(start, now);
    if (!s.ok) problems.push({ field: "startsAt", reason: s.reason });
  }
  if (Number.isNaN(end.getTime())) problems.push({ field: "endsAt", reason: "format" });
  else if (!Number.isNaN(start.getTime())) {
    const e = checkEnd(start, end);
    if (!e.ok) problems.push({ field: "endsAt", reason: e.reason });
  }

  for (const field of ["expectedVacancies", "expectedEmployers"] as const) {
    const v = d[field];
    if (v === null) continue;
    if (!Number.isSafeInteger(v) || v < 0) problems.push({ field, reason: "format" });
    else if (v > COUNT_LIMITS[field]) problems.push({ field, reason: "too_big" });
  }
  if (problems.length > 0) return { ok: false, problems };

  const columns: EventColumns = {
    regionCode: d.regionCode,
    kind: d.kind as EventKind,
    titleKk: texts.titleKk ?? "",
    titleRu: texts.titleRu ?? "",
    titleEn: texts.titleEn ?? "",
    descriptionKk: texts.descriptionKk ?? "",
    descriptionRu: texts.descriptionRu ?? "",
    descriptionEn: texts.descriptionEn ?? "",
    venue: texts.venue!,
    address: texts.address!,
    city: texts.city!,
    latitude: d.latitude,
    longitude: d.longitude,
    startsAt: start,
    endsAt: end,
    expectedVacancies: d.expectedVacancies,
    expectedEmployers: d.expectedEmployers,
    searchText: "",
  };
  columns.searchText = eventSearchText({
    title: { kk: columns.titleKk, ru: columns.titleRu, en: columns.titleEn },
    description: { kk: columns.descriptionKk, ru: columns.descriptionRu, en: columns.descriptionEn },
    venue: columns.venue,
    address: columns.address,
    city: columns.city,
  });
  return { ok: true, columns };
}

/** An existing event as a draft, for editing. */
export function draftOf(e: Event): EventDraft {
  return {
    regionCode: e.regionCode,
    kind: e.kind,
    title: { kk: e.titleKk, ru: e.titleRu, en: e.titleEn },
    description: { kk: e.descriptionKk, ru: e.descriptionRu, en: e.descriptionEn },
    venue: e.venue,
    address: e.address,
    city: e.city,
    latitude: e.latitude,
    longitude: e.longitude,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    expectedVacancies: e.expectedVacancies,
    expectedEmployers: e.expectedEmployers,
  };
}


