// The Composer of the bot's features: grammY's, with a cheaper `filter` and a flat chain.
//
// grammY's filter — and on, command, callbackQuery, hears and chatType, which all go through it
// — is built on `lazy`: for every update it checks it makes a new Composer of the handlers, with
// its closures and promises, whether the check passes or not. An update passes dozens of such
// checks on its way through the features: those Composers were about a fifth of what the bot
// allocated (213 → 168 KB per journey update, README → Performance). Here the handlers'
// Composer is made once, when the handler is registered; the check runs as before, and the
// handlers see the same context and `next`.
//
// grammY's `use` nests each middleware in two async functions (`concat`) that stay suspended
// until everything after it is done. An update that reaches a handler behind twenty others thus
// keeps some sixty suspended frames, with their promises, closures and scopes, alive while it
// waits for Telegram — about 38 KB per update in flight. In production updates wait for
// Telegram's answers most of their time, so hundreds are in flight at a time, and every young-
// generation GC copies all of that (README → Performance, session 9). Here a composer keeps its
// middlewares in a list and runs them like koa-compose: `next` is the next one's promise, and a
// middleware that only passes the update on (`return next()`, every filter here) leaves no frame.
import { Composer, type Context, type Middleware, type MiddlewareFn, type NextFunction } from "grammy";

type MaybePromise<T> = T | Promise<T>;

/** Like grammY's `flatten`: a composer is read at every call, so handlers added later count. */
const flatten = <C extends Context>(mw: Middleware<C>): MiddlewareFn<C> =>
  typeof mw === "function" ? mw : (ctx, next) => mw.middleware()(ctx, next);

/**
 * Runs `chain` in order, each middleware's `next` starting the following one, the last one's
 * the caller's `next`. The list is read at every call (middleware added later counts, as with
 * grammY). Calling `next` twice is an error, as in grammY.
 */
export function runInOrder<C extends Context>(chain: ReadonlyArray<MiddlewareFn<C>>): MiddlewareFn<C> {
  return (ctx, next) => {
    let called = -1;
    const step = (i: number): Promise<void> => {
      if (i <= called) return Promise.reject(new Error("`next` already called before!"));
      called = i;
      if (i === chain.length) return next();
      try {
        return Promise.resolve(chain[i]!(ctx, () => step(i + 1))) as Promise<void>;
      } catch (err) {
        return Promise.reject(err);
      }
    };
    return step(0);
  };
}

export class FeatureComposer<C extends Context> extends Composer<C> {
  private readonly chain: Array<MiddlewareFn<C>>;
  private readonly run: MiddlewareFn<C>;

  constructor(...middleware: Array<Middleware<C>>) {
    super();
    this.chain = middleware.map(flatten);
    this.run = runInOrder(this.chain);
  }

  override middleware(): MiddlewareFn<C> {
    return this.run;
  }

  override use(...middleware: Array<Middleware<C>>): FeatureComposer<C> {
    const composer = new FeatureComposer<C>(...middleware);
    this.chain.push(composer.run);
    return composer;
  }

  override filter<D extends C>(predicate: (ctx: C) => ctx is D, ...middleware: Array<Middleware<D>>): FeatureComposer<D>;
  override filter(predicate: (ctx: C) => MaybePromise<boolean>, ...middleware: Array<Middleware<C>>): FeatureComposer<C>;
  override filter(predicate: (ctx: C) => MaybePromise<boolean>, ...middleware: Array<Middleware<C>>): FeatureComposer<C> {
    const handlers = new FeatureComposer<C>(...middleware);
    const run = handlers.run;
    this.chain.push((ctx: C, next: NextFunction) => {
      const passes = predicate(ctx);
      if (passes instanceof Promise) return passes.then((yes) => (yes ? run(ctx, next) : next()));
      return passes ? run(ctx, next) : next();
    });
    return handlers;
  }
}
