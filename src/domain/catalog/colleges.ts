// Colleges of a region, their specialties (offers) and search of specialties across colleges.
// Telegram-free: the bot renders what these functions return.
import { cachedCatalogRead } from "./cache.ts";
import type { Db, Prisma } from "../../db/client.ts";
import { clampPage, PAGE_SIZE, type Page } from "../paging.ts";
import { LOCALES, pickText, type Locale } from "../locale.ts";
import { searchTerms } from "../search.ts";

export interface Names {
  nameKk: string;
  nameRu: string;
  nameEn: string;
}

export function localName(row: Names, locale: Locale): string {
  return pickText({ kk: row.nameKk, ru: row.nameRu, en: row.nameEn }, locale);
}

export interface CollegeListItem extends Names {
  id: number;
  city: string;
  hasDual: boolean;
  /** Distinct specialties taught (only working ones when the list is filtered). */
  specialtiesCount: number;
}

export interface ListCollegesOptions {
  regionCode: string;
  workingOnly: boolean;
  /** Names are sorted in this language. */
  locale: Locale;
  page: number;
  /** Show the page that holds this college instead of `page` (back from its card). */
  focusId?: number;
}

/** Offers counted or shown under the "working professions only" filter. */
function offerFilter(workingOnly: boolean): Prisma.CollegeSpecialtyWhereInput {
  return workingOnly ? { specialty: { isWorking: true } } : {};
}

const collators = new Map<Locale, Intl.Collator>();
function collator(locale: Locale): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale, { sensitivity: "base", numeric: true })));
  return c;
}

/**
 * Colleges of a region sorted by their name in `locale`. A region has at most ~100 colleges,
 * so one query fetches them all and sorting/paging happen here (SQLite cannot collate Kazakh).
 */
export function listColleges(db: Db, opts: ListCollegesOptions): Promise<Page<CollegeListItem>> {
  const key = `colleges.list:${opts.regionCode}:${opts.workingOnly}:${opts.locale}:${opts.page}:${opts.focusId ?? ""}`;
  return cachedCatalogRead(db, key, COLLEGE_TABLES, null, () => loadColleges(db, opts));
}

/** What college answers are read from. */
const COLLEGE_TABLES = ["College", "CollegeSpecialty", "Specialty", "Qualification"] as const;

async function loadColleges(db: Db, opts: ListCollegesOptions): Promise<Page<CollegeListItem>> {
  const offers = offerFilter(opts.workingOnly);
  const rows = await db.college.findMany({
    where: { regionCode: opts.regionCode, ...(opts.workingOnly ? { offers: { some: offers } } : {}) },
    select: {
      id: true, nameKk: true, nameRu: true, nameEn: true, city: true, hasDual: true,
      offers: { where: offers, select: { specialtyId: true } },
    },
  });
  const cmp = collator(opts.locale);
  const items: CollegeListItem[] = rows
    .map(({ offers: o, ...c }) => ({ ...c, specialtiesCount: new Set(o.map((x) => x.specialtyId)).size }))
    .sort((a, b) => cmp.compare(localName(a, opts.locale), localName(b, opts.locale)) || a.id - b.id);
  let page = opts.page;
  if (opts.focusId !== undefined) {
    const at = items.findIndex((c) => c.id === opts.focusId);
    if (at >= 0) page = Math.floor(at / PAGE_SIZE);
  }
  const c = clampPage(page, items.length);
  return { items: items.slice(c.skip, c.skip + PAGE_SIZE), page: c.page, pages: c.pages, total: items.length };
}

export interface QualificationView extends Names {
  code: string;
  isWorking: boolean;
}

export interface OfferView {
  id: number;
  baseEducation: string; // grade9 | grade11
  studyForm: string; // full_time | part_time | evening
  durationMonths: number;
  languages: Locale[];
  stateFundedPlaces: number;
  paidPlaces: number;
  isDual: boolean;
}

export interface SpecialtyView extends Names {
  id: number;
  code: string;
  isWorking: boolean;
  qualifications: QualificationView[];
  /** One offer per base education (after grade 9 / grade 11). */
  offers: OfferView[];
}

export interface CollegeCard {
  college: Names & {
    id: number;
    regionCode: string;
    city: string;
    address: string;
    phone: string | null;
    website: string | null;
    studentsCount: number | null;
    hasDual: boolean;
  };
  specialties: SpecialtyView[];
}

/** "kk,ru" → ["kk", "ru"]; unknown codes are dropped. */
export function parseLanguages(value: string): Locale[] {
  const list = value.split(",").map((s) => s.trim().toLowerCase());
  return LOCALES.filter((l) => list.includes(l));
}

const baseRank = (base: string) => (base === "grade9" ? 0 : base === "grade11" ? 1 : 2);

/** A college with its specialties (only working ones when `workingOnly`), or null. */
export function getCollegeCard(db: Db, id: number, opts: { workingOnly: boolean }): Promise<CollegeCard | null> {
  return cachedCatalogRead(db, `colleges.card:${id}:${opts.workingOnly}`, COLLEGE_TABLES, null, () => loadCollegeCard(db, id, opts));
}

async function loadCollegeCard(db: Db, id: number, opts: { workingOnly: boolean }): Promise<CollegeCard | null> {
  const row = await db.college.findUnique({
    where: { id },
    include: {
      offers: {
        where: offerFilter(opts.workingOnly),
        include: { specialty: { include: { qualifications: { orderBy: { code: "asc" } } } } },
        orderBy: [{ specialty: { code: "asc" } }, { id: "asc" }],
      },
    },
  });
  if (!row) return null;
  const { offers, ...college } = row;
  const bySpecialty = new Map<number, SpecialtyView>();
  for (const o of offers) {
    let s = bySpecialty.get(o.specialtyId);
    if (!s) {
      const { id: sid, code, nameKk, nameRu, nameEn, isWorking, qualifications } = o.specialty;
      s = {
        id: sid, code, nameKk, nameRu, nameEn, isWorking, offers: [],
        qualifications: qualifications.map((q) => ({ code: q.code, nameKk: q.nameKk, nameRu: q.nameRu, nameEn: q.nameEn, isWorking: q.isWorking })),
      };
      bySpecialty.set(o.specialtyId, s);
    }
    s.offers.push({
      id: o.id,
      baseEducation: o.baseEducation,
      studyForm: o.studyForm,
      durationMonths: o.durationMonths,
      languages: parseLanguages(o.languages),
      stateFundedPlaces: o.stateFundedPlaces,
      paidPlaces: o.paidPlaces,
      isDual: o.isDual,
    });
  }
  const specialties = [...bySpecialty.values()];
  // After grade 9 before after grade 11 (the codes do not sort that way as strings).
  for (const s of specialties) s.offers.sort((a, b) => baseRank(a.baseEducation) - baseRank(b.baseEducation));
  return { college, specialties };
}

// ---- Specialties across colleges -------------------------------------------------------------

export interface SpecialtyCollege extends Names {
  id: number;
  city: string;
  regionCode: string;
  /** Summed over the college's offers of this specialty (after grade 9 and 11). */
  stateFundedPlaces: number;
  paidPlaces: number;
  isDual: boolean;
}

export interface SpecialtyHit extends Names {
  id: number;
  code: string;
  isWorking: boolean;
  /** Colleges of the searched scope teaching it, most state-funded places first. */
  colleges: SpecialtyCollege[];
}

const hitInclude = (regionCode: string | null) =>
  ({
    offers: {
      where: { college: regionCode ? { regionCode } : {} },
      select: {
        stateFundedPlaces: true, paidPlaces: true, isDual: true,
        college: { select: { id: true, nameKk: true, nameRu: true, nameEn: true, city: true, regionCode: true } },
      },
    },
  }) satisfies Prisma.SpecialtyInclude;

type SpecialtyRow = Prisma.SpecialtyGetPayload<{ include: ReturnType<typeof hitInclude> }>;

function toHit(row: SpecialtyRow): SpecialtyHit {
  const colleges = new Map<number, SpecialtyCollege>();
  for (const o of row.offers) {
    const c = colleges.get(o.college.id);
    if (c) {
      c.stateFundedPlaces += o.stateFundedPlaces;
      c.paidPlaces += o.paidPlaces;
      c.isDual ||= o.isDual;
    } else {
      colleges.set(o.college.id, { ...o.college, stateFundedPlaces: o.stateFundedPlaces, paidPlaces: o.paidPlaces, isDual: o.isDual });
    }
  }
  return {
    id: row.id, code: row.code, nameKk: row.nameKk, nameRu: row.nameRu, nameEn: row.nameEn, isWorking: row.isWorking,
    colleges: [...colleges.values()].sort((a, b) => b.stateFundedPlaces - a.stateFundedPlaces || a.id - b.id),
  };
}

export interface SearchSpecialtiesOptions {
  /** null: all regions. */
  regionCode: string | null;
  query: string;
  workingOnly?: boolean;
  limit?: number;
}

export interface SpecialtySearchResult {
  terms: string[];
  /** Matching specialties taught somewhere in the scope. */
  total: number;
  items: SpecialtyHit[];
}

/**
 * Specialties whose searchText holds every term of the query (names and qualifications in all
 * three languages, normalised) and that some college of the scope teaches, with those colleges.
 */
export function searchSpecialties(db: Db, opts: SearchSpecialtiesOptions): Promise<SpecialtySearchResult> {
  const key = `colleges.search:${opts.regionCode}:${opts.workingOnly ?? false}:${opts.limit ?? PAGE_SIZE}:${JSON.stringify(searchTerms(opts.query))}`;
  return cachedCatalogRead(db, key, COLLEGE_TABLES, null, () => loadSpecialtySearch(db, opts));
}

async function loadSpecialtySearch(db: Db, opts: SearchSpecialtiesOptions): Promise<SpecialtySearchResult> {
  const terms = searchTerms(opts.query);
  if (terms.length === 0) return { terms, total: 0, items: [] };
  const where: Prisma.SpecialtyWhereInput = {
    AND: terms.map((t) => ({ searchText: { contains: t } })),
    ...(opts.workingOnly ? { isWorking: true } : {}),
    offers: { some: { college: opts.regionCode ? { regionCode: opts.regionCode } : {} } },
  };
  const [total, rows] = await Promise.all([
    db.specialty.count({ where }),
    db.specialty.findMany({ where, include: hitInclude(opts.regionCode), orderBy: { code: "asc" }, take: opts.limit ?? PAGE_SIZE }),
  ]);
  return { terms, total, items: rows.map(toHit) };
}

/** One specialty with every college of the scope teaching it (null when it does not exist). */
export function specialtyColleges(db: Db, specialtyId: number, regionCode: string | null): Promise<SpecialtyHit | null> {
  return cachedCatalogRead(db, `colleges.specialty:${specialtyId}:${regionCode}`, COLLEGE_TABLES, null, () => loadSpecialtyColleges(db, specialtyId, regionCode));
}

async function loadSpecialtyColleges(db: Db, specialtyId: number, regionCode: string | null): Promise<SpecialtyHit | null> {
  const row = await db.specialty.findUnique({ where: { id: specialtyId }, include: hitInclude(regionCode) });
  return row ? toHit(row) : null;
}
