// Job fairs and career events: the list of a region (or all), an event's card with its venue
// and calendar file, and the vacancies offered at a fair.
import { InlineKeyboard, InputFile } from "grammy";
import { FeatureComposer } from "../../composer.ts";
import type { Context } from "../../context.ts";
import { getEventCard, listFairVacancies, listUpcomingEvents } from "../../../domain/catalog/events.ts";
import type { Event } from "../../../generated/prisma/client.ts";
import { buildEventIcs, eventLocation } from "../../../domain/ics.ts";
import { tr } from "../../../domain/locale.ts";
import { regionName } from "../../../domain/regions.ts";
import { isWatching, setWatch } from "../../../domain/subscriptions.ts";
import { backToMenu, mainMenuKeyboard } from "../../keyboards/menu.ts";
import { escapeHtml, send, show, toast } from "../../ui.ts";
import { currentRegionName } from "../menu/index.ts";
import { showRegionPicker } from "../onboarding/pickers.ts";
import { eventsCb, isScope, type EventsScope } from "./callbacks.ts";
import { DEFAULT_POSITION, renderEventCard, renderEventList, renderFairVacancies, type ListPosition } from "./render.ts";

export const eventsFeature = new FeatureComposer<Context>();

type Present = typeof show; // show (edit in place) or send (new message)
type Unavailable = { status: "gone" } | { status: "cancelled"; event: Pick<Event, "titleKk" | "titleRu" | "titleEn"> };

export async function showEventList(ctx: Context, scope: EventsScope, page: number): Promise<void> {
  const regionCode = scope === "my" ? (ctx.user?.regionCode ?? null) : null;
  // "My region" means nothing until the user has one: ask first.
  if (scope === "my" && !regionCode) return showRegionPicker(ctx, "events");
  const list = await listUpcomingEvents(ctx.deps.db, { regionCode, now: ctx.deps.clock.now(), page });
  const region = scope === "my" ? await currentRegionName(ctx) : null;
  const screen = renderEventList(ctx, list, scope, region ?? regionCode);
  await show(ctx, screen.html, screen.keyboard);
}

/** The answer for an event that cannot be shown: cancelled (said so) or gone (not found). */
async function answerUnavailable(ctx: Context, result: Unavailable, present: Present): Promise<void> {
  if (result.status === "cancelled") {
    const kb = new InlineKeyboard().text(ctx.t("events-btn-back-list"), eventsCb.pack("list", DEFAULT_POSITION.scope, 0));
    return present(ctx, ctx.t("events-cancelled", { title: escapeHtml(tr(result.event, "title", ctx.locale)) }), backToMenu(ctx, kb));
  }
  return present(ctx, ctx.t("item-not-found"), mainMenuKeyboard(ctx));
}

/** Stops the button's spinner before a slower upload (an old query's failure is harmless). */
async function answerEarly(ctx: Context): Promise<void> {
  await ctx.answerCallbackQuery().catch((err: unknown) => ctx.log.debug({ err }, "answerCallbackQuery failed"));
}

async function presentCard(ctx: Context, id: number, back: ListPosition, present: Present): Promise<void> {
  const card = await getEventCard(ctx.deps.db, id, ctx.deps.clock.now());
  if (card.status !== "visible") return answerUnavailable(ctx, card, present);
  const watching = ctx.user ? isWatching(ctx.deps.db, ctx.user.id, "event", id) : false;
  const screen = renderEventCard(ctx, card, back, watching);
  await present(ctx, screen.html, screen.keyboard);
}

/** Sends the event's card as a new message; answers "not found" when it does not exist. */
export async function openEventCard(ctx: Context, id: number): Promise<void> {
  await presentCard(ctx, id, DEFAULT_POSITION, send);
}

eventsFeature.callbackQuery(eventsCb.match("list"), async (ctx, next) => {
  const args = eventsCb.parse("list", ctx.callbackQuery.data);
  if (!args || !isScope(args[0])) return next(); // forged → "button out of date"
  await showEventList(ctx, args[0], args[1]);
});

eventsFeature.callbackQuery(eventsCb.match("open"), async (ctx, next) => {
  const args = eventsCb.parse("open", ctx.callbackQuery.data);
  if (!args) return next();
  await presentCard(ctx, args[0], DEFAULT_POSITION, show);
});

eventsFeature.callbackQuery(eventsCb.match("card"), async (ctx, next) => {
  const args = eventsCb.parse("card", ctx.callbackQuery.data);
  if (!args || !isScope(args[1])) return next();
  await presentCard(ctx, args[0], { scope: args[1], page: args[2] }, show);
});

eventsFeature.callbackQuery(eventsCb.match("map"), async (ctx, next) => {
  const args = eventsCb.parse("map", ctx.callbackQuery.data);
  if (!args) return next();
  const card = await getEventCard(ctx.deps.db, args[0], ctx.deps.clock.now());
  if (card.status !== "visible") return answerUnavailable(ctx, card, show);
  const e = card.event;
  // The button is hidden without coordinates; an old card may still carry it.
  if (e.latitude == null || e.longitude == null) return toast(ctx, ctx.t("events-no-location"), true);
  await answerEarly(ctx);
  // Telegram requires a non-empty address: fall back to the region's name.
  const address = eventLocation(e) || regionName(e.region, ctx.locale);
  await ctx.replyWithVenue(e.latitude, e.longitude, tr(e, "title", ctx.locale), address);
});

eventsFeature.callbackQuery(eventsCb.match("ics"), async (ctx, next) => {
  const args = eventsCb.parse("ics", ctx.callbackQuery.data);
  if (!args) return next();
  const now = ctx.deps.clock.now();
  const card = await getEventCard(ctx.deps.db, args[0], now);
  if (card.status !== "visible") return answerUnavailable(ctx, card, show);
  const e = card.event;
  let ics: string;
  try {
    ics = buildEventIcs(e, ctx.locale, now);
  } catch (err) {
    ctx.log.error({ err, eventId: e.id }, "calendar file failed");
    return toast(ctx, ctx.t("events-ics-failed"), true);
  }
  await answerEarly(ctx);
  await ctx.replyWithDocument(new InputFile(Buffer.from(ics, "utf8"), `event-${e.id}.ics`), {
    caption: ctx.t("events-ics-caption", { title: tr(e, "title", ctx.locale) }),
  });
});

eventsFeature.callbackQuery(eventsCb.match("vac"), async (ctx, next) => {
  const args = eventsCb.parse("vac", ctx.callbackQuery.data);
  if (!args || !isScope(args[2])) return next();
  const [eventId, page, scope, listPage] = args;
  const fair = await listFairVacancies(ctx.deps.db, eventId, ctx.deps.clock.now(), page);
  if (fair.status !== "visible") return answerUnavailable(ctx, fair, show);
  const screen = renderFairVacancies(ctx, fair, { scope, page: listPage });
  await show(ctx, screen.html, screen.keyboard);
});

// "🔔 Remind me" / "🔕 Don't remind": a Watch row the reminder planner reads. Only for events
// that can still be shown; pressing twice is harmless (the toggle is idempotent).
eventsFeature.callbackQuery(eventsCb.match("remind"), async (ctx, next) => {
  const args = eventsCb.parse("remind", ctx.callbackQuery.data);
  if (!args || !ctx.user || (args[1] !== 0 && args[1] !== 1) || !isScope(args[2])) return next();
  const [id, on, scope, page] = args;
  const card = await getEventCard(ctx.deps.db, id, ctx.deps.clock.now());
  if (card.status !== "visible") return answerUnavailable(ctx, card, show);
  await setWatch(ctx.deps.db, ctx.user.id, "event", id, on === 1);
  await toast(ctx, ctx.t(on === 1 ? "subscriptions-remind-event-set" : "subscriptions-remind-unset"));
  await presentCard(ctx, id, { scope, page }, show);
});
