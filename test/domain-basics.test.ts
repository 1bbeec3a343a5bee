import { describe, expect, it } from "vitest";
import { buildSearchText, normalizeForSearch, searchTerms } from "../src/domain/search.ts";
import { formatDateTime, formatDateRange, formatKzt } from "../src/domain/format.ts";
import { clampPage, paginate } from "../src/domain/paging.ts";
import { localeFromTelegram, pickText, tr } from "../src/domain/locale.ts";

describe("search normalisation", () => {
  it("folds Cyrillic case and Kazakh letters", () => {
    expect(normalizeForSearch("СВАРЩИК")).toBe("сварщик");
    expect(normalizeForSearch("Дәнекерлеуші")).toBe(normalizeForSearch("данекерлеуши"));
    expect(normalizeForSearch("Қазақстан Ұлытау Өскемен Үй Ғылым Һ Ң")).toBe("казакстан улытау оскемен уи гылым х н");
    expect(normalizeForSearch("Ёлка")).toBe("елка");
    expect(normalizeForSearch("Café — Welder!")).toBe("cafe welder");
  });

  it("builds padded text that contains every normalised term", () => {
    const text = buildSearchText("Электрогазосварщик", null, "Дәнекерлеуші", "Welder");
    for (const q of ["сварщик", "ДӘНЕКЕР", "данекер", "WELD"]) {
      for (const term of searchTerms(q)) expect(text).toContain(term);
    }
  });

  it("keeps at most 5 distinct terms of 2+ characters", () => {
    expect(searchTerms("a b сварщик сварщик 🙂 <b>")).toEqual(["сварщик"]);
    expect(searchTerms("🙂🙂🙂 !!!")).toEqual([]);
    expect(searchTerms("one two three four five six seven")).toHaveLength(5);
    expect(searchTerms("x".repeat(5000))).toEqual(["x".repeat(5000)]);
  });
});

describe("formatting in UTC+5", () => {
  const at = new Date("2026-12-05T05:00:00Z"); // 10:00 in Kazakhstan
  it("shows Kazakhstan time in each language", () => {
    expect(formatDateTime(at, "ru")).toContain("10:00");
    expect(formatDateTime(at, "ru")).toContain("декабря");
    expect(formatDateTime(at, "kk")).toContain("желтоқсан");
    expect(formatDateTime(at, "en")).toContain("December");
    expect(formatDateTime(at, "en")).toContain("10:00");
  });
  it("shortens same-day ranges", () => {
    expect(formatDateRange(at, new Date("2026-12-05T11:00:00Z"), "en")).toMatch(/10:00 – 16:00$/);
    // 23:30 UTC is already the next day in Kazakhstan.
    expect(formatDateRange(at, new Date("2026-12-05T23:30:00Z"), "en")).toContain("December 6");
  });
  it("formats tenge", () => {
    expect(formatKzt(250000, "ru").replace(/\s/g, " ")).toBe("250 000 ₸");
    expect(formatKzt(250000, "en")).toBe("250,000 ₸");
  });
});

describe("paging", () => {
  it("clamps forged and stale pages", () => {
    expect(clampPage(999, 12)).toEqual({ page: 2, pages: 3, skip: 10 });
    expect(clampPage(-5, 12)).toEqual({ page: 0, pages: 3, skip: 0 });
    expect(clampPage(0, 0)).toEqual({ page: 0, pages: 1, skip: 0 });
  });
  it("paginates with one count and one fetch", async () => {
    const rows = Array.from({ length: 12 }, (_, i) => i);
    const p = await paginate(7, async () => rows.length, async (skip, take) => rows.slice(skip, skip + take));
    expect(p).toEqual({ items: [10, 11], page: 2, pages: 3, total: 12 });
  });
});

describe("locale", () => {
  it("falls back between translations", () => {
    expect(pickText({ kk: "", ru: "Сварщик", en: "Welder" }, "kk")).toBe("Сварщик");
    expect(pickText({ kk: "Дәнекерлеуші", ru: null, en: "" }, "en")).toBe("Дәнекерлеуші");
    expect(tr({ titleKk: "Қ", titleRu: "Р", titleEn: " " }, "title", "en")).toBe("Р");
  });
  it("maps Telegram language codes", () => {
    expect(localeFromTelegram("ru-RU")).toBe("ru");
    expect(localeFromTelegram("kk")).toBe("kk");
    expect(localeFromTelegram("uz")).toBeNull();
    expect(localeFromTelegram(undefined)).toBeNull();
  });
});

describe("cities", async () => {
  const { cityName } = await import("../src/domain/cities.ts");
  it("shows a known city in the reader's language, whatever spelling is stored", () => {
    expect(cityName("Қарағанды", "ru")).toBe("Караганда");
    expect(cityName("Караганда", "kk")).toBe("Қарағанды");
    expect(cityName("Oskemen", "ru")).toBe("Усть-Каменогорск");
    expect(cityName("Жаңа ауыл", "en")).toBe("Жаңа ауыл");
  });
});
