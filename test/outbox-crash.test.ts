// Crash and resume: a worker process is killed with SIGKILL in the middle of a broadcast (or of
// any other kind of delivery); a second process on the same database finishes the job. Every
// recipient gets the message; duplicates are possible only for rows that were in flight
// (claimed, "sending") at the kill. Both counts are printed.
// Parametrized: CRASH_RECIPIENTS (default 10,000) and CRASH_KIND ("broadcast", planned by the
// broadcast domain, or "registration_status", one notice per application), e.g.
//   CRASH_RECIPIENTS=2000 CRASH_KIND=registration_status npx vitest run test/outbox-crash.test.ts
import { spawn, type ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startLocalBotApi, type LocalBotApi } from "../src/dev/bot-api/index.ts";
import { startBroadcast } from "../src/domain/broadcasts/index.ts";
import { buildSearchText } from "../src/domain/search.ts";
import { freshDb, type TestDb } from "./support/db.ts";

const TOKEN = "7100000003:OUTBOX-CRASH-aaaaaaaaaaaaaaaaaaa";
const NOW = new Date("2026-11-25T06:00:00Z"); // the children's clock
// 10,000 recipients take ~16 s on an idle 2-core machine (broadcasts go out at ~1,000/s).
const RECIPIENTS = Number(process.env.CRASH_RECIPIENTS ?? 10_000);
const KIND = (process.env.CRASH_KIND ?? "broadcast") as "broadcast" | "registration_status";
const FIRST_TG_ID = 700_000;
/** Generous (a loaded machine sends far slower); each process stops itself after this. */
const TIME_LIMIT_MS = 30_000 + RECIPIENTS * 12;

let t: TestDb;
let bot: LocalBotApi;

/** The deliveries, planned the way production plans them. */
const plan: Record<typeof KIND, (userIds: number[]) => Promise<void>> = {
  async broadcast() {
    // An admin's message to everyone whose home region is Aktobe: startBroadcast enqueues one
    // delivery per reachable member of the audience in one statement.
    const author = await t.db.user.create({ data: { telegramId: 1n, locale: "ru" } });
    const b = await t.db.broadcast.create({
      data: { createdById: author.id, text: "Ярмарка вакансий в субботу, 10:00 — ждём вас!", audience: JSON.stringify({ regions: ["aktobe"], who: "everyone", language: "all" }) },
    });
    const started = await startBroadcast(t.db, null, b.id, NOW);
    expect(started).toEqual({ ok: true, recipients: RECIPIENTS, already: false });
  },
  async registration_status(userIds) {
    const provider = await t.db.provider.create({ data: { externalId: "p-crash", nameRu: "Центр" } });
    const course = await t.db.course.create({
      data: {
        externalId: "c-crash", regionCode: "aktobe", providerId: provider.id, titleKk: "Слесарь", titleRu: "Слесарь", titleEn: "Fitter",
        sector: "manufacturing", durationWeeks: 4, startsAt: new Date("2026-12-20T04:00:00Z"), registrationDeadline: new Date("2026-12-10T04:00:00Z"),
        capacity: RECIPIENTS, searchText: buildSearchText("Слесарь", "Fitter"),
      },
    });
    await t.db.registration.createMany({
      data: userIds.map((userId) => ({ userId, courseId: course.id, status: "approved", fullName: "Айдана Серикова", phone: "+77011234567", birthDate: new Date("2004-01-01"), educationLevel: "college" })),
    });
    const regs = await t.db.registration.findMany({ select: { id: true, userId: true } });
    await t.db.delivery.createMany({
      data: regs.map((r) => ({ kind: "registration_status", ref: `registration:${r.id}:approved`, userId: r.userId, payload: JSON.stringify({ registrationId: r.id }), notBefore: new Date(0) })),
    });
  },
};

beforeAll(async () => {
  t = await freshDb();
  bot = await startLocalBotApi();
  const ids = Array.from({ length: RECIPIENTS }, (_, i) => FIRST_TG_ID + i);
  for (const id of ids) bot.addUser({ id, first_name: `U${id}`, language_code: "ru" });
  await t.db.user.createMany({ data: ids.map((id) => ({ telegramId: BigInt(id), locale: "ru", regionCode: "aktobe", lastSeenAt: NOW })) });
  const users = await t.db.user.findMany({ where: { telegramId: { gte: FIRST_TG_ID } }, select: { id: true }, orderBy: { id: "asc" } });
  await plan[KIND](users.map((u) => u.id));
}, 60_000);

const children: ChildProcess[] = [];

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  await bot?.close();
  await t?.cleanup();
});

function worker(mode: "run" | "drain") {
  const args = ["--import", "tsx", "test/outbox-crash.child.ts", t.url, bot.apiRoot, TOKEN, mode, String(TIME_LIMIT_MS)];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let out = "";
  let err = "";
  child.stdout.on("data", (b: Buffer) => (out += b));
  child.stderr.on("data", (b: Buffer) => (err += b));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  return { child, exited, out: () => out, err: () => err };
}

/** Messages the fake Telegram accepted (a send it refused is not a message). */
const sendCount = () => bot.calls.filter((c) => c.method === "sendMessage").length;

it(`a worker killed mid-way through ${RECIPIENTS} ${KIND} deliveries is resumed by another: everyone gets the message, duplicates only from the in-flight batch`, async () => {
  const t0 = Date.now();
  const first = worker("run");
  const deadline = Date.now() + TIME_LIMIT_MS;
  while (sendCount() < RECIPIENTS * 0.25 + 10) { // +10: most likely mid-batch (claims are 100 at 1000/s)
    if (Date.now() > deadline) throw new Error(`first worker sent only ${sendCount()} messages: ${first.err()}`);
    await sleep(2);
  }
  first.child.kill("SIGKILL");
  expect((await first.exited).signal).toBe("SIGKILL");
  const killedAt = Date.now();
  const sentBeforeKill = sendCount();
  const inFlight = await t.db.delivery.findMany({ where: { status: "sending" }, select: { user: { select: { telegramId: true } } } });
  const inFlightChats = new Set(inFlight.map((d) => Number(d.user.telegramId)));

  const second = worker("drain");
  const { code } = await second.exited;
  expect(code, second.err()).toBe(0);

  const perChat = new Map<number, number>();
  for (const c of bot.calls) if (c.method === "sendMessage") perChat.set(Number(c.params.chat_id), (perChat.get(Number(c.params.chat_id)) ?? 0) + 1);
  const duplicated = [...perChat].filter(([, n]) => n > 1);
  const duplicates = duplicated.reduce((s, [, n]) => s + n - 1, 0);
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  console.log(
    `crash test: ${RECIPIENTS} ${KIND} recipients; ${sentBeforeKill} sent before SIGKILL (${seconds(killedAt - t0)} s), ${inFlight.length} in flight; ` +
      `second worker sent ${JSON.parse(second.out()).sent} (${seconds(Date.now() - killedAt)} s); ` +
      `recipients reached ${perChat.size}/${RECIPIENTS}; duplicates ${duplicates} (in-flight window ${inFlight.length}); ${seconds(Date.now() - t0)} s in all`,
  );
  expect(sentBeforeKill).toBeLessThan(RECIPIENTS); // killed mid-way indeed
  expect(perChat.size).toBe(RECIPIENTS);
  for (let id = FIRST_TG_ID; id < FIRST_TG_ID + RECIPIENTS; id++) expect(perChat.get(id) ?? 0).toBeGreaterThanOrEqual(1);
  // At-least-once: a message sent but not yet marked when the process died (still "sending":
  // sent rows are marked per claimed batch) goes again, once.
  expect(duplicates).toBeLessThanOrEqual(inFlight.length);
  for (const [chat, n] of duplicated) {
    expect(inFlightChats.has(chat)).toBe(true);
    expect(n).toBe(2);
  }
  expect(await t.db.delivery.groupBy({ by: ["status"], _count: true })).toEqual([{ status: "sent", _count: RECIPIENTS }]);
}, 2 * TIME_LIMIT_MS + 10_000);
