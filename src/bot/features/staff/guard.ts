// Admin-only screens of the staff feature: the roles, or the common refusal and null.
import type { Context } from "../../context.ts";
import { refuse, rolesOf } from "../../access.ts";
import type { Roles } from "../../../domain/roles.ts";

export async function adminOnly(ctx: Context): Promise<Roles | null> {
  const roles = await rolesOf(ctx);
  if (roles?.admin) return roles;
  await refuse(ctx, "access-admin-only");
  return null;
}
