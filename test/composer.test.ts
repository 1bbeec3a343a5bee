// FeatureComposer (src/bot/composer.ts) routes updates exactly as grammY's Composer does, with
// its handlers' Composer made once instead of per update.
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
    expect(await ours(text("/start"))).toEqual(["start"]);
    expect(await ours(text("hello"))).toEqual(["hello"]);
    expect(await ours(text("slow"))).toEqual(["any text", "async"]);
    expect(await ours(text("twice"))).toEqual(["any text", "sync", "nested"]);
    expect(await ours(press("a:1"))).toEqual(["a-press", "a-press-2"]);
    expect(await ours(press("b:1"))).toEqual(["fallthrough"]);
    expect(await ours(reaction)).toEqual(["reaction"]);
  });

  it("returns FeatureComposers, so nested filters are cheap as well", () => {
    const c = new FeatureComposer<Context>();
    expect(c.on("message")).toBeInstanceOf(FeatureComposer);
    expect(c.command("x").callbackQuery("y")).toBeInstanceOf(FeatureComposer);
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
  });
});
