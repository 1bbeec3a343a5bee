import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { Db } from "../src/db/client.ts";
import { applicationsCsv, CSV_COLUMNS, CSV_LABEL_KEYS, csvDelimiter, spreadsheetSafe } from "../src/domain/registrations/export.ts";
import { decide } from "../src/domain/registrations/review.ts";
import { NO_ROLES, type Roles } from "../src/domain/roles.ts";
import { Fixtures, useFixtures, NOW } from "./support/fixtures.ts";

let db: Db;
let fx: Fixtures;

useFixtures((w) => ({ db, fx } = w));

const RU_LABELS: Record<string, string> = {
  number: "№", fullName: "ФИО", phone: "Телефон", birthDate: "Дата рождения", educationLevel: "Образование",
  status: "Статус", rejectReason: "Причина отказа", appliedAt: "Подана", consentBy: "Согласие дал(а)",
  "consent.self": "сам(а)", "consent.representative": "родитель или законный представитель",
  "status.pending": "Ожидает", "status.rejected": "Отклонена", "status.waitlisted": "Лист ожидания", "status.offered": "Предложено место",
  "education.school11": "11 классов", "education.college": "Колледж",
};

async function courseWithApplicants() {
  const p = await fx.provider();
  const course = await fx.course(p.id, { capacity: 2 });
  const roles: Roles = { ...NO_ROLES, coordinatorProviderIds: [p.id] };
  const a = await fx.apply(course.id, { fullName: "Әсел Құрманғазықызы", phone: "8 701 234 56 78" });
  const b = await fx.apply(course.id, { fullName: "Иванов Пётр", educationLevel: "college", birthDate: new Date(Date.UTC(1999, 11, 31)) }, new Date(NOW.getTime() + 60_000));
  const c = await fx.apply(course.id, { fullName: "=HYPERLINK(\"http://evil\")", birthDate: new Date(Date.UTC(2010, 4, 1)), consentGivenBy: "representative" }, new Date(NOW.getTime() + 120_000));
  const coord = await fx.user();
  await decide(db, { roles, actorUserId: coord.id, registrationId: b.registrationId, decision: "reject", reason: 'Нет справки, "063/у";\nпозвоните, пожалуйста', now: NOW });
  return { course, roles, a, b, c };
}

describe("applicationsCsv", () => {
  it("UTF-8 with a BOM, localized header, Kazakh and Russian letters intact, special characters escaped, round-trips", async () => {
    const { course, roles } = await courseWithApplicants();
    const buf = await applicationsCsv(db, { roles, courseId: course.id, locale: "ru", labels: RU_LABELS });
    expect(buf).not.toBeNull();
    expect([...buf!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = buf!.toString("utf8").slice(1);
    expect(text.split("\r\n")[0]).toBe("№;ФИО;Телефон;Дата рождения;Образование;Статус;Причина отказа;Подана;Согласие дал(а)");
    expect(text).toContain("Әсел Құрманғазықызы");
    expect(text).toContain('"Нет справки, ""063/у"";\nпозвоните, пожалуйста"'); // quoted, quotes doubled, newline kept inside

    const rows = parse(buf!, { bom: true, delimiter: ";" }) as string[][];
    expect(rows).toEqual([
      ["№", "ФИО", "Телефон", "Дата рождения", "Образование", "Статус", "Причина отказа", "Подана", "Согласие дал(а)"],
      ["1", "Әсел Құрманғазықызы", "+77012345678", "05.03.2004", "11 классов", "Ожидает", "", "01.03.2026 11:00", "сам(а)"],
      ["2", "Иванов Пётр", "+77012345678", "31.12.1999", "Колледж", "Отклонена", 'Нет справки, "063/у";\nпозвоните, пожалуйста', "01.03.2026 11:01", "сам(а)"],
      // the third, a minor, was waitlisted; the rejection freed a seat, now offered to them
      ["3", "'=HYPERLINK(\"http://evil\")", "+77012345678", "01.05.2010", "11 классов", "Предложено место", "", "01.03.2026 11:02", "родитель или законный представитель"],
    ]);
  });

  it("English: comma-separated, a comma inside a value is quoted; missing labels fall back to codes", async () => {
    const p = await fx.provider();
    const course = await fx.course(p.id);
    await fx.apply(course.id, { fullName: "Smith, John" });
    const buf = await applicationsCsv(db, { roles: { ...NO_ROLES, admin: true }, courseId: course.id, locale: "en", labels: { fullName: "Full name" } });
    const text = buf!.toString("utf8");
    expect(text).toContain('"Smith, John"');
    const rows = parse(buf!, { bom: true }) as string[][];
    expect(rows[0]).toEqual(["number", "Full name", "phone", "birthDate", "educationLevel", "status", "rejectReason", "appliedAt", "consentBy"]);
    expect(rows[1]!.slice(1, 6)).toEqual(["Smith, John", "+77012345678", "05.03.2004", "school11", "pending"]);
  });

  it("null for a course that is not the caller's", async () => {
    const { course } = await courseWithApplicants();
    const other: Roles = { ...NO_ROLES, coordinatorProviderIds: [(await fx.provider()).id] };
    expect(await applicationsCsv(db, { roles: other, courseId: course.id, locale: "kk", labels: {} })).toBeNull();
    expect(await applicationsCsv(db, { roles: NO_ROLES, courseId: course.id, locale: "kk", labels: {} })).toBeNull();
  });

  it("helpers: delimiter per language, formula guard, every label key listed", () => {
    expect([csvDelimiter("kk"), csvDelimiter("ru"), csvDelimiter("en")]).toEqual([";", ";", ","]);
    expect(["=1+1", "+7", "-2", "@SUM(A1)", "\tx", "Нұрлан", "O'Neil"].map(spreadsheetSafe)).toEqual(["'=1+1", "'+7", "'-2", "'@SUM(A1)", "'\tx", "Нұрлан", "O'Neil"]);
    expect(CSV_LABEL_KEYS).toEqual(expect.arrayContaining([...CSV_COLUMNS, "status.withdrawn", "education.bachelor", "consent.representative"]));
  });
});
