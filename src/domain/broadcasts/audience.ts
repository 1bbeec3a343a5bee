// Who a broadcast reaches. One function builds the SQL of the audience, and both the count
// shown to the author (preview, confirmation) and the enqueue at start use it, so the number
// promised is the number planned (give or take people who join or block the bot in between).
//
// Audience = regions × who × language:
// - regions: codes within the author's scope (staff: their regions; admins: any, or "all").
// - who: "subscribers" — anyone with a subscription (any topic) to one of the regions;
//   a topic (vacancies | events | courses | admission) — subscribers of that topic there;
//   "everyone" — subscribers of the regions plus everyone who chose one of them as their home
//   region (User.regionCode) without subscribing. Regional announcements normally go to
//   subscribers; "everyone" is for the rare message every local user should get.
//   Subscribers on a daily digest count too: a broadcast is not part of a digest.
// - language: "all", or kk | ru | en by the user's interface language (none chosen yet reads
//   as the default, the language the worker would render in).
// Only reachable users (the SQL twin of outbox `isReachable`, REACHABLE_USER) are counted.
import type { Db } from "../../db/client.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../locale.ts";
import { REACHABLE_USER } from "../reminders/bulk.ts";
import { listRegions } from "../regions.ts";
import { canManageRegion, type Roles } from "../roles.ts";
import { TOPICS, type Topic } from "../subscriptions.ts";

export const AUDIENCE_WHO = ["subscribers", ...TOPICS, "everyone"] as const;
export type AudienceWho = "subscribers" | Topic | "everyone";
export type AudienceLanguage = "all" | Locale;
export const AUDIENCE_LANGUAGES: readonly AudienceLanguage[] = ["all", ...LOCALES];

export interface Audience {
  /** Region codes, or "all" (admins only). */
  regions: string[] | "all";
  who: AudienceWho;
  language: AudienceLanguage;
}

export const isAudienceWho = (v: unknown): v is AudienceWho => typeof v === "string" && (AUDIENCE_WHO as readonly string[]).includes(v);
export const isAudienceLanguage = (v: unknown): v is AudienceLanguage =>
  typeof v === "string" && (AUDIENCE_LANGUAGES as readonly string[]).includes(v);

/** The stored JSON back as an Audience; null when damaged. */
export function parseAudience(json: string): Audience | null {
  try {
    const v = JSON.parse(json) as Partial<Audience>;
    const regions = v.regions === "all" ? "all" : Array.isArray(v.regions) && v.regions.every((r) => typeof r === "string") ? v.regions : null;
    if (!regions || !isAudienceWho(v.who) || !isAudienceLanguage(v.language)) return null;
    return { regions, who: v.who, language: v.language };
  } catch {
    return null;
  }
}

/**
 * Whether `roles` may address `a`: known regions, at least one, each within the actor's
 * scope ("all" only for admins). Returns the normalized audience (regions sorted, no duplicates).
 */
export async function checkAudience(db: Db, roles: Roles, a: Audience): Promise<Audience | null> {
  if (!isAudienceWho(a.who) || !isAudienceLanguage(a.language)) return null;
  if (a.regions === "all") return roles.admin ? { ...a } : null;
  const regions = [...new Set(a.regions)].sort();
  if (regions.length === 0) return null;
  const known = new Set((await listRegions(db)).map((r) => r.code));
  if (!regions.every((r) => known.has(r) && canManageRegion(roles, r))) return null;
  return { regions, who: a.who, language: a.language };
}

/** SQL: one column `userId`, every reachable member of the audience once. */
export function audienceSql(a: Audience): Prisma.Sql {
  const inRegions = (column: string) =>
    a.regions === "all" ? Prisma.sql`1` : Prisma.sql`${Prisma.raw(column)} IN (${Prisma.join(a.regions)})`;
  const topic = a.who === "subscribers" || a.who === "everyone" ? Prisma.empty : Prisma.sql` AND s."topic" = ${a.who}`;
  const subscribed = Prisma.sql`EXISTS (SELECT 1 FROM "Subscription" s WHERE s."userId" = u."id" AND ${inRegions(`s."regionCode"`)}${topic})`;
  const who = a.who === "everyone" ? Prisma.sql`(${inRegions(`u."regionCode"`)} OR ${subscribed})` : subscribed;
  const language = a.language === "all" ? Prisma.sql`1` : Prisma.sql`COALESCE(u."locale", ${DEFAULT_LOCALE}) = ${a.language}`;
  return Prisma.sql`SELECT u."id" AS "userId" FROM "User" u WHERE ${REACHABLE_USER} AND ${who} AND ${language}`;
}

/** How many people the audience reaches now. */
export async function countAudience(db: Db | Prisma.TransactionClient, a: Audience): Promise<number> {
  const rows = await db.$queryRaw<Array<{ n: number | bigint }>>`SELECT COUNT(*) AS "n" FROM (${audienceSql(a)})`;
  return Number(rows[0]?.n ?? 0);
}
