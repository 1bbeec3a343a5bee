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

/** A middleware of a chain; with `when`, only for updates that pass that check (a filter). */
interface Link<C extends Context> {
  when?: (ctx: C) => MaybePromise<boolean>;
  run: MiddlewareFn<C>;
}

/**
 * Runs `chain` in order, each middleware's `next` starting the following one, the last one's
 * the caller's `next`. A filter whose check fails is stepped over in the same loop, without a
 * call or a promise: most updates fail most of the checks on their way. The list is read at
 * every call (middleware added later counts, as with grammY). Calling `next` twice is an
 * error, as in grammY.
 */
function runLinks<C extends Context>(chain: ReadonlyArray<Link<C>>): MiddlewareFn<C> {
  return (ctx, next) => new ChainRun(chain, ctx, next).step(0);
}

/** One update's way through a chain: one object, and one `next` function per middleware called. */
class ChainRun<C extends Context> {
  /** Index of the last middleware called (chain.length: the caller's `next`). */
  private called = -1;

  constructor(
    private readonly chain: ReadonlyArray<Link<C>>,
    private readonly ctx: C,
    private readonly next: NextFunction,
  ) {}

  step(from: number): Promise<void> {
    if (from <= this.called) return Promise.reject(new Error("`next` already called before!"));
    try {
      for (let i = from; i < this.chain.length; i++) {
        const when = this.chain[i]!.when;
        if (!when) return this.invoke(i);
        const passes = when(this.ctx);
        if (passes instanceof Promise) return this.later(passes, i);
        if (passes) return this.invoke(i);
      }
      this.called = this.chain.length;
      return this.next();
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** A check that answers later (kept out of the loop: a closure there would cost every step). */
  private later(passes: Promise<boolean>, i: number): Promise<void> {
    this.called = i;
    return passes.then((yes) => (yes ? this.invoke(i) : this.step(i + 1)));
  }

  private invoke(i: number): Promise<void> {
    this.called = i;
    return Promise.resolve(this.chain[i]!.run(this.ctx, () => this.step(i + 1))) as Promise<void>;
  }
}

export class FeatureComposer<C extends Context> extends Composer<C> {
  private readonly chain: Array<Link<C>>;
  private readonly run: MiddlewareFn<C>;

  constructor(...middleware: Array<Middleware<C>>) {
    super();
    this.chain = middleware.map((mw) => ({ run: flatten(mw) }));
    this.run = runLinks(this.chain);
  }

  override middleware(): MiddlewareFn<C> {
    return this.run;
  }

  override use(...middleware: Array<Middleware<C>>): FeatureComposer<C> {
    const composer = new FeatureComposer<C>(...middleware);
    this.chain.push({ run: composer.run });
    return composer;
  }

  override filter<D extends C>(predicate: (ctx: C) => ctx is D, ...middleware: Array<Middleware<D>>): FeatureComposer<D>;
  override filter(predicate: (ctx: C) => MaybePromise<boolean>, ...middleware: Array<Middleware<C>>): FeatureComposer<C>;
  override filter(predicate: (ctx: C) => MaybePromise<boolean>, ...middleware: Array<Middleware<C>>): FeatureComposer<C> {
    const handlers = new FeatureComposer<C>(...middleware);
    this.chain.push({ when: predicate, run: handlers.run });
    return handlers;
  }
}
