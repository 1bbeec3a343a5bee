// Header and value labels for the CSV export, in the coordinator's language. The domain
// (applicationsCsv) knows no Fluent; it takes these by the keys it lists in CSV_LABEL_KEYS.
import type { Context } from "../../context.ts";
import { CSV_COLUMNS } from "../../../domain/registrations/export.ts";
import { EDUCATION_LEVELS, REGISTRATION_STATUSES } from "../../../domain/registrations/status.ts";
import { CONSENT_GIVERS } from "../../../domain/consent.ts";

export function csvLabels(ctx: Context): Record<string, string> {
  return Object.fromEntries([
    ...CSV_COLUMNS.map((c) => [c, ctx.t(`coordinator-csv-${c}`)]),
    // Plain words: a spreadsheet is no place for the status emoji of the chat screens.
    ...REGISTRATION_STATUSES.map((s) => [`status.${s}`, ctx.t(`coordinator-csv-status-${s}`)]),
    ...EDUCATION_LEVELS.map((l) => [`education.${l}`, ctx.t(`signup-education-${l}`)]),
    ...CONSENT_GIVERS.map((g) => [`consent.${g}`, ctx.t(`coordinator-csv-consent-${g}`)]),
  ]);
}
