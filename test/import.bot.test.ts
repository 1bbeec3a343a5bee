// Bulk import through the bot: staff send a CSV document, get a report for a bad file or a
// preview for a good one, confirm, and the rows are written; forged or stale confirmations
// import nothing; non-staff and non-CSV documents are not imports.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "./support/db.ts";
import { FakeClock } from "./support/clock.ts";
import { Harness, texts, type ApiCall, type FakeUser } from "./support/harness.ts";
import { importCb } from "../src/bot/features/import/callbacks.ts";

const NOW = new Date("2026-11-25T06:00:00Z");
const ADMIN = 9101;
const STAFF = 9102;
const JOBSEEKER = 9103;

let t: TestDb;
let h: Harness;
let clock: FakeClock;
let staff: FakeUser;
let admin: FakeUser;
let jobseeker: FakeUser;

const goodEvents = [
  "id,region,kind,title_kk,title_ru,title_en,starts_at,ends_at,city",
  "aktobe-bot-fair,aktobe,job_fair,Жәрмеңке,Ярмарка вакансий,Job fair,2027-02-10 10:00,2027-02-10 16:00,Ақтөбе",
  "aktobe-bot-forum,aktobe,forum,Форум,Форум,Forum,10.03.2027 11:00,10.03.2027 15:00,Ақтөбе",
].join("\n");

const toasts = (calls: ApiCall[]) => calls.filter((c) => c.method === "answerCallbackQuery").map((c) => String(c.params.text ?? ""));
const docs = (calls: ApiCall[]) => calls.filter((c) => c.method === "sendDocument" && !c.error);

async function person(telegramId: number): Promise<FakeUser> {
  await t.db.user.create({ data: { telegramId: BigInt(telegramId), firstName: `P${telegramId}`, locale: "en", regionCode: "aktobe" } });
  return h.user(telegramId, { language_code: "en" });
}

beforeAll(async () => {
  t = await freshDb();
  clock = new FakeClock(NOW);
  h = new Harness({ db: t.db, clock, config: { adminIds: [ADMIN] } });
  admin = await person(ADMIN);
  staff = await person(STAFF);
  jobseeker = await person(JOBSEEKER);
  const user = await t.db.user.findUniqueOrThrow({ where: { telegramId: BigInt(STAFF) } });
  await t.db.roleGrant.create({ data: { userId: user.id, role: "staff", regionCode: "aktobe" } });
});
afterAll(() => t.cleanup());

describe("help", () => {
  it("/import explains the import, lists every kind's columns and sends sample files", async () => {
    const calls = await staff.send("/import");
    const help = texts(calls).join("\n");
    expect(help).toContain("Bulk import");
    expect(help).toContain("employer_id*");
    expect(help).toContain("specialty_code*");
    expect(staff.buttons()).toEqual(expect.arrayContaining(["📄 Events", "📄 Colleges"]));
    const sample = await staff.pressData(importCb.pack("sample", "colleges"));
    expect(docs(sample)).toHaveLength(1);
    expect(docs(sample)[0]!.files.document?.name).toBe("colleges.csv");
  });

  it("is refused to people without a staff role", async () => {
    expect(texts(await jobseeker.send("/import"))).toEqual(["This is only for regional staff."]);
  });
});

describe("a bad file", () => {
  it("gets a report with rows and columns and nothing is written", async () => {
    const bad = "id,region,kind,title_ru,starts_at,ends_at\nx-1,aktobe,party,Вечер,2027-01-10 10:00,2027-01-10 09:00\nx-2,turkistan,forum,,2027-01-10,2027-01-11\n";
    const calls = await staff.sendDocument("fairs.csv", bad, "events");
    const report = texts(calls).join("\n");
    expect(report).toContain("fairs.csv</b>: 3 problems — nothing was imported.");
    expect(report).toContain("Row 2, kind: expected one of: job_fair");
    expect(report).toContain("Row 3, title_kk: fill at least one of title_kk, title_ru, title_en");
    expect(report).toContain("Row 3, region: region turkistan is outside your regions");
    expect(staff.lastMessage()?.keyboard).toBeUndefined();
    expect(await t.db.event.count()).toBe(0);
  });

  it("with more than 20 problems also gets the full list as a CSV document", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `bad-${i},aktobe,forum,,2027-01-10 10:00,2027-01-10 12:00`);
    const calls = await staff.sendDocument("many.csv", ["id,region,kind,title_ru,starts_at,ends_at", ...rows].join("\n"), "events");
    expect(texts(calls)[0]).toContain("…and 10 more");
    const [errors] = docs(calls);
    expect(errors?.files.document?.name).toBe("errors-many.csv");
    expect(errors?.files.document?.content.toString("utf8").split("\n").filter(Boolean)).toHaveLength(31);
  });
});

describe("a good file", () => {
  it("gets a preview with counts; Import writes it once, with an audit entry", async () => {
    const calls = await staff.sendDocument("aktobe-fairs.csv", goodEvents); // no caption: the header tells the kind
    expect(calls.some((c) => c.method === "getFile")).toBe(true);
    const preview = texts(calls).join("\n");
    expect(preview).toContain("<b>aktobe-fairs.csv</b> is valid: 2 rows (Events)");
    expect(preview).toContain("Events: 2 new, 0 updated, 0 unchanged");
    expect(await t.db.event.count()).toBe(0); // the preview was a dry run
    const done = await staff.press("Import");
    expect(texts(done).join("\n")).toContain("✅ Imported: 2 rows.");
    expect(await t.db.event.count()).toBe(2);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "import" }, include: { actor: true } });
    expect(audit.actor?.telegramId).toBe(BigInt(STAFF));
    expect(JSON.parse(audit.details)).toMatchObject({ file: "aktobe-fairs.csv", via: "bot", counts: { events: { created: 2 } } });
  });

  it("asks for the kind when neither caption nor header tells, then previews", async () => {
    // Only the columns every kind shares: any kind could be meant.
    await staff.sendDocument("mystery.csv", "id,region\nm-1,aktobe\n");
    expect(staff.lastMessage()?.text).toContain("What does <b>mystery.csv</b> contain?");
    const calls = await staff.press("Courses");
    expect(texts(calls).join("\n")).toContain("this required column is missing");
  });

  it("Cancel leaves everything as it was", async () => {
    const edited = goodEvents.replace("Job fair", "Job fair 2027");
    await staff.sendDocument("edit.csv", edited, "events");
    expect(staff.lastMessage()?.text).toContain("Events: 0 new, 1 updated, 1 unchanged");
    await staff.press("Cancel");
    expect(staff.lastMessage()?.text).toBe("Import cancelled — nothing was changed.");
    expect((await t.db.event.findUniqueOrThrow({ where: { externalId: "aktobe-bot-fair" } })).titleEn).toBe("Job fair");
  });
});

describe("forged and stale confirmations", () => {
  it("import nothing: altered signature, another kind, a message that is no preview, an expired preview", async () => {
    const edited = goodEvents.replace("Job fair", "Job fair (forged)");
    await staff.sendDocument("forge.csv", edited, "events");
    const preview = staff.lastMessage()!;
    const go = preview.keyboard!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data!.startsWith("im1:go:"));
    const goData = (go as { callback_data: string }).callback_data;
    const [, , kind, issued, sig] = goData.split(":");
    const attempts = [
      importCb.pack("go", kind!, issued!, `${sig!.slice(0, -1)}${sig!.endsWith("A") ? "B" : "A"}`),
      importCb.pack("go", "courses", issued!, sig!),
      importCb.pack("go", kind!, (Number.parseInt(issued!, 36) + 60).toString(36), sig!),
    ];
    for (const data of attempts) expect(toasts(await staff.callback(preview.messageId, data))).toEqual([expect.stringContaining("out of date")]);
    const helpMessage = (await staff.send("/import")) && staff.lastMessage()!;
    expect(toasts(await staff.callback(helpMessage.messageId, goData))).toEqual([expect.stringContaining("out of date")]);
    clock.advance(31 * 60 * 1000);
    expect(toasts(await staff.callback(preview.messageId, goData))).toEqual([expect.stringContaining("out of date")]);
    clock.set(NOW);
    expect((await t.db.event.findUniqueOrThrow({ where: { externalId: "aktobe-bot-fair" } })).titleEn).toBe("Job fair");
    // The genuine button still works.
    expect(texts(await staff.callback(preview.messageId, goData)).join("\n")).toContain("Imported: 2 rows");
    expect((await t.db.event.findUniqueOrThrow({ where: { externalId: "aktobe-bot-fair" } })).titleEn).toBe("Job fair (forged)");
    // The same button again (a double tap): out of date, no second import and no second audit entry.
    const audits = await t.db.auditLog.count({ where: { action: "import" } });
    expect(toasts(await staff.callback(preview.messageId, goData))).toEqual([expect.stringContaining("out of date")]);
    expect(await t.db.auditLog.count({ where: { action: "import" } })).toBe(audits);
  });

  it("a confirmation by someone who lost the staff role is refused", async () => {
    await admin.sendDocument("admin.csv", goodEvents.replace("Forum", "Forum X"), "events");
    const preview = admin.lastMessage()!;
    const go = preview.keyboard!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data!.startsWith("im1:go:"))!;
    // Same data pressed by a jobseeker in their own chat: no role, nothing happens.
    expect(toasts(await jobseeker.callback(preview.messageId, (go as { callback_data: string }).callback_data))).toEqual(["This is only for regional staff."]);
    expect((await t.db.event.findUniqueOrThrow({ where: { externalId: "aktobe-bot-forum" } })).titleEn).toBe("Forum");
  });
});

describe("other documents", () => {
  it("a CSV from a person without a role is no import: no download, the usual answer", async () => {
    const calls = await jobseeker.sendDocument("events.csv", goodEvents, "events");
    expect(calls.some((c) => c.method === "getFile")).toBe(false);
    expect(texts(calls).join("\n")).not.toContain("valid");
  });

  it("staff sending a non-CSV document or a too big one get a clear answer", async () => {
    expect(texts(await staff.sendDocument("photo.pdf", "%PDF-1.4"))).toEqual([expect.stringContaining("I can only import CSV files")]);
    const big = `id,region\n${"x".repeat(5 * 1024 * 1024)}`;
    expect(texts(await staff.sendDocument("big.csv", big))).toEqual([expect.stringContaining("larger than 5 MB")]);
  });
});
