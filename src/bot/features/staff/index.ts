// Regional staff and admins: the staff panel, people with roles (/staff), invites, /stats.
// Each part re-checks the sender's roles on the server; see the files for the rules.
import { FeatureComposer } from "../../composer.ts";
import type { Context } from "../../context.ts";
import { panel } from "./panel.ts";
import { people } from "./people.ts";
import { invites } from "./invites.ts";
import { stats } from "./stats.ts";

export const staffFeature = new FeatureComposer<Context>();
staffFeature.use(panel, people, invites, stats);

/** `/start invite_<token>`: mounted before onboarding so the invite is taken, not the menu. */
export { inviteLinks } from "./accept.ts";
