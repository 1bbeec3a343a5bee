// Seed entry points: the regions (always, also in production) and the demo content (only
// with SEED_DEMO). Both are idempotent: rows are matched by code or externalId (see sync.ts).
import type { Db } from "../client.ts";
import { seedRegions } from "./regions.ts";
import { SPECIALTIES } from "./specialties.ts";
import { ABAI } from "./abai.ts";
import { AKTOBE } from "./aktobe.ts";
import { KARAGANDA } from "./karaganda.ts";
import { TURKISTAN } from "./turkistan.ts";
import type { RegionDemo } from "./types.ts";
import { DEMO_USERS, upsertDemoUsers } from "./users.ts";
import {
  writeColleges, writeCourses, writeEmployers, writeEvents, writeProviders, writeSpecialties, writeVacancies,
} from "./write.ts";

export { REGIONS, seedRegions } from "./regions.ts";
export { SPECIALTIES } from "./specialties.ts";
export { DEMO_USERS, type DemoRole, type DemoUser } from "./users.ts";

/** The regions with demo content. */
export const DEMO_REGIONS: readonly RegionDemo[] = [TURKISTAN, AKTOBE, KARAGANDA, ABAI];

/**
 * Demo catalog (colleges, courses, events, employers, vacancies) for the demo regions and the
 * demo users. Dates are relative to `now`, so a re-run on start keeps the demo fresh.
 */
export async function seedDemo(db: Db, now: Date): Promise<void> {
  await seedRegions(db);
  const specialtyIds = await db.$transaction((tx) => writeSpecialties(tx, SPECIALTIES));
  for (const demo of DEMO_REGIONS) {
    const r = demo.region;
    await db.$transaction(async (tx) => {
      await writeColleges(tx, r, demo.colleges, specialtyIds);
      const providers = await writeProviders(tx, r, demo.providers);
      await writeCourses(tx, r, demo.courses, providers, now);
      const events = await writeEvents(tx, r, demo.events, now);
      const employers = await writeEmployers(tx, r, demo.employers);
      await writeVacancies(tx, r, demo.vacancies, employers, events, now);
    });
  }
  await db.$transaction((tx) => upsertDemoUsers(tx, DEMO_USERS));
}
