// The events editor through the real bot with Telegram faked at the HTTP level: a new event
// end-to-end (validation answers, a location pin, the time confirmed back, preview, publish →
// subscribers), an edit of the time (watchers told), cancelling (watchers told), forged
// callbacks for another region's event and a non-staff user refused with nothing changed.
import { MAX_UPDATES, STAFF_MAX_UPDATES } from "../src/bot/conversations/dialog.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "./support/db.ts";
import { FakeClock } from "./support/clock.ts";
import { Harness, texts, type ApiCall, type FakeUser } from "./support/harness.ts";
import { editorCb, editorDialogCb } from "../src/bot/features/editor/callbacks.ts";
import { startDeliveryWorker } from "../src/jobs/delivery-worker.ts";
import { createLogger } from "../src/logger.ts";
import type { Event } from "../src/generated/prisma/client.ts";

const NOW = new Date("2026-11-25T04:00:00Z"); // 09:00 in Kazakhstan
const local = (s: string) => new Date(`${s}+05:00`);

let t: TestDb;
let h: Harness;
let staff: FakeUser;
let staffId: number;
let almatyStaff: FakeUser;
let subscriber: FakeUser;
let subscriberId: number;
let watcher: FakeUser;
let watcherId: number;
let outsider: FakeUser;
let admin: FakeUser;
let event: Event;

const toasts = (calls: ApiCall[]) => calls.filter((c) => c.method === "answerCallbackQuery").map((c) => String(c.params.text ?? ""));

async function drain(): Promise<number> {
  const worker = startDeliveryWorker({ db: t.db, api: h.bot.api, logger: createLogger("silent"), clock: h.deps.clock, intervalMs: 3_600_000, ratePerSecond: Infinity });
  try {
    return await worker.drainOnce();
  } finally {
    await worker.stop();
  }
}

beforeAll(async () => {
  t = await freshDb();
  h = new Harness({ db: t.db, clock: new FakeClock(NOW), config: { adminIds: [7009] } });
  const user = (telegramId: number, locale: string, regionCode = "aktobe") => t.db.user.create({ data: { telegramId: BigInt(telegramId), locale, regionCode } });
  staffId = (await user(7001, "ru")).id;
  await t.db.roleGrant.create({ data: { userId: staffId, role: "staff", regionCode: "aktobe" } });
  const almatyId = (await user(7002, "en", "almaty")).id;
  await t.db.roleGrant.create({ data: { userId: almatyId, role: "staff", regionCode: "almaty" } });
  subscriberId = (await user(7003, "kk")).id;
  await t.db.subscription.create({ data: { userId: subscriberId, regionCode: "aktobe", topic: "events", createdAt: new Date(NOW.getTime() - 86_400_000) } });
  watcherId = (await user(7004, "en")).id;
  await user(7005, "ru");
  await user(7009, "ru");
  staff = h.user(7001, { language_code: "ru" });
  almatyStaff = h.user(7002, { language_code: "en" });
  subscriber = h.user(7003, { language_code: "kk" });
  watcher = h.user(7004, { language_code: "en" });
  outsider = h.user(7005, { language_code: "ru" });
  admin = h.user(7009, { language_code: "ru" });
});

afterAll(async () => {
  await t?.cleanup();
});

describe("events editor", () => {
  it("creates and publishes an event through the dialog; subscribers get the news", async () => {
    expect(texts(await staff.send("/events_admin")).join("\n")).toContain("Предстоящих мероприятий пока нет");
    await staff.press("Новое мероприятие");
    expect(staff.lastMessage()!.text).toContain("Какой это тип мероприятия?"); // one region: no region question
    await staff.pressData(editorDialogCb.pack("kind", "job_fair"));

    expect(texts(await staff.send("x".repeat(121))).join("\n")).toContain("не больше 120 символов");
    await staff.send("Ярмарка <молодёжи>");
    await staff.send("Работодатели Актобе и 300 вакансий.");
    // Another language: the Kazakh title; its description is skipped (the Russian one stands in).
    await staff.pressData(editorDialogCb.pack("lang", "kk"));
    await staff.send("Жастар жәрмеңкесі");
    await staff.pressData(editorDialogCb.pack("skip"));
    await staff.pressData(editorDialogCb.pack("lang", "done"));
    await staff.send("Дворец молодёжи");
    await staff.send("пр. Абилкайыр хана, 40");
    await staff.send("Актобе");

    expect(texts(await staff.send("here")).join("\n")).toContain("Нужна геоточка");
    expect(texts(await staff.sendLocation(55.75, 37.62)).join("\n")).toContain("за пределами Казахстана");
    await staff.sendLocation(50.28, 57.17);

    expect(texts(await staff.send("31.02 10:00")).join("\n")).toContain("такой даты нет");
    expect(texts(await staff.send("20.11.2026 10:00")).join("\n")).toContain("уже прошло");
    const confirm = texts(await staff.send("25.12 10:00")).join("\n");
    expect(confirm).toContain("Начало: <b>пт, 25 декабря 2026");
    expect(confirm).toContain("10:00</b> — верно?");
    await staff.pressData(editorDialogCb.pack("yes"));
    expect(texts(await staff.send("09:00")).join("\n")).toContain("окончание должно быть позже начала");
    await staff.send("16:00");
    await staff.pressData(editorDialogCb.pack("yes"));
    await staff.send("1 200");
    await staff.pressData(editorDialogCb.pack("skip"));

    const preview = staff.lastMessage()!.text;
    expect(preview).toContain("Предпросмотр");
    expect(preview).toContain("<b>Ярмарка &lt;молодёжи&gt;</b>");
    expect(preview).toContain("Дворец молодёжи, пр. Абилкайыр хана, 40, Ақтөбе");
    expect(preview).toMatch(/Ожидается вакансий: 1\s200/u);
    expect(await t.db.event.count()).toBe(0); // nothing written before the choice

    expect(texts(await staff.press("Опубликовать")).join("\n")).toContain("Новость получит 1 подписчик");
    event = await t.db.event.findFirstOrThrow();
    expect(event).toMatchObject({
      status: "published", regionCode: "aktobe", kind: "job_fair", titleRu: "Ярмарка <молодёжи>", titleKk: "Жастар жәрмеңкесі", descriptionKk: "",
      latitude: 50.28, longitude: 57.17, startsAt: local("2026-12-25T10:00"), endsAt: local("2026-12-25T16:00"), expectedVacancies: 1200, expectedEmployers: null,
      publishedAt: NOW, createdById: staffId,
    });
    expect(await t.db.auditLog.findMany({ select: { action: true, actorId: true } })).toEqual([{ action: "event.publish", actorId: staffId }]);

    expect(await drain()).toBe(1);
    const news = subscriber.lastMessage()!.text;
    expect(news).toContain("Жастар жәрмеңкесі"); // in the subscriber's language
  });

  it("lists the event with its status and shows the preview", async () => {
    await staff.send("/events_admin");
    expect(staff.lastMessage()!.text).toContain("опубликовано");
    expect(staff.buttons().at(-1)).toBe("‹ Панель сотрудника"); // every staff tool leads back to the panel
    await staff.press("Панель сотрудника");
    expect(staff.lastMessage()!.text).toContain("Панель сотрудника");
    await staff.send("/events_admin");
    await staff.pressData(editorCb.pack("open", event.id));
    expect(staff.lastMessage()!.text).toContain("Статус: ✅ опубликовано");
    await staff.press("Предпросмотр");
    expect(staff.lastMessage()!.text).toContain("Ярмарка &lt;молодёжи&gt;");
  });

  it("moving the event tells the watchers once, in their language", async () => {
    await t.db.watch.create({ data: { userId: watcherId, itemType: "event", itemId: event.id } });
    await staff.pressData(editorCb.pack("open", event.id));
    await staff.press("Изменить");
    expect(staff.lastMessage()!.text).toContain("Предпросмотр");
    await staff.press("Изменить поле");
    await staff.pressData(editorDialogCb.pack("field", "startsAt"));
    await staff.send("26.12 11:00");
    await staff.pressData(editorDialogCb.pack("yes"));
    // The old end (25.12 16:00) is before the new start: the end is asked again, no "Keep".
    expect(staff.lastMessage()!.text).toContain("Когда <b>окончание</b>?");
    expect(staff.lastMessage()!.keyboard).toBeUndefined();
    await staff.send("17:00");
    await staff.pressData(editorDialogCb.pack("yes"));
    expect(texts(await staff.press("Сохранить изменения")).join("\n")).toContain("Об изменении узнает 1 человек");

    const moved = await t.db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(moved).toMatchObject({ startsAt: local("2026-12-26T11:00"), endsAt: local("2026-12-26T17:00"), status: "published", publishedAt: NOW });
    const changed = await t.db.delivery.findMany({ where: { kind: "event_changed" } });
    expect(changed.map((d) => d.userId)).toEqual([watcherId]);
    expect(await drain()).toBe(1);
    const notice = watcher.lastMessage()!.text;
    expect(notice).toContain("New time");
    expect(notice).toMatch(/was: <s>[^<]*December 25[^<]*10:00/u);
    expect(notice).toMatch(/now: <b>[^<]*December 26[^<]*11:00/u);
  });

  it("refuses forged callbacks for another region's event: nothing changes", async () => {
    await almatyStaff.send("/events_admin");
    const msg = almatyStaff.lastMessage()!.messageId;
    expect(almatyStaff.lastMessage()!.text).not.toContain("Ярмарка");
    for (const data of [editorCb.pack("open", event.id), editorCb.pack("edit", event.id), editorCb.pack("cancel", event.id), editorCb.pack("cancelYes", event.id), editorCb.pack("rlist", "aktobe", 0)]) {
      expect(toasts(await almatyStaff.callback(msg, data))).toEqual(["This is outside your region — nothing was changed."]);
    }
    // Malformed data is "out of date", not an error.
    expect(texts(await almatyStaff.callback(msg, "ed1:open:abc")).join("\n")).toContain("out of date");
    const after = await t.db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(after.status).toBe("published");
    expect(after.updatedAt).toEqual(NOW);
    expect(await t.db.auditLog.count({ where: { action: "event.cancel" } })).toBe(0);
  });

  it("an admin moves the event to another region: its subscribers get the news, the first region's nothing twice", async () => {
    const almatyFan = await t.db.user.create({ data: { telegramId: 7006n, locale: "en", regionCode: "almaty" } });
    const fan = h.user(7006, { language_code: "en" });
    await t.db.subscription.create({ data: { userId: almatyFan.id, regionCode: "almaty", topic: "events", createdAt: new Date(NOW.getTime() - 86_400_000) } });
    const moveTo = async (region: string) => {
      await admin.send("/events_admin");
      await admin.pressData(editorCb.pack("open", event.id));
      await admin.press("Изменить");
      await admin.press("Изменить поле");
      await admin.pressData(editorDialogCb.pack("field", "region"));
      await admin.pressData(editorDialogCb.pack("region", region));
      return texts(await admin.press("Сохранить изменения")).join("\n");
    };
    expect(await moveTo("almaty")).toContain("Об изменении узнает 1 человек");
    expect((await t.db.event.findUniqueOrThrow({ where: { id: event.id } })).regionCode).toBe("almaty");
    expect(await drain()).toBe(1);
    expect(fan.lastMessage()!.text).toContain("<b>New event</b>: «Ярмарка &lt;молодёжи&gt;»");
    // Back to Aktobe: its subscriber was told when it was published there, and is not told again.
    expect(await moveTo("aktobe")).toContain("Сообщать никому не нужно");
    expect(await t.db.delivery.count({ where: { kind: "event_new", userId: subscriberId } })).toBe(1);
    expect((await t.db.event.findUniqueOrThrow({ where: { id: event.id } })).regionCode).toBe("aktobe");
  });

  it("refuses a non-staff user", async () => {
    expect(texts(await outsider.send("/events_admin"))).toEqual(["Это доступно только сотрудникам региона."]);
    await outsider.send("/menu");
    const msg = outsider.lastMessage()!.messageId;
    expect(toasts(await outsider.callback(msg, editorCb.pack("new")))).toEqual(["Это доступно только сотрудникам региона."]);
    expect(toasts(await outsider.callback(msg, editorCb.pack("cancelYes", event.id)))).toEqual(["Это доступно только сотрудникам региона."]);
    expect((await t.db.event.findUniqueOrThrow({ where: { id: event.id } })).status).toBe("published");
  });

  it("cancels after confirmation; watchers are told at once", async () => {
    await staff.pressData(editorCb.pack("open", event.id));
    await staff.press("Отменить мероприятие");
    expect(staff.lastMessage()!.text).toContain("Отменить «Ярмарка &lt;молодёжи&gt;»?");
    const calls = await staff.press("Да, отменить");
    expect(toasts(calls).join("\n")).toContain("Уведомление получит 1 человек");
    expect(staff.lastMessage()!.text).toContain("отменено");
    expect(staff.buttons().some((b) => b.includes("Изменить"))).toBe(false);
    expect((await t.db.event.findUniqueOrThrow({ where: { id: event.id } })).status).toBe("cancelled");
    const d = await t.db.delivery.findFirstOrThrow({ where: { kind: "event_cancelled" } });
    expect(d).toMatchObject({ userId: watcherId, urgent: true });
    expect(await drain()).toBe(1);
    expect(watcher.lastMessage()!.text).toContain("<b>Cancelled</b>");
    // A late press of the old confirmation changes nothing more.
    expect(toasts(await staff.callback(staff.lastMessage()!.messageId, editorCb.pack("cancelYes", event.id)))).toEqual(["Мероприятие отменено, изменить его уже нельзя."]);
  });

  it("admins see every region, filter by one, and choose the region of a new event", async () => {
    await admin.send("/events_admin");
    expect(admin.lastMessage()!.text).toContain("Все мои регионы");
    expect(admin.buttons()).toEqual(expect.arrayContaining(["1", "✅ Все мои регионы", "город Алматы"]));
    await admin.pressData(editorCb.pack("rlist", "almaty", 0));
    expect(admin.lastMessage()!.text).toContain("Редактор мероприятий</b> — город Алматы");
    expect(admin.lastMessage()!.text).toContain("пока нет");
    await admin.press("Новое мероприятие");
    expect(admin.lastMessage()!.text).toContain("В каком регионе проходит мероприятие?");
    await admin.pressData(editorDialogCb.pack("region", "almaty"));
    expect(admin.lastMessage()!.text).toContain("Какой это тип мероприятия?");
    expect(texts(await admin.send("/cancel")).join("\n")).not.toContain("Какой");
  });

  it("saves a draft nobody sees, then publishes it from its card", async () => {
    await staff.send("/events_admin");
    await staff.press("Новое мероприятие");
    await staff.pressData(editorDialogCb.pack("kind", "masterclass"));
    await staff.send("Мастер-класс сварщиков");
    await staff.send("Практика на оборудовании колледжа.");
    await staff.pressData(editorDialogCb.pack("lang", "done"));
    for (const text of ["Колледж", "ул. Маресьева, 1", "Актобе"]) await staff.send(text);
    await staff.pressData(editorDialogCb.pack("skip"));
    await staff.send("28.12 10:00");
    await staff.pressData(editorDialogCb.pack("yes"));
    await staff.send("12:00");
    await staff.pressData(editorDialogCb.pack("yes"));
    await staff.pressData(editorDialogCb.pack("skip"));
    await staff.pressData(editorDialogCb.pack("skip"));
    expect(texts(await staff.press("Сохранить черновик")).join("\n")).toContain("Черновик сохранён");
    const draft = await t.db.event.findFirstOrThrow({ where: { kind: "masterclass" } });
    expect(draft).toMatchObject({ status: "draft", publishedAt: null });
    expect(await t.db.delivery.count({ where: { ref: `event:${draft.id}` } })).toBe(0);

    await staff.pressData(editorCb.pack("open", draft.id));
    expect(staff.lastMessage()!.text).toContain("черновик");
    await staff.press("Изменить");
    expect(texts(await staff.press("Опубликовать")).join("\n")).toContain("Новость получит 1 подписчик");
    expect(await t.db.event.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: "published", publishedAt: NOW });
    expect(await t.db.delivery.findMany({ where: { ref: `event:${draft.id}` }, select: { kind: true, userId: true } })).toEqual([{ kind: "event_new", userId: subscriberId }]);
  });

  it("lets staff go back and forth longer than a jobseeker's dialog, and still closes a runaway one", async () => {
    await staff.send("/events_admin");
    await staff.press("Новое мероприятие");
    await staff.pressData(editorDialogCb.pack("kind", "forum"));
    // Title too long, again and again: each answer explains, the dialog stays open past MAX_UPDATES.
    for (let i = 0; i < MAX_UPDATES + 9; i++) await staff.send("x".repeat(121));
    expect(texts(await staff.send("x".repeat(121))).join("\n")).toContain("не больше 120 символов");
    // The kind button was update 1, so far MAX_UPDATES + 11: up to STAFF_MAX_UPDATES are answered.
    for (let i = MAX_UPDATES + 11; i < STAFF_MAX_UPDATES - 1; i++) await staff.send("x".repeat(121));
    expect(texts(await staff.send("x".repeat(121))).join("\n")).toContain("не больше 120 символов");
    expect(texts(await staff.send("x".repeat(121)))).toEqual([expect.stringContaining("Редактирование затянулось")]);
    expect(await t.db.conversationState.count({ where: { key: { contains: "7001" } } })).toBe(0);
  });

  it("refuses the write when the role was revoked mid-dialog", async () => {
    await staff.send("/events_admin");
    await staff.press("Новое мероприятие");
    await staff.pressData(editorDialogCb.pack("kind", "forum"));
    await staff.send("Форум");
    await staff.send("Описание");
    await staff.pressData(editorDialogCb.pack("lang", "done"));
    for (const text of ["Место", "Адрес", "Актобе"]) await staff.send(text);
    await staff.pressData(editorDialogCb.pack("skip"));
    await staff.send("27.12.2026 10:00");
    await staff.pressData(editorDialogCb.pack("yes"));
    await staff.send("12:00");
    await staff.pressData(editorDialogCb.pack("yes"));
    await staff.pressData(editorDialogCb.pack("skip"));
    await staff.pressData(editorDialogCb.pack("skip"));
    await t.db.roleGrant.updateMany({ where: { userId: staffId }, data: { revokedAt: NOW } });
    expect(texts(await staff.press("Опубликовать")).join("\n")).toContain("Это вне вашего региона — ничего не изменено.");
    expect(await t.db.event.count()).toBe(2);
  });
});
