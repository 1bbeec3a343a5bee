// fitHtml: over-long screens are cut so Telegram still accepts them (checked with the local
// Bot API's HTML parser), and a vacancy card with a huge employer text still opens.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fitHtml } from "../src/bot/ui.ts";
import { formatText } from "../src/dev/bot-api/formatting/index.ts";
import { BotApiError } from "../src/dev/bot-api/errors.ts";
import { buildSearchText } from "../src/domain/search.ts";
import { freshDb, type TestDb } from "./support/db.ts";
import { Harness, texts } from "./support/harness.ts";

/** What Telegram keeps of an HTML text; throws as Telegram would reject it. */
function parsed(html: string): string {
  return formatText(html, {
    parseMode: "HTML",
    maxLength: 4096,
    emptyError: () => new BotApiError(400, "empty"),
    tooLongError: () => new BotApiError(400, "too long"),
  }).text;
}

describe("fitHtml", () => {
  it("leaves texts within the limit alone", () => {
    const html = `<b>${"a".repeat(4089)}</b>`;
    expect(fitHtml(html)).toBe(html);
  });

  it("cuts without splitting tags, entities or emoji and closes what is open", () => {
    const cases = [
      `<b>Title</b>\n<i>${"Tom &amp; Jerry &lt;x&gt; ".repeat(400)}</i>\n<b>end</b>`,
      `<a href="https://example.kz">${"ссылка ".repeat(700)}</a>`,
      "😀".repeat(3000),
      `<b><i>${"&amp;".repeat(2000)}</i></b>`,
    ];
    for (const html of cases) {
      const fitted = fitHtml(html);
      expect(fitted.length).toBeLessThanOrEqual(4096);
      expect(fitted.length).toBeGreaterThan(4000);
      expect(fitted).toMatch(/…(<\/\w+>)*$/);
      expect(() => parsed(fitted)).not.toThrow();
    }
    expect(fitHtml("<b>ab</b>cdef<i>gh</i>", 12)).toBe("<b>ab</b>cd…");
    expect(fitHtml("<b>ab</b>cdef<i>gh</i>", 8)).toBe("<b>…</b>");
  });
});

describe("a card longer than a message", () => {
  let t: TestDb;
  let h: Harness;
  let vacancyId = 0;
  beforeAll(async () => {
    t = await freshDb();
    h = new Harness({ db: t.db });
    const employer = await t.db.employer.create({
      data: { externalId: "emp-long", regionCode: "aktobe", name: "Long & Co", sector: "oil_gas", aboutRu: "Мы <лучшие> & надёжные. ".repeat(250) },
    });
    const vacancy = await t.db.vacancy.create({
      data: {
        externalId: "vac-long", employerId: employer.id, regionCode: "aktobe", titleRu: "Сварщик", sector: "oil_gas",
        postedAt: new Date(Date.now() - 86_400_000), expiresAt: new Date(Date.now() + 30 * 86_400_000), searchText: buildSearchText("Сварщик"),
      },
    });
    vacancyId = vacancy.id;
    await t.db.user.create({ data: { telegramId: 7n, locale: "ru", regionCode: "aktobe" } });
  });
  afterAll(() => t.cleanup());

  it("is cut to fit instead of being rejected by Telegram", async () => {
    const u = h.user(7);
    const calls = await u.send(`/start vacancy_${vacancyId}`);
    expect(calls.filter((c) => c.error)).toEqual([]);
    const [card] = texts(calls);
    expect(card).toContain("<b>Сварщик</b>");
    expect(card).toMatch(/…<\/i>$/);
  });
});
