// The command menu of one person with a role: the public commands plus their tools, set for
// their chat only (scope "chat" wins over the default list). Best effort: a failure is logged
// and never undoes the grant or revocation that caused it.
import type { Api } from "grammy";
import type { Db } from "../../../db/client.ts";
import type { Logger } from "../../../logger.ts";
import { DEFAULT_LOCALE, isLocale } from "../../../domain/locale.ts";
import { isCoordinator, isStaff, loadRoles, type Roles } from "../../../domain/roles.ts";
import { commandList } from "../../commands.ts";
import { i18n } from "../../i18n.ts";

/** Tool commands by role, in menu order. */
export function toolCommands(roles: Roles): string[] {
  const tools: string[] = [];
  if (isStaff(roles)) tools.push("panel", "stats");
  if (roles.admin) tools.push("staff", "invite");
  if (isCoordinator(roles) && !roles.admin) tools.push("courses");
  return tools;
}

export async function syncPersonCommands(
  deps: { api: Api; db: Db; adminIds: number[]; log: Logger },
  person: { id: number; telegramId: bigint; locale: string | null },
): Promise<void> {
  try {
    const roles = await loadRoles(deps.db, person, deps.adminIds);
    const tools = toolCommands(roles);
    const scope = { type: "chat" as const, chat_id: Number(person.telegramId) };
    if (tools.length === 0) {
      await deps.api.deleteMyCommands({ scope });
      return;
    }
    const locale = isLocale(person.locale) ? person.locale : DEFAULT_LOCALE;
    const commands = [...commandList(locale), ...tools.map((command) => ({ command, description: i18n.t(locale, `staff-command-${command}`) }))];
    await deps.api.setMyCommands(commands, { scope });
  } catch (err) {
    deps.log.warn({ err, userId: person.id }, "could not set the person's command menu");
  }
}

/**
 * At start: the ADMIN_IDS admins who have used the bot get their menu (they hold no grant, so
 * no grant ever set it). Those who never wrote to the bot have no chat to set it for yet.
 */
export async function syncAdminMenus(deps: { api: Api; db: Db; adminIds: number[]; log: Logger }): Promise<void> {
  if (deps.adminIds.length === 0) return;
  const admins = await deps.db.user.findMany({
    where: { telegramId: { in: deps.adminIds.map((id) => BigInt(id)) } },
    select: { id: true, telegramId: true, locale: true },
  });
  for (const admin of admins) await syncPersonCommands(deps, admin);
}
