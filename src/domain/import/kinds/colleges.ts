// Colleges with their specialties: one row per offer (a college teaching a specialty after
// grade 9 or 11), the college's own columns repeated on each of its rows. Specialties come
// from the national classifier (8-digit code): a stored one is only referred to (it is shared
// by every region); an unknown one is created when the row names it and gives its sector,
// with the qualifications listed in `qualifications`.
import { z } from "zod";
import { SECTORS } from "../../sectors.ts";
import { buildSearchText } from "../../search.ts";
import { bool, integer, oneOf, optionalInteger, phone, required, text, website } from "../cells.ts";
import { checkStoredScope, citySpellings, findIn, ID_PATTERN, needOneLanguage, storedCity, t3, type KindSpec, type ParsedRow } from "../spec.ts";
import { insertRows, upsertCounted } from "../sync.ts";
import type { Issues } from "../types.ts";

export const STUDY_FORMS = ["full_time", "part_time", "evening"] as const;
export const BASE_EDUCATIONS = ["grade9", "grade11"] as const;
const TEACHING_LANGUAGES = ["kk", "ru", "en"] as const;

/** "kk, ru" / "kk ru" → "kk,ru" (fixed order); null when a language is unknown. */
function teachingLanguages(cell: string): string | null {
  const list = cell.toLowerCase().split(/[\s,;/]+/).filter(Boolean);
  if (list.some((l) => !(TEACHING_LANGUAGES as readonly string[]).includes(l))) return null;
  return TEACHING_LANGUAGES.filter((l) => list.includes(l)).join(",");
}

export interface QualificationCell {
  code: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
}

/**
 * `3W07150301 Электргазбен дәнекерлеуші / Электрогазосварщик / Electric and gas welder | 4S…`:
 * items split by `|`, each a code and its names (kk / ru / en, the later ones optional).
 */
export function parseQualifications(cell: string): QualificationCell[] | null {
  if (cell.trim() === "") return [];
  const out: QualificationCell[] = [];
  for (const item of cell.split("|")) {
    const m = /^\s*([0-9A-Z]{6,12})\s+(.+?)\s*$/.exec(item);
    if (!m) return null;
    const [kk = "", ru = "", en = "", ...rest] = m[2]!.split(" / ").map((s) => s.trim());
    if (rest.length > 0 || [kk, ru, en].some((n) => n.length > 300)) return null;
    out.push({ code: m[1]!, nameKk: kk, nameRu: ru, nameEn: en });
  }
  return out;
}

const row = z.object({
  college_id: required(80).regex(ID_PATTERN, "bad-id"),
  region: required(40),
  name_kk: text(300), name_ru: text(300), name_en: text(300),
  city: text(80),
  address: text(300),
  phone,
  website,
  students_count: optionalInteger(0, 100_000),
  has_dual: bool(false),
  specialty_code: required(8).regex(/^\d{8}$/, "bad-specialty-code"),
  specialty_name_kk: text(300), specialty_name_ru: text(300), specialty_name_en: text(300),
  specialty_sector: z.union([z.literal(""), oneOf(SECTORS)]),
  specialty_working: bool(false),
  qualifications: z.string().max(5000).transform((v, ctx) => {
    const parsed = parseQualifications(v);
    if (parsed) return parsed;
    ctx.addIssue({ code: "custom", message: "bad-qualifications" });
    return z.NEVER;
  }),
  base_education: oneOf(BASE_EDUCATIONS, "grade9"),
  study_form: oneOf(STUDY_FORMS, "full_time"),
  duration_months: integer(6, 60),
  state_funded_places: z.union([z.literal("").transform(() => 0), integer(0, 10_000)]),
  paid_places: z.union([z.literal("").transform(() => 0), integer(0, 10_000)]),
  languages: z.string().transform((v, ctx) => {
    const langs = v === "" ? "kk,ru" : teachingLanguages(v);
    if (langs) return langs;
    ctx.addIssue({ code: "custom", message: "bad-languages" });
    return z.NEVER;
  }),
  is_dual: bool(false),
});
type Row = z.infer<typeof row>;

const collegeOf = (r: Row) => ({
  externalId: r.college_id,
  regionCode: r.region,
  ...t3("name", r),
  city: storedCity(r.city),
  address: r.address,
  phone: r.phone,
  website: r.website,
  studentsCount: r.students_count,
  hasDual: r.has_dual,
  searchText: buildSearchText(r.name_kk, r.name_ru, r.name_en, citySpellings(r.city), r.address),
});
type CollegeDef = ReturnType<typeof collegeOf>;

interface SpecialtyDef {
  code: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  sector: string;
  isWorking: boolean;
  searchText: string;
  qualifications: QualificationCell[];
}

interface Plan {
  colleges: CollegeDef[];
  /** Specialties to create (unknown to the database). */
  specialties: SpecialtyDef[];
  offers: Row[];
  /** Stored specialties the file refers to (counted as unchanged). */
  referencedSpecialties: number;
}

/** The same id must describe the same thing on every row (the first row wins otherwise). */
function firstDefinitions<D>(rows: ParsedRow<Row>[], issues: Issues, of: (r: Row) => { key: string; def: D } | null, column: string) {
  const defs = new Map<string, { row: number; def: D; json: string }>();
  for (const { row: n, data } of rows) {
    const found = of(data);
    if (!found) continue;
    const json = JSON.stringify(found.def);
    const first = defs.get(found.key);
    if (!first) defs.set(found.key, { row: n, def: found.def, json });
    else if (first.json !== json) issues.add(n, column, "conflict", { first: first.row });
  }
  return defs;
}

const specialtyOf = (r: Row): { key: string; def: SpecialtyDef } | null => {
  const names = t3("name", r, "specialty_name");
  if (!names.nameKk && !names.nameRu && !names.nameEn && !r.specialty_sector) return null;
  const searchText = buildSearchText(
    r.specialty_code, names.nameKk, names.nameRu, names.nameEn,
    ...r.qualifications.flatMap((q) => [q.code, q.nameKk, q.nameRu, q.nameEn]),
  );
  return {
    key: r.specialty_code,
    def: { code: r.specialty_code, ...names, sector: r.specialty_sector, isWorking: r.specialty_working, searchText, qualifications: r.qualifications },
  };
};

export const collegesSpec: KindSpec<Row, Plan> = {
  kind: "colleges",
  columns: Object.keys(row.shape),
  required: ["college_id", "region", "specialty_code", "duration_months"],
  textField: "name",
  row,
  async plan(rows, { tx, roles, issues }) {
    const offers = new Map<string, number>();
    for (const { row: n, data } of rows) {
      const key = `${data.college_id}/${data.specialty_code}/${data.base_education}`;
      const first = offers.get(key);
      if (first !== undefined) issues.add(n, "specialty_code", "duplicate-offer", { first });
      else offers.set(key, n);
    }
    const colleges = firstDefinitions(rows, issues, (r) => ({ key: r.college_id, def: collegeOf(r) }), "college_id");
    const defined = firstDefinitions(rows, issues, specialtyOf, "specialty_code");
    const stored = await findIn(rows.map((r) => r.data.specialty_code), (codes) =>
      tx.specialty.findMany({ where: { code: { in: codes } }, select: { code: true } }));
    const known = new Set(stored.map((s) => s.code));
    for (const { row: n, data } of rows) {
      if (known.has(data.specialty_code)) continue;
      const def = defined.get(data.specialty_code);
      if (!def) issues.add(n, "specialty_code", "unknown-specialty", { code: data.specialty_code });
      else if (def.row === n) {
        needOneLanguage(issues, n, "specialty_name", [def.def.nameKk, def.def.nameRu, def.def.nameEn]);
        if (!def.def.sector) issues.add(n, "specialty_sector", "required");
      }
    }
    // A qualification code belongs to one specialty of the classifier: a new specialty cannot take a stored one.
    const newDefs = [...defined.values()].filter((d) => !known.has(d.def.code));
    const taken = new Set((await findIn(newDefs.flatMap((d) => d.def.qualifications.map((q) => q.code)), (codes) =>
      tx.qualification.findMany({ where: { code: { in: codes } }, select: { code: true } }))).map((q) => q.code));
    for (const d of newDefs) {
      for (const q of d.def.qualifications) if (taken.has(q.code)) issues.add(d.row, "qualifications", "qualification-taken", { code: q.code });
    }
    const storedColleges = await findIn([...colleges.keys()], (ids) =>
      tx.college.findMany({ where: { externalId: { in: ids } }, select: { externalId: true, regionCode: true } }));
    checkStoredScope(issues, roles, [...colleges.entries()].map(([id, c]) => ({ row: c.row, id })), new Map(storedColleges.map((c) => [c.externalId, c.regionCode])), "college_id");
    return {
      colleges: [...colleges.values()].map((c) => c.def),
      specialties: [...defined.values()].map((d) => d.def).filter((s) => !known.has(s.code)),
      offers: rows.map((r) => r.data),
      referencedSpecialties: known.size,
    };
  },
  async apply(tx, plan, now) {
    const specialties = await upsertCounted(
      {
        find: (codes) => tx.specialty.findMany({ where: { code: { in: codes } } }),
        createMany: (data) => insertRows(tx, "Specialty", data),
        update: () => Promise.resolve(), // only new specialties reach here
      },
      plan.specialties.map(({ qualifications: _, ...s }) => s),
      (r) => r.code,
    );
    const qualifications = await upsertCounted(
      {
        find: (codes) => tx.qualification.findMany({ where: { code: { in: codes } } }),
        createMany: (data) => insertRows(tx, "Qualification", data),
        returnsCreated: false,
        update: () => Promise.resolve(), // codes already stored were refused by plan()
      },
      dedupe(plan.specialties.flatMap((s) =>
        s.qualifications.map((q) => ({ ...q, specialtyId: specialties.stored.get(s.code)!.id, isWorking: q.code.startsWith("3W") })))),
      (r) => r.code,
    );
    const collegeRows = await upsertCounted(
      {
        find: (ids) => tx.college.findMany({ where: { externalId: { in: ids } } }),
        createMany: (data) => insertRows(tx, "College", data, now),
        update: (cur, data) => tx.college.update({ where: { id: cur.id }, data }),
      },
      plan.colleges,
      (r) => r.externalId,
    );
    const allSpecialties = await findIn(plan.offers.map((o) => o.specialty_code), (codes) =>
      tx.specialty.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } }));
    const specialtyIds = new Map(allSpecialties.map((s) => [s.code, s.id]));
    const collegeIds = [...collegeRows.stored.values()].map((c) => c.id);
    const offers = await upsertCounted(
      {
        find: () => findIn(collegeIds.map(String), (ids) => tx.collegeSpecialty.findMany({ where: { collegeId: { in: ids.map(Number) } } })),
        createMany: (data) => insertRows(tx, "CollegeSpecialty", data),
        returnsCreated: false,
        update: (cur, data) => tx.collegeSpecialty.update({ where: { id: cur.id }, data }),
      },
      plan.offers.map((o) => ({
        collegeId: collegeRows.stored.get(o.college_id)!.id,
        specialtyId: specialtyIds.get(o.specialty_code)!,
        baseEducation: o.base_education,
        stateFundedPlaces: o.state_funded_places,
        paidPlaces: o.paid_places,
        studyForm: o.study_form,
        durationMonths: o.duration_months,
        languages: o.languages,
        isDual: o.is_dual,
      })),
      (o) => `${o.collegeId}/${o.specialtyId}/${o.baseEducation}`,
    );
    const specialtyCounts = { ...specialties.counts, unchanged: plan.referencedSpecialties };
    return { colleges: collegeRows.counts, specialties: specialtyCounts, qualifications: qualifications.counts, offers: offers.counts };
  },
};

/** One row per code (a specialty listed on several rows lists its qualifications each time). */
function dedupe<T extends { code: string }>(rows: T[]): T[] {
  return [...new Map(rows.map((r) => [r.code, r])).values()];
}
