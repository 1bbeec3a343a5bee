// Button presses go straight to the features that own their callback data's prefix
// (callback-data.ts); every other update passes the features in turn, as before. Every handler
// an update passes runs its filter (with grammY's own Composer a new Composer, closures and
// promises each time), so without this a press of the last feature's button first ran over a
// hundred filters of the others: 207 µs of CPU for a search button, 122 µs with it
// (BENCH_ONLY=presses, bench/presses.ts).
import type { MiddlewareFn } from "grammy";
import { FeatureComposer } from "../composer.ts";
import { prefixOf } from "../callback-data.ts";
import type { Context } from "../context.ts";

/** A feature's middleware and the callback data prefixes of its buttons (none: it has no buttons). */
export interface Feature {
  readonly composer: FeatureComposer<Context>;
  readonly prefixes: readonly string[];
}

export const feature = (composer: FeatureComposer<Context>, ...codecs: ReadonlyArray<{ readonly prefix: string }>): Feature => ({
  composer,
  prefixes: codecs.map((c) => c.prefix),
});

/**
 * The features in this order. A press whose prefix no feature owns goes on to `next` (the
 * "button out of date" answer); features sharing a prefix keep their order.
 */
export function routeFeatures(features: readonly Feature[]): MiddlewareFn<Context> {
  const inOrder = (composers: ReadonlyArray<FeatureComposer<Context>>) => new FeatureComposer<Context>(...composers).middleware();
  const all = inOrder(features.map((f) => f.composer));
  const owners = new Map<string, Array<FeatureComposer<Context>>>();
  for (const f of features) for (const p of f.prefixes) owners.set(p, [...(owners.get(p) ?? []), f.composer]);
  const byPrefix = new Map([...owners].map(([p, composers]) => [p, inOrder(composers)]));
  return (ctx, next) => {
    const data = ctx.callbackQuery?.data;
    if (data === undefined) return all(ctx, next);
    const owner = byPrefix.get(prefixOf(data));
    return owner ? owner(ctx, next) : next();
  };
}
