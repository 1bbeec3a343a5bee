// FeatureComposer (src/bot/composer.ts) routes updates exactly as grammY's Composer does, with
// its handlers' Composer made once instead of per update and its middleware in one flat chain.
import { Api, Composer, Context } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { describe, expect, it } from "vitest";
import { FeatureComposer } from "../src/bot/composer.ts";

const me = { id: 1, is_bot: true, first_name: "Bot", username: "bot" } as UserFromGetMe;
const api = new Api("1:test");
const from = { id: 7, is_bot: false, first_name: "A" };
const chat = { id: 7, type: "private" as const, first_name: "A" };
const text = (t: string): Update => ({
  update_id: 1,
  message: {
    message_id: 1,
    date: 0,
    chat,
    from,
    text: t,
    ...(t.startsWith("/") ? { entities: [{ type: "bot_command" as const, offset: 0, length: t.split(" ")[0]!.length }] } : {}),
  },
});
const press = (data: string): Update => ({
  update_id: 2,
  callback_query: { id: "q", from, chat_instance: "c", data, message: { message_id: 5, date: 0, chat, text: "x" } },
});
const reaction: Update = {
  update_id: 3,
  message_reaction: { chat, message_id: 1, date: 0, user: from, old_reaction: [], new_reaction: [{ type: "emoji", emoji: "👍" }] },
};

/** The same handlers on either kind of composer; returns what ran, in order, for an update. */
function build(make: () => Composer<Context>) {
  const seen: string[] = [];
  const c = make();
  // Code after `await next()` runs once everything after it is done.
  c.use(async (_ctx, next) => {
    seen.push("before");
    await next();
    seen.push("after");
  });
  const mark = (name: string, pass = false) => (_ctx: Context, next: () => Promise<void>) => (seen.push(name), pass ? next() : undefined);
  c.command("start", mark("start"));
  c.callbackQuery(/^a:/, mark("a-press", true), mark("a-press-2"));
  const text = c.on("message:text");
  text.hears("hello", mark("hello"));
  c.filter(async (ctx) => ctx.msg?.text === "slow", mark("async"));
  c.filter((ctx) => ctx.msg?.text === "twice", mark("sync", true)).filter(() => true, mark("nested"));
  // Handlers added to a filter's composer after it was registered are seen too.
  text.use(mark("any text", true));
  c.chatType("private").on("message_reaction", mark("reaction"));
  c.use(mark("fallthrough"));
  return async (update: Update) => {
    seen.length = 0;
    await c.middleware()(new Context(update, api, me), () => (seen.push("next"), Promise.resolve()));
    return [...seen];
  };
}

describe("FeatureComposer", () => {
  const updates = [text("/start"), text("hello"), text("hello there"), text("slow"), text("twice"), text("other"), press("a:1"), press("b:1"), reaction];

  it("runs the same handlers in the same order as grammY's Composer", async () => {
    const grammy = build(() => new Composer<Context>());
    const ours = build(() => new FeatureComposer<Context>());
    for (const u of updates) expect(await ours(u)).toEqual(await grammy(u));
    // And what that is, so the comparison is not between two no-ops.
    const around = (...names: string[]) => ["before", ...names, "after"];
    expect(await ours(text("/start"))).toEqual(around("start"));
    expect(await ours(text("hello"))).toEqual(around("hello"));
    expect(await ours(text("slow"))).toEqual(around("any text", "async"));
    expect(await ours(text("twice"))).toEqual(around("any text", "sync", "nested"));
    expect(await ours(press("a:1"))).toEqual(around("a-press", "a-press-2"));
    expect(await ours(press("b:1"))).toEqual(around("fallthrough"));
    expect(await ours(reaction)).toEqual(around("reaction"));
  });

  it("returns FeatureComposers, so nested filters are cheap as well", () => {
    const c = new FeatureComposer<Context>();
    expect(c.on("message")).toBeInstanceOf(FeatureComposer);
    expect(c.command("x").callbackQuery("y")).toBeInstanceOf(FeatureComposer);
  });

  it("counts middleware added after its chain was taken, and calls the caller's next after the last", async () => {
    const c = new FeatureComposer<Context>();
    const chain = c.middleware();
    const seen: string[] = [];
    c.use((_ctx, next) => (seen.push("first"), next()));
    c.use(new FeatureComposer<Context>((_ctx, next) => (seen.push("nested"), next())));
    await chain(new Context(text("x"), api, me), () => (seen.push("next"), Promise.resolve()));
    expect(seen).toEqual(["first", "nested", "next"]);
  });

  it("refuses a second call of next, as grammY does", async () => {
    for (const c of [new Composer<Context>(), new FeatureComposer<Context>()]) {
      c.use(async (_ctx, next) => {
        await next();
        await next();
      });
      c.use(() => undefined);
      await expect(c.middleware()(new Context(text("x"), api, me), () => Promise.resolve())).rejects.toThrow("`next` already called before!");
    }
  });

  it("passes a failing check's or handler's error on", async () => {
    const c = new FeatureComposer<Context>();
    c.filter(() => {
      throw new Error("check failed");
    });
    await expect(c.middleware()(new Context(text("x"), api, me), () => Promise.resolve())).rejects.toThrow("check failed");
    const d = new FeatureComposer<Context>();
    d.filter(async () => true, () => Promise.reject(new Error("handler failed")));
    await expect(d.middleware()(new Context(text("x"), api, me), () => Promise.resolve())).rejects.toThrow("handler failed");
    // A middleware that throws instead of rejecting: the chain still returns a rejected promise.
    const e = new FeatureComposer<Context>((() => {
      throw new Error("thrown");
    }) as () => Promise<void>);
    const result = e.middleware()(new Context(text("x"), api, me), () => Promise.resolve());
    expect(result).toBeInstanceOf(Promise);
    await expect(result).rejects.toThrow("thrown");
  });
});
