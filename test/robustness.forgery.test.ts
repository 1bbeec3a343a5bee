// Forged callback data for every privileged action that exists: coordinator decisions, the
// reason prompt, CSV export and the course screens for another provider's course; a jobseeker
// pressing coordinator buttons; someone else's registration in "my sign-ups". Each is refused
// in the presser's language and changes nothing (test/support/forgery.ts).
// Staff, editor, broadcast and import actions: add their cases with the same helper.
import { afterAll, beforeAll, describe, it } from "vitest";
import { coordCb } from "../src/bot/features/coordinator/callbacks.ts";
import { myCb } from "../src/bot/features/my/callbacks.ts";
import type { Course, Registration } from "../src/generated/prisma/client.ts";
import { FakeClock } from "./support/clock.ts";
import { freshDb, type TestDb } from "./support/db.ts";
import { expectForgeriesRefused, type ForgeryActor } from "./support/forgery.ts";
import { Harness } from "./support/harness.ts";
import { SignupFixtures } from "./support/signups.ts";

const NOW = new Date("2026-11-25T06:00:00Z");

let t: TestDb;
let h: Harness;
let f: SignupFixtures;
let nextId = 8100;
let ours: Course; // coordinated by `coord`
let theirs: Course; // another provider's course
let theirPending: Registration;
let theirWaitlisted: Registration;
let aliceOffered: Registration; // Alice's own registrations, pressed at by Bob
let alicePending: Registration;
let coord: ForgeryActor;
let seeker: ForgeryActor; // no roles at all
let bob: ForgeryActor;

/** What a decision or a cancellation would write. */
const DECISION_TABLES = ["Registration", "AuditLog", "Delivery", "Consent", "RoleGrant", "User"];

async function person(locale: string) {
  const id = nextId++;
  const user = await f.user(id, { locale });
  return { user, actor: { u: h.user(id, { language_code: locale }), locale } };
}

beforeAll(async () => {
  t = await freshDb();
  h = new Harness({ db: t.db, clock: new FakeClock(NOW) });
  f = new SignupFixtures(t.db, NOW);
  const p1 = await f.provider("Karaganda Technical College");
  const p2 = await f.provider("Saran Tyre Plant Academy");
  ours = await f.course(p1.id, { en: "Welding", ru: "Сварщик", kk: "Дәнекерлеуші" });
  theirs = await f.course(p2.id, { en: "Tyre fitting", ru: "Шиномонтаж", kk: "Шина жөндеу" });
  const c = await person("ru");
  coord = c.actor;
  await f.grantCoordinator(c.user.id, { courseId: ours.id });
  const other = await person("en");
  await f.grantCoordinator(other.user.id, { providerId: p2.id });
  seeker = (await person("kk")).actor;
  bob = (await person("kk")).actor;
  const applicant = await person("kk");
  theirPending = await f.registration(applicant.user.id, theirs.id, "pending");
  theirWaitlisted = await f.registration((await person("ru")).user.id, theirs.id, "waitlisted");
  const alice = await person("ru");
  aliceOffered = await f.registration(alice.user.id, theirs.id, "offered", { offerExpiresAt: f.inDays(1) });
  alicePending = await f.registration(alice.user.id, ours.id, "pending");
  // Each presser has a screen of their own open, as a real tampered client would.
  await coord.u.send("/courses");
  await seeker.u.send("/menu");
  await bob.u.send("/my");
});

afterAll(async () => {
  await t?.cleanup();
});

describe("forged callback data is refused and changes nothing", () => {
  it("coordinator actions on another provider's course", async () => {
    const decisions = (["ok", "wait", "no"] as const).flatMap((action) =>
      [theirPending, theirWaitlisted].map((reg) => ({
        name: `${action} on another provider's ${reg.status} application`,
        actor: coord,
        data: coordCb.pack(action, reg.id, theirs.id, reg.status, 0),
        unchanged: DECISION_TABLES,
      })),
    );
    await expectForgeriesRefused(t.db, [
      ...decisions,
      // The course id in the data is ours, the registration theirs: the registration decides.
      { name: "approve their application under our course id", actor: coord, data: coordCb.pack("ok", theirPending.id, ours.id, "pending", 0), unchanged: DECISION_TABLES },
      { name: "CSV of another provider's course", actor: coord, data: coordCb.pack("csv", theirs.id), unchanged: DECISION_TABLES },
      { name: "another provider's course screen", actor: coord, data: coordCb.pack("course", theirs.id), unchanged: DECISION_TABLES },
      { name: "another provider's application card", actor: coord, data: coordCb.pack("app", theirs.id, "pending", 0), unchanged: DECISION_TABLES },
      { name: "approve an application that does not exist", actor: coord, data: coordCb.pack("ok", 999_999, ours.id, "pending", 0), unchanged: DECISION_TABLES },
    ]);
  });

  it("coordinator actions pressed by someone with no role at all", async () => {
    await expectForgeriesRefused(
      t.db,
      [
        coordCb.pack("ok", alicePending.id, ours.id, "pending", 0),
        coordCb.pack("wait", alicePending.id, ours.id, "pending", 0),
        coordCb.pack("no", alicePending.id, ours.id, "pending", 0),
        coordCb.pack("csv", ours.id),
        coordCb.pack("courses", 0),
        coordCb.pack("course", ours.id),
        coordCb.pack("app", ours.id, "pending", 0),
        coordCb.pack("alerts", "digest", 0),
      ].map((data) => ({ name: `jobseeker presses ${data}`, actor: seeker, data, unchanged: DECISION_TABLES })),
    );
  });

  it("someone else's registration in my sign-ups", async () => {
    const actions = ["card", "cancel", "cancelYes", "accept", "decline", "declineYes"] as const;
    await expectForgeriesRefused(
      t.db,
      actions.flatMap((action) =>
        [aliceOffered, alicePending].map((reg) => ({
          name: `${action} on someone else's ${reg.status} registration`,
          actor: bob,
          data: myCb.pack(action, reg.id),
          unchanged: DECISION_TABLES,
        })),
      ),
    );
  });
});
