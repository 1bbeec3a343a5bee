// Fluent translations from locales/<kk|ru|en>/*.ftl. The locale of an update comes from the
// user's row (chosen in the bot), else from Telegram's language_code, else Kazakh.
import { fileURLToPath } from "node:url";
import { I18n } from "@grammyjs/i18n";
import type { Context } from "./context.ts";
import { DEFAULT_LOCALE } from "../domain/locale.ts";

export const LOCALES_DIR = fileURLToPath(new URL("../../locales", import.meta.url));

export const i18n = new I18n<Context>({
  defaultLocale: DEFAULT_LOCALE,
  directory: LOCALES_DIR,
  useSession: false,
  // Bidi isolation marks around variables would show up as stray characters in some clients.
  fluentBundleOptions: { useIsolating: false },
  localeNegotiator: (ctx) => ctx.locale,
});
