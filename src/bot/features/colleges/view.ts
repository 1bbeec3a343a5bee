// Text of the colleges screens. Everything from the database is escaped here.
import type { Context } from "../../context.ts";
import { escapeHtml } from "../../ui.ts";
import { formatNumber } from "../../../domain/format.ts";
import { PAGE_SIZE, type Page } from "../../../domain/paging.ts";
import {
  localName,
  type CollegeCard,
  type CollegeListItem,
  type OfferView,
  type SpecialtyCollege,
  type SpecialtyView,
} from "../../../domain/catalog/colleges.ts";
import { cityName } from "../../../domain/cities.ts";

export type Filter = "w" | "a";
export const isFilter = (v: string): v is Filter => v === "w" || v === "a";

export type Scope = "my" | "all";
export const isScope = (v: string): v is Scope => v === "my" || v === "all";

/** 46 → "3 years 10 months" in the user's language. */
export function formatDuration(ctx: Context, months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts: string[] = [];
  if (years > 0) parts.push(ctx.t("colleges-duration-years", { count: years }));
  if (rest > 0 || years === 0) parts.push(ctx.t("colleges-duration-months", { count: rest }));
  return parts.join(" ");
}

export function placesText(ctx: Context, state: number, paid: number): string {
  return ctx.t("colleges-places", { state: formatNumber(state, ctx.locale), paid: formatNumber(paid, ctx.locale) });
}

function offerLines(ctx: Context, o: OfferView): string {
  const head = [
    ctx.t(o.baseEducation === "grade11" ? "colleges-base-grade11" : "colleges-base-grade9"),
    studyForm(ctx, o.studyForm),
    formatDuration(ctx, o.durationMonths),
  ].join(" · ");
  const details = [placesText(ctx, o.stateFundedPlaces, o.paidPlaces)];
  if (o.languages.length) {
    details.push(ctx.t("colleges-languages", { list: o.languages.map((l) => ctx.t(`colleges-lang-${l}`)).join(", ") }));
  }
  if (o.isDual) details.push(ctx.t("colleges-dual-badge"));
  return `▫️ ${head}\n    ${details.join(" · ")}`;
}

function studyForm(ctx: Context, form: string): string {
  switch (form) {
    case "part_time":
      return ctx.t("colleges-form-part_time");
    case "evening":
      return ctx.t("colleges-form-evening");
    default:
      return ctx.t("colleges-form-full_time");
  }
}

/** One specialty of a college card: name, code, qualifications and each offer. */
export function specialtyBlock(ctx: Context, s: SpecialtyView): string {
  const title = `🎓 <b>${escapeHtml(localName(s, ctx.locale))}</b> · ${escapeHtml(s.code)}`;
  const lines = [s.isWorking ? `${title}\n${ctx.t("colleges-working-badge")}` : title];
  if (s.qualifications.length) {
    const list = s.qualifications.map((q) => escapeHtml(localName(q, ctx.locale)) + (q.isWorking ? " 🔧" : "")).join("; ");
    lines.push(ctx.t("colleges-qualifications", { list }));
  }
  for (const o of s.offers) lines.push(offerLines(ctx, o));
  return lines.join("\n");
}

/** The college part of the card (the same on every page of its specialties). */
export function cardHeader(ctx: Context, card: CollegeCard, workingOnly: boolean): string {
  const c = card.college;
  // Clipped so that the header always leaves room for specialties, whatever the data holds.
  const lines = [`🏫 <b>${escapeHtml(clip(localName(c, ctx.locale), 300))}</b>`];
  const place = [cityName(c.city, ctx.locale), c.address].filter((s) => s.trim()).join(", ");
  if (place) lines.push(`📍 ${escapeHtml(clip(place, 300))}`);
  if (c.phone) lines.push(`☎️ ${escapeHtml(clip(c.phone, 100))}`);
  if (c.website) lines.push(`🌐 ${escapeHtml(clip(c.website, 200))}`);
  if (c.studentsCount) lines.push(ctx.t("colleges-card-students", { count: formatNumber(c.studentsCount, ctx.locale) }));
  if (c.hasDual) lines.push(ctx.t("colleges-card-dual"));
  const count = card.specialties.length;
  lines.push("", ctx.t(workingOnly ? "colleges-card-specialties-working" : "colleges-card-specialties", { count }));
  if (count === 0) lines.push(ctx.t(workingOnly ? "colleges-card-no-working" : "colleges-card-no-specialties"));
  return lines.join("\n");
}

/**
 * Splits blocks into pages that fit `budget` characters (at most `perPage` blocks each), in
 * order; a block longer than the budget alone is cut so a page never exceeds the limit.
 */
export function packPages(blocks: string[], budget: number, perPage: number): string[][] {
  const pages: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const raw of blocks) {
    const block = raw.length > budget ? cutBlock(raw, budget) : raw;
    const extra = block.length + 2; // the blank line between blocks
    if (current.length && (size + extra > budget || current.length >= perPage)) {
      pages.push(current);
      current = [];
      size = 0;
    }
    current.push(block);
    size += extra;
  }
  if (current.length) pages.push(current);
  return pages;
}

/** Cuts at a line break so no HTML tag or entity is broken (tags never span lines here). */
function cutBlock(block: string, budget: number): string {
  const lines = block.split("\n");
  const kept: string[] = [];
  let size = 0;
  for (const line of lines) {
    if (size + line.length + 1 > budget - 2) break;
    kept.push(line);
    size += line.length + 1;
  }
  return `${kept.join("\n")}\n…`;
}

export function listText(ctx: Context, page: Page<CollegeListItem>, region: string, workingOnly: boolean): string {
  const lines = [ctx.t("colleges-list-title", { region: escapeHtml(region) })];
  if (workingOnly) lines.push(ctx.t("colleges-list-working"));
  if (page.total === 0) {
    lines.push("", ctx.t(workingOnly ? "colleges-list-empty-working" : "colleges-list-empty"));
    return lines.join("\n");
  }
  lines.push(ctx.t("colleges-list-total", { count: page.total }), "");
  page.items.forEach((c, i) => {
    const n = page.page * PAGE_SIZE + i + 1;
    const meta = [c.city && `📍 ${escapeHtml(cityName(c.city, ctx.locale))}`, ctx.t("colleges-specialties-count", { count: c.specialtiesCount })];
    if (c.hasDual) meta.push(ctx.t("colleges-dual-badge"));
    lines.push(`${n}. <b>${escapeHtml(clip(localName(c, ctx.locale), 200))}</b>\n    ${meta.filter(Boolean).join(" · ")}`);
  });
  return lines.join("\n");
}

/** "College — city · state-funded: 25 · paid: 10 · 🤝 dual" (one college teaching a specialty). */
export function specialtyCollegeLine(ctx: Context, c: SpecialtyCollege, nameLimit = 80): string {
  const parts = [`<b>${escapeHtml(clip(localName(c, ctx.locale), nameLimit))}</b>`];
  if (c.city) parts.push(`📍 ${escapeHtml(cityName(c.city, ctx.locale))}`);
  let line = `${parts.join(" · ")}\n    ${placesText(ctx, c.stateFundedPlaces, c.paidPlaces)}`;
  if (c.isDual) line += ` · ${ctx.t("colleges-dual-badge")}`;
  return line;
}

/** Shortens to `max` characters with an ellipsis (before escaping, so no entity is cut). */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join("").trimEnd()}…` : text;
}
