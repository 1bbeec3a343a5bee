// One writer per model: turns seed objects into rows and syncs them by their stable key
// (externalId, code, or college+specialty+base education), see sync.ts.
import type { Prisma } from "../client.ts";
import { buildSearchText } from "../../domain/search.ts";
import { cityNames, CITIES } from "../../domain/cities.ts";
import { must, syncRows } from "./sync.ts";
import { localAt } from "./time.ts";
import type {
  CollegeSeed, CourseSeed, EmployerSeed, EventSeed, ProviderSeed, SpecialtySeed, T3, VacancySeed,
} from "./types.ts";

export type Tx = Prisma.TransactionClient;

const MAX_COURSE_WEEKS = 26; // short courses last at most 6 months

export function demoId(region: string, kind: string, key: string): string {
  return `demo-${region}-${kind}-${key}`;
}

/** `{ nameKk, nameRu, nameEn }` from a translated text. */
function cols<F extends string>(field: F, t: T3): Record<`${F}Kk` | `${F}Ru` | `${F}En`, string> {
  return { [`${field}Kk`]: t.kk, [`${field}Ru`]: t.ru, [`${field}En`]: t.en } as Record<`${F}Kk` | `${F}Ru` | `${F}En`, string>;
}

const byExternalId = (row: { externalId: string }) => row.externalId;
const byCode = (row: { code: string }) => row.code;

/** Specialties and their qualifications, by code. Returns specialty ids by code. */
export async function writeSpecialties(tx: Tx, specialties: readonly SpecialtySeed[]): Promise<Map<string, number>> {
  const stored = await syncRows(
    {
      find: (codes) => tx.specialty.findMany({ where: { code: { in: codes } } }),
      createMany: (data) => tx.specialty.createMany({ data }),
      update: (cur, data) => tx.specialty.update({ where: { id: cur.id }, data }),
    },
    specialties.map((s) => ({
      code: s.code,
      ...cols("name", s.name),
      sector: s.sector,
      isWorking: s.isWorking,
      searchText: buildSearchText(
        s.code, s.name.kk, s.name.ru, s.name.en,
        ...s.qualifications.flatMap((q) => [q.code, q.name.kk, q.name.ru, q.name.en]),
      ),
    })),
    byCode,
  );
  const ids = new Map([...stored].map(([code, row]) => [code, row.id] as const));
  await syncRows(
    {
      find: (codes) => tx.qualification.findMany({ where: { code: { in: codes } } }),
      createMany: (data) => tx.qualification.createMany({ data }),
      update: (cur, data) => tx.qualification.update({ where: { id: cur.id }, data }),
    },
    specialties.flatMap((s) =>
      s.qualifications.map((q) => ({
        code: q.code,
        specialtyId: must(ids, s.code, "specialty"),
        ...cols("name", q.name),
        isWorking: q.isWorking,
      })),
    ),
    byCode,
  );
  return ids;
}

/** Colleges of a region with their offers (one CollegeSpecialty per specialty and base education). */
export async function writeColleges(
  tx: Tx, region: string, colleges: readonly CollegeSeed[], specialtyIds: Map<string, number>,
): Promise<void> {
  const stored = await syncRows(
    {
      find: (ids) => tx.college.findMany({ where: { externalId: { in: ids } } }),
      createMany: (data) => tx.college.createMany({ data }),
      update: (cur, data) => tx.college.update({ where: { id: cur.id }, data }),
    },
    colleges.map((c) => ({
      externalId: demoId(region, "college", c.key),
      regionCode: region,
      ...cols("name", c.name),
      city: CITIES[c.city].kk,
      address: c.address,
      phone: c.phone,
      website: c.website ?? null,
      studentsCount: c.studentsCount,
      hasDual: c.hasDual,
      searchText: buildSearchText(c.name.kk, c.name.ru, c.name.en, cityNames(c.city), c.address),
    })),
    byExternalId,
  );
  const collegeIds = [...stored.values()].map((c) => c.id);
  await syncRows(
    {
      find: () => tx.collegeSpecialty.findMany({ where: { collegeId: { in: collegeIds } } }),
      createMany: (data) => tx.collegeSpecialty.createMany({ data }),
      update: (cur, data) => tx.collegeSpecialty.update({ where: { id: cur.id }, data }),
    },
    colleges.flatMap((c) => {
      const externalId = demoId(region, "college", c.key);
      const collegeId = must(stored, externalId, "college").id;
      return c.offers.map((o) => ({
        collegeId,
        specialtyId: must(specialtyIds, o.specialty, `specialty offered by ${externalId}`),
        baseEducation: o.baseEducation,
        stateFundedPlaces: o.stateFundedPlaces,
        paidPlaces: o.paidPlaces,
        studyForm: o.studyForm ?? "full_time",
        durationMonths: o.durationMonths,
        languages: o.languages ?? "kk,ru",
        isDual: o.isDual ?? false,
      }));
    }),
    (o) => `${o.collegeId}/${o.specialtyId}/${o.baseEducation}`,
  );
}

export interface ProviderRef {
  id: number;
  name: T3;
}

/** Course providers of a region (Provider has no region column; the region is in the id). */
export async function writeProviders(tx: Tx, region: string, providers: readonly ProviderSeed[]): Promise<Map<string, ProviderRef>> {
  const stored = await syncRows(
    {
      find: (ids) => tx.provider.findMany({ where: { externalId: { in: ids } } }),
      createMany: (data) => tx.provider.createMany({ data }),
      update: (cur, data) => tx.provider.update({ where: { id: cur.id }, data }),
    },
    providers.map((p) => ({
      externalId: demoId(region, "provider", p.key),
      ...cols("name", p.name),
      phone: p.phone ?? null,
      website: p.website ?? null,
    })),
    byExternalId,
  );
  return new Map(
    providers.map((p) => [p.key, { id: must(stored, demoId(region, "provider", p.key), "provider").id, name: p.name }] as const),
  );
}

export async function writeCourses(
  tx: Tx, region: string, courses: readonly CourseSeed[], providers: Map<string, ProviderRef>, now: Date,
): Promise<void> {
  await syncRows(
    {
      find: (ids) => tx.course.findMany({ where: { externalId: { in: ids } } }),
      createMany: (data) => tx.course.createMany({ data }),
      update: (cur, data) => tx.course.update({ where: { id: cur.id }, data }),
    },
    courses.map((c) => {
      const externalId = demoId(region, "course", c.key);
      const provider = must(providers, c.provider, `provider of ${externalId}`);
      const startsAt = localAt(now, c.startsInDays, c.startTime ?? "09:00");
      const registrationDeadline = localAt(now, c.deadlineInDays, "18:00");
      if (registrationDeadline > startsAt) throw new Error(`seed: ${externalId} closes registration after its start`);
      if (c.durationWeeks < 1 || c.durationWeeks > MAX_COURSE_WEEKS) throw new Error(`seed: ${externalId} lasts ${c.durationWeeks} weeks`);
      return {
        externalId,
        regionCode: region,
        providerId: provider.id,
        ...cols("title", c.title),
        ...cols("description", c.description),
        sector: c.sector,
        format: c.format,
        isFree: c.priceKzt === undefined,
        priceKzt: c.priceKzt ?? null,
        durationWeeks: c.durationWeeks,
        hoursTotal: c.hoursTotal,
        city: CITIES[c.city].kk,
        address: c.address,
        startsAt,
        registrationDeadline,
        capacity: c.capacity,
        minAge: c.minAge ?? 14,
        maxAge: c.maxAge ?? 35,
        isPublished: true,
        searchText: buildSearchText(
          c.title.kk, c.title.ru, c.title.en, c.description.kk, c.description.ru, c.description.en,
          provider.name.kk, provider.name.ru, provider.name.en, cityNames(c.city), c.address,
        ),
      };
    }),
    byExternalId,
  );
}

/** Published events of a region. Returns event ids by seed key. */
export async function writeEvents(tx: Tx, region: string, events: readonly EventSeed[], now: Date): Promise<Map<string, number>> {
  const stored = await syncRows(
    {
      find: (ids) => tx.event.findMany({ where: { externalId: { in: ids } } }),
      createMany: (data) => tx.event.createMany({ data }),
      update: (cur, data) => tx.event.update({ where: { id: cur.id }, data }),
    },
    events.map((e) => {
      const externalId = demoId(region, "event", e.key);
      const startsAt = localAt(now, e.inDays, e.from);
      const endsAt = localAt(now, e.inDays + (e.days ?? 1) - 1, e.to);
      if (endsAt <= startsAt) throw new Error(`seed: ${externalId} ends before it starts`);
      return {
        externalId,
        regionCode: region,
        kind: e.kind,
        ...cols("title", e.title),
        ...cols("description", e.description),
        venue: e.venue,
        address: e.address,
        city: CITIES[e.city].kk,
        latitude: e.latitude,
        longitude: e.longitude,
        startsAt,
        endsAt,
        expectedVacancies: e.expectedVacancies ?? null,
        expectedEmployers: e.expectedEmployers ?? null,
        status: "published",
        publishedAt: localAt(now, Math.min(e.inDays, 0) - 10, "09:00"),
        searchText: buildSearchText(
          e.title.kk, e.title.ru, e.title.en, e.description.kk, e.description.ru, e.description.en,
          e.venue, e.address, cityNames(e.city),
        ),
      };
    }),
    byExternalId,
  );
  return new Map(events.map((e) => [e.key, must(stored, demoId(region, "event", e.key), "event").id] as const));
}

export interface EmployerRef {
  id: number;
  name: string;
}

export async function writeEmployers(tx: Tx, region: string, employers: readonly EmployerSeed[]): Promise<Map<string, EmployerRef>> {
  const stored = await syncRows(
    {
      find: (ids) => tx.employer.findMany({ where: { externalId: { in: ids } } }),
      createMany: (data) => tx.employer.createMany({ data }),
      update: (cur, data) => tx.employer.update({ where: { id: cur.id }, data }),
    },
    employers.map((e) => ({
      externalId: demoId(region, "employer", e.key),
      regionCode: region,
      name: e.name,
      ...cols("about", e.about),
      sector: e.sector,
      city: CITIES[e.city].kk,
      phone: e.phone ?? null,
      email: e.email ?? null,
      website: e.website ?? null,
    })),
    byExternalId,
  );
  return new Map(
    employers.map((e) => [e.key, { id: must(stored, demoId(region, "employer", e.key), "employer").id, name: e.name }] as const),
  );
}

export async function writeVacancies(
  tx: Tx,
  region: string,
  vacancies: readonly VacancySeed[],
  employers: Map<string, EmployerRef>,
  events: Map<string, number>,
  now: Date,
): Promise<void> {
  await syncRows(
    {
      find: (ids) => tx.vacancy.findMany({ where: { externalId: { in: ids } } }),
      createMany: (data) => tx.vacancy.createMany({ data }),
      update: (cur, data) => tx.vacancy.update({ where: { id: cur.id }, data }),
    },
    vacancies.map((v) => {
      const externalId = demoId(region, "vacancy", v.key);
      const employer = must(employers, v.employer, `employer of ${externalId}`);
      return {
        externalId,
        employerId: employer.id,
        regionCode: region,
        eventId: v.event === undefined ? null : must(events, v.event, `event of ${externalId}`),
        ...cols("title", v.title),
        ...cols("requirements", v.requirements),
        sector: v.sector,
        isWorkingProfession: v.isWorkingProfession,
        positions: v.positions,
        salaryMin: v.salaryMin ?? null,
        salaryMax: v.salaryMax ?? null,
        schedule: v.schedule,
        city: CITIES[v.city].kk,
        contactName: v.contact.name ?? null,
        contactPhone: v.contact.phone ?? null,
        contactEmail: v.contact.email ?? null,
        contactTelegram: v.contact.telegram ?? null,
        postedAt: localAt(now, -v.postedDaysAgo, "09:30"),
        expiresAt: localAt(now, v.expiresInDays, "23:59"),
        searchText: buildSearchText(
          v.title.kk, v.title.ru, v.title.en, v.requirements.kk, v.requirements.ru, v.requirements.en,
          employer.name, cityNames(v.city),
        ),
      };
    }),
    byExternalId,
  );
}
