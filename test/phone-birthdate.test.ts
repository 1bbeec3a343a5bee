import { describe, expect, it } from "vitest";
import { displayPhone, normalizePhone } from "../src/domain/phone.ts";
import { ageOn, kzDate, parseBirthDate } from "../src/domain/birth-date.ts";

describe("normalizePhone", () => {
  it.each([
    ["+7 701 234-56-78", "+77012345678"],
    ["+7 (701) 234 56 78", "+77012345678"],
    ["87012345678", "+77012345678"],
    ["8 701 234 56 78", "+77012345678"],
    ["7012345678", "+77012345678"],
    ["77012345678", "+77012345678"], // a Telegram contact's phone_number comes without "+"
    ["  +77012345678  ", "+77012345678"],
    ["8 7212 41 23 45", "+77212412345"], // a Karaganda landline
    ["+7 912 345 67 89", "+79123456789"], // Russia shares +7
    ["+49 30 901820", "+4930901820"],
  ])("%s → %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    ["", "empty"],
    ["hello", "letters"],
    ["+7 701 ABC 56 78", "letters inside"],
    ["8-800-CALL-NOW", "vanity letters"],
    ["1234", "too short"],
    ["701234567", "one digit short"],
    ["+7 701 234 56 78 9", "one digit long"],
    ["++77012345678", "two pluses"],
    ["7701234567812345678901234567890123", "far too long"],
    ["8 800 200 00 00", "toll-free: reaches no person"],
    ["☎️ 87012345678", "emoji"],
    ["+7 701 234 56 78; DROP TABLE", "text after the number"],
  ])("rejects %s (%s)", (input) => {
    expect(normalizePhone(input)).toBeNull();
  });
});

describe("displayPhone", () => {
  it("writes +7 numbers as people in Kazakhstan do, others internationally, and reads back the same", () => {
    expect(displayPhone("+77012345678")).toBe("+7 701 234 56 78");
    expect(displayPhone("+79161234567")).toBe("+7 916 123 45 67");
    expect(displayPhone("+998901234567")).toBe("+998 90 123 45 67");
    expect(displayPhone("garbage")).toBe("garbage"); // never thrown away
    for (const e164 of ["+77012345678", "+998901234567"]) expect(normalizePhone(displayPhone(e164))).toBe(e164);
  });
});

describe("parseBirthDate", () => {
  const now = new Date("2026-03-01T06:00:00Z");
  const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

  it.each([
    ["05.03.2004", utc(2004, 3, 5)],
    ["5.3.2004", utc(2004, 3, 5)],
    ["2004-03-05", utc(2004, 3, 5)],
    [" 29.02.2004 ", utc(2004, 2, 29)],
    ["01.01.1900", utc(1900, 1, 1)],
  ])("%s → UTC midnight", (input, expected) => {
    expect(parseBirthDate(input, now)).toEqual(expected);
  });

  it.each([
    ["31.02.2004", "no 31 February"],
    ["29.02.2003", "not a leap year"],
    ["00.01.2004", "day 0"],
    ["05.13.2004", "month 13"],
    ["31.12.1899", "before 1900"],
    ["02.03.2026", "tomorrow"],
    ["2030-01-01", "future"],
    ["05.03.04", "two-digit year"],
    ["05/03/2004", "slashes read differently in English"],
    ["2004-3-5", "ISO needs two digits"],
    ["5 марта 2004", "words"],
    ["", "empty"],
  ])("rejects %s (%s)", (input) => {
    expect(parseBirthDate(input, now)).toBeNull();
  });

  it("today in Kazakhstan is not the future, even where UTC is still on yesterday", () => {
    // 20:00 UTC on 1 March = 01:00 on 2 March in Almaty (UTC+5)
    const evening = new Date("2026-03-01T20:00:00Z");
    expect(kzDate(evening)).toEqual({ year: 2026, month: 3, day: 2 });
    expect(parseBirthDate("02.03.2026", evening)).toEqual(utc(2026, 3, 2));
    expect(parseBirthDate("03.03.2026", evening)).toBeNull();
  });
});

describe("ageOn (Asia/Almaty calendar)", () => {
  const born = new Date(Date.UTC(2008, 2, 5)); // 5 March 2008

  it("counts full years, the birthday itself included", () => {
    expect(ageOn(born, new Date("2026-03-04T12:00:00Z"))).toBe(17);
    expect(ageOn(born, new Date("2026-03-05T00:00:00Z"))).toBe(18); // 05:00 in Almaty
    expect(ageOn(born, new Date("2027-01-01T00:00:00Z"))).toBe(18);
  });

  it("the birthday starts at midnight Almaty time, not UTC", () => {
    expect(ageOn(born, new Date("2026-03-04T18:59:00Z"))).toBe(17); // 23:59 on 4 March in Almaty
    expect(ageOn(born, new Date("2026-03-04T19:00:00Z"))).toBe(18); // 00:00 on 5 March in Almaty
  });

  it("a 29 February birthday is reached on 1 March in common years", () => {
    const leap = new Date(Date.UTC(2008, 1, 29));
    expect(ageOn(leap, new Date("2026-02-28T12:00:00Z"))).toBe(17);
    expect(ageOn(leap, new Date("2026-03-01T12:00:00Z"))).toBe(18);
    expect(ageOn(leap, new Date("2028-02-29T12:00:00Z"))).toBe(20);
  });
});
