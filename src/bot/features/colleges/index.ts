// Colleges of the user's region: an alphabetical list (optionally only colleges teaching working
// professions), the college card with its specialties, and the colleges teaching one specialty.
// Searching a specialty by name is the global free-text search (features/search).
import { InlineKeyboard } from "grammy";
import { FeatureComposer } from "../../composer.ts";
import type { Context } from "../../context.ts";
import { getCollegeCard, listColleges, localName, specialtyColleges } from "../../../domain/catalog/colleges.ts";
import { clampPage, PAGE_SIZE } from "../../../domain/paging.ts";
import { backToMenu, mainMenuKeyboard } from "../../keyboards/menu.ts";
import { addPagination, addNumberButtons } from "../../keyboards/pagination.ts";
import { escapeHtml, send, show } from "../../ui.ts";
import { currentRegionName } from "../menu/index.ts";
import { showRegionPicker } from "../onboarding/pickers.ts";
import { collegesCb } from "./callbacks.ts";
import {
  cardHeader, isFilter, isScope, listText, packPages, specialtyBlock, specialtyCollegeLine, type Filter, type Scope,
} from "./view.ts";

export const collegesFeature = new FeatureComposer<Context>();

const MAX_TEXT = 4096;
const SPECIALTIES_PER_PAGE = 5;

function filterToggle(ctx: Context, kb: InlineKeyboard, filter: Filter, data: (f: Filter) => string): InlineKeyboard {
  const label = ctx.t("colleges-filter-working");
  return kb.text(filter === "w" ? `✅ ${label}` : label, data(filter === "w" ? "a" : "w")).row();
}

async function notFound(ctx: Context, fresh = false): Promise<void> {
  await (fresh ? send : show)(ctx, ctx.t("item-not-found"), mainMenuKeyboard(ctx));
}

async function showList(ctx: Context, filter: Filter, page: number, focusId?: number): Promise<void> {
  const regionCode = ctx.user?.regionCode;
  const region = await currentRegionName(ctx);
  if (!regionCode || !region) return showRegionPicker(ctx);
  const workingOnly = filter === "w";
  const result = await listColleges(ctx.deps.db, { regionCode, workingOnly, locale: ctx.locale, page, focusId });
  const kb = addNumberButtons(new InlineKeyboard(), result.page * PAGE_SIZE + 1, result.items.map((c) => c.id), (id) =>
    collegesCb.pack("open", id, filter, 0));
  filterToggle(ctx, kb, filter, (f) => collegesCb.pack("list", f, 0));
  kb.text(ctx.t("colleges-find-specialty"), collegesCb.pack("find", filter)).row();
  addPagination(kb, result.page, result.pages, (p) => collegesCb.pack("list", filter, p));
  await show(ctx, listText(ctx, result, region, workingOnly), backToMenu(ctx, kb));
}

/** The card's text and keyboard, or null when the college does not exist. */
async function renderCard(ctx: Context, id: number, filter: Filter, page: number) {
  const workingOnly = filter === "w";
  const card = await getCollegeCard(ctx.deps.db, id, { workingOnly });
  if (!card) return null;
  const header = cardHeader(ctx, card, workingOnly);
  // Long specialty lists are split into pages that each fit one message.
  const budget = MAX_TEXT - header.length - 100;
  const pages = packPages(card.specialties.map((s) => specialtyBlock(ctx, s)), budget, SPECIALTIES_PER_PAGE);
  const c = clampPage(page, pages.length, 1);
  const body = pages[c.page] ?? [];
  const html = [header, ...body].join("\n\n");
  const kb = filterToggle(ctx, new InlineKeyboard(), filter, (f) => collegesCb.pack("open", id, f, 0));
  addPagination(kb, c.page, c.pages, (p) => collegesCb.pack("open", id, filter, p));
  kb.text(ctx.t("colleges-back-to-list"), collegesCb.pack("back", id, filter));
  return { html, kb: backToMenu(ctx, kb) };
}

/** Sends the college card as a new message; answers "not found" when it does not exist. */
export async function openCollegeCard(ctx: Context, id: number): Promise<void> {
  const card = await renderCard(ctx, id, "a", 0);
  if (!card) return notFound(ctx, true);
  await send(ctx, card.html, card.kb);
}

async function showFindHelp(ctx: Context, filter: Filter): Promise<void> {
  const kb = new InlineKeyboard().text(ctx.t("colleges-back-to-list"), collegesCb.pack("list", filter, 0));
  await show(ctx, ctx.t("colleges-find-text"), backToMenu(ctx, kb));
}

/** Every college of the scope teaching one specialty (the search shows only the first few). */
async function showSpecialty(ctx: Context, specialtyId: number, scope: Scope, page: number): Promise<void> {
  const regionCode = scope === "my" ? (ctx.user?.regionCode ?? null) : null;
  const hit = await specialtyColleges(ctx.deps.db, specialtyId, regionCode);
  if (!hit) return notFound(ctx);
  const where = (regionCode && (await currentRegionName(ctx))) || ctx.t("colleges-scope-all");
  const c = clampPage(page, hit.colleges.length);
  const shown = hit.colleges.slice(c.skip, c.skip + PAGE_SIZE);
  const lines = [
    ctx.t("colleges-spec-title", { specialty: escapeHtml(localName(hit, ctx.locale)), code: escapeHtml(hit.code) }),
    ctx.t("colleges-spec-scope", { scope: escapeHtml(where), count: hit.colleges.length }),
    "",
  ];
  if (hit.colleges.length === 0) lines.push(ctx.t("colleges-spec-empty"));
  shown.forEach((college, i) => lines.push(`${c.skip + i + 1}. ${specialtyCollegeLine(ctx, college)}`));
  const kb = addNumberButtons(new InlineKeyboard(), c.skip + 1, shown.map((x) => x.id), (id) => collegesCb.pack("open", id, "a", 0));
  addPagination(kb, c.page, c.pages, (p) => collegesCb.pack("spec", specialtyId, scope, p));
  await show(ctx, lines.join("\n"), backToMenu(ctx, kb));
}

collegesFeature.callbackQuery(collegesCb.match("list"), async (ctx, next) => {
  const args = collegesCb.parse("list", ctx.callbackQuery.data);
  if (!args || !isFilter(args[0])) return next();
  await showList(ctx, args[0], args[1]);
});

collegesFeature.callbackQuery(collegesCb.match("back"), async (ctx, next) => {
  const args = collegesCb.parse("back", ctx.callbackQuery.data);
  if (!args || !isFilter(args[1])) return next();
  await showList(ctx, args[1], 0, args[0]);
});

collegesFeature.callbackQuery(collegesCb.match("open"), async (ctx, next) => {
  const args = collegesCb.parse("open", ctx.callbackQuery.data);
  if (!args || !isFilter(args[1])) return next();
  const card = await renderCard(ctx, args[0], args[1], args[2]);
  if (!card) return notFound(ctx);
  await show(ctx, card.html, card.kb);
});

collegesFeature.callbackQuery(collegesCb.match("find"), async (ctx, next) => {
  const args = collegesCb.parse("find", ctx.callbackQuery.data);
  if (!args || !isFilter(args[0])) return next();
  await showFindHelp(ctx, args[0]);
});

collegesFeature.callbackQuery(collegesCb.match("spec"), async (ctx, next) => {
  const args = collegesCb.parse("spec", ctx.callbackQuery.data);
  if (!args || !isScope(args[1])) return next();
  await showSpecialty(ctx, args[0], args[1], args[2]);
});
