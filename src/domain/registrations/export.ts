// Applications of a course as a CSV file that Excel opens correctly: UTF-8 with a BOM (without
// it Excel reads Cyrillic and Kazakh letters as cp1251 garbage), the delimiter Excel expects
// for the language (see csvDelimiter), every value quoted where needed by csv-stringify.
// The domain knows no Fluent: the bot passes the header and value labels in `labels`.
import { stringify } from "csv-stringify/sync";
import type { Db } from "../../db/client.ts";
import type { Registration } from "../../generated/prisma/client.ts";
import { KZ_TIME_ZONE } from "../format.ts";
import type { Locale } from "../locale.ts";
import { canCoordinateCourse, type Roles } from "../roles.ts";
import { CONSENT_GIVERS } from "../consent.ts";
import { EDUCATION_LEVELS, REGISTRATION_STATUSES } from "./status.ts";

// consentBy last: added later, so that spreadsheets built on the earlier columns keep working.
export const CSV_COLUMNS = ["number", "fullName", "phone", "birthDate", "educationLevel", "status", "rejectReason", "appliedAt", "consentBy"] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * Every key `labels` may carry: the column names, plus `status.<status>`, `education.<level>`
 * and `consent.<giver>` for values. A missing label falls back to the key or the raw code.
 */
export const CSV_LABEL_KEYS: readonly string[] = [
  ...CSV_COLUMNS,
  ...REGISTRATION_STATUSES.map((s) => `status.${s}`),
  ...EDUCATION_LEVELS.map((l) => `education.${l}`),
  ...CONSENT_GIVERS.map((g) => `consent.${g}`),
];

const BOM = "\uFEFF";

/**
 * Excel splits a CSV by the "list separator" of the computer's regional settings: ";" under
 * Russian and Kazakh settings (where "," is the decimal separator), "," under English ones.
 * A coordinator who reads the bot in Russian or Kazakh most likely has such settings.
 */
export function csvDelimiter(locale: Locale): "," | ";" {
  return locale === "en" ? "," : ";";
}

/**
 * Text people typed that starts like a formula (= + - @, tab, CR) would run as one in a
 * spreadsheet ("CSV injection"); a leading apostrophe keeps it text. Phones are not touched:
 * they are normalised E.164 (+ and digits), which cannot form a formula.
 */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const two = (n: number) => String(n).padStart(2, "0");

/** A birth date (UTC midnight of a calendar date) as dd.mm.yyyy. */
function formatBirthDate(d: Date | null): string {
  return d ? `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}` : "";
}

const stampFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: KZ_TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
});

/** An instant as "dd.mm.yyyy hh:mm", Kazakhstan time: a form Excel recognises as a date under ru/kk settings. */
function formatStamp(d: Date): string {
  const p = Object.fromEntries(stampFormat.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`;
}

type ExportedRegistration = Registration & { consent: { givenBy: string } | null };

function row(reg: ExportedRegistration, n: number, label: (key: string, fallback: string) => string): string[] {
  const values: Record<CsvColumn, string> = {
    number: String(n),
    fullName: spreadsheetSafe(reg.fullName),
    phone: reg.phone,
    birthDate: formatBirthDate(reg.birthDate),
    educationLevel: reg.educationLevel ? label(`education.${reg.educationLevel}`, reg.educationLevel) : "",
    status: label(`status.${reg.status}`, reg.status),
    rejectReason: spreadsheetSafe(reg.rejectReason ?? ""),
    appliedAt: formatStamp(reg.createdAt),
    // Who agreed (the person, or a minor's parent or legal representative); erased with the rest.
    consentBy: reg.consent && reg.status !== "withdrawn" ? label(`consent.${reg.consent.givenBy}`, reg.consent.givenBy) : "",
  };
  return CSV_COLUMNS.map((c) => values[c]);
}

/**
 * Every registration of the course, in the order people applied, as CSV bytes; null when the
 * course is not the caller's. Withdrawn applications appear with their erased (empty) fields.
 */
export async function applicationsCsv(
  db: Db,
  q: { roles: Roles; courseId: number; locale: Locale; labels: Record<string, string> },
): Promise<Buffer | null> {
  if (!(await canCoordinateCourse(db, q.roles, q.courseId))) return null;
  const regs = await db.registration.findMany({
    where: { courseId: q.courseId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { consent: { select: { givenBy: true } } },
  });
  const label = (key: string, fallback: string) => q.labels[key] || fallback;
  const header = CSV_COLUMNS.map((c) => label(c, c));
  const csv = stringify([header, ...regs.map((r, i) => row(r, i + 1, label))], { delimiter: csvDelimiter(q.locale), record_delimiter: "windows" });
  return Buffer.from(BOM + csv, "utf8");
}
