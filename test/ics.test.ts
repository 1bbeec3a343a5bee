import { describe, expect, it } from "vitest";
import { buildEventIcs, eventUid, foldOctets, type IcsEvent } from "../src/domain/ics.ts";

const FAIR: IcsEvent = {
  id: 12,
  titleKk: "Жұмысшы мамандықтар жәрмеңкесі — «Mamandyk Fest», Түркістан қаласы, 2026 жыл",
  titleRu: "Ярмарка рабочих профессий «Mamandyk Fest»",
  titleEn: "",
  descriptionKk: "",
  descriptionRu: "Более 1 500 вакансий; приходите с резюме.\nВход свободный.",
  descriptionEn: "",
  venue: "Дворец культуры",
  address: "пр. Тауке хана, 1",
  city: "Туркестан",
  latitude: 43.2975,
  longitude: 68.2517,
  startsAt: new Date("2026-12-05T05:00:00Z"),
  endsAt: new Date("2026-12-05T11:00:00Z"),
};
const NOW = new Date("2026-11-02T06:00:00Z");

/** Content lines after RFC 5545 unfolding, as "NAME" → value (first occurrence). */
function parse(ics: string): Map<string, string> {
  const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);
  const map = new Map<string, string>();
  for (const line of lines) {
    const i = line.indexOf(":");
    const name = line.slice(0, i);
    if (!map.has(name)) map.set(name, line.slice(i + 1));
  }
  return map;
}

describe("buildEventIcs", () => {
  it("writes UTC times, a stable UID, geo and the location", () => {
    const ics = buildEventIcs(FAIR, "ru", NOW);
    const p = parse(ics);
    expect(p.get("BEGIN")).toBe("VCALENDAR");
    expect(p.get("DTSTART")).toBe("20261205T050000Z");
    expect(p.get("DTEND")).toBe("20261205T110000Z");
    expect(p.get("DTSTAMP")).toBe("20261102T060000Z");
    expect(p.get("UID")).toBe("event-12@mamandyq");
    expect(eventUid(12)).toBe("event-12@mamandyq");
    expect(p.get("GEO")).toBe("43.2975;68.2517");
    // Commas and semicolons are escaped as iCalendar TEXT requires.
    expect(p.get("LOCATION")).toBe("Дворец культуры\\, пр. Тауке хана\\, 1\\, Туркестан");
    expect(p.get("SUMMARY")).toBe("Ярмарка рабочих профессий «Mamandyk Fest»");
    expect(p.get("DESCRIPTION")).toBe("Более 1 500 вакансий\\; приходите с резюме.\\nВход свободный.");
    expect(p.has("URL")).toBe(false);
  });

  it("keeps Kazakh letters intact in the reader's language, falling back for empty fields", () => {
    const p = parse(buildEventIcs(FAIR, "kk", NOW));
    expect(p.get("SUMMARY")).toBe("Жұмысшы мамандықтар жәрмеңкесі — «Mamandyk Fest»\\, Түркістан қаласы\\, 2026 жыл");
    // No Kazakh description: the Russian one is used.
    expect(p.get("DESCRIPTION")).toContain("Более 1 500 вакансий");
    const en = parse(buildEventIcs(FAIR, "en", NOW));
    expect(en.get("SUMMARY")).toBe("Ярмарка рабочих профессий «Mamandyk Fest»");
  });

  it("folds long lines at 75 octets without splitting a letter", () => {
    const ics = buildEventIcs(FAIR, "kk", NOW);
    for (const line of ics.split("\r\n")) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
    }
    expect(foldOctets("A".repeat(80) + "\r\n")).toBe(`${"A".repeat(75)}\r\n ${"A".repeat(5)}\r\n`);
  });

  it("omits geo and location when the event has none", () => {
    const p = parse(buildEventIcs({ ...FAIR, latitude: null, longitude: null, venue: "", address: "", city: "" }, "ru", NOW));
    expect(p.has("GEO")).toBe(false);
    expect(p.has("LOCATION")).toBe(false);
  });

  it("turns the package's error result into an exception that names the event", () => {
    expect(() => buildEventIcs({ ...FAIR, startsAt: new Date(Number.NaN) }, "ru", NOW)).toThrow(/event 12/);
  });
});
