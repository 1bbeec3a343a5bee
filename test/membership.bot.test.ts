import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "./support/db.ts";
import { Harness } from "./support/harness.ts";

let t: TestDb;
let h: Harness;
beforeAll(async () => {
  t = await freshDb();
  h = new Harness({ db: t.db });
});
afterAll(() => t.cleanup());

const row = () => t.db.user.findUniqueOrThrow({ where: { telegramId: 31n } });

describe("blocking and unblocking the bot", () => {
  it("marks the person inactive when they block the bot and active again when they unblock or write", async () => {
    const u = h.user(31, { language_code: "ru" });
    await u.send("/start");
    expect((await row()).isActive).toBe(true);

    const calls = await h.act(() => h.api.blockBot(31));
    expect(calls).toEqual([]); // nothing is sent to someone who just blocked the bot
    expect(await row()).toMatchObject({ isActive: false });
    expect((await row()).blockedAt).not.toBeNull();

    await h.act(() => h.api.unblockBot(31));
    expect(await row()).toMatchObject({ isActive: true, blockedAt: null });

    await h.act(() => h.api.blockBot(31));
    await u.send("/menu"); // writing again means they are back
    expect(await row()).toMatchObject({ isActive: true, blockedAt: null });
  });
});
