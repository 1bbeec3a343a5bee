// Bot threads (src/bot/threads/) and the write relay between their database clients
// (src/db/write-relay.ts): a chat always goes to the same thread, in order; a thread that
// dies is started again; each thread's caches see the writes of the others.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { BotThreads } from "../src/bot/threads/pool.ts";
import { createDb, type Db } from "../src/db/client.ts";
import { writeWatchOf, type WriteEvent } from "../src/db/write-watch.ts";
import { MAX_RELAYED_ARG_LENGTH } from "../src/db/write-relay.ts";
import { sqlDate, syncDbOf } from "../src/db/sqlite.ts";
import { setUserLocale, touchUser } from "../src/domain/users.ts";
import { conversationStateAdapter, DIALOG_STATE_VERSION, DIALOG_TTL_MS, purgeAbandonedDialogs } from "../src/bot/conversations/storage.ts";
import { freshDb, type TestDb } from "./support/db.ts";

type Echo = { thread: number; updateId: number; arrival: number; greeting: string };

let nextUpdateId = 1;
const message = (chatId: number, text: string): Update => ({
  update_id: nextUpdateId++,
  message: { message_id: nextUpdateId, date: 0, chat: { id: chatId, type: "private", first_name: "T" }, from: { id: chatId, is_bot: false, first_name: "T" }, text },
});

const start = () =>
  BotThreads.start<Echo, { greeting: string }>({ entry: new URL("./support/echo-thread.ts", import.meta.url), count: 2, data: { greeting: "salem" } });

describe("bot threads", () => {
  it("hand every update of a chat to the same thread, in the order sent, and spread chats over the threads", async () => {
    const threads = await start();
    try {
      const first = threads.handle(message(11, "wait 50"), 11);
      const second = threads.handle(message(11, "hi"), 11);
      const other = await threads.handle(message(12, "hi"), 12);
      const [a, b] = await Promise.all([first, second]);
      expect(a.thread).toBe(b.thread);
      expect(b.arrival).toBe(a.arrival + 1);
      expect(other.thread).not.toBe(a.thread);
      expect(a.greeting).toBe("salem");
      // Negative ids (groups) are routed too.
      expect((await threads.handle(message(-1001, "hi"), -1001)).thread).toBe(threads.threadOf(-1001));
    } finally {
      await threads.stop();
    }
  }, 30_000);

  it("reject an update whose handler fails, and start a thread that died again", async () => {
    const threads = await start();
    try {
      await expect(threads.handle(message(20, "fail"), 20)).rejects.toThrow(/handler failed/);
      const waiting = threads.handle(message(21, "wait 2000"), 21); // same thread as 23 below
      await expect(threads.handle(message(23, "crash"), 23)).rejects.toThrow(/stopped \(exit code 3\)/);
      await expect(waiting).rejects.toThrow(/stopped/);
      // The thread is back and serves its chats again.
      expect((await threads.handle(message(23, "hi"), 23)).thread).toBe(threads.threadOf(23));
    } finally {
      await threads.stop();
    }
  }, 30_000);

  it("let each thread finish its updates when stopping", async () => {
    const threads = await start();
    const slow = threads.handle(message(31, "wait 200"), 31);
    await new Promise((resolve) => setTimeout(resolve, 20)); // the thread has it
    await threads.stop();
    expect((await slow).updateId).toBeGreaterThan(0);
  }, 30_000);

  it("refuse to start when a thread cannot", async () => {
    await expect(
      BotThreads.start({ entry: new URL("./support/no-such-thread.ts", import.meta.url), count: 2, data: null }),
    ).rejects.toThrow(/bot thread \d stopped/);
  }, 30_000);
});

describe("write relay", () => {
  let t: TestDb;
  let a: Db;
  let b: Db;
  beforeAll(async () => {
    t = await freshDb();
    // Two clients sharing writes, as two bot threads have.
    a = await createDb(t.url, { shareWrites: true });
    b = await createDb(t.url, { shareWrites: true });
  });
  afterAll(async () => {
    await a.$disconnect();
    await b.$disconnect();
    await t.cleanup();
  });

  const NOW = new Date("2026-11-25T06:00:00Z");
  const heard = (db: Db) => {
    const events: WriteEvent[] = [];
    writeWatchOf(db)!.on((e) => events.push(e));
    return events;
  };
  const until = async (ok: () => boolean) => {
    for (let i = 0; i < 200 && !ok(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(ok()).toBe(true);
  };

  it("brings each client's writes to the other's watch, once", async () => {
    const onA = heard(a);
    const onB = heard(b);
    const onPlain = heard(t.db); // a client that does not share writes hears only its own
    await touchUser(a, { id: 601, first_name: "Aru" }, NOW);
    await until(() => onB.some((e) => e.tables.includes("User")));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onA.filter((e) => e.tables.includes("User"))).toHaveLength(1);
    expect(onB.filter((e) => e.tables.includes("User"))).toHaveLength(1);
    expect(onPlain).toHaveLength(0);
  });

  it("relays the arguments that name a row, not long values", async () => {
    const onB = heard(b);
    const state = "x".repeat(MAX_RELAYED_ARG_LENGTH + 1);
    await syncDbOf(a).write((w) =>
      w.run(`INSERT INTO "ConversationState" ("key", "value", "updatedAt") VALUES (?, ?, ?)`, "dialog:605", state, NOW),
    );
    await until(() => onB.some((e) => e.tables.includes("ConversationState")));
    expect(onB.find((e) => e.tables.includes("ConversationState"))!.args).toEqual(["dialog:605", null, sqlDate(NOW)]);
  });

  it("keeps a dialog's own state writes in its thread, but relays the purge", async () => {
    const onA = heard(a);
    const onB = heard(b);
    const dialogs = conversationStateAdapter(a, { now: () => NOW });
    await dialogs.write("dialog:606", { version: [0, DIALOG_STATE_VERSION], state: {} });
    await dialogs.delete("dialog:606");
    await dialogs.write("dialog:607", { version: [0, DIALOG_STATE_VERSION], state: {} });
    expect(onA.filter((e) => e.tables.includes("ConversationState"))).toHaveLength(3); // its own listeners hear them
    await purgeAbandonedDialogs(a, new Date(NOW.getTime() + DIALOG_TTL_MS + 1000));
    await until(() => onB.some((e) => e.tables.includes("ConversationState")));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const relayed = onB.filter((e) => e.tables.includes("ConversationState"));
    expect(relayed).toHaveLength(1); // the purge only
    expect(relayed[0]!.sql).toMatch(/DELETE/);
    expect(await a.conversationState.count({ where: { key: "dialog:607" } })).toBe(0);
  });

  it("keeps a thread's cached user current when another thread writes that user", async () => {
    const from = { id: 602, first_name: "Dana" };
    const cached = await touchUser(b, from, NOW);
    expect(await touchUser(b, from, new Date(NOW.getTime() + 1000))).toBe(cached); // from memory
    await setUserLocale(a, cached.id, "en");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await touchUser(b, from, new Date(NOW.getTime() + 2000))).locale).toBe("en");
  });

  it("does not make a thread forget its users when another thread writes a user it never held", async () => {
    const mine = await touchUser(b, { id: 603, first_name: "Erlan" }, NOW);
    const theirs = await touchUser(a, { id: 604, first_name: "Gulnar" }, NOW);
    await setUserLocale(a, theirs.id, "ru"); // by row id, unknown to b
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await touchUser(b, { id: 603, first_name: "Erlan" }, new Date(NOW.getTime() + 1000))).toBe(mine);
  });
});
