// Course screens as HTML + keyboard. No database access here: handlers pass what the
// domain returned, so every screen is exactly what the data says.
import { InlineKeyboard } from "grammy";
import type { Context } from "../../context.ts";
import type { CourseCard, CourseFilters, CourseSummary, FormatFilter, PriceFilter, SectorCount } from "../../../domain/catalog/courses.ts";
import { formatDate, formatKzt } from "../../../domain/format.ts";
import { tr } from "../../../domain/locale.ts";
import { PAGE_SIZE, type Page } from "../../../domain/paging.ts";
import { backToMenu } from "../../keyboards/menu.ts";
import { addPagination } from "../../keyboards/pagination.ts";
import { escapeHtml } from "../../ui.ts";
import { coursesCb } from "./callbacks.ts";
import { cityName } from "../../../domain/cities.ts";

/** Filters plus page: everything needed to come back to the same list screen. */
export interface ListState extends CourseFilters {
  page: number;
}

/** Region names by code (the cached region list), to mark courses of other regions. */
export type RegionNames = (code: string) => string;

const NEXT_PRICE: Record<PriceFilter, PriceFilter> = { any: "free", free: "paid", paid: "any" };
const NEXT_FORMAT: Record<FormatFilter, FormatFilter> = { any: "online", online: "offline", offline: "any" };
const FORMAT_EMOJI: Record<string, string> = { online: "💻", offline: "🏫", hybrid: "🔀" };
// Keeps a card well under Telegram's 4096 characters, so truncation never cuts an HTML tag.
const MAX_DESCRIPTION = 2500;

const listData = (s: ListState) => coursesCb.pack("list", s.price, s.format, s.sector, s.page);
const hasFilters = (f: CourseFilters) => f.price !== "any" || f.format !== "any" || f.sector !== "any";

function formatLabel(ctx: Context, format: string): string {
  const known = format === "online" || format === "offline" || format === "hybrid";
  return `${FORMAT_EMOJI[format] ?? "🏫"} ${ctx.t(known ? `courses-format-${format}` : "courses-format-offline")}`;
}

function priceLabel(ctx: Context, course: CourseSummary["course"]): string {
  if (course.isFree) return ctx.t("courses-free");
  return course.priceKzt != null ? formatKzt(course.priceKzt, ctx.locale) : ctx.t("courses-paid");
}

function filterKeyboard(ctx: Context, s: ListState): InlineKeyboard {
  const price = s.price === "any" ? ctx.t("courses-filter-price-any") : ctx.t(`courses-filter-price-${s.price}`);
  const format = s.format === "any" ? ctx.t("courses-filter-format-any") : ctx.t(`courses-filter-format-${s.format}`);
  const sector = s.sector === "any" ? ctx.t("courses-filter-sector-any") : ctx.t("courses-filter-sector", { sector: ctx.t(`sector-${s.sector}`) });
  return new InlineKeyboard()
    .text(price, listData({ ...s, price: NEXT_PRICE[s.price], page: 0 }))
    .text(format, listData({ ...s, format: NEXT_FORMAT[s.format], page: 0 }))
    .row()
    .text(sector, coursesCb.pack("sectors", s.price, s.format, s.sector, s.page));
}

/** Builders leave an empty row where `.row()` calls meet; Telegram needs none of them. */
function withoutEmptyRows(kb: InlineKeyboard): InlineKeyboard {
  const rows = kb.inline_keyboard.filter((r) => r.length > 0);
  kb.inline_keyboard.splice(0, kb.inline_keyboard.length, ...rows);
  return kb;
}

/** The list screen: a header, two lines per course, number buttons, filters, paging. */
export function renderList(
  ctx: Context,
  page: Page<CourseSummary>,
  s: ListState,
  region: { code: string; name: string },
  regionNames: RegionNames,
): { html: string; keyboard: InlineKeyboard } {
  const state = { ...s, page: page.page }; // the clamped page, so "back" from a card lands here
  const header = [ctx.t("courses-list-title", { region: escapeHtml(region.name) }), ctx.t("courses-list-intro")];
  const kb = new InlineKeyboard();

  if (page.items.length === 0) {
    const empty = ctx.t(hasFilters(s) ? "courses-list-empty" : "courses-list-empty-region");
    const filters = filterKeyboard(ctx, state);
    if (hasFilters(s)) filters.row().text(ctx.t("courses-filter-clear"), listData({ price: "any", format: "any", sector: "any", page: 0 }));
    return { html: [...header, empty].join("\n\n"), keyboard: withoutEmptyRows(backToMenu(ctx, filters)) };
  }

  const lines = page.items.map((item, i) => {
    const n = page.page * PAGE_SIZE + i + 1;
    const c = item.course;
    const format = formatLabel(ctx, c.format) + (c.regionCode === region.code ? "" : ` (${escapeHtml(regionNames(c.regionCode))})`);
    const seats = !item.registrationOpen
      ? ctx.t("courses-list-closed")
      : item.seatsLeft > 0
        ? ctx.t("courses-list-seats", { count: item.seatsLeft })
        : ctx.t("courses-list-waitlist");
    const details = [
      escapeHtml(tr(c.provider, "name", ctx.locale)),
      format,
      `💰 ${priceLabel(ctx, c)}`,
      `📅 ${formatDate(c.startsAt, ctx.locale)}`,
      seats,
    ];
    kb.text(String(n), coursesCb.pack("card", c.id, s.price, s.format, s.sector, page.page));
    return `<b>${n}. ${escapeHtml(tr(c, "title", ctx.locale))}</b>\n${details.join(" · ")}`;
  });

  const html = [...header, ctx.t("courses-list-found", { count: page.total }), lines.join("\n\n"), ctx.t("courses-list-hint")].join("\n\n");
  addPagination(kb, page.page, page.pages, (p) => listData({ ...state, page: p }));
  kb.append(filterKeyboard(ctx, state));
  return { html, keyboard: withoutEmptyRows(backToMenu(ctx, kb)) };
}

/** Sectors that have courses under the current price/format, with counts; the current one marked. */
export function renderSectorPicker(ctx: Context, counts: SectorCount[], s: ListState): { html: string; keyboard: InlineKeyboard } {
  const kb = new InlineKeyboard();
  const mark = (on: boolean) => (on ? "✅ " : "");
  kb.text(mark(s.sector === "any") + ctx.t("courses-sectors-all"), listData({ ...s, sector: "any", page: 0 })).row();
  counts.forEach(({ sector, count }, i) => {
    kb.text(`${mark(s.sector === sector)}${ctx.t(`sector-${sector}`)} (${count})`, listData({ ...s, sector, page: 0 }));
    if (i % 2 === 1) kb.row();
  });
  kb.row().text(ctx.t("courses-back-to-list"), listData(s));
  const html = counts.length > 0 ? ctx.t("courses-sectors-title") : ctx.t("courses-sectors-empty");
  return { html, keyboard: withoutEmptyRows(backToMenu(ctx, kb)) };
}

function backKeyboard(ctx: Context, back: ListState | null, kb = new InlineKeyboard()): InlineKeyboard {
  if (back) kb.text(ctx.t("courses-back-to-list"), listData(back));
  else kb.text(ctx.t("courses-all"), listData({ price: "any", format: "any", sector: "any", page: 0 }));
  return backToMenu(ctx, kb);
}

/** The course card. `back` is the list it was opened from (null: deep link or another feature). */
export function renderCard(
  ctx: Context,
  card: CourseCard,
  back: ListState | null,
  regionNames: RegionNames,
  watching = false,
): { html: string; keyboard: InlineKeyboard } {
  const { course: c, seatsLeft } = card;
  const L = ctx.locale;
  const contacts = [c.provider.phone && `📞 ${escapeHtml(c.provider.phone)}`, c.provider.website && `🌐 ${escapeHtml(c.provider.website)}`];
  const duration = c.hoursTotal
    ? ctx.t("courses-card-duration-hours", { weeks: c.durationWeeks, hours: c.hoursTotal })
    : ctx.t("courses-card-duration", { weeks: c.durationWeeks });
  const price = c.isFree
    ? ctx.t("courses-card-price-free")
    : c.priceKzt != null
      ? ctx.t("courses-card-price", { price: formatKzt(c.priceKzt, L) })
      : ctx.t("courses-card-price-unknown");
  const deadline = formatDate(c.registrationDeadline, L);
  const place = c.format === "online" ? "" : [cityName(c.city.trim(), L), c.address].map((p) => p.trim()).filter(Boolean).join(", ");
  let description = tr(c, "description", L);
  if (description.length > MAX_DESCRIPTION) description = `${description.slice(0, MAX_DESCRIPTION - 1)}…`;

  const head = [
    `<b>${escapeHtml(tr(c, "title", L))}</b>`,
    ctx.t("courses-card-provider", { provider: escapeHtml(tr(c.provider, "name", L)) }),
    contacts.filter(Boolean).join(" · "),
  ];
  const facts = [
    ctx.t("courses-card-sector", { sector: ctx.t(`sector-${c.sector}`) }),
    ctx.t("courses-card-format", { format: formatLabel(ctx, c.format) }),
    price,
    duration,
    ctx.t("courses-card-starts", { date: formatDate(c.startsAt, L) }),
    card.registrationOpen ? ctx.t("courses-card-deadline", { date: deadline }) : ctx.t("courses-card-deadline-passed", { date: deadline }),
    ctx.t("courses-card-region", { region: escapeHtml(regionNames(c.regionCode)) }),
    place && ctx.t("courses-card-place", { place: escapeHtml(place) }),
    ctx.t("courses-card-age", { min: c.minAge, max: c.maxAge }),
    seatsLeft > 0 ? ctx.t("courses-card-seats", { left: seatsLeft, capacity: c.capacity }) : ctx.t("courses-card-no-seats"),
  ];
  const blocks = [head.filter(Boolean).join("\n"), facts.filter(Boolean).join("\n"), escapeHtml(description)];
  const html = blocks.filter(Boolean).join("\n\n");
  const signup = new InlineKeyboard();
  if (card.registrationOpen) {
    signup.text(ctx.t("signup-button"), coursesCb.pack("signup", c.id)).row();
    // A Watch row: the planner reminds the day before the registration deadline.
    const b = back ?? { price: "-", format: "any", sector: "any", page: 0 };
    const label = ctx.t(watching ? "subscriptions-remind-off" : "subscriptions-remind-on");
    signup.text(label, coursesCb.pack("remind", c.id, watching ? 0 : 1, b.price, b.format, b.sector, b.page)).row();
  }
  return { html, keyboard: backKeyboard(ctx, back, signup) };
}

/** For courses that are unpublished or have started: the card would only disappoint. */
export function renderUnavailable(ctx: Context, back: ListState | null): { html: string; keyboard: InlineKeyboard } {
  return { html: ctx.t("courses-unavailable"), keyboard: backKeyboard(ctx, back) };
}
