// Bulk import: staff and admins send a CSV document; it is validated, then imported in one go.
import { Composer } from "grammy";
import type { Context } from "../../context.ts";

export const importFeature = new Composer<Context>();
