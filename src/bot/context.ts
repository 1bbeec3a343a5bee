import type { Context as BaseContext } from "grammy";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Config } from "../config.ts";
import type { Db } from "../db/client.ts";
import type { Clock } from "../domain/clock.ts";
import type { Locale } from "../domain/locale.ts";
import type { Logger } from "../logger.ts";
import type { User } from "../generated/prisma/client.ts";

/** What handlers need from the outside world; passed to createBot, never imported. */
export interface Deps {
  db: Db;
  logger: Logger;
  config: Config;
  clock: Clock;
}

interface Extra {
  deps: Deps;
  /** The sender's row, loaded once per update (absent for updates without a sender). */
  user: User | undefined;
  /** The interface language of this update. */
  locale: Locale;
  /** Logger with the update's id and sender attached. */
  log: Logger;
}

export type Context = BaseContext & I18nFlavor & Extra;
