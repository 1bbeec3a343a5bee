import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../src/generated/prisma/client.ts";
import type { ConversationData, VersionedState } from "@grammyjs/conversations";
import { freshDb, type TestDb } from "./support/db.ts";
import { FakeClock } from "./support/clock.ts";
import {
  DIALOG_KEY_PREFIX,
  DIALOG_STATE_VERSION,
  DIALOG_TTL_MS,
  conversationStateAdapter,
  dialogStorage,
  purgeAbandonedDialogs,
} from "../src/bot/conversations/storage.ts";

const HOUR = 3600 * 1000;
let t: TestDb;
const clock = new FakeClock(new Date("2026-12-01T08:00:00Z"));

beforeAll(async () => {
  t = await freshDb({ regions: false });
});
afterAll(() => t.cleanup());

const data: ConversationData = { signup: [{ args: "[7,false]", interrupts: [3], replay: { send: [], receive: [] } as never }] };
const versioned = (version: string | number = DIALOG_STATE_VERSION): VersionedState<ConversationData> => ({ version: [0, version], state: data });
const row = (key: string) => t.db.conversationState.findUnique({ where: { key } });

describe("dialog storage on ConversationState", () => {
  it("writes, reads back and deletes a dialog's state", async () => {
    const a = conversationStateAdapter(t.db, clock);
    expect(await a.read("dialog:1")).toBeUndefined();
    await a.write("dialog:1", versioned());
    expect(await a.read("dialog:1")).toEqual(versioned());
    const stored = await row("dialog:1");
    expect(JSON.parse(stored!.value)).toEqual(versioned());
    expect(stored!.updatedAt).toEqual(clock.now());

    // A second write replaces the row and refreshes its time.
    clock.advance(HOUR);
    const next = { ...versioned(), state: { signup: [] } };
    await a.write("dialog:1", next);
    expect(await a.read("dialog:1")).toEqual(next);
    expect((await row("dialog:1"))!.updatedAt).toEqual(clock.now());

    await a.delete("dialog:1");
    expect(await row("dialog:1")).toBeNull();
    await a.delete("dialog:1"); // deleting what is gone is fine
    expect(await a.read("dialog:1")).toBeUndefined();
  });

  it("treats another version's state as absent and deletes it", async () => {
    await conversationStateAdapter(t.db, clock, { version: 1 }).write("dialog:2", versioned(1));
    const newer = conversationStateAdapter(t.db, clock, { version: 2 });
    expect(await newer.read("dialog:2")).toBeUndefined();
    expect(await row("dialog:2")).toBeNull();
  });

  it("treats a dialog untouched for longer than the TTL as absent and deletes it", async () => {
    const a = conversationStateAdapter(t.db, clock, { ttlMs: 24 * HOUR });
    await a.write("dialog:3", versioned());
    clock.advance(24 * HOUR); // exactly the TTL: still there
    expect(await a.read("dialog:3")).toEqual(versioned());
    clock.advance(1);
    expect(await a.read("dialog:3")).toBeUndefined();
    expect(await row("dialog:3")).toBeNull();
  });

  it("drops corrupt rows instead of failing every update of that chat", async () => {
    await t.db.conversationState.create({ data: { key: "dialog:4", value: "{not json", updatedAt: clock.now() } });
    await t.db.conversationState.create({ data: { key: "dialog:5", value: JSON.stringify({ state: {} }), updatedAt: clock.now() } });
    const a = conversationStateAdapter(t.db, clock);
    expect(await a.read("dialog:4")).toBeUndefined();
    expect(await a.read("dialog:5")).toBeUndefined();
    expect(await t.db.conversationState.count({ where: { key: { in: ["dialog:4", "dialog:5"] } } })).toBe(0);
  });

  it("remembers each chat's state while other chats write theirs, and forgets what others change", async () => {
    const a = conversationStateAdapter(t.db, clock);
    const stateOf = (n: number): VersionedState<ConversationData> => ({ version: [0, DIALOG_STATE_VERSION], state: { signup: [{ args: `[${n}]`, interrupts: [n], replay: { send: [], receive: [] } as never }] } });
    await a.write("dialog:m1", stateOf(1));
    await a.write("dialog:m2", stateOf(2));
    // A client without the write watch changes both rows behind the adapter's back: what the
    // adapter answers now shows whether it read the rows or remembered them.
    const unwatched = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: t.url }) });
    try {
      const sneak = (key: string, n: number) =>
        unwatched.conversationState.update({ where: { key }, data: { value: JSON.stringify(stateOf(n)) } });
      await sneak("dialog:m1", 11);
      await sneak("dialog:m2", 12);
      // Chat 2's write did not make the adapter forget chat 1's state.
      expect(await a.read("dialog:m1")).toEqual(stateOf(1));
      expect(await a.read("dialog:m2")).toEqual(stateOf(2));

      // Another adapter (another thread of the bot) writes chat 2: that row only is read again.
      await conversationStateAdapter(t.db, clock).write("dialog:m2", stateOf(22));
      await sneak("dialog:m2", 23);
      expect(await a.read("dialog:m2")).toEqual(stateOf(23));
      expect(await a.read("dialog:m1")).toEqual(stateOf(1));

      // Any other write to the table (Prisma, the purge) makes it forget every row.
      await t.db.conversationState.create({ data: { key: "dialog:m3", value: "{}", updatedAt: clock.now() } });
      expect(await a.read("dialog:m1")).toEqual(stateOf(11));
    } finally {
      await unwatched.$disconnect();
      await a.delete("dialog:m1");
      await a.delete("dialog:m2");
      await t.db.conversationState.deleteMany({ where: { key: "dialog:m3" } });
    }
  });

  it("is the plugin's versioned, prefixed key storage", () => {
    const s = dialogStorage(t.db, clock);
    expect(s).toMatchObject({ type: "key", version: DIALOG_STATE_VERSION, prefix: DIALOG_KEY_PREFIX });
  });

  it("purges abandoned dialogs in one sweep, keeping live ones", async () => {
    const a = conversationStateAdapter(t.db, clock);
    await a.write("dialog:old", versioned());
    clock.advance(DIALOG_TTL_MS + HOUR);
    await a.write("dialog:live", versioned());
    expect(await purgeAbandonedDialogs(t.db, clock.now())).toBe(1);
    expect(await row("dialog:old")).toBeNull();
    expect(await row("dialog:live")).not.toBeNull();
    // The adapter's memory of stored keys copes with rows swept behind its back.
    expect(await a.read("dialog:old")).toBeUndefined();
  });

  it("runs the sweep as a daily job", async () => {
    const { startScheduler } = await import("../src/jobs/scheduler.ts");
    const { createLogger } = await import("../src/logger.ts");
    const a = conversationStateAdapter(t.db, clock);
    await a.write("dialog:stale", versioned());
    clock.advance(DIALOG_TTL_MS + HOUR);
    const scheduler = startScheduler({ db: t.db, logger: createLogger("silent"), clock });
    try {
      expect(await scheduler.runNow("purge-dialogs")).toBeGreaterThanOrEqual(1);
      expect(await row("dialog:stale")).toBeNull();
    } finally {
      await scheduler.stop();
    }
  });
});
