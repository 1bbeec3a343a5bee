// Cell schemas (zod) for CSV columns. Every cell arrives as a trimmed string, "" when empty;
// a schema turns it into a typed value or an issue whose message is an error code
// (`import-error-<code>` in the Fluent files), see issueOf.
import { z } from "zod";
import { normalizePhone } from "../phone.ts";
import { kzWallToUtc } from "../kz-time.ts";

const empty = (v: unknown) => v === undefined || v === "";

/** Optional text: "" when empty. */
export const text = (max: number) => z.string().max(max).default("");

/** Required text. */
export const required = (max: number) => z.string().min(1, "required").max(max);

/** Optional text stored as null when empty. */
export const nullableText = (max: number) =>
  z.string().max(max).optional().transform((v) => (empty(v) ? null : v!));

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+([.,]\d+)?$/;

/** Whole number in [min, max]; spaces as thousands separators allowed ("1 500"). */
export const integer = (min: number, max: number) =>
  z
    .string()
    .transform((v) => v.replace(/[\s\u00a0]/g, ""))
    .refine((v) => INTEGER.test(v), "bad-integer")
    .transform(Number)
    .pipe(z.number().min(min).max(max));

export const optionalInteger = (min: number, max: number) =>
  z.union([z.literal("").transform(() => null), integer(min, max)]).default(null);

/** Decimal number (point or comma) in [min, max], null when empty. */
export const optionalDecimal = (min: number, max: number) =>
  z
    .union([
      z.literal("").transform(() => null),
      z.string().refine((v) => DECIMAL.test(v), "bad-number").transform((v) => Number(v.replace(",", "."))).pipe(z.number().min(min).max(max)),
    ])
    .default(null);

const TRUE = new Set(["1", "true", "yes", "y", "+", "да", "иә", "ия", "иа"]);
const FALSE = new Set(["0", "false", "no", "n", "-", "нет", "жоқ", "жок"]);

/** yes/no in any of the three languages (empty → `fallback`). */
export const bool = (fallback: boolean) =>
  z
    .string()
    .default("")
    .transform((v, ctx) => {
      const s = v.toLowerCase();
      if (s === "") return fallback;
      if (TRUE.has(s)) return true;
      if (FALSE.has(s)) return false;
      ctx.addIssue({ code: "custom", message: "bad-bool" });
      return z.NEVER;
    });

/** One of the listed values; empty → `fallback` (or required when there is none). */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, fallback?: T[number]) => {
  const base = z.string().transform((v) => v.toLowerCase()).pipe(z.enum(values));
  return fallback === undefined ? z.string().min(1, "required").pipe(base) : z.union([z.literal("").transform(() => fallback), base]).default(fallback);
};

/** A phone number, stored in E.164 (+77012345678); null when empty. */
export const phone = z
  .string()
  .default("")
  .transform((v, ctx) => {
    if (v === "") return null;
    const e164 = normalizePhone(v);
    if (e164) return e164;
    ctx.addIssue({ code: "custom", message: "bad-phone" });
    return z.NEVER;
  });

export const email = z.union([z.literal("").transform(() => null), z.email("bad-email").max(200)]).default(null);

const WEBSITE = /^(https?:\/\/)?[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(\/\S*)?$/u;
export const website = z
  .union([z.literal("").transform(() => null), z.string().max(200).regex(WEBSITE, "bad-url")])
  .default(null);

/** A Telegram username, stored as "@name". */
export const telegram = z
  .union([z.literal("").transform(() => null), z.string().regex(/^@?[A-Za-z][A-Za-z0-9_]{4,31}$/, "bad-telegram").transform((v) => (v.startsWith("@") ? v : `@${v}`))])
  .default(null);

// --- local dates ---------------------------------------------------------------------

const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/;

/**
 * "2026-12-25 10:00", "2026-12-25T10:00" or "25.12.2026 10:00" in Kazakhstan time → the UTC
 * instant; the date alone takes `defaultTime`. Null when it is no real date.
 */
export function parseLocalDateTime(input: string, defaultTime = "00:00"): Date | null {
  const iso = ISO_LIKE.exec(input);
  const dotted = iso ? null : DOTTED.exec(input);
  if (!iso && !dotted) return null;
  const [year, month, day, hh, mm] = iso
    ? [iso[1], iso[2], iso[3], iso[4], iso[5]]
    : [dotted![3], dotted![2], dotted![1], dotted![4], dotted![5]];
  const [dh, dm] = defaultTime.split(":");
  const y = Number(year), mo = Number(month), d = Number(day), h = Number(hh ?? dh), mi = Number(mm ?? dm);
  return kzWallToUtc(y, mo, d, h, mi);
}

export const localDate = (defaultTime = "00:00") =>
  z
    .string()
    .min(1, "required")
    .transform((v, ctx) => {
      const date = parseLocalDateTime(v, defaultTime);
      if (date) return date;
      ctx.addIssue({ code: "custom", message: "bad-date" });
      return z.NEVER;
    });

export const optionalLocalDate = (defaultTime = "00:00") =>
  z.union([z.literal("").transform(() => null), localDate(defaultTime)]).default(null);

// --- zod issues → import issues ------------------------------------------------------

/** Our code and its variables for one zod issue. */
export function issueOf(issue: z.core.$ZodIssue): { code: string; vars: Record<string, string | number> } {
  switch (issue.code) {
    case "too_big":
      return issue.origin === "string" ? { code: "too-long", vars: { max: Number(issue.maximum) } } : { code: "too-big", vars: { max: Number(issue.maximum) } };
    case "too_small":
      return issue.origin === "string" ? { code: "required", vars: {} } : { code: "too-small", vars: { min: Number(issue.minimum) } };
    case "invalid_value":
      return { code: "not-allowed", vars: { allowed: issue.values.map(String).join(", ") } };
    case "invalid_format":
      if (/^[a-z-]+$/.test(issue.message)) return { code: issue.message, vars: {} };
      return { code: issue.format === "email" ? "bad-email" : "bad-value", vars: {} };
    case "invalid_union": {
      // The empty-cell branch failed, so the value's own branch tells what is wrong.
      const inner = issue.errors.map((branch) => branch.find((i) => !(i.code === "invalid_value" && i.values.length === 1 && i.values[0] === "")));
      const best = inner.find((i) => i !== undefined);
      return best ? issueOf(best) : { code: "bad-value", vars: {} };
    }
    case "custom":
      return { code: issue.message, vars: {} };
    default:
      return { code: /^[a-z-]+$/.test(issue.message) ? issue.message : "bad-value", vars: {} };
  }
}
