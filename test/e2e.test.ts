// End to end: the bot long-polls a local Bot API server over HTTP (apiRoot), exactly as it
// would poll Telegram; a simulated person completes onboarding and opens a fair card.
import { run, type RunnerHandle } from "@grammyjs/runner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../src/bot/index.ts";
import { registerCommands } from "../src/bot/commands.ts";
import { parseConfig } from "../src/config.ts";
import { createLogger } from "../src/logger.ts";
import { buildSearchText } from "../src/domain/search.ts";
import { startLocalBotApi, type LocalBotApi } from "../src/dev/bot-api/index.ts";
import type { RecordedMessage } from "../src/dev/bot-api/state.ts";
import { freshDb, type TestDb } from "./support/db.ts";

let t: TestDb;
let api: LocalBotApi;
let runner: RunnerHandle;
const USER = 555;
const DAY = 24 * 3600 * 1000;

beforeAll(async () => {
  t = await freshDb();
  const startsAt = new Date(Date.now() + 3 * DAY);
  startsAt.setUTCHours(5, 0, 0, 0); // 10:00 in Kazakhstan
  await t.db.event.create({
    data: {
      externalId: "e2e-fair",
      regionCode: "turkistan",
      kind: "job_fair",
      titleKk: "Мамандықтар жәрмеңкесі",
      titleRu: "Ярмарка профессий",
      titleEn: "Fair of Professions",
      venue: "Дворец молодёжи",
      address: "пр. Тауке хана, 1",
      city: "Туркестан",
      latitude: 43.2973,
      longitude: 68.2517,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 6 * 3600 * 1000),
      expectedVacancies: 1500,
      expectedEmployers: 60,
      status: "published",
      searchText: buildSearchText("Ярмарка профессий", "Мамандықтар жәрмеңкесі", "Fair of Professions"),
    },
  });
  api = await startLocalBotApi();
  const config = { ...parseConfig({ LOG_LEVEL: "silent" }), apiRoot: api.apiRoot };
  const bot = createBot("123456:E2E-TOKEN-aaaaaaaaaaaaaaaaaaaaaaa", {
    db: t.db,
    logger: createLogger("silent"),
    config,
    clock: { now: () => new Date() },
  });
  await bot.init();
  await registerCommands(bot.api);
  runner = run(bot, { runner: { fetch: { timeout: 1 } } });
  api.addUser({ id: USER, first_name: "Айгерим", language_code: "ru" });
});

afterAll(async () => {
  if (runner?.isRunning()) await runner.stop();
  await api?.close();
  await t?.cleanup();
});

function buttonData(msg: RecordedMessage, label: string): string {
  const markup = msg.replyMarkup as { inline_keyboard?: Array<Array<{ text: string; callback_data?: string }>> } | undefined;
  const button = markup?.inline_keyboard?.flat().find((b) => b.text.includes(label));
  if (!button?.callback_data) throw new Error(`no button "${label}" in: ${msg.text}`);
  return button.callback_data;
}

async function press(msg: RecordedMessage, label: string): Promise<RecordedMessage> {
  const next = api.waitForBotMessage(USER);
  api.pressButton(USER, msg.message_id, buttonData(msg, label));
  return next;
}

describe("end to end over HTTP long polling", () => {
  it("registers the command menu per language", () => {
    expect(api.commandsFor({ type: "default" }, "ru").map((c) => c.command)).toContain("language");
  });

  it("onboards a new user and opens a fair card", async () => {
    let msg = api.waitForBotMessage(USER).then((m) => m);
    api.sendText(USER, "/start");
    let current = await msg;
    expect(current.text).toContain("Выберите язык");

    current = await press(current, "Русский");
    expect(current.text).toContain("В каком регионе");

    current = await press(current, "Туркестанская область");
    expect(current.text).toContain("Ваш регион: Туркестанская область");

    current = await press(current, "Ярмарки");
    expect(current.text).toContain("Ярмарка профессий");

    current = await press(current, "1"); // the numbered button of the first fair
    expect(current.text).toContain("Ярмарка профессий");
    expect(current.text).toContain("Дворец молодёжи");
    expect(current.text).toContain("10:00");
    expect(current.text).toMatch(/1[\s\u00a0]?500/);

    const pin = await press(current, "карте");
    expect(pin.venue).toMatchObject({ title: "Ярмарка профессий", location: { latitude: 43.2973, longitude: 68.2517 } });
    const file = await press(current, "календар");
    expect(file.document?.file_name).toMatch(/^event-\d+\.ics$/);
    expect(api.sentFiles(USER).at(-1)!.content.toString("utf8")).toContain("BEGIN:VCALENDAR");

    const user = await t.db.user.findUniqueOrThrow({ where: { telegramId: BigInt(USER) } });
    expect(user).toMatchObject({ locale: "ru", regionCode: "turkistan" });
    // Every button press was answered.
    expect(api.callbackAnswers.length).toBeGreaterThanOrEqual(4);
  });
});
