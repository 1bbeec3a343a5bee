// Forged callback data for every privileged action that exists: coordinator decisions, the
// reason prompt, CSV export and the course screens for another provider's course; a jobseeker
// pressing coordinator buttons; someone else's registration in "my sign-ups". Each is refused
// in the presser's language and changes nothing (test/support/forgery.ts).
// Staff tools (panel, people, grants, invites, pickers), the events editor, broadcasts and the
// CSV import: every action pressed by a jobseeker, by a coordinator and by staff of another
// region (acting on region X's event, broadcast, grant or invite while scoped to Y and Z),
// plus forged presses inside the editor and broadcast dialogs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coordCb } from "../src/bot/features/coordinator/callbacks.ts";
import { myCb } from "../src/bot/features/my/callbacks.ts";
import { staffCb } from "../src/bot/features/staff/callbacks.ts";
import { editorCb, editorDialogCb } from "../src/bot/features/editor/callbacks.ts";
import { broadcastCb, composerCb } from "../src/bot/features/broadcasts/callbacks.ts";
import { importCb } from "../src/bot/features/import/callbacks.ts";
import { signPreview } from "../src/bot/features/import/token.ts";
import { i18n } from "../src/bot/i18n.ts";
import type { Broadcast, Course, Event, Invite, Provider, Registration, RoleGrant } from "../src/generated/prisma/client.ts";
import { FakeClock } from "./support/clock.ts";
import { freshDb, type TestDb } from "./support/db.ts";
import { expectForgeriesRefused, type Forgery, type ForgeryActor } from "./support/forgery.ts";
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

// --- staff tools, events editor, broadcasts, import ----------------------------------------

/** What any staff action could write. */
const STAFF_TABLES = [
  "Event", "Broadcast", "Delivery", "RoleGrant", "Invite", "AuditLog", "Course", "Provider", "Vacancy", "Employer",
  "College", "User", "Subscription", "Watch", "Registration", "Consent",
];
const X = "karaganda"; // the region whose data is forged at
const Y = ["aktobe", "abai"]; // the forger's regions (two, so the dialogs ask for a region)

describe("forged staff, editor, broadcast and import callbacks are refused and change nothing", () => {
  let staffY: ForgeryActor;
  let staffYTelegramId: number;
  let grantX: RoleGrant;
  let inviteX: Invite;
  let eventX: Event;
  let draftX: Event;
  let provider: Provider;
  let bScheduled: Broadcast;
  let bSending: Broadcast;
  let bXY: Broadcast; // to X and one of Y's regions: Y does not manage all of it

  const broadcast = (createdById: number, regions: string[], status: string) =>
    t.db.broadcast.create({
      data: {
        createdById, text: "Ярмарка вакансий", status, audience: JSON.stringify({ regions, who: "subscribers", language: "all" }),
        scheduledAt: status === "scheduled" ? f.inDays(2) : null, startedAt: status === "sending" ? NOW : null, recipientCount: status === "sending" ? 1 : 0,
      },
    });
  const event = (regionCode: string, status: string) =>
    t.db.event.create({
      data: {
        externalId: `forgery-${regionCode}-${status}-${nextId++}`, regionCode, kind: "job_fair", titleRu: "Ярмарка", titleEn: "Job fair", titleKk: "Жәрмеңке",
        venue: "Дворец культуры", city: "Караганда", startsAt: f.inDays(5), endsAt: new Date(f.inDays(5).getTime() + 6 * 3600_000), status,
        publishedAt: status === "published" ? NOW : null,
      },
    });

  beforeAll(async () => {
    const x = await person("ru");
    grantX = await t.db.roleGrant.create({ data: { userId: x.user.id, role: "staff", regionCode: X } });
    const y = await person("kk");
    staffYTelegramId = Number(y.user.telegramId);
    for (const code of Y) await t.db.roleGrant.create({ data: { userId: y.user.id, role: "staff", regionCode: code } });
    staffY = y.actor;
    provider = await f.provider("Temirtau Steel College");
    inviteX = await t.db.invite.create({ data: { token: "forgeryInviteToken0000001", role: "staff", regionCode: X, createdById: x.user.id, expiresAt: f.inDays(3) } });
    eventX = await event(X, "published");
    draftX = await event(X, "draft");
    bScheduled = await broadcast(x.user.id, [X], "scheduled");
    bSending = await broadcast(x.user.id, [X], "sending");
    bXY = await broadcast(x.user.id, [X, Y[0]!], "scheduled");
    const recipient = await person("ru");
    await t.db.delivery.create({ data: { kind: "broadcast", ref: `broadcast:${bSending.id}`, userId: recipient.user.id, broadcastId: bSending.id, payload: JSON.stringify({ broadcastId: bSending.id }) } });
    await staffY.u.send("/panel");
  });

  /** Every action of the four features, with ids of region X's data. */
  const everyAction = (): string[] => [
    staffCb.pack("panel"), staffCb.pack("people", 0), staffCb.pack("grant", grantX.id, 0), staffCb.pack("revoke", grantX.id, 0),
    staffCb.pack("invite"), staffCb.pack("invRole", "staff"), staffCb.pack("invRole", "coordinator"), staffCb.pack("invProviders", 0),
    staffCb.pack("invCourses", 0), staffCb.pack("invRegion", X), staffCb.pack("invProvider", provider.id), staffCb.pack("invCourse", ours.id),
    staffCb.pack("invRevoke", inviteX.id), staffCb.pack("stats"),
    editorCb.pack("list", 0), editorCb.pack("rlist", X, 0), editorCb.pack("open", eventX.id), editorCb.pack("preview", eventX.id),
    editorCb.pack("edit", eventX.id), editorCb.pack("new"), editorCb.pack("cancel", eventX.id), editorCb.pack("cancelYes", eventX.id),
    editorCb.pack("cancelYes", draftX.id),
    broadcastCb.pack("new"), broadcastCb.pack("list", 0), broadcastCb.pack("open", bSending.id), broadcastCb.pack("refresh", bSending.id),
    broadcastCb.pack("stop", bScheduled.id), broadcastCb.pack("stopYes", bScheduled.id), broadcastCb.pack("stopYes", bSending.id),
    importCb.pack("help"), importCb.pack("sample", "events"), importCb.pack("kind", "events"), importCb.pack("go", "events", "abc", "x".repeat(22)),
    importCb.pack("no"),
  ];

  it("every action pressed by a jobseeker and by a coordinator (neither is staff)", async () => {
    const actions = everyAction();
    expect(actions).toHaveLength(35);
    await expectForgeriesRefused(
      t.db,
      [seeker, coord].flatMap((actor) =>
        actions.map((data): Forgery => ({ name: `${actor === seeker ? "jobseeker" : "coordinator"} presses ${data}`, actor, data, unchanged: STAFF_TABLES, refusalKeys: ["access-staff-only", "access-admin-only"] })),
      ),
    );
  });

  it("staff of other regions: admin-only staff actions, region X's invites, events and broadcasts", async () => {
    const as = (refusal: string) => (data: string): Forgery => ({ name: `staff of ${Y.join("+")} presses ${data}`, actor: staffY, data, unchanged: STAFF_TABLES, refusalKeys: [refusal] });
    await expectForgeriesRefused(t.db, [
      // People with roles, revoking grants, coordinator invites: admins only.
      ...[
        staffCb.pack("people", 0), staffCb.pack("grant", grantX.id, 0), staffCb.pack("revoke", grantX.id, 0), staffCb.pack("revoke", grantX.id + 1, 0),
        staffCb.pack("invRole", "coordinator"), staffCb.pack("invProviders", 0), staffCb.pack("invCourses", 0),
        staffCb.pack("invProvider", provider.id), staffCb.pack("invCourse", ours.id),
      ].map(as("access-admin-only")),
      // Region X's data and region X's (or an unknown region's) invites.
      ...[
        staffCb.pack("invRegion", X), staffCb.pack("invRegion", "atlantis"), staffCb.pack("invRevoke", inviteX.id),
        editorCb.pack("rlist", X, 0), editorCb.pack("rlist", X, 3),
        ...(["open", "preview", "edit", "cancel", "cancelYes"] as const).flatMap((action) => [editorCb.pack(action, eventX.id), editorCb.pack(action, draftX.id)]),
        ...(["open", "refresh", "stop", "stopYes"] as const).flatMap((action) => [bScheduled, bSending, bXY].map((b) => broadcastCb.pack(action, b.id))),
      ].map(as("access-out-of-scope")),
    ]);
  });

  it("import: a signed confirmation for rows of region X imports nothing", async () => {
    const csv = ["id,region,kind,title_kk,title_ru,title_en,starts_at,ends_at,city", `forged-fair,${X},job_fair,Жәрмеңке,Ярмарка,Job fair,2027-02-10 10:00,2027-02-10 16:00,Қарағанды`].join("\n");
    // The dry run refuses the file (no Import button); a tampered client sends one anyway, even
    // with a valid signature (the test knows the bot token) — the import checks the scope again.
    const report = await staffY.u.sendDocument("events.csv", csv);
    const outOfScope = i18n.t("kk", "import-error-out-of-scope", { region: X });
    expect(JSON.stringify(report)).toContain(X);
    expect(staffY.u.lastMessage()!.keyboard).toBeUndefined();
    const { issued, sig } = signPreview(h.bot.token, staffYTelegramId, "events", NOW, Buffer.from(csv));
    await expectForgeriesRefused(t.db, [
      { name: "signed import of region X's rows", actor: staffY, data: importCb.pack("go", "events", issued, sig), unchanged: STAFF_TABLES, refusalTexts: [outOfScope] },
      { name: "import with another kind's signature", actor: staffY, data: importCb.pack("go", "courses", issued, sig), unchanged: STAFF_TABLES, refusalKeys: ["import-stale"] },
      { name: "import with a forged signature", actor: staffY, data: importCb.pack("go", "events", issued, "A".repeat(22)), unchanged: STAFF_TABLES, refusalKeys: ["import-stale"] },
    ]);
    expect(await t.db.event.count({ where: { externalId: "forged-fair" } })).toBe(0);
  });

  it("inside the dialogs: a region outside the forger's scope is not taken", async () => {
    const busy = { unchanged: STAFF_TABLES, refusalKeys: ["dialog-busy"] };
    // Events editor, new event: the region question offers Y's regions only.
    await staffY.u.callback(staffY.u.lastMessage()!.messageId, editorCb.pack("new"));
    expect(staffY.u.lastMessage()!.text).toBe(i18n.t("kk", "editor-ask-region"));
    await expectForgeriesRefused(t.db, [
      { name: "editor: region X", actor: staffY, data: editorDialogCb.pack("region", X), ...busy },
      { name: "editor: unknown region", actor: staffY, data: editorDialogCb.pack("region", "atlantis"), ...busy },
      { name: "editor: publish before anything was asked", actor: staffY, data: editorDialogCb.pack("final", "publish"), ...busy },
    ]);
    await staffY.u.send("/cancel");
    // Broadcast composer: after the message, the region toggles offer Y's regions only.
    await staffY.u.send("/broadcast");
    await staffY.u.send("Ярмарка вакансий");
    await expectForgeriesRefused(t.db, [
      { name: "broadcast: toggle region X", actor: staffY, data: composerCb.pack("reg", X), ...busy },
      { name: "broadcast: all regions (admins only)", actor: staffY, data: composerCb.pack("regAll"), ...busy },
      { name: "broadcast: send before the preview", actor: staffY, data: composerCb.pack("act", "send"), ...busy },
      { name: "broadcast: confirm before the preview", actor: staffY, data: composerCb.pack("ok", "yes"), ...busy },
    ]);
    await staffY.u.send("/cancel");
    expect(await t.db.broadcast.count()).toBe(3);
  });

  it("a role revoked in the middle of a dialog: the final press is refused", async () => {
    const z = await person("en");
    const grant = () => t.db.roleGrant.create({ data: { userId: z.user.id, role: "staff", regionCode: X } });
    const revoke = (id: number) => t.db.roleGrant.update({ where: { id }, data: { revokedAt: NOW } });
    // Editing region X's event; the grant for X goes before "Save".
    const g1 = await grant();
    await z.actor.u.send("/events_admin");
    await z.actor.u.callback(z.actor.u.lastMessage()!.messageId, editorCb.pack("edit", eventX.id));
    expect(z.actor.u.buttons()).toContain(i18n.t("en", "editor-btn-fields"));
    await revoke(g1.id);
    await expectForgeriesRefused(t.db, [
      { name: "editor: publish after the grant was revoked", actor: z.actor, data: editorDialogCb.pack("final", "publish"), unchanged: STAFF_TABLES, refusalKeys: ["access-out-of-scope"] },
    ]);
    // Composing for region X (their only region: not asked); the grant goes before "Yes, send".
    const g2 = await grant();
    await z.actor.u.send("/broadcast");
    await z.actor.u.send("Job fair on Saturday");
    await z.actor.u.pressData(composerCb.pack("who", "everyone"));
    await z.actor.u.pressData(composerCb.pack("lang", "all"));
    await z.actor.u.pressData(composerCb.pack("act", "send"));
    expect(z.actor.u.buttons()).toContain(i18n.t("en", "broadcasts-confirm-yes"));
    await revoke(g2.id);
    await expectForgeriesRefused(t.db, [
      { name: "broadcast: send after the grant was revoked", actor: z.actor, data: composerCb.pack("ok", "yes"), unchanged: STAFF_TABLES, refusalKeys: ["access-out-of-scope", "access-staff-only"] },
    ]);
  });
});
