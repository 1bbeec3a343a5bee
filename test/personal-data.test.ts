import { describe, expect, it } from "vitest";
import type { Db } from "../src/db/client.ts";
import { CONSENT_VERSION } from "../src/domain/consent.ts";
import { describeMyData, eraseMyData } from "../src/domain/personal-data.ts";
import { submitApplication } from "../src/domain/registrations/apply.ts";
import { decide } from "../src/domain/registrations/review.ts";
import { applicationsCsv } from "../src/domain/registrations/export.ts";
import { NO_ROLES } from "../src/domain/roles.ts";
import { DAY, Fixtures, useFixtures, NOW } from "./support/fixtures.ts";

let db: Db;
let fx: Fixtures;

useFixtures((w) => ({ db, fx } = w));

/** A person with a pending seat, a rejected application, a subscription and a watch; someone waiting behind them. */
async function person() {
  const p = await fx.provider();
  const full = await fx.course(p.id, { capacity: 1 });
  const other = await fx.course(p.id);
  const u = await fx.user({ firstName: "Әсел", lastName: "Құрманғазы", username: "asel_k", regionCode: "karaganda" });
  const seat = await submitApplication(db, fx.input(u.id, full.id), NOW);
  const rejected = await submitApplication(db, fx.input(u.id, other.id), NOW);
  if (!seat.ok || !rejected.ok) throw new Error("setup");
  await decide(db, { roles: { ...NO_ROLES, admin: true }, actorUserId: (await fx.user()).id, registrationId: rejected.registrationId, decision: "reject", reason: "Әсел, құжат жоқ", now: NOW });
  const waiting = await fx.apply(full.id, { fullName: "Иван Петров", phone: "+77770001122" }, new Date(NOW.getTime() + 1000));
  await db.subscription.create({ data: { userId: u.id, regionCode: "karaganda", topic: "courses" } });
  await db.watch.create({ data: { userId: u.id, itemType: "course", itemId: other.id } });
  return { u, full, other, seat, rejected, waiting };
}

describe("describeMyData", () => {
  it("profile, consents, registrations with courses, counts", async () => {
    const { u, full, other } = await person();
    const data = await describeMyData(db, u.id);
    expect(data.profile).toMatchObject({
      telegramId: u.telegramId, firstName: "Әсел", lastName: "Құрманғазы", username: "asel_k", regionCode: "karaganda",
      fullName: "Әсел Құрманғазықызы", phone: "+77012345678", birthDate: new Date(Date.UTC(2004, 2, 5)), educationLevel: "school11",
    });
    expect(data.consents).toHaveLength(2);
    expect(data.consents[0]).toMatchObject({ version: CONSENT_VERSION, givenAt: NOW, withdrawnAt: null });
    expect(data.registrations.map((r) => [r.course.id, r.status]).sort()).toEqual([[full.id, "pending"], [other.id, "rejected"]].sort());
    expect(data.subscriptionsCount).toBe(1);
    expect(data.watchesCount).toBe(1);
  });

  it("throws for an unknown user", async () => {
    await expect(describeMyData(db, 9_999_999)).rejects.toThrow();
  });
});

describe("eraseMyData", () => {
  it("empties personal fields, withdraws consents and live applications, keeps anonymised counts, passes the seat on", async () => {
    const { u, full, other, seat, rejected, waiting } = await person();
    const later = new Date(NOW.getTime() + DAY);
    await eraseMyData(db, u.id, later);

    expect(await db.user.findUniqueOrThrow({ where: { id: u.id } })).toMatchObject({
      telegramId: u.telegramId, firstName: "", lastName: null, username: null, fullName: null, phone: null, birthDate: null, educationLevel: null,
      regionCode: "karaganda", locale: "ru",
    });
    expect(await db.consent.findMany({ where: { userId: u.id }, select: { withdrawnAt: true } })).toEqual([{ withdrawnAt: later }, { withdrawnAt: later }]);
    const regs = await db.registration.findMany({ where: { userId: u.id }, orderBy: { id: "asc" } });
    expect(regs.map((r) => ({ id: r.id, status: r.status, fullName: r.fullName, phone: r.phone, birthDate: r.birthDate, educationLevel: r.educationLevel, rejectReason: r.rejectReason }))).toEqual([
      { id: seat.ok && seat.registrationId, status: "withdrawn", fullName: "", phone: "", birthDate: null, educationLevel: "", rejectReason: null },
      { id: rejected.ok && rejected.registrationId, status: "rejected", fullName: "", phone: "", birthDate: null, educationLevel: "", rejectReason: null },
    ]);
    // Counts per course survive, without the person.
    expect(await fx.statuses(full.id)).toEqual({ withdrawn: 1, offered: 1 });
    expect(await fx.statuses(other.id)).toEqual({ rejected: 1 });
    expect((await db.registration.findUniqueOrThrow({ where: { id: waiting.registrationId } })).status).toBe("offered");
    expect(await db.subscription.count({ where: { userId: u.id } })).toBe(0);
    expect(await db.watch.count({ where: { userId: u.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "personal_data.erase", entityId: String(u.id) } });
    expect(JSON.parse(audit.details)).toEqual({ registrations: 2, withdrawn: 1, consents: 2, subscriptions: 1, watches: 1 });
    expect(audit.details).not.toContain("Әсел");

    // The coordinator's export shows the withdrawn row with nothing personal in it.
    const csv = (await applicationsCsv(db, { roles: { ...NO_ROLES, admin: true }, courseId: full.id, locale: "en", labels: {} }))!.toString("utf8");
    expect(csv).not.toContain("Әсел");
    expect(csv).not.toContain("+77012345678");
    expect(csv.split("\r\n")[1]).toMatch(/^1,,,,,withdrawn,,/);

    const after = await describeMyData(db, u.id);
    expect(after.profile).toMatchObject({ fullName: null, phone: null, birthDate: null });
    expect(after.registrations.every((r) => r.fullName === "" && r.phone === "" && r.birthDate === null)).toBe(true);
  });

  it("the person may apply again afterwards, with a fresh consent", async () => {
    const { u, other } = await person();
    await eraseMyData(db, u.id, NOW);
      const again = await submitApplication(db, fx.input(u.id, other.id), NOW);
    expect(again).toMatchObject({ ok: true, status: "pending" });
    expect(await db.consent.count({ where: { userId: u.id, withdrawnAt: null } })).toBe(1);
  });
});
