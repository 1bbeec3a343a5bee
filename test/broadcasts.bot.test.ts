// Broadcasts end to end through the real bot and the local Bot API: composing with formatting
// and with a photo, audience selection, preview, confirmation, deliveries sent by the outbox
// worker with the same entities, the progress message and report, stopping while sending,
// scheduling, and forged callbacks refused with nothing changed.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { MessageEntity } from "grammy/types";
import { freshDb, type TestDb } from "./support/db.ts";
import { FakeClock } from "./support/clock.ts";
import { Harness, texts, type ApiCall, type FakeUser } from "./support/harness.ts";
import { broadcastCb } from "../src/bot/features/broadcasts/callbacks.ts";
import { broadcastTick } from "../src/bot/features/broadcasts/progress.ts";
import { claimDue } from "../src/domain/outbox.ts";
import { broadcastReport } from "../src/domain/broadcasts/index.ts";
import { startDeliveryWorker } from "../src/jobs/delivery-worker.ts";
import { createLogger } from "../src/logger.ts";
import { i18n } from "../src/bot/i18n.ts";
import type { User } from "../src/generated/prisma/client.ts";

const NOW = new Date("2026-11-25T06:00:00Z"); // 11:00 in Kazakhstan, outside quiet hours
const ADMIN = 7000;

let t: TestDb;
let h: Harness;
let clock: FakeClock;
let staff: { user: User; u: FakeUser }; // staff of aktobe
let other: { user: User; u: FakeUser }; // staff of abai
let admin: { user: User; u: FakeUser };
let nextId = 7100;

async function person(locale: string, regionCode: string | null = null, subs: Array<[string, string]> = []) {
  const id = nextId++;
  const user = await t.db.user.create({ data: { telegramId: BigInt(id), locale, regionCode, firstName: `P${id}`, lastSeenAt: NOW } });
  for (const [region, topic] of subs) await t.db.subscription.create({ data: { userId: user.id, regionCode: region, topic } });
  return { user, u: h.user(id, { language_code: locale }) };
}

async function drain(): Promise<number> {
  const worker = startDeliveryWorker({ db: t.db, api: h.bot.api, logger: createLogger("silent"), clock, intervalMs: 3_600_000, ratePerSecond: Infinity });
  try {
    return await worker.drainOnce();
  } finally {
    await worker.stop();
  }
}

const alerts = (calls: ApiCall[]) => calls.filter((c) => c.method === "answerCallbackQuery").map((c) => String(c.params.text ?? ""));
const lastBroadcast = () => t.db.broadcast.findFirstOrThrow({ orderBy: { id: "desc" } });
const botMessages = (u: FakeUser) => h.api.messages(u.chatId).filter((m) => m.fromBot);

const ENTITIES: MessageEntity[] = [
  { type: "bold", offset: 0, length: 7 },
  { type: "text_link", offset: 8, length: 8, url: "https://enbek.kz/" },
  { type: "italic", offset: 17, length: 5 },
];
const TEXT = "Ярмарка вакансий 5 дек в Актобе";

let recipients: Array<{ user: User; u: FakeUser }>;

beforeAll(async () => {
  t = await freshDb();
  clock = new FakeClock(NOW);
  h = new Harness({ db: t.db, clock, config: { adminIds: [ADMIN] } });
  staff = await person("en");
  await t.db.roleGrant.create({ data: { userId: staff.user.id, role: "staff", regionCode: "aktobe" } });
  other = await person("ru");
  await t.db.roleGrant.create({ data: { userId: other.user.id, role: "staff", regionCode: "abai" } });
  const a = await t.db.user.create({ data: { telegramId: BigInt(ADMIN), locale: "en", lastSeenAt: NOW } });
  admin = { user: a, u: h.user(ADMIN, { language_code: "en" }) };
  recipients = [
    await person("kk", null, [["aktobe", "events"]]),
    await person("ru", null, [["aktobe", "events"], ["aktobe", "vacancies"]]),
    await person("en", null, [["aktobe", "events"]]),
    await person("ru", null, [["aktobe", "courses"]]),
    await person("ru", null, [["abai", "events"]]),
  ];
});

afterAll(async () => {
  await t?.cleanup();
});

beforeEach(async () => {
  await t.db.delivery.deleteMany();
  await t.db.broadcast.deleteMany();
  await t.db.auditLog.deleteMany();
  clock.set(NOW);
});

/** /broadcast → message → (regions) → who → language: the preview. */
async function compose(u: FakeUser, send: () => unknown, who: string, language: string, regions: string[] = []) {
  await u.send("/broadcast");
  await h.act(send);
  for (const r of regions) await u.press(r);
  if (regions.length) await u.press("Next");
  await u.press(who);
  return u.press(language);
}

describe("composing and sending", () => {
  it("text with formatting: preview as recipients get it, count, confirm, sent with the same entities, report", async () => {
    const calls = await compose(staff.u, () => h.api.sendText(staff.u.chatId, TEXT, { entities: ENTITIES }), "Event subscribers", "All languages");
    // Staff of one region are not asked for regions. The preview is the message itself.
    const preview = calls.find((c) => c.method === "sendMessage" && c.params.text === TEXT)!;
    expect(preview.params.entities).toEqual(ENTITIES);
    expect(preview.params.parse_mode).toBeUndefined();
    expect(texts(calls).join("\n")).toContain("Recipients: <b>3</b>");
    expect(texts(calls).join("\n")).toContain("Event subscribers");
    expect(await t.db.broadcast.count()).toBe(0); // nothing written before the confirmation

    const confirm = await staff.u.press("Send now");
    expect(texts(confirm).join("\n")).toContain("to <b>3</b> recipients now?");
    const done = await staff.u.press("Yes");
    expect(texts(done).join("\n")).toContain("is on its way to 3 recipients");
    const b = await lastBroadcast();
    expect(b).toMatchObject({ status: "sending", recipientCount: 3, text: TEXT, statusChatId: BigInt(staff.u.chatId) });
    expect(JSON.parse(b.entities!)).toEqual(ENTITIES);
    // The progress message, with Refresh and Stop.
    expect(staff.u.lastMessage()!.messageId).toBe(b.statusMessageId);
    expect(staff.u.buttons()).toEqual(["🔄 Refresh", "⛔ Stop sending"]);

    expect(await drain()).toBe(3);
    for (const r of recipients.slice(0, 3)) {
      const got = botMessages(r.u).at(-1)!;
      expect(got.text).toBe(TEXT);
      expect(got.entities?.filter((e) => e.type !== "url")).toEqual(ENTITIES);
    }
    expect(botMessages(recipients[3]!.u)).toHaveLength(0);
    expect(botMessages(recipients[4]!.u)).toHaveLength(0);

    // The tick finishes it and turns the progress message into the report.
    const tick = await broadcastTick(t.db, clock.now(), h.bot.api);
    expect(tick).toMatchObject({ finished: [b.id], edited: 1 });
    const status = staff.u.messages().find((m) => m.messageId === b.statusMessageId)!;
    expect(status.text).toContain(`Broadcast #${b.id}</b> — finished`);
    expect(status.text).toContain("Sent: 3");
    expect(status.keyboard).toBeUndefined();
    expect(await broadcastReport(t.db, b.id)).toMatchObject({ sent: 3, pending: 0, total: 3 });
    // Replays of the dialog never sent the preview twice.
    expect(h.calls.filter((c) => c.params.chat_id === staff.u.chatId && c.params.text === TEXT)).toHaveLength(1);
  });

  it("started from the staff panel's button; quiet hours hold broadcasts until morning", async () => {
    clock.set("2026-11-25T18:00:00Z"); // 23:00 in Kazakhstan
    await staff.u.send("/menu");
    const entry = await staff.u.callback(staff.u.lastMessage()!.messageId, broadcastCb.pack("new"));
    expect(texts(entry).join("\n")).toContain("New broadcast");
    await h.act(() => h.api.sendText(staff.u.chatId, "Good night"));
    await staff.u.press("Event subscribers");
    await staff.u.press("All languages");
    await staff.u.press("Send now");
    await staff.u.press("Yes");
    expect(await drain()).toBe(0);
    const held = await t.db.delivery.findMany({ where: { kind: "broadcast" } });
    expect(held.map((d) => [d.status, d.urgent, d.notBefore.toISOString()])).toEqual(
      Array(3).fill(["pending", false, "2026-11-26T03:00:00.000Z"]), // 08:00 local
    );
    clock.set("2026-11-26T03:00:00Z");
    expect(await drain()).toBe(3);
  });

  it("a photo with a formatted caption, chosen regions and language (admin)", async () => {
    const caption = "Курсы сварщиков — запись открыта";
    const captionEntities: MessageEntity[] = [{ type: "bold", offset: 0, length: 5 }, { type: "underline", offset: 18, length: 6 }];
    let fileId = "";
    const calls = await compose(
      admin.u,
      () => (fileId = h.api.sendPhotoFromUser(admin.u.chatId, { caption, captionEntities }).photo!.at(-1)!.file_id),
      "All subscribers",
      "Russian",
      ["Aktobe", "Abai"],
    );
    const preview = calls.find((c) => c.method === "sendPhoto")!;
    expect(preview.params).toMatchObject({ photo: fileId, caption, caption_entities: captionEntities });
    expect(texts(calls).join("\n")).toContain("Recipients: <b>3</b>"); // ru subscribers of aktobe and abai
    await admin.u.press("Send now");
    await admin.u.press("Yes");
    const b = await lastBroadcast();
    expect(b).toMatchObject({ photoFileId: fileId, text: caption, recipientCount: 3 });
    expect(JSON.parse(b.audience)).toEqual({ regions: ["abai", "aktobe"], who: "subscribers", language: "ru" });

    expect(await drain()).toBe(3);
    for (const r of [recipients[1]!, recipients[3]!, recipients[4]!]) {
      const got = botMessages(r.u).at(-1)!;
      expect(got.photo?.at(-1)?.file_id).toBe(fileId);
      expect(got.caption).toBe(caption);
      expect(got.caption_entities).toEqual(captionEntities);
    }
  });

  it("other message types are explained; nobody in the audience → no send", async () => {
    await staff.u.send("/broadcast");
    const doc = await h.act(() => h.api.sendDocumentFromUser(staff.u.chatId, { fileName: "a.pdf", content: Buffer.from("%PDF") }));
    expect(texts(doc).join("\n")).toContain("Only a text message or a photo");
    await staff.u.send("Приём документов открыт");
    await staff.u.press("Admission subscribers");
    const preview = await staff.u.press("All languages");
    expect(texts(preview).join("\n")).toContain("Recipients: <b>0</b>");
    const none = await staff.u.press("Send now");
    expect(texts(none).join("\n")).toContain("Nobody matches this audience");
    expect(await t.db.broadcast.count()).toBe(0);
    // Back at the preview: change the audience instead.
    await staff.u.press("Edit audience");
    await staff.u.press("Course subscribers");
    const again = await staff.u.press("All languages");
    expect(texts(again).join("\n")).toContain("Recipients: <b>1</b>");
    const discarded = await staff.u.press("Discard");
    expect(texts(discarded).join("\n")).toContain("discarded");
    expect(await t.db.broadcast.count()).toBe(0);
  });

  it("schedule: a lenient local time, confirmed back; the job starts it then", async () => {
    await compose(staff.u, () => h.api.sendText(staff.u.chatId, "Завтра ярмарка!"), "Event subscribers", "All languages");
    await staff.u.press("Schedule");
    const bad = await staff.u.send("32.13 10:00");
    expect(texts(bad).join("\n")).toContain("could not read that date");
    const past = await staff.u.send("25.11 09:00");
    expect(texts(past).join("\n")).toContain("already passed");
    const ask = await staff.u.send("25.11 18:30");
    expect(texts(ask).join("\n")).toMatch(/on <b>.*18:30<\/b>\? Right now that is <b>3<\/b> recipients/);
    const ok = await staff.u.press("Yes");
    expect(texts(ok).join("\n")).toContain("is scheduled for");
    const b = await lastBroadcast();
    expect(b).toMatchObject({ status: "scheduled", scheduledAt: new Date("2026-11-25T13:30:00Z") });
    expect(await t.db.delivery.count()).toBe(0);

    clock.set("2026-11-25T13:29:00Z");
    expect((await broadcastTick(t.db, clock.now(), h.bot.api)).started).toEqual([]);
    clock.set("2026-11-25T13:30:00Z");
    expect((await broadcastTick(t.db, clock.now(), h.bot.api)).started).toEqual([b.id]);
    expect(await t.db.delivery.count({ where: { broadcastId: b.id, status: "pending" } })).toBe(3);
  });
});

describe("while sending", () => {
  async function started(): Promise<number> {
    await compose(staff.u, () => h.api.sendText(staff.u.chatId, "Stop me"), "Event subscribers", "All languages");
    await staff.u.press("Send now");
    await staff.u.press("Yes");
    return (await lastBroadcast()).id;
  }

  it("Refresh shows the counts; Stop cancels what is pending, the one in flight is dropped at render", async () => {
    const id = await started();
    await t.db.delivery.updateMany({ where: { broadcastId: id, userId: recipients[0]!.user.id }, data: { status: "sent" } });
    const refreshed = await staff.u.press("Refresh");
    expect(texts(refreshed).join("\n")).toMatch(/Sent: 1[\s\S]*Waiting: 2/);
    const inFlight = await claimDue(t.db, NOW, 1); // the worker took one

    await staff.u.press("Stop sending");
    const stopped = await staff.u.press("Yes, stop");
    expect(alerts(stopped).join()).toContain("1 message will not be sent");
    expect(texts(stopped).join("\n")).toContain("— stopped");
    expect(await broadcastReport(t.db, id)).toMatchObject({ sent: 1, pending: 1, cancelled: 1 });
    expect((await lastBroadcast()).status).toBe("cancelled");

    // The claimed one goes back to the queue (as after a restart) and is dropped, not sent.
    await t.db.delivery.update({ where: { id: inFlight[0]!.id }, data: { status: "pending" } });
    expect(await drain()).toBe(0);
    expect(await broadcastReport(t.db, id)).toMatchObject({ sent: 1, pending: 0, cancelled: 2 });
  });

  it("the list shows the sender's broadcasts with status and counts", async () => {
    const id = await started();
    // The staff panel's "My broadcasts" button carries this data.
    await staff.u.send("/menu");
    const calls = await staff.u.callback(staff.u.lastMessage()!.messageId, broadcastCb.pack("list", 0));
    expect(texts(calls).join("\n")).toMatch(new RegExp(`1\\. #${id} · sending · .* · 0/3 — Stop me`));
    expect(staff.u.buttons().at(-1)).toBe("‹ Staff panel");
    const opened = await staff.u.press("1");
    expect(texts(opened).join("\n")).toContain("Waiting: 3");
    expect(staff.u.buttons()).toEqual(["🔄 Refresh", "⛔ Stop sending", "⬅️ My broadcasts"]);
    const otherList = await other.u.callback(1, broadcastCb.pack("list", 0));
    expect(texts(otherList).join("\n")).toContain("Рассылок пока нет");
  });
});

describe("forged callbacks", () => {
  it("another region's staff, a jobseeker, or malformed data change nothing", async () => {
    await compose(staff.u, () => h.api.sendText(staff.u.chatId, "Ours"), "Event subscribers", "All languages");
    await staff.u.press("Send now");
    await staff.u.press("Yes");
    const b = await lastBroadcast();
    await other.u.send("/menu");
    const msg = other.u.lastMessage()!.messageId;

    for (const data of [broadcastCb.pack("stopYes", b.id), broadcastCb.pack("open", b.id), broadcastCb.pack("refresh", b.id)]) {
      const calls = await other.u.callback(msg, data);
      expect(alerts(calls).join()).toContain("вне вашего региона");
      expect(texts(calls).join()).not.toContain("Ours");
    }
    const jobseeker = recipients[0]!.u;
    const staffOnly = i18n.t("kk", "access-staff-only");
    const js = await jobseeker.callback(1, broadcastCb.pack("stopYes", b.id));
    expect(alerts(js)).toEqual([staffOnly]);
    const compose2 = await jobseeker.send("/broadcast");
    expect(texts(compose2)).toEqual([staffOnly]);
    const malformed = await other.u.callback(msg, "bc1:stopYes:abc");
    expect(alerts(malformed).join() + texts(malformed).join()).toMatch(/устарела|out of date|ескір/i);

    expect(await lastBroadcast()).toMatchObject({ status: "sending" });
    expect(await t.db.delivery.count({ where: { broadcastId: b.id, status: "pending" } })).toBe(3);
    expect(await t.db.auditLog.count({ where: { action: "broadcast.cancel" } })).toBe(0);
  });
});
