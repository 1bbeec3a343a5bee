// Cancelling, the waitlist and offers: a freed seat passes on, and no seat is ever counted twice.
import { describe, expect, it } from "vitest";
import type { Db } from "../src/db/client.ts";
import { countTakenSeats } from "../src/domain/catalog/courses.ts";
import { submitApplication } from "../src/domain/registrations/apply.ts";
import { acceptOffer, cancelRegistration, declineOffer, expireOffers, listMyRegistrations } from "../src/domain/registrations/my.ts";
import { decide } from "../src/domain/registrations/review.ts";
import type { Roles } from "../src/domain/roles.ts";
import { DAY, Fixtures, useFixtures, HOUR, NOW, inDays } from "./support/fixtures.ts";

let db: Db;
let fx: Fixtures;
let providerId: number;

useFixtures(async (w) => {
  ({ db, fx } = w);
  providerId = (await fx.provider()).id;
});

const reg = (id: number) => db.registration.findUniqueOrThrow({ where: { id } });
const taken = async (courseId: number) => (await countTakenSeats(db, [courseId])).get(courseId) ?? 0;
const deliveries = (userId: number) => db.delivery.findMany({ where: { userId }, orderBy: { id: "asc" } });
const ADMIN: Roles = { admin: true, staffRegions: [], coordinatorProviderIds: [], coordinatorCourseIds: [] };

/** A course with 2 seats, both pending, and three people waiting in order. */
async function fullCourse(data: Parameters<Fixtures["course"]>[1] = {}) {
  const course = await fx.course(providerId, { capacity: 2, ...data });
  const seated = [await fx.apply(course.id), await fx.apply(course.id)];
  const waiting = [];
  for (let i = 0; i < 3; i++) waiting.push(await fx.apply(course.id, {}, new Date(NOW.getTime() + (i + 1) * 1000)));
  expect(waiting.map((w) => w.status)).toEqual(["waitlisted", "waitlisted", "waitlisted"]);
  return { course, seated, waiting };
}

describe("listMyRegistrations", () => {
  it("newest first, with course and provider, only the user's own", async () => {
    const u = await fx.user();
    const c1 = await fx.course(providerId);
    const c2 = await fx.course(providerId);
    await submitApplication(db, fx.input(u.id, c1.id), NOW);
    await submitApplication(db, fx.input(u.id, c2.id), new Date(NOW.getTime() + HOUR));
    await fx.apply(c1.id);
    const mine = await listMyRegistrations(db, u.id);
    expect(mine.map((r) => r.courseId)).toEqual([c2.id, c1.id]);
    expect(mine[0]!.course.provider.id).toBe(providerId);
  });
});

describe("cancelRegistration", () => {
  it("a pending seat goes to the first waitlisted person, who gets 24 h and an urgent notice", async () => {
    const { course, seated, waiting } = await fullCourse();
    const res = await cancelRegistration(db, { userId: seated[0]!.user.id, registrationId: seated[0]!.registrationId, now: NOW });
    expect(res).toEqual({ ok: true, promoted: { registrationId: waiting[0]!.registrationId, userId: waiting[0]!.user.id } });
    expect((await reg(seated[0]!.registrationId)).status).toBe("cancelled");
    expect(await reg(waiting[0]!.registrationId)).toMatchObject({ status: "offered", offerExpiresAt: new Date(NOW.getTime() + 24 * HOUR) });
    expect((await reg(waiting[1]!.registrationId)).status).toBe("waitlisted");
    expect(await taken(course.id)).toBe(2);
    const [offer] = await deliveries(waiting[0]!.user.id);
    expect(offer).toMatchObject({ kind: "registration_offer", ref: `registration:${waiting[0]!.registrationId}:offer:1`, urgent: true });
  });

  it("the offer time is cut at the start of the course; custom offer hours", async () => {
    const { seated, waiting } = await fullCourse({ registrationDeadline: inDays(0.5), startsAt: new Date(NOW.getTime() + 30 * HOUR) });
    await cancelRegistration(db, { userId: seated[0]!.user.id, registrationId: seated[0]!.registrationId, now: NOW, offerHours: 48 });
    expect((await reg(waiting[0]!.registrationId)).offerExpiresAt).toEqual(new Date(NOW.getTime() + 30 * HOUR));
    await cancelRegistration(db, { userId: seated[1]!.user.id, registrationId: seated[1]!.registrationId, now: NOW, offerHours: 2 });
    expect((await reg(waiting[1]!.registrationId)).offerExpiresAt).toEqual(new Date(NOW.getTime() + 2 * HOUR));
  });

  it("cancelling a waitlisted application frees no seat; nobody is promoted", async () => {
    const { course, waiting } = await fullCourse();
    const res = await cancelRegistration(db, { userId: waiting[1]!.user.id, registrationId: waiting[1]!.registrationId, now: NOW });
    expect(res).toEqual({ ok: true });
    expect(await fx.statuses(course.id)).toEqual({ pending: 2, waitlisted: 2, cancelled: 1 });
  });

  it("after the start nothing is promoted any more", async () => {
    const { course, seated } = await fullCourse();
    const res = await cancelRegistration(db, { userId: seated[0]!.user.id, registrationId: seated[0]!.registrationId, now: inDays(30) });
    expect(res).toEqual({ ok: true });
    expect(await fx.statuses(course.id)).toEqual({ pending: 1, waitlisted: 3, cancelled: 1 });
  });

  it("someone else's registration is not_found; a second cancel is not_active", async () => {
    const { seated } = await fullCourse();
    const [a, b] = seated;
    expect(await cancelRegistration(db, { userId: b!.user.id, registrationId: a!.registrationId, now: NOW })).toEqual({ ok: false, reason: "not_found" });
    expect(await cancelRegistration(db, { userId: a!.user.id, registrationId: 9_999_999, now: NOW })).toEqual({ ok: false, reason: "not_found" });
    expect((await reg(a!.registrationId)).status).toBe("pending");
    await cancelRegistration(db, { userId: a!.user.id, registrationId: a!.registrationId, now: NOW });
    expect(await cancelRegistration(db, { userId: a!.user.id, registrationId: a!.registrationId, now: NOW })).toEqual({ ok: false, reason: "not_active" });
  });
});

describe("offers", () => {
  async function offered() {
    const f = await fullCourse();
    await cancelRegistration(db, { userId: f.seated[0]!.user.id, registrationId: f.seated[0]!.registrationId, now: NOW });
    return { ...f, offer: f.waiting[0]!, next: f.waiting[1]! };
  }

  it("accepting a self-chosen waitlist place: pending again (nobody reviewed it), coordinators alerted", async () => {
    const { course, offer } = await offered();
    const coord = await fx.coordinator({ courseId: course.id });
    expect(await acceptOffer(db, { userId: offer.user.id, registrationId: offer.registrationId, now: NOW })).toEqual({ ok: true });
    expect(await reg(offer.registrationId)).toMatchObject({ status: "pending", offerExpiresAt: null });
    expect(await taken(course.id)).toBe(2);
    expect((await deliveries(coord.id)).map((d) => d.ref)).toEqual([`registration:${offer.registrationId}:accepted`]);
  });

  it("accepting a place a coordinator put on the waitlist: approved", async () => {
    const course = await fx.course(providerId, { capacity: 1 });
    const a = await fx.apply(course.id);
    const b = await fx.apply(course.id);
    // The coordinator parks the first applicant on the waitlist; the seat goes to the next one in line…
    expect(await decide(db, { roles: ADMIN, actorUserId: (await fx.user()).id, registrationId: a.registrationId, decision: "waitlist", now: NOW }))
      .toEqual({ ok: true, status: "waitlisted" });
    expect((await reg(b.registrationId)).status).toBe("offered");
    await declineOffer(db, { userId: b.user.id, registrationId: b.registrationId, now: NOW });
    // …who declines, so it comes back to the reviewed applicant, whose acceptance is final.
    expect((await reg(a.registrationId)).status).toBe("offered");
    expect(await acceptOffer(db, { userId: a.user.id, registrationId: a.registrationId, now: NOW })).toEqual({ ok: true });
    expect((await reg(a.registrationId)).status).toBe("approved");
  });

  it("declining passes the seat to the next person", async () => {
    const { course, offer, next } = await offered();
    expect(await declineOffer(db, { userId: offer.user.id, registrationId: offer.registrationId, now: NOW })).toEqual({ ok: true });
    expect((await reg(offer.registrationId)).status).toBe("cancelled");
    expect((await reg(next.registrationId)).status).toBe("offered");
    expect(await taken(course.id)).toBe(2);
  });

  it("answers to a missing, foreign or non-offer registration", async () => {
    const { offer, next } = await offered();
    const q = (userId: number, registrationId: number) => ({ userId, registrationId, now: NOW });
    expect(await acceptOffer(db, q(next.user.id, offer.registrationId))).toEqual({ ok: false, reason: "not_found" });
    expect(await declineOffer(db, q(next.user.id, next.registrationId))).toEqual({ ok: false, reason: "not_offered" });
    await acceptOffer(db, q(offer.user.id, offer.registrationId));
    expect(await acceptOffer(db, q(offer.user.id, offer.registrationId))).toEqual({ ok: false, reason: "not_offered" });
  });

  it("an answer after the deadline is 'expired', and the seat moves on at once", async () => {
    const { offer, next } = await offered();
    const late = new Date(NOW.getTime() + 24 * HOUR);
    expect(await acceptOffer(db, { userId: offer.user.id, registrationId: offer.registrationId, now: late })).toEqual({ ok: false, reason: "expired" });
    expect((await reg(offer.registrationId)).status).toBe("cancelled");
    expect((await reg(next.registrationId)).status).toBe("offered");
    expect(await declineOffer(db, { userId: offer.user.id, registrationId: offer.registrationId, now: late })).toEqual({ ok: false, reason: "not_offered" });
  });

  it("expireOffers: lapsed offers cancelled and told, seats offered down the line until the waitlist is empty", async () => {
    await expireOffers(db, inDays(1000)); // clear offers left by earlier tests
    const { course, offer, next, waiting } = await offered();
    expect(await expireOffers(db, new Date(NOW.getTime() + 24 * HOUR - 1))).toBe(0);
    expect(await expireOffers(db, new Date(NOW.getTime() + 24 * HOUR))).toBe(1);
    expect((await reg(offer.registrationId)).status).toBe("cancelled");
    expect((await deliveries(offer.user.id)).map((d) => [d.kind, d.ref])).toEqual([
      ["registration_offer", `registration:${offer.registrationId}:offer:1`],
      ["registration_status", `registration:${offer.registrationId}:cancelled`],
    ]);
    expect(await reg(next.registrationId)).toMatchObject({ status: "offered", offerExpiresAt: new Date(NOW.getTime() + 48 * HOUR) });
    expect(await expireOffers(db, new Date(NOW.getTime() + 48 * HOUR))).toBe(1);
    expect((await reg(waiting[2]!.registrationId)).status).toBe("offered");
    expect(await expireOffers(db, new Date(NOW.getTime() + 72 * HOUR))).toBe(1);
    expect(await fx.statuses(course.id)).toEqual({ pending: 1, cancelled: 4 });
    expect(await taken(course.id)).toBe(1); // the seat is free: nobody is left waiting
  });

  it("no seat is ever counted twice along the way", async () => {
    const { course, seated, waiting } = await fullCourse();
    const steps = [
      () => cancelRegistration(db, { userId: seated[0]!.user.id, registrationId: seated[0]!.registrationId, now: NOW }),
      () => declineOffer(db, { userId: waiting[0]!.user.id, registrationId: waiting[0]!.registrationId, now: NOW }),
      () => acceptOffer(db, { userId: waiting[1]!.user.id, registrationId: waiting[1]!.registrationId, now: NOW }),
      () => cancelRegistration(db, { userId: seated[1]!.user.id, registrationId: seated[1]!.registrationId, now: NOW }),
      () => expireOffers(db, inDays(3)),
    ];
    for (const step of steps) {
      await step();
      expect(await taken(course.id)).toBeLessThanOrEqual(2);
    }
    expect(await fx.statuses(course.id)).toEqual({ pending: 1, cancelled: 4 });
  });

  it("a second offer to the same registration gets its own notice", async () => {
    const course = await fx.course(providerId, { capacity: 1 });
    const a = await fx.apply(course.id);
    const w = await fx.apply(course.id);
    const coordinator = await fx.user();
    await cancelRegistration(db, { userId: a.user.id, registrationId: a.registrationId, now: NOW }); // w offered
    await acceptOffer(db, { userId: w.user.id, registrationId: w.registrationId, now: NOW }); // w pending
    await decide(db, { roles: ADMIN, actorUserId: coordinator.id, registrationId: w.registrationId, decision: "waitlist", now: NOW });
    // No one else waits, so the freed seat stays free rather than going straight back to w.
    expect((await reg(w.registrationId)).status).toBe("waitlisted");
    const b = await fx.apply(course.id, {}, new Date(NOW.getTime() + DAY)); // takes the free seat
    await cancelRegistration(db, { userId: b.user.id, registrationId: b.registrationId, now: NOW });
    expect((await reg(w.registrationId)).status).toBe("offered");
    const refs = (await deliveries(w.user.id)).filter((d) => d.kind === "registration_offer").map((d) => d.ref);
    expect(refs).toEqual([`registration:${w.registrationId}:offer:1`, `registration:${w.registrationId}:offer:2`]);
  });
});
