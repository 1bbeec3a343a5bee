// Start-up shared by the bot and the playground: config → database (migrate, seed) → deps.
import { ConfigError, loadDotEnv, parseConfig, type Config } from "./config.ts";
import { createDb, type Db } from "./db/client.ts";
import { migrate } from "./db/migrate.ts";
import { seedDemo, seedRegions } from "./db/seed/index.ts";
import { systemClock } from "./domain/clock.ts";
import { createLogger, type Logger } from "./logger.ts";
import type { Deps } from "./bot/context.ts";

export function loadConfigOrExit(): Config {
  loadDotEnv();
  try {
    return parseConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

/** Migrates and seeds the database and returns what handlers need. */
export async function prepare(config: Config, logger: Logger = createLogger(config.logLevel)): Promise<Deps> {
  const applied = migrate(config.databaseUrl);
  if (applied.length) logger.info({ applied }, "database migrated");
  const db: Db = await createDb(config.databaseUrl);
  const clock = systemClock;
  await seedRegions(db);
  if (config.seedDemo) await seedDemo(db, clock.now());
  return { db, logger, config, clock };
}
