// Who may use the staff and coordinator screens. Roles are loaded per action (not per update
// for everyone), and every action then goes through the domain's scope checks as well.
import type { Context } from "./context.ts";
import { isCoordinator, isStaff, loadRoles, type Roles } from "../domain/roles.ts";
import { toast } from "./ui.ts";

export async function rolesOf(ctx: Context): Promise<Roles | null> {
  return ctx.user ? loadRoles(ctx.deps.db, ctx.user, ctx.deps.config.adminIds) : null;
}

/** The sender's roles when they coordinate something (admins do); otherwise a refusal and null. */
export async function coordinatorRoles(ctx: Context): Promise<Roles | null> {
  const roles = await rolesOf(ctx);
  if (roles && isCoordinator(roles)) return roles;
  await refuse(ctx, "coordinator-not-allowed");
  return null;
}

/** The sender's roles when they are an admin; otherwise a refusal and null. */
export async function adminRoles(ctx: Context): Promise<Roles | null> {
  const roles = await rolesOf(ctx);
  if (roles?.admin) return roles;
  await refuse(ctx, "access-admin-only");
  return null;
}

/** The sender's roles when they are regional staff (admins are); otherwise a refusal and null. */
export async function staffRoles(ctx: Context): Promise<Roles | null> {
  const roles = await rolesOf(ctx);
  if (roles && isStaff(roles)) return roles;
  await refuse(ctx, "access-staff-only");
  return null;
}

/** Only the localized refusal: no menu, no hint of what the screens would show. */
export async function refuse(ctx: Context, key: string): Promise<void> {
  if (ctx.callbackQuery) await toast(ctx, ctx.t(key), true);
  else await ctx.reply(ctx.t(key));
}
