// Screens of the vacancies feature: the list, the sector picker and the card (HTML + keyboard).
import { InlineKeyboard } from "grammy";
import type { Context } from "../../context.ts";
import { PAGE_SIZE, type Page } from "../../../domain/paging.ts";
import type { SectorCount, VacancyDetails, VacancyWithEmployer } from "../../../domain/catalog/vacancies.ts";
import { upcomingFair } from "../../../domain/catalog/vacancies.ts";
import { formatDate, formatDateTime, formatKzt, formatNumber } from "../../../domain/format.ts";
import { tr } from "../../../domain/locale.ts";
import { isSector } from "../../../domain/sectors.ts";
import { addPagination } from "../../keyboards/pagination.ts";
import { backToMenu } from "../../keyboards/menu.ts";
import { escapeHtml } from "../../ui.ts";
import { eventsCb } from "../events/callbacks.ts";
import { ANY_SECTOR, DEFAULT_LIST, listData, vacanciesCb, type ListState } from "./callbacks.ts";
import { cityName } from "../../../domain/cities.ts";

export interface Screen {
  html: string;
  kb: InlineKeyboard;
}

const SCHEDULES = ["full_time", "part_time", "shift", "rotation", "remote"] as const;

export function sectorName(ctx: Context, sector: string): string {
  return isSector(sector) ? ctx.t(`sector-${sector}`) : sector;
}

/** "250 000 – 400 000 ₸", "from 250 000 ₸", "up to 400 000 ₸" or "by agreement". */
export function salaryText(ctx: Context, min: number | null, max: number | null): string {
  const money = (n: number) => formatKzt(n, ctx.locale);
  if (min != null && max != null) {
    if (min === max) return money(min);
    // One currency sign for the range; a swapped pair in the data still reads low – high.
    const [lo, hi] = min < max ? [min, max] : [max, min];
    return ctx.t("vacancies-salary-range", { min: formatNumber(lo, ctx.locale), max: money(hi) });
  }
  if (min != null) return ctx.t("vacancies-salary-from", { min: money(min) });
  if (max != null) return ctx.t("vacancies-salary-upto", { max: money(max) });
  return ctx.t("vacancies-salary-negotiable");
}

export function scheduleName(ctx: Context, schedule: string): string {
  return (SCHEDULES as readonly string[]).includes(schedule) ? ctx.t(`vacancies-schedule-${schedule}`) : schedule;
}

/** The last day a vacancy takes applications: expiresAt is exclusive, so midnight counts for the day before. */
function lastDay(expiresAt: Date): Date {
  return new Date(expiresAt.getTime() - 1);
}

export function closedText(ctx: Context, v: Pick<VacancyDetails, "expiresAt">): string {
  return ctx.t("vacancies-closed", { date: formatDate(lastDay(v.expiresAt), ctx.locale) });
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function hasFilters(s: ListState): boolean {
  return s.sector !== ANY_SECTOR || s.mode === "w";
}

function sectorLabel(ctx: Context, s: ListState): string {
  return ctx.t("vacancies-filter-sector", {
    sector: s.sector === ANY_SECTOR ? ctx.t("vacancies-sector-all") : sectorName(ctx, s.sector),
  });
}

function addFilterButtons(ctx: Context, kb: InlineKeyboard, s: ListState): void {
  const working = ctx.t("vacancies-filter-working");
  kb.row()
    .text(s.mode === "w" ? `✅ ${working}` : working, listData({ ...s, mode: s.mode === "w" ? "a" : "w", page: 0 }))
    .row()
    .text(sectorLabel(ctx, s), vacanciesCb.pack("sectors", s.sector, s.mode));
}

export function renderList(ctx: Context, s: ListState, page: Page<VacancyWithEmployer>, region: string): Screen {
  const lines = [ctx.t("vacancies-list-title", { region: escapeHtml(region) })];
  const kb = new InlineKeyboard();
  const filters = [sectorLabel(ctx, s), s.mode === "w" ? ctx.t("vacancies-filter-working") : ""].filter(Boolean).join(" · ");

  if (page.total === 0) {
    if (hasFilters(s)) {
      lines.push(filters, ctx.t("vacancies-empty-filtered"));
      kb.text(ctx.t("vacancies-clear-filters"), listData(DEFAULT_LIST));
      addFilterButtons(ctx, kb, s);
    } else {
      lines.push(ctx.t("vacancies-empty", { region: escapeHtml(region) }));
    }
    return { html: lines.join("\n\n"), kb: backToMenu(ctx, kb) };
  }

  lines.push(`${filters}\n${ctx.t("vacancies-list-count", { count: page.total })}`);
  const current = { ...s, page: page.page };
  const items = page.items.map((v, i) => {
    const n = page.page * PAGE_SIZE + i + 1;
    kb.text(String(n), vacanciesCb.pack("card", v.id, s.sector, s.mode, page.page));
    const badge = v.isWorkingProfession ? " 🔧" : "";
    const details = [`💰 ${salaryText(ctx, v.salaryMin, v.salaryMax)}`, v.city ? `📍 ${escapeHtml(cityName(v.city, ctx.locale))}` : ""];
    return (
      `<b>${n}. ${escapeHtml(tr(v, "title", ctx.locale))}</b>${badge} — ${escapeHtml(v.employer.name)}\n` +
      `    ${details.filter(Boolean).join(" · ")}`
    );
  });
  lines.push(items.join("\n\n"));
  addPagination(kb, page.page, page.pages, (p) => listData({ ...current, page: p }));
  addFilterButtons(ctx, kb, current);
  return { html: lines.join("\n\n"), kb: backToMenu(ctx, kb) };
}

export function renderSectorPicker(ctx: Context, s: ListState, counts: SectorCount[], region: string): Screen {
  const kb = new InlineKeyboard();
  const mark = (on: boolean) => (on ? "✓ " : "");
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  kb.text(
    `${mark(s.sector === ANY_SECTOR)}${ctx.t("vacancies-sector-any")} (${formatNumber(total, ctx.locale)})`,
    listData({ ...s, sector: ANY_SECTOR, page: 0 }),
  );
  // Only known codes can travel in callback data; anything else in the table is skipped.
  for (const c of counts.filter((c) => isSector(c.sector))) {
    kb.row().text(
      `${mark(s.sector === c.sector)}${sectorName(ctx, c.sector)} (${formatNumber(c.count, ctx.locale)})`,
      listData({ ...s, sector: c.sector, page: 0 }),
    );
  }
  kb.row().text(ctx.t("back"), listData({ ...s, page: 0 }));
  const title = ctx.t("vacancies-sectors-title", { region: escapeHtml(region) });
  return { html: s.mode === "w" ? `${title}\n${ctx.t("vacancies-filter-working")}` : title, kb: backToMenu(ctx, kb) };
}

function telegramLink(raw: string): string {
  const handle = raw.trim().replace(/^(https?:\/\/)?(t\.me|telegram\.me)\//i, "").replace(/^@/, "");
  return /^[A-Za-z][A-Za-z0-9_]{3,31}$/.test(handle)
    ? `<a href="https://t.me/${handle}">@${handle}</a>`
    : escapeHtml(raw.trim());
}

function applyLines(ctx: Context, v: VacancyDetails): string[] {
  const phone = v.contactPhone?.trim() || v.employer.phone?.trim();
  const email = v.contactEmail?.trim() || v.employer.email?.trim();
  const lines = [
    v.contactName?.trim() ? `👤 ${escapeHtml(v.contactName.trim())}` : "",
    phone ? `📞 ${escapeHtml(phone)}` : "",
    email ? `✉️ ${escapeHtml(email)}` : "",
    v.contactTelegram?.trim() ? `💬 ${telegramLink(v.contactTelegram)}` : "",
    v.employer.website?.trim() ? `🌐 ${escapeHtml(v.employer.website.trim())}` : "",
  ].filter(Boolean);
  return lines.length ? lines : [ctx.t("vacancies-card-apply-none")];
}

/** The card of an open vacancy; `back` is the list screen its "back" button returns to. */
export function renderCard(ctx: Context, v: VacancyDetails, now: Date, back: ListState): Screen {
  const l = ctx.locale;
  const about = tr(v.employer, "about", l);
  const requirements = tr(v, "requirements", l);
  const fair = upcomingFair(v, now);
  const fairTitle = fair ? tr(fair, "title", l) : "";

  const head = [
    `💼 <b>${escapeHtml(tr(v, "title", l))}</b>`,
    `🏢 <b>${escapeHtml(v.employer.name)}</b>`,
    about ? `<i>${escapeHtml(about)}</i>` : "",
  ];
  const facts = [
    `🏷 ${escapeHtml(sectorName(ctx, v.sector))}`,
    v.isWorkingProfession ? ctx.t("vacancies-card-working") : "",
    ctx.t("vacancies-card-positions", { count: v.positions }),
    ctx.t("vacancies-card-salary", { salary: salaryText(ctx, v.salaryMin, v.salaryMax) }),
    ctx.t("vacancies-card-schedule", { schedule: escapeHtml(scheduleName(ctx, v.schedule)) }),
    v.city ? `📍 ${escapeHtml(cityName(v.city, ctx.locale))}` : "",
  ];
  const dates = [
    ctx.t("vacancies-card-posted", { date: formatDate(v.postedAt, l) }),
    ctx.t("vacancies-card-until", { date: formatDate(lastDay(v.expiresAt), l) }),
    fair ? ctx.t("vacancies-card-fair", { title: escapeHtml(fairTitle), date: formatDateTime(fair.startsAt, l) }) : "",
  ];
  const sections = [
    head.filter(Boolean).join("\n"),
    facts.filter(Boolean).join("\n"),
    requirements ? `${ctx.t("vacancies-card-requirements")}\n${escapeHtml(requirements)}` : "",
    dates.filter(Boolean).join("\n"),
    `${ctx.t("vacancies-card-apply")}\n${applyLines(ctx, v).join("\n")}`,
  ];

  const kb = new InlineKeyboard();
  if (fair) kb.text(ctx.t("vacancies-card-fair-button", { title: truncate(fairTitle, 40) }), eventsCb.pack("open", fair.id)).row();
  kb.text(ctx.t("vacancies-back-to-list"), listData(back));
  return { html: sections.filter(Boolean).join("\n\n"), kb: backToMenu(ctx, kb) };
}
