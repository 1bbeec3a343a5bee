// Demo people for the offline playground, one per role. Created only by seedDemo.
import type { Locale } from "../../domain/locale.ts";
import type { Tx } from "./write.ts";

export type DemoRole =
  | { role: "admin" }
  | { role: "staff"; regionCode: string }
  | { role: "coordinator"; providerExternalId: string };

export interface DemoUser {
  telegramId: number;
  firstName: string;
  lastName?: string;
  username: string;
  locale: Locale;
  regionCode: string;
  roles: DemoRole[];
}

export const DEMO_USERS: readonly DemoUser[] = [
  { telegramId: 100001, firstName: "Айгерим", lastName: "Сейтқали", username: "demo_jobseeker", locale: "ru", regionCode: "turkistan", roles: [] },
  {
    telegramId: 100002, firstName: "Ерлан", lastName: "Жақсыбеков", username: "demo_staff_karaganda", locale: "kk", regionCode: "karaganda",
    roles: [{ role: "staff", regionCode: "karaganda" }],
  },
  {
    telegramId: 100003, firstName: "Светлана", lastName: "Ким", username: "demo_coordinator_aktobe", locale: "ru", regionCode: "aktobe",
    roles: [{ role: "coordinator", providerExternalId: "demo-aktobe-provider-enbek" }],
  },
  { telegramId: 100004, firstName: "Admin", username: "demo_admin", locale: "en", regionCode: "astana", roles: [{ role: "admin" }] },
];

/**
 * Creates the demo users (an existing one keeps whatever the playground changed) and makes
 * sure each holds its roles: an unrevoked grant is created only when none exists.
 */
export async function upsertDemoUsers(tx: Tx, users: readonly DemoUser[]): Promise<void> {
  for (const u of users) {
    const telegramId = BigInt(u.telegramId);
    const user = await tx.user.upsert({
      where: { telegramId },
      create: {
        telegramId, firstName: u.firstName, lastName: u.lastName ?? null, username: u.username, locale: u.locale, regionCode: u.regionCode,
      },
      update: {},
      select: { id: true },
    });
    for (const r of u.roles) {
      const scope = {
        regionCode: r.role === "staff" ? r.regionCode : null,
        providerId: null as number | null,
        courseId: null,
      };
      if (r.role === "coordinator") {
        const provider = await tx.provider.findUnique({ where: { externalId: r.providerExternalId }, select: { id: true } });
        if (!provider) throw new Error(`seed: unknown provider "${r.providerExternalId}" for demo user ${u.telegramId}`);
        scope.providerId = provider.id;
      }
      const existing = await tx.roleGrant.findFirst({ where: { userId: user.id, role: r.role, revokedAt: null, ...scope }, select: { id: true } });
      if (!existing) await tx.roleGrant.create({ data: { userId: user.id, role: r.role, ...scope } });
    }
  }
}
