// The command menu Telegram shows, registered per language.
import type { Api } from "grammy";
import { LOCALES, DEFAULT_LOCALE } from "../domain/locale.ts";
import { i18n } from "./i18n.ts";

export const COMMANDS = ["start", "menu", "search", "my", "language", "region", "settings", "subscriptions", "stop", "mydata", "deleteme", "cancel", "help"] as const;

export function commandList(locale: string) {
  return COMMANDS.map((command) => ({ command, description: i18n.t(locale, `command-${command}`) }));
}

/** Registers the commands in every language; failures are the caller's to log, not fatal. */
export async function registerCommands(api: Api): Promise<void> {
  for (const locale of LOCALES) {
    await api.setMyCommands(commandList(locale), { language_code: locale });
  }
  await api.setMyCommands(commandList(DEFAULT_LOCALE));
}
