// Short courses with their providers: one row per course. The provider columns define (or
// update) the provider named by provider_id, with the row's region as its home region; left
// empty, the provider must be defined by another row of the file or already be stored.
// A changed stored course gets an audit entry, and its applicants hear of a new start or place
// (src/domain/reminders/course-changes.ts).
import { z } from "zod";
import { SECTORS } from "../../sectors.ts";
import { buildSearchText } from "../../search.ts";
import { canManageRegion } from "../../roles.ts";
import { bool, integer, localDate, oneOf, optionalInteger, phone, required, text, website } from "../cells.ts";
import { auditChangedRow, checkStoredScope, citySpellings, findIn, ID_PATTERN, storedCity, t3, type KindSpec, type Tx, type ParsedRow } from "../spec.ts";
import { insertRows, upsertCounted } from "../sync.ts";
import type { Issues } from "../types.ts";
import { noticeCourseChange } from "../../reminders/course-changes.ts";
import type { Course } from "../../../generated/prisma/client.ts";

export const COURSE_FORMATS = ["online", "offline", "hybrid"] as const;
const MAX_COURSE_WEEKS = 26; // short courses last at most 6 months

const row = z.object({
  id: required(80).regex(ID_PATTERN, "bad-id"),
  region: required(40),
  provider_id: required(80).regex(ID_PATTERN, "bad-id"),
  provider_name_kk: text(200), provider_name_ru: text(200), provider_name_en: text(200),
  provider_phone: phone,
  provider_website: website,
  title_kk: text(200), title_ru: text(200), title_en: text(200),
  description_kk: text(3000), description_ru: text(3000), description_en: text(3000),
  sector: oneOf(SECTORS),
  format: oneOf(COURSE_FORMATS, "offline"),
  price_kzt: optionalInteger(1, 10_000_000),
  duration_weeks: integer(1, MAX_COURSE_WEEKS),
  hours_total: optionalInteger(1, 2_000),
  city: text(80),
  address: text(300),
  starts_at: localDate("09:00"),
  registration_deadline: localDate("18:00"),
  capacity: integer(1, 10_000),
  min_age: z.union([z.literal("").transform(() => 14), integer(14, 35)]),
  max_age: z.union([z.literal("").transform(() => 35), integer(14, 35)]),
  published: bool(true),
});
type Row = z.infer<typeof row>;

interface ProviderDef {
  externalId: string;
  regionCode: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  phone: string | null;
  website: string | null;
}

interface Plan {
  providers: ProviderDef[];
  courses: Row[];
  /** Names of every provider the courses refer to (for searchText). */
  providerNames: Map<string, string>;
}

function providerOf(c: Row): ProviderDef | null {
  const names = t3("name", c, "provider_name");
  if (!names.nameKk && !names.nameRu && !names.nameEn) return null;
  return { externalId: c.provider_id, regionCode: c.region, ...names, phone: c.provider_phone, website: c.provider_website };
}

function collectProviders(rows: ParsedRow<Row>[], issues: Issues) {
  const defs = new Map<string, { row: number; def: ProviderDef; json: string }>();
  for (const { row: n, data } of rows) {
    const def = providerOf(data);
    if (!def) continue;
    const json = JSON.stringify(def);
    const first = defs.get(def.externalId);
    if (!first) defs.set(def.externalId, { row: n, def, json });
    else if (first.json !== json) issues.add(n, "provider_name_kk", "conflict", { first: first.row });
  }
  return defs;
}

export const coursesSpec: KindSpec<Row, Plan> = {
  kind: "courses",
  columns: Object.keys(row.shape),
  required: ["id", "region", "provider_id", "sector", "duration_weeks", "starts_at", "registration_deadline", "capacity"],
  idColumn: "id",
  textField: "title",
  row,
  async plan(rows, { tx, roles, issues }) {
    for (const { row: n, data } of rows) {
      if (data.registration_deadline > data.starts_at) issues.add(n, "registration_deadline", "deadline-after-start");
      if (data.min_age > data.max_age) issues.add(n, "max_age", "age-range");
    }
    const defs = collectProviders(rows, issues);
    const stored = await findIn(rows.map((r) => r.data.provider_id), (ids) =>
      tx.provider.findMany({ where: { externalId: { in: ids } }, select: { externalId: true, regionCode: true, nameKk: true, nameRu: true, nameEn: true } }));
    const storedById = new Map(stored.map((p) => [p.externalId, p]));
    for (const { row: n, data } of rows) {
      if (!defs.has(data.provider_id) && !storedById.has(data.provider_id)) issues.add(n, "provider_id", "unknown-provider", { id: data.provider_id });
    }
    // A stored provider without a home region is shared: only admins may redefine it.
    for (const { row: n, def } of defs.values()) {
      const p = storedById.get(def.externalId);
      if (p && !roles.admin && !canManageRegion(roles, p.regionCode)) issues.add(n, "provider_id", "out-of-scope", { region: p.regionCode ?? "—" });
    }
    const storedCourses = await findIn(rows.map((r) => r.data.id), (ids) =>
      tx.course.findMany({ where: { externalId: { in: ids } }, select: { externalId: true, regionCode: true } }));
    checkStoredScope(issues, roles, rows.map((r) => ({ row: r.row, id: r.data.id })), new Map(storedCourses.map((c) => [c.externalId, c.regionCode])), "id");
    const providerNames = new Map(stored.map((p) => [p.externalId, `${p.nameKk} ${p.nameRu} ${p.nameEn}`]));
    for (const { def } of defs.values()) providerNames.set(def.externalId, `${def.nameKk} ${def.nameRu} ${def.nameEn}`);
    return { providers: [...defs.values()].map((d) => d.def), courses: rows.map((r) => r.data), providerNames };
  },
  async apply(tx, plan, now, actorId) {
    const providers = await upsertCounted(
      {
        find: (ids) => tx.provider.findMany({ where: { externalId: { in: ids } } }),
        createMany: (data) => insertRows(tx, "Provider", data),
        update: (cur, data) => tx.provider.update({ where: { id: cur.id }, data }),
      },
      plan.providers,
      (r) => r.externalId,
    );
    const others = plan.courses.map((c) => c.provider_id).filter((id) => !providers.stored.has(id));
    const referenced = await findIn(others, (ids) => tx.provider.findMany({ where: { externalId: { in: ids } }, select: { id: true, externalId: true } }));
    const providerIds = new Map([...providers.stored.values(), ...referenced].map((p) => [p.externalId, p.id]));
    const courses = await upsertCounted(
      {
        find: (ids) => tx.course.findMany({ where: { externalId: { in: ids } } }),
        createMany: (data) => insertRows(tx, "Course", data, now),
        returnsCreated: false,
        update: (cur, data) => updateStoredCourse(tx, cur, data, now, actorId),
      },
      plan.courses.map((c) => ({
        externalId: c.id,
        regionCode: c.region,
        providerId: providerIds.get(c.provider_id)!,
        ...t3("title", c),
        ...t3("description", c),
        sector: c.sector,
        format: c.format,
        isFree: c.price_kzt === null,
        priceKzt: c.price_kzt,
        durationWeeks: c.duration_weeks,
        hoursTotal: c.hours_total,
        city: storedCity(c.city),
        address: c.address,
        startsAt: c.starts_at,
        registrationDeadline: c.registration_deadline,
        capacity: c.capacity,
        minAge: c.min_age,
        maxAge: c.max_age,
        isPublished: c.published,
        searchText: buildSearchText(
          c.title_kk, c.title_ru, c.title_en, c.description_kk, c.description_ru, c.description_en,
          plan.providerNames.get(c.provider_id), citySpellings(c.city), c.address,
        ),
      })),
      (r) => r.externalId,
    );
    return { providers: providers.counts, courses: courses.counts };
  },
};

async function updateStoredCourse(tx: Tx, before: Course, data: Partial<Course>, now: Date, actorId: number | null): Promise<void> {
  const after = await tx.course.update({ where: { id: before.id }, data });
  const entry = await auditChangedRow(tx, { actorId, action: "course.update", entity: "Course", id: after.id, details: { published: after.isPublished }, now });
  await noticeCourseChange(tx, before, after, entry.id, now);
}
