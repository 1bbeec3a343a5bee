// The Composer of the bot's features: grammY's, with a cheaper `filter`.
//
// grammY's filter — and on, command, callbackQuery, hears and chatType, which all go through it
// — is built on `lazy`: for every update it checks it makes a new Composer of the handlers, with
// its closures and promises, whether the check passes or not. An update passes dozens of such
// checks on its way through the features: those Composers were about a fifth of what the bot
// allocated (213 → 168 KB per journey update, README → Performance). Here the handlers'
// Composer is made once, when the handler is registered; the check runs as before, and the
// handlers see the same context and `next`.
import { Composer, type Context, type Middleware, type MiddlewareFn } from "grammy";

type MaybePromise<T> = T | Promise<T>;

export class FeatureComposer<C extends Context> extends Composer<C> {
  override filter<D extends C>(predicate: (ctx: C) => ctx is D, ...middleware: Array<Middleware<D>>): FeatureComposer<D>;
  override filter(predicate: (ctx: C) => MaybePromise<boolean>, ...middleware: Array<Middleware<C>>): FeatureComposer<C>;
  override filter(predicate: (ctx: C) => MaybePromise<boolean>, ...middleware: Array<Middleware<C>>): FeatureComposer<C> {
    const handlers = new FeatureComposer<C>(...middleware);
    // Read at every call: handlers may be added to the returned composer after this.
    const run: MiddlewareFn<C> = (ctx, next) => handlers.middleware()(ctx, next);
    this.use((ctx, next) => {
      const passes = predicate(ctx);
      if (passes instanceof Promise) return passes.then((yes) => (yes ? run(ctx, next) : next()));
      return passes ? run(ctx, next) : next();
    });
    return handlers;
  }
}
