// Vacancies with their employers: one row per vacancy. The employer columns define (or update)
// the employer named by employer_id; left empty, the employer must be defined by another row
// of the file or already be stored.
import { z } from "zod";
import { SECTORS } from "../../sectors.ts";
import { buildSearchText } from "../../search.ts";
import { canManageRegion } from "../../roles.ts";
import {
  bool, email, integer, localDate, nullableText, oneOf, optionalInteger, optionalLocalDate, phone, required, telegram, text, website,
} from "../cells.ts";
import { checkStoredScope, citySpellings, findIn, ID_PATTERN, storedCity, t3, type KindSpec, type ParsedRow } from "../spec.ts";
import { insertRows, upsertCounted } from "../sync.ts";

export const SCHEDULES = ["full_time", "part_time", "shift", "rotation", "remote"] as const;

const row = z.object({
  id: required(80).regex(ID_PATTERN, "bad-id"),
  region: required(40),
  employer_id: required(80).regex(ID_PATTERN, "bad-id"),
  employer_name: text(200),
  employer_sector: z.union([z.literal(""), oneOf(SECTORS)]),
  employer_city: text(80),
  employer_phone: phone,
  employer_email: email,
  employer_website: website,
  employer_about_kk: text(2000), employer_about_ru: text(2000), employer_about_en: text(2000),
  event_id: z.union([z.literal(""), z.string().regex(ID_PATTERN, "bad-id")]),
  title_kk: text(200), title_ru: text(200), title_en: text(200),
  requirements_kk: text(3000), requirements_ru: text(3000), requirements_en: text(3000),
  sector: oneOf(SECTORS),
  working_profession: bool(false),
  positions: z.union([z.literal("").transform(() => 1), integer(1, 10_000)]),
  salary_min: optionalInteger(0, 100_000_000),
  salary_max: optionalInteger(0, 100_000_000),
  schedule: oneOf(SCHEDULES, "full_time"),
  city: text(80),
  contact_name: nullableText(120),
  contact_phone: phone,
  contact_email: email,
  contact_telegram: telegram,
  posted_at: optionalLocalDate("09:00"),
  expires_at: localDate("23:59"),
});
type Row = z.infer<typeof row>;

interface EmployerDef {
  externalId: string;
  regionCode: string;
  name: string;
  aboutKk: string;
  aboutRu: string;
  aboutEn: string;
  sector: string;
  city: string;
  phone: string | null;
  email: string | null;
  website: string | null;
}

interface Plan {
  employers: EmployerDef[];
  vacancies: Row[];
  /** Names of every employer the vacancies refer to (for searchText). */
  employerNames: Map<string, string>;
  /** Stored events by external id. */
  eventIds: Map<string, number>;
}

function employerOf(v: Row): EmployerDef | null {
  if (v.employer_name === "") return null;
  return {
    externalId: v.employer_id,
    regionCode: v.region,
    name: v.employer_name,
    ...t3("about", v, "employer_about"),
    sector: v.employer_sector || v.sector,
    city: storedCity(v.employer_city || v.city),
    phone: v.employer_phone,
    email: v.employer_email,
    website: v.employer_website,
  };
}

/** Employers defined by the rows; a second definition that differs is a conflict. */
function collectEmployers(rows: ParsedRow<Row>[], add: (row: number, column: string, code: string, vars?: Record<string, number | string>) => void) {
  const defs = new Map<string, { row: number; def: EmployerDef; json: string }>();
  for (const { row: n, data } of rows) {
    const def = employerOf(data);
    if (!def) continue;
    const json = JSON.stringify(def);
    const first = defs.get(def.externalId);
    if (!first) defs.set(def.externalId, { row: n, def, json });
    else if (first.json !== json) add(n, "employer_name", "conflict", { first: first.row });
  }
  return defs;
}

export const vacanciesSpec: KindSpec<Row, Plan> = {
  kind: "vacancies",
  columns: Object.keys(row.shape),
  required: ["id", "region", "employer_id", "sector", "expires_at"],
  idColumn: "id",
  textField: "title",
  row,
  async plan(rows, { tx, roles, issues }) {
    const add = issues.add.bind(issues);
    for (const { row: n, data } of rows) {
      if (data.salary_min !== null && data.salary_max !== null && data.salary_min > data.salary_max) add(n, "salary_max", "salary-range");
      if (data.posted_at && data.expires_at <= data.posted_at) add(n, "expires_at", "expires-before-posted");
    }
    const defs = collectEmployers(rows, add);
    const storedEmployers = await findIn(rows.map((r) => r.data.employer_id), (ids) =>
      tx.employer.findMany({ where: { externalId: { in: ids } }, select: { externalId: true, regionCode: true, name: true } }));
    const storedById = new Map(storedEmployers.map((e) => [e.externalId, e]));
    for (const { row: n, data } of rows) {
      const stored = storedById.get(data.employer_id);
      if (!defs.has(data.employer_id) && !stored) add(n, "employer_id", "unknown-employer", { id: data.employer_id });
    }
    // Redefining a stored employer of another region is not the staff member's to do.
    for (const { row: n, def } of defs.values()) {
      const stored = storedById.get(def.externalId);
      if (stored && !canManageRegion(roles, stored.regionCode)) add(n, "employer_id", "out-of-scope", { region: stored.regionCode });
    }
    const storedVacancies = await findIn(rows.map((r) => r.data.id), (ids) =>
      tx.vacancy.findMany({ where: { externalId: { in: ids } }, select: { externalId: true, regionCode: true } }));
    checkStoredScope(issues, roles, rows.map((r) => ({ row: r.row, id: r.data.id })), new Map(storedVacancies.map((v) => [v.externalId, v.regionCode])), "id");
    const eventRefs = rows.map((r) => r.data.event_id).filter((id) => id !== "");
    const events = await findIn(eventRefs, (ids) => tx.event.findMany({ where: { externalId: { in: ids } }, select: { externalId: true, id: true } }));
    const eventIds = new Map(events.map((e) => [e.externalId, e.id]));
    for (const { row: n, data } of rows) {
      if (data.event_id !== "" && !eventIds.has(data.event_id)) add(n, "event_id", "unknown-event", { id: data.event_id });
    }
    const employerNames = new Map(storedEmployers.map((e) => [e.externalId, e.name]));
    for (const { def } of defs.values()) employerNames.set(def.externalId, def.name);
    return { employers: [...defs.values()].map((d) => d.def), vacancies: rows.map((r) => r.data), employerNames, eventIds };
  },
  async apply(tx, plan, now) {
    const employers = await upsertCounted(
      {
        find: (ids) => tx.employer.findMany({ where: { externalId: { in: ids } } }),
        createMany: (data) => insertRows(tx, "Employer", data),
        update: (cur, data) => tx.employer.update({ where: { id: cur.id }, data }),
      },
      plan.employers,
      (r) => r.externalId,
    );
    const others = plan.vacancies.map((v) => v.employer_id).filter((id) => !employers.stored.has(id));
    const referenced = await findIn(others, (ids) => tx.employer.findMany({ where: { externalId: { in: ids } }, select: { id: true, externalId: true } }));
    const employerIds = new Map([...employers.stored.values(), ...referenced].map((e) => [e.externalId, e.id]));
    const vacancies = await upsertCounted(
      {
        find: (ids) => tx.vacancy.findMany({ where: { externalId: { in: ids } } }),
        createMany: (data) => insertRows(tx, "Vacancy", data, now),
        returnsCreated: false,
        update: (cur, data) => tx.vacancy.update({ where: { id: cur.id }, data }),
      },
      plan.vacancies.map((v) => ({
        externalId: v.id,
        employerId: employerIds.get(v.employer_id)!,
        regionCode: v.region,
        eventId: v.event_id === "" ? null : plan.eventIds.get(v.event_id)!,
        ...t3("title", v),
        ...t3("requirements", v),
        sector: v.sector,
        isWorkingProfession: v.working_profession,
        positions: v.positions,
        salaryMin: v.salary_min,
        salaryMax: v.salary_max,
        schedule: v.schedule,
        city: storedCity(v.city),
        contactName: v.contact_name,
        contactPhone: v.contact_phone,
        contactEmail: v.contact_email,
        contactTelegram: v.contact_telegram,
        // Without a date in the file a new vacancy is posted now and a stored one keeps its date.
        postedAt: v.posted_at ?? (undefined as unknown as Date),
        expiresAt: v.expires_at,
        searchText: buildSearchText(
          v.title_kk, v.title_ru, v.title_en, v.requirements_kk, v.requirements_ru, v.requirements_en,
          plan.employerNames.get(v.employer_id), citySpellings(v.city),
        ),
      })),
      (r) => r.externalId,
      (r) => ({ ...r, postedAt: r.postedAt ?? now }),
    );
    return { employers: employers.counts, vacancies: vacancies.counts };
  },
};
