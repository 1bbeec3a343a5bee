import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coursesCb } from "../src/bot/features/courses/callbacks.ts";
import { eventsCb } from "../src/bot/features/events/callbacks.ts";
import { subscriptionsCb } from "../src/bot/features/subscriptions/callbacks.ts";
import { buildSearchText } from "../src/domain/search.ts";
import { FakeClock } from "./support/clock.ts";
import { freshDb, type TestDb } from "./support/db.ts";
import { Harness, texts } from "./support/harness.ts";

const NOW = new Date("2026-11-02T06:00:00Z");
let t: TestDb;
let h: Harness;
let me: number; // telegram 7, ru, Aktobe
let eventId: number;
let courseId: number;

beforeAll(async () => {
  t = await freshDb();
  h = new Harness({ db: t.db, clock: new FakeClock(NOW) });
  me = (await t.db.user.create({ data: { telegramId: 7n, locale: "ru", regionCode: "aktobe" } })).id;
  await t.db.user.create({ data: { telegramId: 8n, locale: "en", regionCode: "aktobe" } });
  await t.db.user.create({ data: { telegramId: 9n, locale: "kk", regionCode: "atyrau" } });
  eventId = (
    await t.db.event.create({
      data: {
        externalId: "ev-1", kind: "job_fair", regionCode: "aktobe", titleRu: "Ярмарка вакансий Актобе", city: "Актобе",
        startsAt: new Date("2026-11-20T05:00:00Z"), endsAt: new Date("2026-11-20T09:00:00Z"), searchText: buildSearchText("Ярмарка вакансий Актобе"),
      },
    })
  ).id;
  const provider = await t.db.provider.create({ data: { externalId: "p-1", nameRu: "Актюбинский колледж" } });
  courseId = (
    await t.db.course.create({
      data: {
        externalId: "c-1", regionCode: "aktobe", providerId: provider.id, titleRu: "Сварщик", sector: "construction", format: "offline",
        durationWeeks: 4, startsAt: new Date("2026-12-01T04:00:00Z"), registrationDeadline: new Date("2026-11-25T18:00:00Z"),
        capacity: 10, searchText: buildSearchText("Сварщик"),
      },
    })
  ).id;
});
afterAll(() => t.cleanup());

const subsOf = (userId: number) => t.db.subscription.findMany({ where: { userId }, orderBy: { id: "asc" } });

describe("subscribing", () => {
  it("the main menu has the entry; /subscriptions opens the screen with the own region first", async () => {
    const u = h.user(7);
    await u.send("/menu");
    expect(u.buttons()).toContain("🔔 Подписки");
    await u.send("/subscriptions");
    expect(u.lastMessage()!.text).toContain("Подписок пока нет");
    expect(u.buttons()).toContain("➕ Подписаться: Актюбинская область");
  });

  it("toggles topics of the own region and opens a subscription's settings", async () => {
    const u = h.user(7);
    await u.press("➕ Подписаться: Актюбинская область");
    expect(u.buttons()).toContain("➕ 💼 Вакансии");
    await u.press("➕ 💼 Вакансии");
    expect(u.buttons()).toContain("✅ 💼 Вакансии");
    await u.press("➕ 📅 Ярмарки и события");
    await u.press("✅ 📅 Ярмарки и события"); // off again
    expect((await subsOf(me)).map((s) => `${s.regionCode}/${s.topic}/${s.frequency}`)).toEqual(["aktobe/vacancies/instant"]);

    await u.press("⚙️ Настроить");
    expect(u.lastMessage()!.text).toContain("Как часто: сразу");
    await u.press("📰 Сводка раз в день");
    expect(u.buttons()).toContain("✅ 09:00");
    await u.press("18:00");
    await u.press("🏭 Отрасль: любая");
    await u.press("IT");
    await u.press("⬜ Только рабочие профессии");
    expect(u.lastMessage()!.text).toContain("Только рабочие профессии: да");
    expect(u.lastMessage()!.text).toContain("Отрасль: IT");
    expect(await subsOf(me)).toMatchObject([{ frequency: "daily", digestHour: 18, sector: "it", workingOnly: true }]);
  });

  it("subscribes in another region and lists both with their settings", async () => {
    const u = h.user(7);
    await u.press("⬅️ Мои подписки");
    await u.press("🌍 Другой регион");
    expect(u.buttons()[0]).toBe("📍 Актюбинская область");
    await u.press("Атырауская область");
    await u.press("➕ 🏫 Приём в колледжи");
    await u.press("⬅️ Мои подписки");
    const text = u.lastMessage()!.text;
    expect(text).toContain("1. 📍 Актюбинская область — 💼 Вакансии\n    📰 раз в день в 18:00 · отрасль: IT · только рабочие профессии");
    expect(text).toContain("2. 📍 Атырауская область — 🏫 Приём в колледжи\n    ⚡ сразу");
    expect(text).toContain("🌙 Тихие часы: 22:00–08:00");
  });

  it("speaks Kazakh and English too", async () => {
    await h.user(9).send("/subscriptions");
    expect(h.user(9).lastMessage()!.text).toContain("Жазылымдар");
    expect(h.user(9).buttons()).toContain("➕ Жазылу: Атырау облысы");
    await h.user(8).send("/subscriptions");
    expect(h.user(8).buttons()).toContain("🌙 Quiet hours");
  });
});

describe("forged buttons change nothing", () => {
  it("another user's subscription id is refused", async () => {
    const [mine] = await subsOf(me);
    const other = h.user(8);
    await other.send("/subscriptions");
    const msg = other.lastMessage()!.messageId;
    for (const data of [
      subscriptionsCb.pack("freq", mine!.id, "instant"),
      subscriptionsCb.pack("hour", mine!.id, 8),
      subscriptionsCb.pack("sector", mine!.id, "any"),
      subscriptionsCb.pack("working", mine!.id, 0),
      subscriptionsCb.pack("del", mine!.id),
      subscriptionsCb.pack("sub", mine!.id),
    ]) {
      const calls = await other.callback(msg, data);
      expect(calls.some((c) => c.method === "answerCallbackQuery" && String(c.params.text).includes("no longer exists"))).toBe(true);
      expect(texts(calls).join()).not.toContain("Актюбинская область — 💼");
    }
    expect(await subsOf(me)).toMatchObject([{ id: mine!.id, frequency: "daily", digestHour: 18, sector: "it", workingOnly: true }, {}]);
  });

  it("unknown region, topic, hour, sector, frequency or preset: 'button out of date', no rows", async () => {
    const u = h.user(8);
    const [mine] = await subsOf(me);
    const msg = u.lastMessage()!.messageId;
    for (const data of ["s1:toggle:atlantis:vacancies", "s1:toggle:aktobe:weather", "s1:region:atlantis", `s1:hour:${mine!.id}:3`, `s1:freq:${mine!.id}:hourly`, `s1:sector:${mine!.id}:astrology`, `s1:working:${mine!.id}:7`, "s1:quietset:q99", "s1:toggle:aktobe"]) {
      const calls = await u.callback(msg, data);
      expect(texts(calls).join(), data).toContain("out of date");
    }
    expect(await t.db.subscription.count({ where: { user: { telegramId: 8n } } })).toBe(0);
    expect(await t.db.user.findUniqueOrThrow({ where: { telegramId: 8n } })).toMatchObject({ quietFrom: 22, quietTo: 8 });
    expect(await subsOf(me)).toMatchObject([{ frequency: "daily", digestHour: 18 }, {}]);
  });

  it("a sector filter forged onto a non-vacancy subscription is refused", async () => {
    const u = h.user(7);
    const admission = (await subsOf(me))[1]!;
    await u.callback(u.lastMessage()!.messageId, subscriptionsCb.pack("sector", admission.id, "it"));
    expect(await t.db.subscription.findUniqueOrThrow({ where: { id: admission.id } })).toMatchObject({ sector: null });
  });
});

describe("quiet hours", () => {
  it("are set from the settings screen with presets", async () => {
    const u = h.user(7);
    await u.send("/settings");
    await u.press("🌙 Тихие часы");
    expect(u.buttons()).toContain("✅ 🌙 22:00–08:00");
    await u.press("23:00–07:00");
    expect(await t.db.user.findUniqueOrThrow({ where: { id: me } })).toMatchObject({ quietFrom: 23, quietTo: 7 });
    expect(u.buttons()).toContain("✅ 🌙 23:00–07:00");
    await u.press("🔔 Выключить");
    expect(u.lastMessage()!.text).toContain("Тихие часы: выключены");
    expect(await t.db.user.findUniqueOrThrow({ where: { id: me } })).toMatchObject({ quietFrom: 0, quietTo: 0 });
  });
});

describe("remind me", () => {
  it("toggles a Watch on an event card", async () => {
    const u = h.user(7);
    await u.send("/menu");
    await u.pressData(eventsCb.pack("list", "my", 0));
    await u.press("1");
    await u.press("🔔 Напомнить");
    expect(u.buttons()).toContain("🔕 Не напоминать");
    expect(await t.db.watch.findMany({ where: { userId: me }, select: { itemType: true, itemId: true } })).toEqual([{ itemType: "event", itemId: eventId }]);
    await u.press("🔕 Не напоминать");
    expect(u.buttons()).toContain("🔔 Напомнить");
    expect(await t.db.watch.count({ where: { userId: me } })).toBe(0);
  });

  it("refuses a forged event id and a bad on/off", async () => {
    const u = h.user(7);
    const msg = u.lastMessage()!.messageId;
    await u.callback(msg, eventsCb.pack("remind", 99_999, 1, "my", 0));
    const calls = await u.callback(msg, `e1:remind:${eventId}:5:my:0`);
    expect(texts(calls).join()).toContain("кнопка устарела");
    expect(await t.db.watch.count()).toBe(0);
  });

  it("toggles a Watch on an open course card, keeping the list context", async () => {
    const u = h.user(7);
    await u.send("/menu");
    await u.pressData(coursesCb.pack("list", "any", "any", "any", 0));
    await u.press("1");
    await u.press("🔔 Напомнить");
    expect(await t.db.watch.findMany({ where: { userId: me }, select: { itemType: true, itemId: true } })).toEqual([{ itemType: "course", itemId: courseId }]);
    expect(u.buttons()).toContain("🔕 Не напоминать");
    // "back" still leads to the list the card was opened from
    const data = u.lastMessage()!.keyboard!.inline_keyboard.flat().map((b) => ("callback_data" in b ? b.callback_data : ""));
    expect(data).toContain(coursesCb.pack("list", "any", "any", "any", 0));
    await u.callback(u.lastMessage()!.messageId, eventsCb.pack("remind", eventId, 1, "my", 0));
    expect(await t.db.watch.count({ where: { userId: me } })).toBe(2);
  });
});

describe("/stop", () => {
  it("removes every subscription and reminder in one step and says what", async () => {
    const u = h.user(7);
    const calls = await u.send("/stop");
    const text = texts(calls).join();
    expect(text).toContain("Готово: вы отписаны от всего");
    expect(text).toContain("• 📍 Актюбинская область — 💼 Вакансии");
    expect(text).toContain("• 📍 Атырауская область — 🏫 Приём в колледжи");
    expect(text).toContain("напоминания о 2 событиях и курсах");
    expect(await t.db.subscription.count({ where: { userId: me } })).toBe(0);
    expect(await t.db.watch.count({ where: { userId: me } })).toBe(0);
    expect(texts(await u.send("/stop")).join()).toContain("удалять нечего");
  });
});
