// Seats under concurrency, on real SQLite through the real Prisma adapter. Why it holds:
// src/domain/registrations/tx.ts.
import { execFile } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { sqlitePath, type Db } from "../src/db/client.ts";
import { countTakenSeats, SEAT_TAKING_STATUSES } from "../src/domain/catalog/courses.ts";
import { submitApplication } from "../src/domain/registrations/apply.ts";
import { cancelRegistration, expireOffers } from "../src/domain/registrations/my.ts";
import type { TestDb } from "./support/db.ts";
import { DAY, Fixtures, useFixtures, NOW } from "./support/fixtures.ts";

let t: TestDb;
let db: Db;
let fx: Fixtures;
let providerId: number;

useFixtures(async (w) => {
  ({ t, db, fx } = w);
  providerId = (await fx.provider()).id;
});

const users = (n: number) => Promise.all(Array.from({ length: n }, () => fx.user()));
const count = (xs: unknown[], v: unknown) => xs.filter((x) => x === v).length;

describe("what the seat rules rely on (tx.ts, point 1)", () => {
  it("the adapter runs one interactive transaction at a time, even when they await in between", async () => {
    let inside = 0;
    let most = 0;
    await Promise.all(Array.from({ length: 20 }, () => db.$transaction(async (tx) => {
      most = Math.max(most, ++inside);
      await tx.course.count();
      await sleep(1);
      inside--;
    })));
    expect(most).toBe(1);
  });
});

describe("50 people apply at the same moment for 10 seats", () => {
  it("with the waitlist: exactly 10 pending and 40 waitlisted", async () => {
    const course = await fx.course(providerId, { capacity: 10 });
    const people = await users(50);
    const results = await Promise.all(people.map((u) => submitApplication(db, fx.input(u.id, course.id, { allowWaitlist: true }), NOW)));

    const statuses = results.map((r) => (r.ok ? r.status : r.reason));
    expect(count(statuses, "pending")).toBe(10);
    expect(count(statuses, "waitlisted")).toBe(40);
    expect(await fx.statuses(course.id)).toEqual({ pending: 10, waitlisted: 40 });
    expect(await db.consent.count({ where: { userId: { in: people.map((u) => u.id) } } })).toBe(50);
  });

  it("without the waitlist: exactly 10 pending and 40 refused as full, nothing stored for them", async () => {
    const course = await fx.course(providerId, { capacity: 10 });
    const people = await users(50);
    const results = await Promise.all(people.map((u) => submitApplication(db, fx.input(u.id, course.id, { allowWaitlist: false }), NOW)));

    expect(count(results.map((r) => (r.ok ? r.status : r.reason)), "pending")).toBe(10);
    expect(count(results.map((r) => (r.ok ? r.status : r.reason)), "full")).toBe(40);
    expect(await fx.statuses(course.id)).toEqual({ pending: 10 });
    const refused = people.filter((_, i) => !results[i]!.ok).map((u) => u.id);
    expect(await db.consent.count({ where: { userId: { in: refused } } })).toBe(0);
    expect(await db.user.count({ where: { id: { in: refused }, phone: { not: null } } })).toBe(0);
  });

  it("the same person twice at once: one registration, the other call is a duplicate", async () => {
    const course = await fx.course(providerId);
    const [u] = await users(1);
    const results = await Promise.all([1, 2].map(() => submitApplication(db, fx.input(u!.id, course.id), NOW)));

    expect(results.map((r) => (r.ok ? r.status : r.reason)).sort()).toEqual(["duplicate", "pending"]);
    expect(await db.registration.count({ where: { userId: u!.id, courseId: course.id } })).toBe(1);
    expect(await db.consent.count({ where: { userId: u!.id } })).toBe(1);
  });

  it("cancellations, new applications and expiring offers all at once never exceed capacity", async () => {
    const course = await fx.course(providerId, { capacity: 10 });
    const first = await Promise.all(Array.from({ length: 15 }, () => fx.apply(course.id))); // 10 pending, 5 waitlisted
    const newcomers = await users(20);
    const later = new Date(NOW.getTime() + 2 * DAY);
    await Promise.all([
      ...first.slice(0, 6).map((a) => cancelRegistration(db, { userId: a.user.id, registrationId: a.registrationId, now: NOW })),
      ...newcomers.map((u) => submitApplication(db, fx.input(u.id, course.id), NOW)),
      expireOffers(db, later),
    ]);

    const taken = (await countTakenSeats(db, [course.id])).get(course.id) ?? 0;
    expect(taken).toBe(10); // full again: every freed seat went to someone, none twice
    const s = await fx.statuses(course.id);
    expect(SEAT_TAKING_STATUSES.reduce((n, st) => n + (s[st] ?? 0), 0)).toBe(10);
    expect((s.cancelled ?? 0) + taken + (s.waitlisted ?? 0)).toBe(35);
  });
});

describe("two processes on the same database file", () => {
  it("still exactly 10 seats: the write lock is taken first, so nobody gets SQLITE_BUSY", async () => {
    const course = await fx.course(providerId, { capacity: 10 });
    const people = await users(50);
    const ids = people.map((u) => u.id);
    const barrier = join(dirname(sqlitePath(t.url)), "race");
    const child = (part: number[]) =>
      promisify(execFile)(process.execPath, ["--import", "tsx", "test/support/registrations.concurrency.child.ts", t.url, String(course.id), barrier, part.join(",")]);
    const outs = Promise.all([child(ids.slice(0, 25)), child(ids.slice(25))]);
    // Both children loaded and connected: let them go at the same moment.
    while (readdirSync(dirname(barrier)).filter((f) => f.startsWith("race.ready-")).length < 2) await sleep(10);
    writeFileSync(`${barrier}.go`, "");

    const results = (await outs).flatMap((o) => JSON.parse(o.stdout) as string[]);
    expect(results.filter((r) => r.startsWith("error"))).toEqual([]);
    expect(count(results, "pending")).toBe(10);
    expect(count(results, "waitlisted")).toBe(40);
    expect(await fx.statuses(course.id)).toEqual({ pending: 10, waitlisted: 40 });
  });
});
