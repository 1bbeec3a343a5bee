// `npm run db:seed`: migrates the database of DATABASE_URL, writes the regions and, unless
// SEED_DEMO=false, the demo content. Safe to run any number of times.
import { loadDotEnv, parseConfig } from "../../config.ts";
import { createDb } from "../client.ts";
import { migrate } from "../migrate.ts";
import { seedDemo, seedRegions } from "./index.ts";

loadDotEnv();
const config = parseConfig(process.env);
migrate(config.databaseUrl);
const db = await createDb(config.databaseUrl);
try {
  const started = performance.now();
  await seedRegions(db);
  if (config.seedDemo) await seedDemo(db, new Date());
  const ms = Math.round(performance.now() - started);
  console.log(`seeded ${config.databaseUrl}${config.seedDemo ? " (regions and demo content)" : " (regions)"} in ${ms} ms`);
} finally {
  await db.$disconnect();
}
