// Small fixtures for the sign-up domain tests: a provider, courses, users and applications.
import { afterAll, beforeAll } from "vitest";
import type { Db } from "../../src/db/client.ts";
import type { Prisma } from "../../src/generated/prisma/client.ts";
import { buildSearchText } from "../../src/domain/search.ts";
import { CONSENT_VERSION } from "../../src/domain/consent.ts";
import { submitApplication, type ApplicationInput } from "../../src/domain/registrations/apply.ts";
import { freshDb, type TestDb } from "./db.ts";

export const NOW = new Date("2026-03-01T06:00:00Z"); // 11:00 in Almaty
export const HOUR = 3600_000;
export const DAY = 24 * HOUR;
export const inDays = (d: number, from = NOW) => new Date(from.getTime() + d * DAY);

export class Fixtures {
  private seq = 0;
  constructor(readonly db: Db) {}

  next(): number {
    return ++this.seq;
  }

  async provider(name = "Skills Centre") {
    const n = this.next();
    return this.db.provider.create({ data: { externalId: `fx-provider-${n}`, nameEn: `${name} ${n}` } });
  }

  async course(providerId: number, data: Partial<Prisma.CourseUncheckedCreateInput> = {}) {
    const n = this.next();
    const titleEn = data.titleEn ?? `Welding ${n}`;
    return this.db.course.create({
      data: {
        externalId: `fx-course-${n}`, regionCode: "karaganda", providerId, titleEn, titleRu: `Сварка ${n}`, titleKk: `Дәнекерлеу ${n}`,
        sector: "manufacturing", durationWeeks: 4, startsAt: inDays(20), registrationDeadline: inDays(10), capacity: 10,
        searchText: buildSearchText(titleEn), ...data,
      },
    });
  }

  async user(data: Partial<Prisma.UserUncheckedCreateInput> = {}) {
    const n = this.next();
    return this.db.user.create({ data: { telegramId: BigInt(500_000 + n), firstName: `User${n}`, locale: "ru", ...data } });
  }

  input(userId: number, courseId: number, over: Partial<ApplicationInput> = {}): ApplicationInput {
    return {
      userId, courseId, fullName: "Әсел Құрманғазықызы", phone: "8 701 234 56 78", birthDate: new Date(Date.UTC(2004, 2, 5)),
      educationLevel: "school11", consentVersion: CONSENT_VERSION, consentGivenBy: "self", locale: "kk", allowWaitlist: true, ...over,
    };
  }

  /** A new user applying now; returns the registration id (throws if refused). */
  async apply(courseId: number, over: Partial<ApplicationInput> = {}, now = NOW) {
    const user = await this.user();
    const res = await submitApplication(this.db, this.input(user.id, courseId, over), now);
    if (!res.ok) throw new Error(`apply refused: ${res.reason}`);
    return { user, registrationId: res.registrationId, status: res.status };
  }

  async statuses(courseId: number): Promise<Record<string, number>> {
    const groups = await this.db.registration.groupBy({ by: ["status"], where: { courseId }, _count: { _all: true } });
    return Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
  }

  async coordinator(scope: { providerId?: number; courseId?: number }) {
    const user = await this.user();
    await this.db.roleGrant.create({ data: { userId: user.id, role: "coordinator", providerId: scope.providerId ?? null, courseId: scope.courseId ?? null } });
    return user;
  }
}

/**
 * A fresh database and fixtures for the whole test file: `useFixtures((w) => ({ db, fx } = w))`
 * hands them over before the first test and removes the database after the last.
 */
export function useFixtures(receive: (w: { t: TestDb; db: Db; fx: Fixtures }) => unknown): void {
  let t: TestDb | undefined;
  beforeAll(async () => {
    t = await freshDb();
    await receive({ t, db: t.db, fx: new Fixtures(t.db) });
  });
  afterAll(() => t?.cleanup());
}
