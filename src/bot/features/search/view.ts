// Text and buttons of search results: one section per category, numbered items, numbered buttons
// (with the category's emoji) that open the cards of the other features.
import { InlineKeyboard } from "grammy";
import type { Context } from "../../context.ts";
import { escapeHtml } from "../../ui.ts";
import { formatDate, formatDateTime, formatKzt } from "../../../domain/format.ts";
import { tr } from "../../../domain/locale.ts";
import { localName } from "../../../domain/catalog/colleges.ts";
import type { CatalogSearchResult, Category } from "../../../domain/catalog/search.ts";
import { vacanciesCb } from "../vacancies/callbacks.ts";
import { eventsCb } from "../events/callbacks.ts";
import { coursesCb } from "../courses/callbacks.ts";
import { collegesCb } from "../colleges/callbacks.ts";
import { clip, specialtyCollegeLine, type Scope } from "../colleges/view.ts";
import { cityName } from "../../../domain/cities.ts";

const TITLE_MAX = 70;
const MAX_TEXT = 4000;

interface Rendered {
  html: string;
  kb: InlineKeyboard;
}

function countText(ctx: Context, c: Category<unknown>): string {
  return c.items.length < c.total
    ? ctx.t("search-count-partial", { shown: c.items.length, total: c.total })
    : String(c.total);
}

function title(ctx: Context, row: { titleKk: string; titleRu: string; titleEn: string }): string {
  return `<b>${escapeHtml(clip(tr(row, "title", ctx.locale), TITLE_MAX))}</b>`;
}

const place = (ctx: Context, city: string) => (city ? ` · 📍 ${escapeHtml(clip(cityName(city, ctx.locale), 30))}` : "");

/**
 * The results message. `perSpecialty` colleges are listed under each specialty; the caller
 * lowers it when the text would not fit one message.
 */
export function renderResults(ctx: Context, r: CatalogSearchResult, header: string, scope: Scope, perSpecialty: number): Rendered {
  const sections: string[] = [header];
  const kb = new InlineKeyboard();
  let n = 0;
  const buttons = (emoji: string, data: string[]) => {
    data.forEach((d, i) => {
      if (i > 0 && i % 5 === 0) kb.row();
      kb.text(`${emoji} ${n - data.length + i + 1}`, d);
    });
    if (data.length) kb.row();
  };

  if (r.vacancies.total) {
    const lines = [ctx.t("search-section-vacancies", { count: countText(ctx, r.vacancies) })];
    for (const v of r.vacancies.items) {
      lines.push(`${++n}. ${title(ctx, v)} — ${escapeHtml(clip(v.employer.name, 40))}${place(ctx, v.city)}`);
    }
    sections.push(lines.join("\n"));
    buttons("💼", r.vacancies.items.map((v) => vacanciesCb.pack("open", v.id)));
  }
  if (r.events.total) {
    const lines = [ctx.t("search-section-events", { count: countText(ctx, r.events) })];
    for (const e of r.events.items) {
      lines.push(`${++n}. ${title(ctx, e)} — ${escapeHtml(formatDateTime(e.startsAt, ctx.locale))}${place(ctx, e.city)}`);
    }
    sections.push(lines.join("\n"));
    buttons("📅", r.events.items.map((e) => eventsCb.pack("open", e.id)));
  }
  if (r.courses.total) {
    const lines = [ctx.t("search-section-courses", { count: countText(ctx, r.courses) })];
    for (const c of r.courses.items) {
      const price = c.isFree ? ctx.t("search-course-free") : c.priceKzt ? formatKzt(c.priceKzt, ctx.locale) : ctx.t("search-course-paid");
      const starts = ctx.t("search-course-starts", { date: formatDate(c.startsAt, ctx.locale) });
      lines.push(`${++n}. ${title(ctx, c)} — ${escapeHtml(starts)} · ${escapeHtml(price)}${place(ctx, c.city)}`);
    }
    sections.push(lines.join("\n"));
    buttons("🛠", r.courses.items.map((c) => coursesCb.pack("open", c.id)));
  }
  if (r.specialties.total) {
    const lines = [ctx.t("search-section-specialties", { count: countText(ctx, r.specialties) })];
    const colleges: string[] = [];
    const more: Array<[label: string, data: string]> = [];
    for (const s of r.specialties.items) {
      const name = localName(s, ctx.locale);
      lines.push(`🎓 <b>${escapeHtml(clip(name, TITLE_MAX))}</b> · ${escapeHtml(s.code)}${s.isWorking ? " 🔧" : ""}`);
      for (const c of s.colleges.slice(0, perSpecialty)) {
        lines.push(`  ${++n}. ${specialtyCollegeLine(ctx, c, 50)}`);
        colleges.push(collegesCb.pack("open", c.id, "a", 0));
      }
      const rest = s.colleges.length - perSpecialty;
      if (rest > 0) {
        lines.push(`  ${ctx.t("search-more-colleges", { count: rest })}`);
        more.push([ctx.t("search-all-colleges", { specialty: clip(name, 28), count: s.colleges.length }), collegesCb.pack("spec", s.id, scope, 0)]);
      }
    }
    sections.push(lines.join("\n"));
    buttons("🏫", colleges);
    for (const [label, data] of more) kb.text(label, data).row();
  }
  return { html: sections.join("\n\n"), kb };
}

/** Renders, listing fewer colleges per specialty if the message would be too long. */
export function renderFitting(ctx: Context, r: CatalogSearchResult, header: string, scope: Scope): Rendered {
  const full = renderResults(ctx, r, header, scope, 3);
  return full.html.length <= MAX_TEXT ? full : renderResults(ctx, r, header, scope, 1);
}
