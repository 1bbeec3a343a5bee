// Screens of the events feature as HTML + keyboard; no database access here.
import { InlineKeyboard } from "grammy";
import type { Context } from "../../context.ts";
import type { EventCardResult, EventListItem, FairVacanciesResult } from "../../../domain/catalog/events.ts";
import { isEventKind } from "../../../domain/catalog/events.ts";
import { eventLocation } from "../../../domain/ics.ts";
import { formatDateRange, formatNumber, KZ_TIME_ZONE } from "../../../domain/format.ts";
import { tr, type Locale } from "../../../domain/locale.ts";
import { PAGE_SIZE, type Page } from "../../../domain/paging.ts";
import { regionName } from "../../../domain/regions.ts";
import { backToMenu } from "../../keyboards/menu.ts";
import { addPagination } from "../../keyboards/pagination.ts";
import { escapeHtml } from "../../ui.ts";
import { vacanciesCb } from "../vacancies/callbacks.ts";
import { eventsCb, type EventsScope } from "./callbacks.ts";
import { newRow } from "../../keyboards/menu.ts";
import { cityName } from "../../../domain/cities.ts";
import { addNumberButtons } from "../../keyboards/pagination.ts";
import { salaryText } from "../vacancies/render.ts";

export interface Screen {
  html: string;
  keyboard: InlineKeyboard;
}

/** Where "back" from a card leads: the list it was opened from. */
export interface ListPosition {
  scope: EventsScope;
  page: number;
}

export const DEFAULT_POSITION: ListPosition = { scope: "my", page: 0 };

const KIND_EMOJI: Record<string, string> = {
  job_fair: "🤝",
  open_day: "🚪",
  forum: "🎤",
  competition: "🏆",
  festival: "🎉",
  excursion: "🚌",
  masterclass: "🛠",
};

export function kindEmoji(kind: string): string {
  return KIND_EMOJI[kind] ?? "📅";
}

export function kindLabel(ctx: Context, kind: string): string {
  return ctx.t(isEventKind(kind) ? `events-kind-${kind}` : "events-kind-other");
}

const shortFormats = new Map<Locale, Intl.DateTimeFormat>();
/** "сб, 5 дек., 10:00": enough for a list line; the card shows the full range. */
export function formatShortDateTime(date: Date, locale: Locale): string {
  let f = shortFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: KZ_TIME_ZONE,
    });
    shortFormats.set(locale, f);
  }
  return f.format(date);
}

export function renderEventList(ctx: Context, page: Page<EventListItem>, scope: EventsScope, region: string | null): Screen {
  const title = scope === "my" ? ctx.t("events-title-my", { region: escapeHtml(region ?? "") }) : ctx.t("events-title-all");
  const lines = page.items.map((e, i) => {
    const when = [formatShortDateTime(e.startsAt, ctx.locale), cityName(e.city.trim(), ctx.locale)].filter(Boolean).join(" · ");
    return `${page.page * PAGE_SIZE + i + 1}. ${kindEmoji(e.kind)} <b>${escapeHtml(tr(e, "title", ctx.locale))}</b>\n    ${escapeHtml(when)}`;
  });
  const body = lines.length > 0 ? `${lines.join("\n\n")}\n\n${ctx.t("events-list-hint")}` : ctx.t(`events-list-empty-${scope}`);

  const kb = addNumberButtons(new InlineKeyboard(), page.page * PAGE_SIZE + 1, page.items.map((e) => e.id), (id) => eventsCb.pack("card", id, scope, page.page));
  addPagination(kb, page.page, page.pages, (p) => eventsCb.pack("list", scope, p));
  // Scope is a toggle: both choices visible, the current one ticked.
  newRow(kb)
    .text(`${scope === "my" ? "✅ " : ""}${ctx.t("events-scope-my")}`, eventsCb.pack("list", "my", 0))
    .text(`${scope === "all" ? "✅ " : ""}${ctx.t("events-scope-all")}`, eventsCb.pack("list", "all", 0));
  return { html: `${title}\n\n${body}`, keyboard: backToMenu(ctx, kb) };
}

type VisibleCard = Extract<EventCardResult, { status: "visible" }>;

/** `watching`: the person asked to be reminded (a Watch row), so the toggle offers "don't remind". */
export function renderEventCard(ctx: Context, card: VisibleCard, back: ListPosition, watching = false): Screen {
  const e = card.event;
  const l = ctx.locale;
  const description = tr(e, "description", l);
  const place = eventLocation(e);
  const facts = [
    ctx.t("events-card-when", { when: formatDateRange(e.startsAt, e.endsAt, l) }),
    place && ctx.t("events-card-where", { place: escapeHtml(place) }),
    ctx.t("events-card-region", { region: escapeHtml(regionName(e.region, l)) }),
    e.expectedVacancies != null && ctx.t("events-card-expected-vacancies", { count: formatNumber(e.expectedVacancies, l) }),
    e.expectedEmployers != null && ctx.t("events-card-expected-employers", { count: formatNumber(e.expectedEmployers, l) }),
  ].filter(Boolean);
  const html = [
    `${kindEmoji(e.kind)} <i>${escapeHtml(kindLabel(ctx, e.kind))}</i>\n<b>${escapeHtml(tr(e, "title", l))}</b>`,
    description && escapeHtml(description),
    facts.join("\n"),
  ]
    .filter(Boolean)
    .join("\n\n");

  const kb = new InlineKeyboard();
  // Telegram needs coordinates for a venue: without them the button would lead nowhere.
  if (e.latitude != null && e.longitude != null) kb.text(ctx.t("events-btn-map"), eventsCb.pack("map", e.id));
  kb.text(ctx.t("events-btn-calendar"), eventsCb.pack("ics", e.id)).row();
  kb.text(ctx.t(watching ? "subscriptions-remind-off" : "subscriptions-remind-on"), eventsCb.pack("remind", e.id, watching ? 0 : 1, back.scope, back.page)).row();
  if (card.openVacancies > 0) {
    kb.text(ctx.t("events-btn-vacancies", { count: formatNumber(card.openVacancies, l) }), eventsCb.pack("vac", e.id, 0, back.scope, back.page)).row();
  }
  kb.text(ctx.t("events-btn-back-list"), eventsCb.pack("list", back.scope, back.page));
  return { html, keyboard: backToMenu(ctx, kb) };
}

type VisibleFair = Extract<FairVacanciesResult, { status: "visible" }>;

export function renderFairVacancies(ctx: Context, fair: VisibleFair, back: ListPosition): Screen {
  const { event, page, groups } = fair;
  const l = ctx.locale;
  const header = `${ctx.t("events-fair-vacancies-title", { title: escapeHtml(tr(event, "title", l)) })}\n🕘 ${formatDateRange(event.startsAt, event.endsAt, l)}`;
  let n = page.page * PAGE_SIZE;
  const blocks = groups.map((g) => {
    const lines = g.vacancies.map((v) => {
      n += 1;
      const details = `${salaryText(ctx, v.salaryMin, v.salaryMax)} · ${ctx.t("events-positions", { count: v.positions })}`;
      return `${n}. ${escapeHtml(tr(v, "title", l))} — ${escapeHtml(details)}`;
    });
    return `🏢 <b>${escapeHtml(g.employer.name)}</b>\n${lines.join("\n")}`;
  });
  const body = blocks.length > 0 ? `${blocks.join("\n\n")}\n\n${ctx.t("events-fair-vacancies-hint")}` : ctx.t("events-fair-vacancies-empty");

  const kb = addNumberButtons(new InlineKeyboard(), page.page * PAGE_SIZE + 1, page.items.map((v) => v.id), (id) => vacanciesCb.pack("open", id));
  addPagination(kb, page.page, page.pages, (p) => eventsCb.pack("vac", event.id, p, back.scope, back.page));
  newRow(kb).text(ctx.t("events-btn-back-card"), eventsCb.pack("card", event.id, back.scope, back.page));
  return { html: `${header}\n\n${body}`, keyboard: backToMenu(ctx, kb) };
}
