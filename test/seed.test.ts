// The region seed and the idempotent demo seed, on a real SQLite file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../src/db/client.ts";
import { migrate } from "../src/db/migrate.ts";
import { DEMO_USERS, REGIONS, seedDemo, seedRegions } from "../src/db/seed/index.ts";
import { normalizeForSearch } from "../src/domain/search.ts";
import { isSector } from "../src/domain/sectors.ts";

const NOW = new Date("2026-03-10T06:30:00Z"); // 11:30 in Kazakhstan
const DEMO_REGIONS = ["turkistan", "aktobe", "karaganda", "abai"];
const DAY = 86_400_000;

let dir: string;
let db: Db;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "mamandyq-"));
  const url = `file:${join(dir, "test.db")}`;
  migrate(url);
  db = await createDb(url);
});

afterAll(async () => {
  await db?.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

async function counts(): Promise<Record<string, number>> {
  return {
    region: await db.region.count(),
    specialty: await db.specialty.count(),
    qualification: await db.qualification.count(),
    college: await db.college.count(),
    collegeSpecialty: await db.collegeSpecialty.count(),
    provider: await db.provider.count(),
    course: await db.course.count(),
    event: await db.event.count(),
    employer: await db.employer.count(),
    vacancy: await db.vacancy.count(),
    user: await db.user.count(),
    roleGrant: await db.roleGrant.count(),
  };
}

/** The latest updatedAt of each table that has one. */
async function lastUpdates(): Promise<Array<Date | null>> {
  const max = { _max: { updatedAt: true } } as const;
  return [
    (await db.college.aggregate(max))._max.updatedAt,
    (await db.course.aggregate(max))._max.updatedAt,
    (await db.event.aggregate(max))._max.updatedAt,
    (await db.vacancy.aggregate(max))._max.updatedAt,
  ];
}

/** searchText is the normalised form of itself, padded with one space on each side. */
function expectNormalised(searchText: string): void {
  expect(searchText.trim().length).toBeGreaterThan(0);
  expect(searchText).toBe(` ${normalizeForSearch(searchText)} `);
}

describe("seedRegions", () => {
  it("writes the 17 regions and 3 cities with names in kk, ru and en", async () => {
    await seedRegions(db);
    await seedRegions(db);
    const regions = await db.region.findMany({ orderBy: { sortOrder: "asc" } });
    expect(regions).toHaveLength(20);
    expect(new Set(regions.map((r) => r.sortOrder)).size).toBe(20);
    for (const r of regions) {
      expect(r.nameKk && r.nameRu && r.nameEn).toBeTruthy();
    }
    expect(regions.find((r) => r.code === "turkistan")).toMatchObject({
      nameKk: "Түркістан облысы", nameRu: "Туркестанская область", nameEn: "Turkistan Region", centre: "Turkistan",
    });
    expect(regions.filter((r) => r.centre === null).map((r) => r.code).sort()).toEqual(["almaty", "astana", "shymkent"]);
    expect(REGIONS).toHaveLength(20);
  });
});

describe("seedDemo", () => {
  it("is idempotent: a second run creates no rows and changes none", async () => {
    await seedDemo(db, NOW);
    const first = await counts();
    const before = await lastUpdates();
    await seedDemo(db, NOW);
    expect(await counts()).toEqual(first);
    expect(await lastUpdates()).toEqual(before); // nothing rewritten either
    expect(first.region).toBe(20);
    expect(first.specialty).toBeGreaterThanOrEqual(25);
    expect(first.college).toBeGreaterThanOrEqual(16);
  });

  it("a later run moves the dates with `now` and still adds no rows", async () => {
    const before = await counts();
    const later = new Date(NOW.getTime() + 3 * DAY);
    await seedDemo(db, later);
    expect(await counts()).toEqual(before);
    const fair = await db.event.findUniqueOrThrow({ where: { externalId: "demo-turkistan-event-vacancies-fair" } });
    expect(fair.startsAt.getTime() - later.getTime()).toBeGreaterThan(0);
    await seedDemo(db, NOW); // back to the fixed clock for the other tests
  });

  it("gives every demo region colleges, offers, courses, upcoming events and open vacancies", async () => {
    for (const regionCode of DEMO_REGIONS) {
      const colleges = await db.college.count({ where: { regionCode } });
      const offers = await db.collegeSpecialty.count({ where: { college: { regionCode } } });
      const courses = await db.course.count({ where: { regionCode, startsAt: { gt: NOW } } });
      const events = await db.event.count({ where: { regionCode, status: "published", startsAt: { gt: NOW } } });
      const vacancies = await db.vacancy.count({ where: { regionCode, expiresAt: { gt: NOW } } });
      const employers = await db.employer.count({ where: { regionCode } });
      const what = `${regionCode}: ${JSON.stringify({ colleges, offers, courses, events, vacancies, employers })}`;
      expect(colleges >= 4 && colleges <= 6, what).toBe(true);
      expect(offers >= colleges * 4, what).toBe(true);
      expect(courses >= 4, what).toBe(true);
      expect(events >= 3, what).toBe(true);
      expect(vacancies >= 10, what).toBe(true);
      expect(employers >= 5, what).toBe(true);
    }
    // Turkistan has the most vacancies.
    const perRegion = await db.vacancy.groupBy({ by: ["regionCode"], _count: { _all: true } });
    const top = perRegion.sort((a, b) => b._count._all - a._count._all)[0];
    expect(top?.regionCode).toBe("turkistan");
  });

  it("links job-fair vacancies to a fair of the same region", async () => {
    const linked = await db.vacancy.findMany({ where: { eventId: { not: null } }, include: { event: true } });
    expect(linked.length).toBeGreaterThanOrEqual(DEMO_REGIONS.length * 3);
    for (const v of linked) {
      expect(v.event?.regionCode).toBe(v.regionCode);
      expect(v.event?.kind).toBe("job_fair");
    }
  });

  it("keeps dates sensible: expired vacancies exist, posting precedes expiry, events start at local hours", async () => {
    expect(await db.vacancy.count({ where: { expiresAt: { lte: NOW } } })).toBeGreaterThanOrEqual(2);
    const vacancies = await db.vacancy.findMany();
    for (const v of vacancies) {
      expect(v.postedAt.getTime()).toBeLessThan(NOW.getTime());
      expect(v.postedAt.getTime()).toBeLessThan(v.expiresAt.getTime());
      if (v.salaryMin !== null && v.salaryMax !== null) expect(v.salaryMin).toBeLessThanOrEqual(v.salaryMax);
    }
    expect(await db.event.count({ where: { startsAt: { lt: NOW } } })).toBeGreaterThanOrEqual(1);
    for (const e of await db.event.findMany()) {
      expect(e.endsAt.getTime()).toBeGreaterThan(e.startsAt.getTime());
      const localHour = (e.startsAt.getUTCHours() + 5) % 24;
      expect(localHour).toBeGreaterThanOrEqual(8);
      expect(localHour).toBeLessThanOrEqual(19);
      expect(e.publishedAt!.getTime()).toBeLessThan(Math.min(NOW.getTime(), e.startsAt.getTime()));
      expect(e.latitude).toBeTypeOf("number");
    }
  });

  it("closes course registration no later than the start and keeps courses within 6 months", async () => {
    const courses = await db.course.findMany();
    for (const c of courses) {
      expect(c.registrationDeadline.getTime()).toBeLessThanOrEqual(c.startsAt.getTime());
      expect(c.durationWeeks).toBeGreaterThanOrEqual(1);
      expect(c.durationWeeks).toBeLessThanOrEqual(26);
      expect(c.isFree).toBe(c.priceKzt === null);
      expect(c.capacity).toBeGreaterThanOrEqual(12);
    }
    expect(courses.some((c) => c.registrationDeadline < NOW && c.startsAt > NOW)).toBe(true);
    expect(courses.some((c) => !c.isFree)).toBe(true);
    expect(courses.filter((c) => c.isFree).length).toBeGreaterThan(courses.length / 2);
  });

  it("uses only known sector codes", async () => {
    const rows = [
      ...(await db.specialty.findMany({ select: { sector: true } })),
      ...(await db.course.findMany({ select: { sector: true } })),
      ...(await db.employer.findMany({ select: { sector: true } })),
      ...(await db.vacancy.findMany({ select: { sector: true } })),
    ];
    for (const r of rows) expect(isSector(r.sector), r.sector).toBe(true);
  });

  it("flags most, but not all, specialties as working professions, each with qualifications", async () => {
    const specialties = await db.specialty.findMany({ include: { qualifications: true } });
    const working = specialties.filter((s) => s.isWorking).length;
    expect(working).toBeGreaterThan(specialties.length / 2);
    expect(working).toBeLessThan(specialties.length);
    for (const s of specialties) {
      expect(s.code).toMatch(/^\d{8}$/);
      expect(s.qualifications.length).toBeGreaterThanOrEqual(1);
      expect(s.qualifications.length).toBeLessThanOrEqual(3);
    }
  });

  it("fills every searchText with the normalised text", async () => {
    const texts = [
      ...(await db.college.findMany({ select: { searchText: true } })),
      ...(await db.specialty.findMany({ select: { searchText: true } })),
      ...(await db.course.findMany({ select: { searchText: true } })),
      ...(await db.event.findMany({ select: { searchText: true } })),
      ...(await db.vacancy.findMany({ select: { searchText: true } })),
    ];
    for (const { searchText } of texts) expectNormalised(searchText);
  });

  it("finds Kazakh titles typed without Kazakh letters, and rows by city or employer", async () => {
    // «Электргазбен дәнекерлеуші» typed on a Russian keyboard.
    const welders = await db.vacancy.findMany({ where: { searchText: { contains: normalizeForSearch("данекерлеуши") } } });
    expect(welders.some((v) => v.titleKk === "Электргазбен дәнекерлеуші")).toBe(true);
    // «Мамандықтар жәрмеңкесі» typed as «мамандыктар жарменкеси».
    const fairs = await db.event.findMany({ where: { searchText: { contains: normalizeForSearch("жарменкеси") } } });
    expect(fairs.map((e) => e.regionCode)).toContain("aktobe");
    // Cities in any spelling, employers by name, specialties by code.
    expect(await db.vacancy.count({ where: { searchText: { contains: normalizeForSearch("Караганда") } } })).toBeGreaterThan(0);
    expect(await db.vacancy.count({ where: { searchText: { contains: normalizeForSearch("Tengri Tyres") } } })).toBeGreaterThan(0);
    expect(await db.specialty.count({ where: { searchText: { contains: " 07130100 " } } })).toBe(1);
    expect(await db.course.count({ where: { searchText: { contains: normalizeForSearch("Еңбек мобильділігі") } } })).toBeGreaterThan(0);
  });

  it("has all titles in three languages and leaves a few English descriptions empty for the fallback", async () => {
    const courses = await db.course.findMany();
    const events = await db.event.findMany();
    const vacancies = await db.vacancy.findMany();
    for (const row of [...courses, ...events, ...vacancies]) {
      expect(row.titleKk && row.titleRu && row.titleEn, row.externalId).toBeTruthy();
    }
    const colleges = await db.college.findMany();
    for (const c of colleges) expect(c.nameKk && c.nameRu && c.nameEn, c.externalId).toBeTruthy();
    const emptyEn = [...courses, ...events].filter((r) => r.descriptionEn === "" && r.descriptionRu !== "").length;
    expect(emptyEn).toBeGreaterThanOrEqual(2);
  });

  it("creates the demo users with their roles", async () => {
    const users = await db.user.findMany({ include: { roleGrants: true }, orderBy: { telegramId: "asc" } });
    expect(users.map((u) => Number(u.telegramId))).toEqual(DEMO_USERS.map((u) => u.telegramId));
    const byId = new Map(users.map((u) => [Number(u.telegramId), u]));
    expect(byId.get(100001)).toMatchObject({ locale: "ru", regionCode: "turkistan", roleGrants: [] });
    expect(byId.get(100002)?.roleGrants).toEqual([expect.objectContaining({ role: "staff", regionCode: "karaganda", revokedAt: null })]);
    const coordinator = byId.get(100003)?.roleGrants[0];
    expect(coordinator?.role).toBe("coordinator");
    const provider = await db.provider.findUniqueOrThrow({ where: { id: coordinator!.providerId! } });
    expect(provider.externalId).toMatch(/^demo-aktobe-provider-/);
    expect(await db.course.count({ where: { providerId: provider.id } })).toBeGreaterThan(0);
    expect(byId.get(100004)).toMatchObject({ locale: "en", roleGrants: [expect.objectContaining({ role: "admin" })] });
  });
});
