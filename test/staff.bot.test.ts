// Staff tools through the real bot with Telegram faked at the HTTP level: the staff panel,
// invite links (create, accept by a first-time user, used/expired/revoked refused, the
// inviter told through the outbox), /staff with one-tap revoke, /stats, and refusals —
// including forged callbacks that must change nothing.
import { syncAdminMenus } from "../src/bot/features/staff/commands.ts";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "./support/db.ts";
import { FakeClock } from "./support/clock.ts";
import { Harness, texts, type ApiCall, type FakeUser } from "./support/harness.ts";
import { SignupFixtures } from "./support/signups.ts";
import { staffCb } from "../src/bot/features/staff/callbacks.ts";
import { editorCb } from "../src/bot/features/editor/callbacks.ts";
import { broadcastCb } from "../src/bot/features/broadcasts/callbacks.ts";
import { importCb } from "../src/bot/features/import/callbacks.ts";
import { formatDateTime } from "../src/domain/format.ts";
import { startDeliveryWorker } from "../src/jobs/delivery-worker.ts";
import { createLogger } from "../src/logger.ts";
import type { User } from "../src/generated/prisma/client.ts";

const NOW = new Date("2026-11-25T06:00:00Z"); // 11:00 in Almaty
const HOUR = 3_600_000;
const ADMIN = 9001;

let t: TestDb;
let h: Harness;
let clock: FakeClock;
let f: SignupFixtures;
let admin: { user: User; u: FakeUser };
let staff: { user: User; u: FakeUser }; // staff of Karaganda
let nextId = 7000;

beforeAll(async () => {
  t = await freshDb();
  clock = new FakeClock(NOW);
  h = new Harness({ db: t.db, clock, config: { adminIds: [ADMIN] } });
  f = new SignupFixtures(t.db, NOW);
  admin = { user: await f.user(ADMIN, { locale: "en", firstName: "Asel" }), u: h.user(ADMIN, { language_code: "en", first_name: "Asel" }) };
  staff = await person("ru");
  await t.db.roleGrant.create({ data: { userId: staff.user.id, role: "staff", regionCode: "karaganda" } });
});

afterAll(async () => {
  await t?.cleanup();
});

beforeEach(async () => {
  clock.set(NOW);
  await t.db.auditLog.deleteMany();
  await t.db.delivery.deleteMany();
});

async function person(locale: string, data: Partial<User> = {}) {
  const id = nextId++;
  const user = await f.user(id, { locale, ...data });
  return { user, u: h.user(id, { language_code: locale }) };
}

const alerts = (calls: ApiCall[]) => calls.filter((c) => c.method === "answerCallbackQuery").map((c) => String(c.params.text ?? ""));
const dataOf = (u: FakeUser) => u.lastMessage()?.keyboard?.inline_keyboard.flat().map((b) => ("callback_data" in b ? b.callback_data : "")) ?? [];
const tokenIn = (text: string) => /start=invite_([A-Za-z0-9_-]+)/.exec(text)?.[1];

/** Admin: /invite → regional staff → Karaganda; returns the token of the link shown. */
async function inviteStaff(u = admin.u): Promise<string> {
  await u.send("/invite");
  if (u === admin.u) await u.press("Regional staff");
  await u.press(u === admin.u ? "Karaganda Region" : "Карагандинская область");
  const token = tokenIn(u.lastMessage()!.text);
  if (!token) throw new Error(`no link in ${u.lastMessage()!.text}`);
  return token;
}

describe("command menus", () => {
  it("ADMIN_IDS admins who have used the bot get their tools at start, in their language", async () => {
    await syncAdminMenus({ api: h.bot.api, db: t.db, adminIds: [ADMIN, 99_999_999], log: createLogger("silent") });
    const commands = h.api.commandsFor({ type: "chat", chat_id: ADMIN });
    expect(commands.map((c) => c.command)).toEqual(expect.arrayContaining(["panel", "stats", "staff", "invite"]));
    expect(commands.find((c) => c.command === "panel")?.description).toBe("Staff panel");
    expect(h.api.commandsFor({ type: "chat", chat_id: 99_999_999 })).toEqual([]); // never wrote to the bot
  });

  it("/help adds the tools of the person's roles, in their language; a jobseeker's has none", async () => {
    await staff.u.send("/help");
    const staffHelp = staff.u.lastMessage()!.text;
    expect(staffHelp).toContain("<b>Ваши инструменты</b>\n/panel — Панель сотрудника\n/stats — Статистика");
    expect(staffHelp).not.toContain("/invite");
    await admin.u.send("/help");
    expect(admin.u.lastMessage()!.text).toContain("/invite — Invite staff or a coordinator");
    const jobseeker = await person("kk");
    await jobseeker.u.send("/help");
    expect(jobseeker.u.lastMessage()!.text).toContain("Mamandyq не істей алады");
    expect(jobseeker.u.lastMessage()!.text).not.toContain("Сіздің құралдарыңыз");
  });
});

describe("the staff panel", () => {
  it("shows staff their tools and admins also people; packs the other features' entry points", async () => {
    await admin.u.send("/panel");
    expect(admin.u.lastMessage()!.text).toBe("🛠 <b>Staff panel</b> · administrator\nRegions: all regions");
    expect(dataOf(admin.u)).toEqual([
      editorCb.pack("list", 0), broadcastCb.pack("new"), broadcastCb.pack("list", 0), importCb.pack("help"),
      staffCb.pack("stats"), staffCb.pack("invite"), staffCb.pack("people", 0),
    ]);
    await staff.u.send("/panel");
    expect(staff.u.lastMessage()!.text).toBe("🛠 <b>Панель сотрудника</b>\nРегионы: Карагандинская область");
    expect(dataOf(staff.u)).not.toContain(staffCb.pack("people", 0));
  });

  it("refuses jobseekers and coordinators: /panel /staff /invite /stats and forged panel buttons", async () => {
    const j = await person("en");
    const coordinator = await person("en");
    const p = await f.provider();
    await f.grantCoordinator(coordinator.user.id, { providerId: p.id });
    for (const who of [j, coordinator]) {
      for (const [command, answer] of [
        ["/panel", "This is only for regional staff."],
        ["/invite", "This is only for regional staff."],
        ["/stats", "This is only for regional staff."],
        ["/staff", "This is only for administrators."],
      ]) {
        const sent = (await who.u.send(command!)).filter((c) => c.method === "sendMessage");
        expect(sent.map((c) => [c.params.text, c.params.reply_markup])).toEqual([[answer, undefined]]);
      }
    }
    await j.u.send("/menu");
    const menu = j.u.lastMessage()!.messageId;
    const forged: Array<[string, string]> = [
      [staffCb.pack("panel"), "This is only for regional staff."],
      [staffCb.pack("stats"), "This is only for regional staff."],
      [staffCb.pack("invRegion", "karaganda"), "This is only for regional staff."],
      [staffCb.pack("people", 0), "This is only for administrators."],
    ];
    for (const [data, answer] of forged) {
      const calls = await j.u.callback(menu, data);
      expect(alerts(calls)).toEqual([answer]);
      expect(texts(calls)).toEqual([]);
    }
    expect(await t.db.invite.count()).toBe(0);
  });
});

describe("invites", () => {
  it("admin creates a staff invite; a first-time user accepts it, then onboarding goes on; the admin is told", async () => {
    const token = await inviteStaff();
    const shown = admin.u.lastMessage()!;
    const invite = await t.db.invite.findUniqueOrThrow({ where: { token } });
    expect(shown.text).toBe(
      `🔗 <b>Invite: 🏛 Regional staff — Karaganda Region</b>\nSend this link to the person:\nhttps://t.me/mamandyq_bot?start=invite_${token}\nIt works once, until ${formatDateTime(invite.expiresAt, "en")}.`,
    );
    expect(invite.expiresAt).toEqual(new Date(NOW.getTime() + 72 * HOUR));
    expect(admin.u.buttons()).toEqual(["✖ Revoke this invite", "‹ Staff panel"]);

    // Someone who never used the bot: answered in Telegram's language, then the language picker.
    const newcomer = h.user(7500, { language_code: "ru", first_name: "Dana" });
    clock.advance(HOUR);
    const calls = await newcomer.send(`/start invite_${token}`);
    const shownTexts = texts(calls);
    expect(shownTexts[0]).toBe("✅ Добро пожаловать в команду! Ваша роль: <b>🏛 Сотрудник региона — Карагандинская область</b>.\nВсе инструменты — в панели сотрудника (/panel).");
    expect(shownTexts[1]).toContain("Тілді таңдаңыз");
    expect(newcomer.buttons()[0]).toBe("🇷🇺 Русский ✓");
    const dana = await t.db.user.findUniqueOrThrow({ where: { telegramId: 7500n } });
    expect(await t.db.roleGrant.findFirst({ where: { userId: dana.id, revokedAt: null } })).toMatchObject({ role: "staff", regionCode: "karaganda", grantedById: admin.user.id });
    expect(await t.db.invite.findUniqueOrThrow({ where: { token } })).toMatchObject({ usedById: dana.id, usedAt: clock.now() });
    expect((await t.db.auditLog.findMany({ orderBy: { id: "asc" } })).map((a) => [a.action, a.actorId])).toEqual([
      ["invite.create", admin.user.id],
      ["role.grant", admin.user.id],
      ["invite.accept", dana.id],
    ]);
    // Their own command menu now lists the staff tools.
    const commands = h.api.commandsFor({ type: "chat", chat_id: 7500 });
    const menu = commands.map((c) => c.command);
    expect(menu).toEqual(expect.arrayContaining(["start", "menu", "panel", "stats"]));
    expect(menu).not.toContain("staff");
    expect(commands.find((c) => c.command === "panel")?.description).toBe("Панель сотрудника");

    // Onboarding continues: language → region → main menu.
    await newcomer.press("Русский");
    expect(newcomer.lastMessage()!.text).toContain("регион");
    // A later language change rewrites their own menu in the new language.
    await newcomer.send("/language");
    await newcomer.press("English");
    expect(h.api.commandsFor({ type: "chat", chat_id: 7500 }).find((c) => c.command === "panel")?.description).toBe("Staff panel");

    // The inviter hears about it through the outbox, in their language.
    const worker = startDeliveryWorker({ db: t.db, api: h.bot.api, logger: createLogger("silent"), clock: h.deps.clock, intervalMs: 3_600_000 });
    try {
      expect(await worker.drainOnce()).toBe(1);
    } finally {
      await worker.stop();
    }
    expect(admin.u.lastMessage()!.text).toBe("✅ Dana accepted your invite: <b>🏛 Regional staff — Karaganda Region</b>.");

    // Second use is refused, in the user's language, and grants nothing.
    const late = await person("kk");
    expect(texts(await late.u.send(`/start invite_${token}`))[0]).toBe("Бұл сілтеме пайдаланылып қойған. Жаңасын сұраңыз.");
    expect(await t.db.roleGrant.count({ where: { userId: late.user.id } })).toBe(0);
  });

  it("expired, revoked and unknown links are refused with a reason; nothing is granted", async () => {
    const expiring = await inviteStaff();
    const revoked = await inviteStaff();
    await admin.u.press("Revoke this invite");
    expect(admin.u.lastMessage()!.text).toBe("✖ The invite has been revoked; the link no longer works.");
    expect((await t.db.invite.findUniqueOrThrow({ where: { token: revoked } })).revokedAt).toEqual(NOW);

    const p = await person("en");
    clock.advance(72 * HOUR);
    expect(texts(await p.u.send(`/start invite_${expiring}`))[0]).toBe("This invite link has expired. Ask for a new one.");
    expect(texts(await p.u.send(`/start invite_${revoked}`))[0]).toBe("This invite link was revoked. Ask for a new one.");
    expect(texts(await p.u.send("/start invite_nope"))[0]).toBe("This invite link is not valid. Ask for a new one.");
    expect(await t.db.roleGrant.count({ where: { userId: p.user.id } })).toBe(0);
    expect((await t.db.auditLog.findMany()).map((a) => a.action).sort()).toEqual(["invite.create", "invite.create", "invite.revoke"]);
  });

  it("coordinator invites: provider or course, picked from a list", async () => {
    const p = await f.provider("Temirtau Steel Academy");
    const c = await f.course(p.id, { en: "Crane operator", ru: "Крановщик" });
    await admin.u.send("/invite");
    await admin.u.press("Course coordinator");
    await admin.u.press("One course");
    await admin.u.press("Crane operator");
    const token = tokenIn(admin.u.lastMessage()!.text)!;
    expect(admin.u.lastMessage()!.text).toContain("🎓 Course coordinator — Crane operator");
    const coordinator = await person("ru");
    expect(texts(await coordinator.u.send(`/start invite_${token}`))[0]).toBe(
      "✅ Добро пожаловать в команду! Ваша роль: <b>🎓 Координатор курса — Крановщик</b>.\nВаши курсы и заявки — в разделе /courses.",
    );
    expect(await t.db.roleGrant.findFirst({ where: { userId: coordinator.user.id } })).toMatchObject({ role: "coordinator", courseId: c.id });
    expect(h.api.commandsFor({ type: "chat", chat_id: coordinator.u.chatId }).map((x) => x.command)).toContain("courses");

    await admin.u.send("/invite");
    await admin.u.press("Course coordinator");
    await admin.u.press("All courses of a provider");
    await admin.u.press("Temirtau Steel Academy");
    expect(admin.u.lastMessage()!.text).toContain("🎓 Coordinator of all courses of Temirtau Steel Academy");
  });

  it("staff invite staff of their own regions only; forged region or coordinator choices are refused", async () => {
    await staff.u.send("/invite");
    expect(staff.u.buttons()).toEqual(["Карагандинская область", "‹ Панель сотрудника"]);
    const token = await inviteStaff(staff.u);
    expect(await t.db.invite.findUniqueOrThrow({ where: { token } })).toMatchObject({ regionCode: "karaganda", createdById: staff.user.id });

    const before = await t.db.invite.count();
    const msg = staff.u.lastMessage()!.messageId;
    expect(alerts(await staff.u.callback(msg, staffCb.pack("invRegion", "aktobe")))).toEqual(["Это вне вашего региона — ничего не изменено."]);
    expect(alerts(await staff.u.callback(msg, staffCb.pack("invProviders", 0)))).toEqual(["Это доступно только администраторам."]);
    expect(alerts(await staff.u.callback(msg, staffCb.pack("invCourse", 1)))).toEqual(["Это доступно только администраторам."]);
    expect(await t.db.invite.count()).toBe(before);
  });
});

describe("/staff", () => {
  it("lists people with roles; revoking takes a confirmation, is audit-logged and resets their command menu", async () => {
    const target = await person("en", { firstName: "Yerlan", username: "yerlan" });
    const grant = await t.db.roleGrant.create({ data: { userId: target.user.id, role: "staff", regionCode: "aktobe" } });
    await h.bot.api.setMyCommands([{ command: "panel", description: "x" }], { scope: { type: "chat", chat_id: target.u.chatId } });

    await admin.u.send("/staff");
    let list = admin.u.lastMessage()!.text;
    expect(list).toMatch(/^👥 <b>People with roles<\/b>: \d+/);
    expect(list).toContain("1. <b>Asel</b>\n   🛡 Administrator (ADMIN_IDS setting)");
    expect(list).toContain("2. <b>User7000</b>\n   2a · 🏛 Regional staff — Karaganda Region");
    // Later people are on later pages.
    while (!admin.u.lastMessage()!.text.includes("Yerlan")) await admin.u.press("›");
    list = admin.u.lastMessage()!.text;
    expect(list).toMatch(/\d+\. <b>Yerlan \(@yerlan\)<\/b>\n {3}\d+a · 🏛 Regional staff — Aktobe Region/);

    await admin.u.pressData(dataOf(admin.u).find((d) => d.startsWith(`st1:grant:${grant.id}:`))!);
    expect(admin.u.lastMessage()!.text).toBe("Revoke the role <b>🏛 Regional staff — Aktobe Region</b> from Yerlan (@yerlan)?");
    const calls = await admin.u.press("Yes, revoke");
    expect(alerts(calls)).toEqual(["✅ Role revoked."]);
    expect((await t.db.roleGrant.findUniqueOrThrow({ where: { id: grant.id } })).revokedAt).toEqual(NOW);
    const [entry] = await t.db.auditLog.findMany();
    expect(entry).toMatchObject({ actorId: admin.user.id, action: "role.revoke", entityId: String(grant.id), createdAt: NOW });
    expect(h.api.commandsFor({ type: "chat", chat_id: target.u.chatId })).toEqual([]);
    expect(admin.u.lastMessage()!.text).not.toContain("Yerlan");

    // A second tap on the stale confirmation changes nothing.
    expect(alerts(await admin.u.callback(admin.u.lastMessage()!.messageId, staffCb.pack("revoke", grant.id, 0)))).toEqual(["This role has already been revoked."]);
    expect(await t.db.auditLog.count()).toBe(1);
  });

  it("forged revoke callbacks of non-admins are refused and change nothing", async () => {
    const victim = await person("en");
    const grant = await t.db.roleGrant.create({ data: { userId: victim.user.id, role: "staff", regionCode: "karaganda" } });
    const j = await person("en");
    await j.u.send("/menu");
    for (const who of [j.u, staff.u]) {
      await who.send("/menu");
      const msg = who.lastMessage()!.messageId;
      const answer = who === j.u ? "This is only for administrators." : "Это доступно только администраторам.";
      expect(alerts(await who.callback(msg, staffCb.pack("revoke", grant.id, 0)))).toEqual([answer]);
      expect(alerts(await who.callback(msg, staffCb.pack("grant", grant.id, 0)))).toEqual([answer]);
    }
    expect((await t.db.roleGrant.findUniqueOrThrow({ where: { id: grant.id } })).revokedAt).toBeNull();
    expect(await t.db.auditLog.count()).toBe(0);
    // Malformed data is left to "unhandled" (button out of date).
    const calls = await admin.u.callback(admin.u.lastMessage()!.messageId, "st1:revoke:abc");
    expect(alerts(calls)).toEqual(["This button is out of date. Here is the main menu."]);
    expect(await t.db.auditLog.count()).toBe(0);
  });
});

describe("/stats", () => {
  it("admins see everything; staff only their regions", async () => {
    const s = await freshDb();
    try {
      const c2 = new FakeClock(NOW);
      const h2 = new Harness({ db: s.db, clock: c2, config: { adminIds: [ADMIN] } });
      const f2 = new SignupFixtures(s.db, NOW);
      await f2.user(ADMIN, { locale: "en", regionCode: null, createdAt: new Date(NOW.getTime() - 30 * 24 * HOUR) });
      const k = await f2.user(10, { regionCode: "karaganda", createdAt: new Date(NOW.getTime() - HOUR) });
      const a = await f2.user(11, { regionCode: "aktobe", createdAt: new Date(NOW.getTime() - 26 * HOUR) });
      const st = await f2.user(12, { locale: "ru", regionCode: "karaganda", createdAt: new Date(NOW.getTime() - 40 * 24 * HOUR) });
      await s.db.roleGrant.create({ data: { userId: st.id, role: "staff", regionCode: "karaganda" } });
      await s.db.subscription.create({ data: { userId: k.id, regionCode: "karaganda", topic: "events" } });
      await s.db.subscription.create({ data: { userId: a.id, regionCode: "aktobe", topic: "events" } });
      const p = await f2.provider();
      const course = await f2.course(p.id, { en: "Welding" });
      await f2.registration(k.id, course.id, "pending");
      await f2.registration(a.id, course.id, "approved");
      await s.db.delivery.create({ data: { kind: "broadcast", ref: "b:1", userId: k.id, status: "sent", sentAt: new Date(NOW.getTime() - HOUR) } });
      await s.db.delivery.create({ data: { kind: "broadcast", ref: "b:1", userId: a.id, status: "blocked" } });

      const adminU = h2.user(ADMIN, { language_code: "en" });
      await adminU.send("/stats");
      const text = adminU.lastMessage()!.text;
      expect(text).toContain("📊 <b>Statistics</b> · all regions");
      expect(text).toContain("👥 Users: 4 · active 4 · new in 7 days 2");
      expect(text).toContain("🔔 Active subscribers: 2");
      expect(text).toContain("📝 Sign-ups: ⏳ under review: 1 · ✅ approved: 1");
      expect(text).toContain("✉️ Messages, last 90 days: sent: 1 · blocked the bot: 1");
      expect(text).toContain("Aktobe Region: 👥 1 · 🔔 1 · 📝 0 · 📅 0");
      expect(text).toContain("Karaganda Region: 👥 2 · 🔔 1 · 📝 2 · 📅 0");
      expect(text).toContain("Tue, Nov 24: 👥 1 · 📝 0 · ✉️ 0");
      expect(text).toContain("Wed, Nov 25: 👥 1 · 📝 2 · ✉️ 1");
      expect(text.match(/: 👥 \d+ · 📝/g)).toHaveLength(7);

      const staffU = h2.user(12, { language_code: "ru" });
      await staffU.send("/stats");
      const own = staffU.lastMessage()!.text;
      expect(own).toContain("📊 <b>Статистика</b> · Карагандинская область");
      expect(own).toContain("👥 Пользователи: 2 · активных 2 · новых за 7 дней 1");
      expect(own).toContain("✉️ Сообщения за последние 90 дней: отправлено: 1");
      expect(own).not.toContain("Актюбинская");
      expect(own).toContain("ср, 25 нояб.: 👥 1 · 📝 2 · ✉️ 1");
    } finally {
      await s.cleanup();
    }
  });
});
