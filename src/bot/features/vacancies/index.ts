// Vacancies of the user's region: a filtered, paginated list, a sector picker and cards.
import { FeatureComposer } from "../../composer.ts";
import type { Context } from "../../context.ts";
import {
  countOpenVacanciesBySector,
  getVacancy,
  isVacancyOpen,
  isVacancyScheduled,
  listOpenVacancies,
} from "../../../domain/catalog/vacancies.ts";
import { mainMenuKeyboard } from "../../keyboards/menu.ts";
import { send, show } from "../../ui.ts";
import { currentRegionName } from "../menu/index.ts";
import { showRegionPicker } from "../onboarding/pickers.ts";
import { ANY_SECTOR, DEFAULT_LIST, listState, vacanciesCb, type ListState } from "./callbacks.ts";
import { closedText, renderCard, renderList, renderSectorPicker } from "./render.ts";

export const vacanciesFeature = new FeatureComposer<Context>();

async function showList(ctx: Context, s: ListState): Promise<void> {
  const regionCode = ctx.user?.regionCode;
  const region = await currentRegionName(ctx);
  if (!regionCode || !region) return showRegionPicker(ctx, "vacancies");
  const page = await listOpenVacancies(ctx.deps.db, {
    regionCode,
    sector: s.sector === ANY_SECTOR ? null : s.sector,
    workingOnly: s.mode === "w",
    now: ctx.deps.clock.now(),
    page: s.page,
  });
  const screen = renderList(ctx, s, page, region);
  await show(ctx, screen.html, screen.kb);
}

/** The list as the main menu opens it. */
export const showVacancyList = (ctx: Context): Promise<void> => showList(ctx, DEFAULT_LIST);

async function showSectorPicker(ctx: Context, s: ListState): Promise<void> {
  const regionCode = ctx.user?.regionCode;
  const region = await currentRegionName(ctx);
  if (!regionCode || !region) return showRegionPicker(ctx, "vacancies");
  const counts = await countOpenVacanciesBySector(ctx.deps.db, regionCode, s.mode === "w", ctx.deps.clock.now());
  const screen = renderSectorPicker(ctx, s, counts, region);
  await show(ctx, screen.html, screen.kb);
}

/**
 * Shows a card: edits the pressed message (`show`) or sends a new one (`send`, for deep links).
 * Not yet posted counts as not existing; expired answers "closed" — never the stale details.
 */
async function showCard(ctx: Context, id: number, back: ListState, output: typeof show): Promise<void> {
  const now = ctx.deps.clock.now();
  const v = await getVacancy(ctx.deps.db, id);
  if (!v || isVacancyScheduled(v, now)) return output(ctx, ctx.t("item-not-found"), mainMenuKeyboard(ctx));
  if (!isVacancyOpen(v, now)) return output(ctx, closedText(ctx, v), mainMenuKeyboard(ctx));
  const screen = renderCard(ctx, v, now, back);
  await output(ctx, screen.html, screen.kb);
}

/** Sends the vacancy card as a new message; answers "not found" when it does not exist. */
export async function openVacancyCard(ctx: Context, id: number): Promise<void> {
  await showCard(ctx, id, DEFAULT_LIST, send);
}

// Forged or stale data → next(): the "unhandled" feature answers "button out of date".
vacanciesFeature.callbackQuery(vacanciesCb.match("list"), async (ctx, next) => {
  const args = vacanciesCb.parse("list", ctx.callbackQuery.data);
  const s = args && listState(...args);
  if (!s) return next();
  await showList(ctx, s);
});

vacanciesFeature.callbackQuery(vacanciesCb.match("sectors"), async (ctx, next) => {
  const args = vacanciesCb.parse("sectors", ctx.callbackQuery.data);
  const s = args && listState(args[0], args[1]);
  if (!s) return next();
  await showSectorPicker(ctx, s);
});

vacanciesFeature.callbackQuery(vacanciesCb.match("open"), async (ctx, next) => {
  const args = vacanciesCb.parse("open", ctx.callbackQuery.data);
  if (!args || args[0] <= 0) return next();
  await showCard(ctx, args[0], DEFAULT_LIST, show);
});

vacanciesFeature.callbackQuery(vacanciesCb.match("card"), async (ctx, next) => {
  const args = vacanciesCb.parse("card", ctx.callbackQuery.data);
  const s = args && listState(args[1], args[2], args[3]);
  if (!args || !s || args[0] <= 0) return next();
  await showCard(ctx, args[0], s, show);
});
