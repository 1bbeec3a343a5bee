// Button presses go straight to the features owning their callback data's prefix
// (src/bot/features/routing.ts); other updates pass every feature in turn.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FeatureComposer } from "../src/bot/composer.ts";
import { describe, expect, it } from "vitest";
import type { Context } from "../src/bot/context.ts";
import { privateChatFeatures } from "../src/bot/features/private-chats.ts";
import { prefixOf } from "../src/bot/callback-data.ts";
import { feature, routeFeatures } from "../src/bot/features/routing.ts";

/** A feature that records that it ran and passes the update on. */
function recorder(name: string, seen: string[]): FeatureComposer<Context> {
  return new FeatureComposer<Context>((_ctx, next) => {
    seen.push(name);
    return next();
  });
}

async function run(update: Partial<Context>, seen: string[]) {
  const route = routeFeatures([
    feature(recorder("plain", seen)),
    feature(recorder("a", seen), { prefix: "a1" }),
    feature(recorder("b", seen), { prefix: "b1" }),
    feature(recorder("a-too", seen), { prefix: "a1" }),
  ]);
  await route(update as Context, async () => void seen.push("next"));
}

describe("routing of button presses", () => {
  it("sends a press only to the features owning its prefix, in their order, then on", async () => {
    const seen: string[] = [];
    await run({ callbackQuery: { data: "a1:open:7" } } as never, seen);
    expect(seen).toEqual(["a", "a-too", "next"]);
  });

  it("sends a press nobody owns straight on (to the out-of-date answer)", async () => {
    const seen: string[] = [];
    await run({ callbackQuery: { data: "zz:1" } } as never, seen);
    expect(seen).toEqual(["next"]);
  });

  it("passes messages and presses without data through every feature", async () => {
    for (const update of [{ message: { text: "hi" } }, { callbackQuery: { game_short_name: "g" } }]) {
      const seen: string[] = [];
      await run(update as never, seen);
      expect(seen).toEqual(["plain", "a", "b", "a-too", "next"]);
    }
  });

  it("reads the prefix before the first colon", () => {
    expect(prefixOf("c1:card:7")).toBe("c1");
    expect(prefixOf("c1")).toBe("c1");
    expect(prefixOf("")).toBe("");
  });

  it("routes every button of the bot: each callback prefix has its feature or its dialog", () => {
    const root = join(import.meta.dirname, "../src/bot");
    const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("callbacks.ts"));
    const declared = files.flatMap((f) => [...readFileSync(join(root, f), "utf8").matchAll(/callbackCodec\("([^"]+)"/g)].map((m) => m[1]!));
    // Answered inside an open dialog (conversations/), which sees every update before the features.
    const dialogs = ["su", "edd", "bcd"];
    const routed = new Set(privateChatFeatures.flatMap((f) => f.prefixes));
    expect(declared.length).toBeGreaterThan(15);
    expect(declared.filter((p) => !routed.has(p) && !dialogs.includes(p))).toEqual([]);
  });
});
