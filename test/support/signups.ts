// Fixtures for bot-flow tests of sign-ups (my registrations, coordinators, personal data):
// rows written directly with Prisma, so a test states exactly the situation it needs.
import type { Db } from "../../src/db/client.ts";
import type { Prisma } from "../../src/generated/prisma/client.ts";
import { buildSearchText } from "../../src/domain/search.ts";

export const HOUR = 3600_000;
export const DAY = 24 * HOUR;

export class SignupFixtures {
  private seq = 0;
  constructor(
    readonly db: Db,
    readonly now: Date,
  ) {}

  inDays(d: number): Date {
    return new Date(this.now.getTime() + d * DAY);
  }

  provider(nameEn = "Karaganda Technical College") {
    const n = ++this.seq;
    return this.db.provider.create({ data: { externalId: `sf-provider-${n}`, nameEn, nameRu: `Колледж ${n}`, nameKk: `Колледж ${n}` } });
  }

  course(providerId: number, titles: { en: string; ru?: string; kk?: string }, data: Partial<Prisma.CourseUncheckedCreateInput> = {}) {
    const n = ++this.seq;
    return this.db.course.create({
      data: {
        externalId: `sf-course-${n}`,
        regionCode: "karaganda",
        providerId,
        titleEn: titles.en,
        titleRu: titles.ru ?? "",
        titleKk: titles.kk ?? "",
        sector: "manufacturing",
        durationWeeks: 6,
        startsAt: this.inDays(20),
        registrationDeadline: this.inDays(10),
        capacity: 10,
        searchText: buildSearchText(titles.en, titles.ru, titles.kk),
        ...data,
      },
    });
  }

  /** A user who has used the bot (locale and region chosen). */
  user(telegramId: number, data: Partial<Prisma.UserUncheckedCreateInput> = {}) {
    return this.db.user.create({ data: { telegramId: BigInt(telegramId), firstName: `User${telegramId}`, locale: "en", regionCode: "karaganda", ...data } });
  }

  /** A registration in any status, created `minutesAgo` before now (queue order). */
  registration(userId: number, courseId: number, status: string, data: Partial<Prisma.RegistrationUncheckedCreateInput> = {}, minutesAgo = 60) {
    return this.db.registration.create({
      data: {
        userId,
        courseId,
        status,
        fullName: "Айгерим Сапарова",
        phone: "+77011234567",
        birthDate: new Date(Date.UTC(2004, 2, 5)),
        educationLevel: "college",
        createdAt: new Date(this.now.getTime() - minutesAgo * 60_000),
        ...data,
      },
    });
  }

  grantCoordinator(userId: number, scope: { providerId?: number; courseId?: number }) {
    return this.db.roleGrant.create({ data: { userId, role: "coordinator", providerId: scope.providerId ?? null, courseId: scope.courseId ?? null } });
  }
}
