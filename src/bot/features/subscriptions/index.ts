// Subscriptions from the user's side: per region and topic, instant or a daily digest, a saved
// vacancy search, quiet hours, and /stop. Sending is the outbox's job; this only stores wishes.
import { FeatureComposer } from "../../composer.ts";
import type { Context } from "../../context.ts";
import type { Subscription, User } from "../../../generated/prisma/client.ts";
import { findRegion, listRegions, regionName } from "../../../domain/regions.ts";
import { isSector } from "../../../domain/sectors.ts";
import {
  getSubscription,
  isDigestHour,
  isFrequency,
  isQuietPreset,
  isTopic,
  listSubscriptions,
  setQuietHours,
  stopAll,
  subscribe,
  unsubscribe,
  unsubscribeTopic,
  updateSubscription,
  type SubscriptionPatch,
} from "../../../domain/subscriptions.ts";
import { send, show, toast } from "../../ui.ts";
import { subscriptionsCb as cb } from "./callbacks.ts";
import { renderList, renderQuiet, renderRegion, renderRegions, renderSectors, renderStopped, renderSubscription, type RegionNames } from "./render.ts";

export const subscriptionsFeature = new FeatureComposer<Context>();

async function regionNames(ctx: Context): Promise<RegionNames> {
  const names = new Map((await listRegions(ctx.deps.db)).map((r) => [r.code, regionName(r, ctx.locale)]));
  return (code) => names.get(code) ?? code;
}

export async function showSubscriptions(ctx: Context, user: User, present = show): Promise<void> {
  const [subs, names] = await Promise.all([listSubscriptions(ctx.deps.db, user.id), regionNames(ctx)]);
  const screen = renderList(ctx, subs, names, user);
  await present(ctx, screen.html, screen.keyboard);
}

export async function showQuietHours(ctx: Context, user: User): Promise<void> {
  const screen = renderQuiet(ctx, user);
  await show(ctx, screen.html, screen.keyboard);
}

async function showRegion(ctx: Context, user: User, regionCode: string): Promise<void> {
  const region = await findRegion(ctx.deps.db, regionCode);
  if (!region) return;
  const subs = await ctx.deps.db.subscription.findMany({ where: { userId: user.id, regionCode } });
  const screen = renderRegion(ctx, regionName(region, ctx.locale), regionCode, subs);
  await show(ctx, screen.html, screen.keyboard);
}

async function showSubscription(ctx: Context, s: Subscription): Promise<void> {
  const screen = renderSubscription(ctx, s, await regionNames(ctx));
  await show(ctx, screen.html, screen.keyboard);
}

/**
 * Runs `action` on the user's own subscription. Someone else's id, or one removed meanwhile,
 * looks the same: a notice and the list, nothing changed.
 */
async function withSubscription(ctx: Context, id: number, action: (user: User, s: Subscription) => Promise<void>): Promise<void> {
  const user = ctx.user!;
  const s = await getSubscription(ctx.deps.db, user.id, id);
  if (!s) {
    await toast(ctx, ctx.t("subscriptions-gone"), true);
    return showSubscriptions(ctx, user);
  }
  await action(user, s);
}

/** Applies a settings change and shows the subscription again. */
async function change(ctx: Context, id: number, patch: SubscriptionPatch, after = showSubscription): Promise<void> {
  await withSubscription(ctx, id, async (user) => {
    const updated = await updateSubscription(ctx.deps.db, user.id, id, patch);
    if (!updated) return toast(ctx, ctx.t("unhandled-stale-button"), true); // e.g. a sector on a non-vacancy topic
    await toast(ctx, ctx.t("subscriptions-saved"));
    await after(ctx, updated);
  });
}

async function stop(ctx: Context, present: typeof show): Promise<void> {
  const result = await stopAll(ctx.deps.db, ctx.user!.id);
  ctx.log.info({ removed: result.subscriptions.length, watches: result.watches }, "unsubscribed from everything");
  const screen = renderStopped(ctx, result, await regionNames(ctx));
  await present(ctx, screen.html, screen.keyboard);
}

// Everything below needs the sender's row (private chats always have one).
const f = subscriptionsFeature.filter((ctx): ctx is Context & { user: User } => ctx.user !== undefined);

f.command("subscriptions", (ctx) => showSubscriptions(ctx, ctx.user, send));
f.command("stop", (ctx) => stop(ctx, send));
f.callbackQuery(cb.match("list"), (ctx) => showSubscriptions(ctx, ctx.user));
f.callbackQuery(cb.match("stop"), (ctx) => stop(ctx, show));
f.callbackQuery(cb.match("quiet"), (ctx) => showQuietHours(ctx, ctx.user));

f.callbackQuery(cb.match("regions"), async (ctx) => {
  const screen = renderRegions(ctx, await listRegions(ctx.deps.db), ctx.user.regionCode);
  await show(ctx, screen.html, screen.keyboard);
});

f.callbackQuery(cb.match("region"), async (ctx, next) => {
  const args = cb.parse("region", ctx.callbackQuery.data);
  if (!args || !(await findRegion(ctx.deps.db, args[0]))) return next(); // forged → "button out of date"
  await showRegion(ctx, ctx.user, args[0]);
});

f.callbackQuery(cb.match("toggle"), async (ctx, next) => {
  const args = cb.parse("toggle", ctx.callbackQuery.data);
  if (!args || !isTopic(args[1])) return next();
  const [regionCode, topic] = args;
  if (await unsubscribeTopic(ctx.deps.db, ctx.user.id, regionCode, topic)) {
    await toast(ctx, ctx.t("subscriptions-unsubscribed"));
  } else {
    const result = await subscribe(ctx.deps.db, ctx.user.id, regionCode, topic);
    if (!result.ok) return next(); // unknown region
    await toast(ctx, ctx.t("subscriptions-subscribed"));
  }
  await showRegion(ctx, ctx.user, regionCode);
});

f.callbackQuery(cb.match("sub"), async (ctx, next) => {
  const args = cb.parse("sub", ctx.callbackQuery.data);
  if (!args) return next();
  await withSubscription(ctx, args[0], (_, s) => showSubscription(ctx, s));
});

f.callbackQuery(cb.match("freq"), async (ctx, next) => {
  const args = cb.parse("freq", ctx.callbackQuery.data);
  if (!args || !isFrequency(args[1])) return next();
  await change(ctx, args[0], { frequency: args[1] });
});

f.callbackQuery(cb.match("hour"), async (ctx, next) => {
  const args = cb.parse("hour", ctx.callbackQuery.data);
  if (!args || !isDigestHour(args[1])) return next();
  await change(ctx, args[0], { frequency: "daily", digestHour: args[1] });
});

f.callbackQuery(cb.match("sectors"), async (ctx, next) => {
  const args = cb.parse("sectors", ctx.callbackQuery.data);
  if (!args) return next();
  await withSubscription(ctx, args[0], async (_, s) => {
    if (s.topic !== "vacancies") return showSubscription(ctx, s);
    const screen = renderSectors(ctx, s);
    await show(ctx, screen.html, screen.keyboard);
  });
});

f.callbackQuery(cb.match("sector"), async (ctx, next) => {
  const args = cb.parse("sector", ctx.callbackQuery.data);
  if (!args || (args[1] !== "any" && !isSector(args[1]))) return next();
  await change(ctx, args[0], { sector: isSector(args[1]) ? args[1] : null });
});

f.callbackQuery(cb.match("working"), async (ctx, next) => {
  const args = cb.parse("working", ctx.callbackQuery.data);
  if (!args || (args[1] !== 0 && args[1] !== 1)) return next();
  await change(ctx, args[0], { workingOnly: args[1] === 1 });
});

f.callbackQuery(cb.match("del"), async (ctx, next) => {
  const args = cb.parse("del", ctx.callbackQuery.data);
  if (!args) return next();
  await withSubscription(ctx, args[0], async (user, s) => {
    await unsubscribe(ctx.deps.db, user.id, s.id);
    await toast(ctx, ctx.t("subscriptions-unsubscribed"));
    await showSubscriptions(ctx, user);
  });
});

f.callbackQuery(cb.match("quietset"), async (ctx, next) => {
  const args = cb.parse("quietset", ctx.callbackQuery.data);
  if (!args || !isQuietPreset(args[0])) return next();
  const user = await setQuietHours(ctx.deps.db, ctx.user.id, args[0]);
  await toast(ctx, ctx.t("subscriptions-saved"));
  await showQuietHours(ctx, user);
});
