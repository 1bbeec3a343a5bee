// Short courses: browse upcoming courses of the user's region (plus online ones from
// anywhere), filter by price, format and sector, open a card. Sign-up is a separate feature.
import { FeatureComposer } from "../../composer.ts";
import type { Context } from "../../context.ts";
import {
  countCoursesBySector,
  getCourseCard,
  isFormatFilter,
  isPriceFilter,
  isSectorFilter,
  listCourses,
} from "../../../domain/catalog/courses.ts";
import { findRegion, listRegions, regionName } from "../../../domain/regions.ts";
import { isWatching, setWatch } from "../../../domain/subscriptions.ts";
import { mainMenuKeyboard } from "../../keyboards/menu.ts";
import { send, show, toast } from "../../ui.ts";
import { showRegionPicker } from "../onboarding/pickers.ts";
import { coursesCb } from "./callbacks.ts";
import { renderCard, renderList, renderSectorPicker, renderUnavailable, type ListState, type RegionNames } from "./render.ts";

export const coursesFeature = new FeatureComposer<Context>();

/** Validates list context from callback data; null for forged or outdated values. */
function listState(price: string, format: string, sector: string, page: number): ListState | null {
  if (!isPriceFilter(price) || !isFormatFilter(format) || !isSectorFilter(sector)) return null;
  return { price, format, sector, page };
}

async function regionNames(ctx: Context): Promise<RegionNames> {
  const regions = await listRegions(ctx.deps.db);
  const names = new Map(regions.map((r) => [r.code, regionName(r, ctx.locale)]));
  return (code) => names.get(code) ?? code;
}

async function showList(ctx: Context, s: ListState): Promise<void> {
  const code = ctx.user?.regionCode;
  const region = code ? await findRegion(ctx.deps.db, code) : undefined;
  if (!region) return showRegionPicker(ctx, "courses");
  const page = await listCourses(ctx.deps.db, { ...s, regionCode: region.code, now: ctx.deps.clock.now() });
  const names = await regionNames(ctx);
  const { html, keyboard } = renderList(ctx, page, s, { code: region.code, name: names(region.code) }, names);
  await show(ctx, html, keyboard);
}

/** The list as the main menu opens it: any price, format and sector, the first page. */
export const showCourseList = (ctx: Context): Promise<void> => showList(ctx, { price: "any", format: "any", sector: "any", page: 0 });

async function showSectorPicker(ctx: Context, s: ListState): Promise<void> {
  const code = ctx.user?.regionCode;
  if (!code) return showRegionPicker(ctx, "courses");
  const counts = await countCoursesBySector(ctx.deps.db, { regionCode: code, price: s.price, format: s.format, now: ctx.deps.clock.now() });
  const { html, keyboard } = renderSectorPicker(ctx, counts, s);
  await show(ctx, html, keyboard);
}

/** Card screen; `output` is show (edit in place) for buttons, send (new message) for deep links. */
async function showCard(ctx: Context, id: number, back: ListState | null, output: typeof show): Promise<void> {
  const card = await getCourseCard(ctx.deps.db, id, ctx.deps.clock.now());
  if (!card) {
    await toast(ctx, ctx.t("item-not-found"));
    return output(ctx, ctx.t("item-not-found"), mainMenuKeyboard(ctx));
  }
  const watching = card.available && ctx.user ? isWatching(ctx.deps.db, ctx.user.id, "course", id) : false;
  const { html, keyboard } = card.available ? renderCard(ctx, card, back, await regionNames(ctx), watching) : renderUnavailable(ctx, back);
  await output(ctx, html, keyboard);
}

/** Sends the course card as a new message; answers "not found" when it does not exist. */
export async function openCourseCard(ctx: Context, id: number): Promise<void> {
  await showCard(ctx, id, null, send);
}

coursesFeature.callbackQuery(coursesCb.match("list"), async (ctx, next) => {
  const args = coursesCb.parse("list", ctx.callbackQuery.data);
  const s = args && listState(...args);
  if (!s) return next(); // "unhandled" answers: this button is out of date
  await showList(ctx, s);
});

coursesFeature.callbackQuery(coursesCb.match("sectors"), async (ctx, next) => {
  const args = coursesCb.parse("sectors", ctx.callbackQuery.data);
  const s = args && listState(...args);
  if (!s) return next();
  await showSectorPicker(ctx, s);
});

coursesFeature.callbackQuery(coursesCb.match("card"), async (ctx, next) => {
  const args = coursesCb.parse("card", ctx.callbackQuery.data);
  const s = args && listState(args[1], args[2], args[3], args[4]);
  if (!args || !s) return next();
  await showCard(ctx, args[0], s, show);
});

coursesFeature.callbackQuery(coursesCb.match("open"), async (ctx, next) => {
  const args = coursesCb.parse("open", ctx.callbackQuery.data);
  if (!args) return next();
  await showCard(ctx, args[0], null, show);
});

coursesFeature.callbackQuery(coursesCb.match("remind"), async (ctx, next) => {
  const args = coursesCb.parse("remind", ctx.callbackQuery.data);
  if (!args || !ctx.user || (args[1] !== 0 && args[1] !== 1)) return next();
  const [id, on, price, format, sector, page] = args;
  const back = price === "-" ? null : listState(price, format, sector, page);
  if (price !== "-" && !back) return next();
  const card = await getCourseCard(ctx.deps.db, id, ctx.deps.clock.now());
  // Only open courses get a deadline reminder; switching one off always works.
  if (on === 1 && !(card?.available && card.registrationOpen)) return showCard(ctx, id, back, show);
  await setWatch(ctx.deps.db, ctx.user.id, "course", id, on === 1);
  await toast(ctx, ctx.t(on === 1 ? "subscriptions-remind-course-set" : "subscriptions-remind-unset"));
  await showCard(ctx, id, back, show);
});
