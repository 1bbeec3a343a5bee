// Admin commands: /grant_coordinator <telegram id> <provider id | course:ID> and
// /revoke_coordinator with the same arguments. Admins are ADMIN_IDS (or hold an admin grant);
// the domain checks the target and the scope and writes the audit log.
import { FeatureComposer } from "../../composer.ts";
import type { Context } from "../../context.ts";
import { grantRole, revokeRole } from "../../../domain/roles.ts";
import { adminRoles } from "../../access.ts";

export const adminCommands = new FeatureComposer<Context>();

type Scope = { providerId: number } | { courseId: number };

/** "<telegram id> <provider id | course:ID>" → parts, or null when it does not read. */
export function parseGrantArgs(text: string): { telegramId: bigint; scope: Scope } | null {
  const m = /^(\d{1,15})\s+(?:(\d{1,9})|course:(\d{1,9}))$/i.exec(text.trim());
  if (!m) return null;
  const scope: Scope = m[2] !== undefined ? { providerId: Number(m[2]) } : { courseId: Number(m[3]) };
  return { telegramId: BigInt(m[1]!), scope };
}

const REASON_KEYS: Record<string, string> = {
  user_unknown: "coordinator-grant-user-unknown",
  scope_unknown: "coordinator-grant-scope-unknown",
  already: "coordinator-grant-already",
  not_granted: "coordinator-revoke-not-granted",
};

for (const [command, change] of [["grant_coordinator", grantRole], ["revoke_coordinator", revokeRole]] as const) {
  adminCommands.command(command, async (ctx) => {
    const roles = await adminRoles(ctx);
    if (!roles || !ctx.user) return;
    const args = parseGrantArgs(ctx.match);
    if (!args) return void (await ctx.reply(ctx.t("coordinator-grant-usage", { command }), { parse_mode: "HTML" }));
    const result = await change(ctx.deps.db, { actorUserId: ctx.user.id, targetTelegramId: args.telegramId, role: "coordinator", ...args.scope, now: ctx.deps.clock.now() });
    const vars = {
      user: args.telegramId.toString(),
      scope: "courseId" in args.scope ? ctx.t("coordinator-scope-course", { id: String(args.scope.courseId) }) : ctx.t("coordinator-scope-provider", { id: String(args.scope.providerId) }),
    };
    const key = result.ok ? (command === "grant_coordinator" ? "coordinator-granted" : "coordinator-revoked") : (REASON_KEYS[result.reason] ?? "error-generic");
    await ctx.reply(ctx.t(key, vars), { parse_mode: "HTML" });
  });
}
