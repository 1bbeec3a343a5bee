// Free-text search over vacancies, events, courses and college specialties. Any plain text a
// private chat sends that no earlier feature took is a query; /search <words> searches too.
// Scope: the user's region when set, else every region; a button repeats the query in the
// other scope (the query itself is kept in a small in-memory LRU, see last-query.ts).
import { InlineKeyboard } from "grammy";
import { FeatureComposer } from "../../composer.ts";
import type { Context } from "../../context.ts";
import { isEmptyResult, searchCatalog } from "../../../domain/catalog/search.ts";
import { searchTerms } from "../../../domain/search.ts";
import { backToMenu, mainMenuKeyboard } from "../../keyboards/menu.ts";
import { escapeHtml, show } from "../../ui.ts";
import { currentRegionName } from "../menu/index.ts";
import { clip, isScope, type Scope } from "../colleges/view.ts";
import { searchCb } from "./callbacks.ts";
import { lastQueries } from "./last-query.ts";
import { renderFitting } from "./view.ts";

export const searchFeature = new FeatureComposer<Context>();

const ECHO_MAX = 60;

async function showPrompt(ctx: Context): Promise<void> {
  await show(ctx, ctx.t("search-prompt"), backToMenu(ctx));
}

/** Searches `query` in the user's region ("my", when they have one) or in every region. */
async function runSearch(ctx: Context, query: string, echo: string, scope: Scope): Promise<void> {
  const terms = searchTerms(query);
  if (terms.length === 0) return show(ctx, ctx.t("search-too-short"), backToMenu(ctx));
  if (ctx.from) lastQueries(ctx.deps).remember(ctx.from.id, { terms: terms.join(" "), echo });

  const region = scope === "my" ? await currentRegionName(ctx) : null;
  const regionCode = region ? (ctx.user?.regionCode ?? null) : null;
  const result = await searchCatalog(ctx.deps.db, { query: terms.join(" "), regionCode, now: ctx.deps.clock.now() });
  const effective: Scope = regionCode ? "my" : "all";

  const scopeLine = region ? ctx.t("search-scope-region", { region: escapeHtml(region) }) : ctx.t("search-scope-all");
  // The other scope, offered only when it differs: a user without a region always searches all.
  const other = new InlineKeyboard();
  if (regionCode) other.text(ctx.t("search-all-regions"), searchCb.pack("scope", "all"));
  else if (ctx.user?.regionCode) other.text(ctx.t("search-my-region"), searchCb.pack("scope", "my"));

  const quoted = escapeHtml(echo);
  if (isEmptyResult(result)) {
    const html = `${ctx.t("search-nothing-found", { query: quoted })}\n${scopeLine}`;
    return show(ctx, html, other.append(mainMenuKeyboard(ctx)));
  }
  const header = `${ctx.t("search-results-title", { query: quoted })}\n${scopeLine}`;
  const { html, kb } = renderFitting(ctx, result, header, effective);
  await show(ctx, html, backToMenu(ctx, kb.append(other)));
}

/** The query as the user typed it, on one line and short, for "Results for «…»". */
function echoOf(text: string): string {
  return clip(text.replace(/\s+/g, " ").trim(), ECHO_MAX);
}

searchFeature.command("search", async (ctx) => {
  const query = ctx.match.trim();
  if (!query) return showPrompt(ctx);
  await runSearch(ctx, query, echoOf(query), "my");
});

searchFeature.callbackQuery(searchCb.match("prompt"), showPrompt);

searchFeature.callbackQuery(searchCb.match("scope"), async (ctx, next) => {
  const scope = searchCb.parse("scope", ctx.callbackQuery.data)?.[0];
  if (!scope || !isScope(scope)) return next();
  const last = lastQueries(ctx.deps).get(ctx.from.id);
  if (!last) return show(ctx, ctx.t("search-query-lost"), backToMenu(ctx));
  await runSearch(ctx, last.terms, last.echo, scope);
});

// Plain text only: commands fall through to "unhandled", which answers unknown ones.
searchFeature.on("message:text", async (ctx, next) => {
  const text = ctx.message.text;
  if (text.startsWith("/")) return next();
  await runSearch(ctx, text, echoOf(text), "my");
});
