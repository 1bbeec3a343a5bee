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

// @grammyjs/i18n negotiates the language again for every message it formats
// (Fluent.matchBundles → negotiateLanguages: ~4 % of the bot's CPU in bench/updates.ts). The
// bundles are all loaded by the constructor above and never change, so each locale's match is
// computed once (for the few locale lists that occur; anything beyond is not remembered).
type Matcher = { matchBundles(locales: string | string[]): Set<unknown> };
const fluent = i18n.fluent as unknown as Matcher;
const matchBundles = fluent.matchBundles.bind(fluent);
const matched = new Map<string, Set<unknown>>();
fluent.matchBundles = (locales) => {
  // translate() always passes an array, nearly always of one locale: no join for that.
  const key = typeof locales === "string" ? locales : locales.length === 1 ? locales[0]! : locales.join(",");
  let bundles = matched.get(key);
  if (!bundles) {
    bundles = matchBundles(locales);
    if (matched.size < 32) matched.set(key, bundles);
  }
  return bundles;
};
