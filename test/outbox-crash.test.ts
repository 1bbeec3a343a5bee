// Crash and resume: a worker process is killed with SIGKILL in the middle of 2,000 deliveries;
// a second process on the same database finishes the job. Every recipient gets the message;
// duplicates are possible only for rows that were in flight (claimed, "sending") at the kill.
import { spawn, type ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startLocalBotApi, type LocalBotApi } from "../src/dev/bot-api/index.ts";
import { buildSearchText } from "../src/domain/search.ts";
import { freshDb, type TestDb } from "./support/db.ts";

const TOKEN = "7100000003:OUTBOX-CRASH-aaaaaaaaaaaaaaaaaaa";
const RECIPIENTS = 2000;
const FIRST_TG_ID = 700_000;

let t: TestDb;
let bot: LocalBotApi;

beforeAll(async () => {
  t = await freshDb();
  bot = await startLocalBotApi();
  const provider = await t.db.provider.create({ data: { externalId: "p-crash", nameRu: "Центр" } });
  const course = await t.db.course.create({
    data: {
      externalId: "c-crash", regionCode: "aktobe", providerId: provider.id, titleKk: "Слесарь", titleRu: "Слесарь", titleEn: "Fitter",
      sector: "manufacturing", durationWeeks: 4, startsAt: new Date("2026-12-20T04:00:00Z"), registrationDeadline: new Date("2026-12-10T04:00:00Z"),
      capacity: RECIPIENTS, searchText: buildSearchText("Слесарь", "Fitter"),
    },
  });
  const ids = Array.from({ length: RECIPIENTS }, (_, i) => FIRST_TG_ID + i);
  for (const id of ids) bot.addUser({ id, first_name: `U${id}`, language_code: "ru" });
  await t.db.user.createMany({ data: ids.map((id) => ({ telegramId: BigInt(id), locale: "ru" })) });
  const users = await t.db.user.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  await t.db.registration.createMany({
    data: users.map((u) => ({ userId: u.id, courseId: course.id, status: "approved", fullName: "Айдана Серикова", phone: "+77011234567", birthDate: new Date("2004-01-01"), educationLevel: "college" })),
  });
  const regs = await t.db.registration.findMany({ select: { id: true, userId: true } });
  await t.db.delivery.createMany({
    data: regs.map((r) => ({ kind: "registration_status", ref: `registration:${r.id}:approved`, userId: r.userId, payload: JSON.stringify({ registrationId: r.id }), notBefore: new Date(0) })),
  });
}, 30_000);

const children: ChildProcess[] = [];

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  await bot?.close();
  await t?.cleanup();
});

function worker(mode: "run" | "drain") {
  const child = spawn(process.execPath, ["--import", "tsx", "test/outbox-crash.child.ts", t.url, bot.apiRoot, TOKEN, mode], { stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let out = "";
  let err = "";
  child.stdout.on("data", (b: Buffer) => (out += b));
  child.stderr.on("data", (b: Buffer) => (err += b));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  return { child, exited, out: () => out, err: () => err };
}

const sendCount = () => bot.calls.filter((c) => c.method === "sendMessage").length;

it("a worker killed mid-way is resumed by another: everyone gets the message, duplicates only from the in-flight batch", async () => {
  const t0 = Date.now();
  const first = worker("run");
  const deadline = Date.now() + 30_000;
  while (sendCount() < RECIPIENTS * 0.25 + 10) { // +10: most likely mid-batch (claims are 25)
    if (Date.now() > deadline) throw new Error(`first worker sent only ${sendCount()} messages: ${first.err()}`);
    await sleep(2);
  }
  first.child.kill("SIGKILL");
  expect((await first.exited).signal).toBe("SIGKILL");
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
  console.log(
    `crash test: ${RECIPIENTS} recipients; ${sentBeforeKill} sent before SIGKILL, ${inFlight.length} in flight; ` +
      `second worker sent ${JSON.parse(second.out()).sent}; recipients reached ${perChat.size}; duplicates ${duplicates}; ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  expect(sentBeforeKill).toBeLessThan(RECIPIENTS); // killed mid-way indeed
  expect(perChat.size).toBe(RECIPIENTS);
  for (let id = FIRST_TG_ID; id < FIRST_TG_ID + RECIPIENTS; id++) expect(perChat.get(id) ?? 0).toBeGreaterThanOrEqual(1);
  // At-least-once: a message sent but not yet marked when the process died (at most one per
  // lane) goes again, once.
  for (const [chat, n] of duplicated) {
    expect(inFlightChats.has(chat)).toBe(true);
    expect(n).toBe(2);
  }
  expect(await t.db.delivery.groupBy({ by: ["status"], _count: true })).toEqual([{ status: "sent", _count: RECIPIENTS }]);
}, 60_000); // ~12 s on an idle 2-core machine; slack for a loaded one
