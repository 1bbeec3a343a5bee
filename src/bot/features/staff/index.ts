// Regional staff and admins: the staff panel, people with roles (/staff), invites, /stats.
import { Composer } from "grammy";
import type { Context } from "../../context.ts";

export const staffFeature = new Composer<Context>();

/** `/start invite_<token>`: mounted before onboarding so the invite is taken, not the menu. */
export const inviteLinks = new Composer<Context>();
