import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "./support/db.ts";
import { Harness, texts } from "./support/harness.ts";

let t: TestDb;
let h: Harness;
beforeAll(async () => {
  t = await freshDb();
  h = new Harness({ db: t.db });
});
afterAll(() => t.cleanup());

describe("onboarding", () => {
  it("asks the language in all three languages, preselecting Telegram's", async () => {
    const u = h.user(1, { language_code: "ru" });
    const calls = await u.send("/start");
    expect(texts(calls)[0]).toContain("Тілді таңдаңыз");
    expect(texts(calls)[0]).toContain("Choose your language");
    expect(u.buttons()[0]).toBe("🇷🇺 Русский ✓");
  });

  it("then the region, in the chosen language, then the main menu", async () => {
    const u = h.user(2, { language_code: "en" });
    await u.send("/start");
    await u.press("Қазақша");
    expect(u.lastMessage()!.text).toContain("Қай өңірде");
    expect(u.buttons()).toContain("Түркістан облысы");
    await u.press("Түркістан облысы");
    expect(u.lastMessage()!.text).toContain("Түркістан облысы");
    expect(u.buttons()).toContain("💼 Бос жұмыс орындары");
    const row = await t.db.user.findUniqueOrThrow({ where: { telegramId: 2n } });
    expect(row).toMatchObject({ locale: "kk", regionCode: "turkistan" });
  });

  it("a returning user goes straight to the menu, and /language changes the language", async () => {
    const u = h.user(2);
    await u.send("/start");
    expect(u.lastMessage()!.text).toContain("Қайта қош келдіңіз");
    await u.send("/language");
    await u.press("English");
    expect(u.lastMessage()!.text).toContain("Your region: <b>Turkistan Region</b>");
  });

  it("a section that needs the region asks for it, then opens with the region chosen", async () => {
    for (const [id, section, title] of [
      [4, "🛠 Курстар", "Қысқа мерзімді курстар</b> · Ақтөбе облысы"],
      [5, "💼 Бос жұмыс орындары", "Бос жұмыс орындары</b> · Ақтөбе облысы"],
      [6, "📅 Жәрмеңкелер мен іс-шаралар", "Жәрмеңкелер мен іс-шаралар</b> · Ақтөбе облысы"],
    ] as const) {
      const u = h.user(id, { language_code: "kk" });
      await u.send("/start");
      await u.press("Қазақша");
      await u.send("/menu"); // the region picker left unanswered
      await u.press(section);
      expect(u.lastMessage()!.text).toContain("Қай өңірде");
      await u.press("Ақтөбе облысы");
      expect(u.lastMessage()!.text).toContain(title);
      expect(await t.db.user.findUniqueOrThrow({ where: { telegramId: BigInt(id) } })).toMatchObject({ regionCode: "aktobe" });
    }
  });

  it("answers forged or stale buttons with the menu, and never stays silent", async () => {
    const u = h.user(3, { language_code: "ru" });
    await u.send("/start");
    const forged = await u.callback(1, "o1:region:nowhere");
    expect(forged.some((c) => c.method === "answerCallbackQuery")).toBe(true);
    expect(texts(forged).join()).toContain("кнопка устарела");
    for (const data of ["o1:regionThen:aktobe:nowhere", "o1:regionThen:nowhere:courses"]) {
      expect(texts(await u.callback(1, data)).join()).toContain("кнопка устарела");
    }
    const garbage = await u.callback(1, "zz:??");
    expect(texts(garbage).join()).toContain("кнопка устарела");
    expect(await t.db.user.findUniqueOrThrow({ where: { telegramId: 3n } })).toMatchObject({ regionCode: null });
  });

  it("registers the command menu in every language", async () => {
    const { registerCommands } = await import("../src/bot/commands.ts");
    const start = h.calls.length;
    await registerCommands(h.bot.api);
    const calls = h.callsSince(start).filter((c) => c.method === "setMyCommands");
    expect(calls.map((c) => c.params.language_code)).toEqual(["kk", "ru", "en", undefined]);
    expect(calls[0]!.params.commands[0]).toEqual({ command: "start", description: "Бастау" });
  });
});
