// Texts shared by the staff screens and the invite_accepted notice: a role with its scope,
// a person's name. Pure functions of a translate function, so renderers can use them too.
import { escapeHtml } from "../../ui.ts";
import { pickText, type Locale } from "../../../domain/locale.ts";

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

type Names = { nameKk: string; nameRu: string; nameEn: string };
type Titles = { titleKk: string; titleRu: string; titleEn: string };

export interface RoleScope {
  role: string;
  region?: Names | null;
  provider?: Names | null;
  course?: Titles | null;
}

const nameOf = (n: Names, locale: Locale) => pickText({ kk: n.nameKk, ru: n.nameRu, en: n.nameEn }, locale);
export const titleOf = (n: Titles, locale: Locale) => pickText({ kk: n.titleKk, ru: n.titleRu, en: n.titleEn }, locale);
export const providerName = nameOf;

/** "Regional staff — Karaganda region" (HTML-escaped). */
export function roleScopeText(t: Translate, locale: Locale, s: RoleScope): string {
  if (s.role === "admin") return t("staff-role-admin");
  if (s.role === "staff") return t("staff-role-staff", { region: escapeHtml(s.region ? nameOf(s.region, locale) : "—") });
  if (s.course) return t("staff-role-coordinator-course", { course: escapeHtml(titleOf(s.course, locale)) });
  return t("staff-role-coordinator-provider", { provider: escapeHtml(s.provider ? nameOf(s.provider, locale) : "—") });
}

/** "Aigerim Sapar (@aigerim)" (HTML-escaped). */
export function personLabel(p: { firstName: string; lastName: string | null; username: string | null; telegramId: bigint }): string {
  const name = [p.firstName, p.lastName].filter(Boolean).join(" ").trim() || String(p.telegramId);
  return escapeHtml(p.username ? `${name} (@${p.username})` : name);
}

/** A button label: plain text, cut to fit. */
export function label(text: string, max = 48): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
