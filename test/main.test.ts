// `npm start`'s entry point as a real process — compiled to build/ first, as `npm start` does
// (scripts/setup.mjs --build) — config errors, start-up against a Bot API server given by
// TELEGRAM_API_ROOT (migrations, seed, command menu), bot threads, and graceful shutdown.
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalBotApi, type LocalBotApi } from "../src/dev/bot-api/index.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const TOKEN = "123456:MAIN-TEST-aaaaaaaaaaaaaaaaaaaaaaa";

function start(env: Record<string, string>): { child: ChildProcessWithoutNullStreams; output: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, ["build/main.js"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", LOG_LEVEL: "info", ...env },
  });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => out, exit };
}

async function stopsOnSigterm(run: ReturnType<typeof start>): Promise<void> {
  run.child.kill("SIGTERM");
  expect(await run.exit).toBe(0);
  expect(run.output()).toContain("shutting down");
}

const tempDb = () => `file:${join(mkdtempSync(join(tmpdir(), "mamandyq-main-")), "bot.db")}`;

describe("npm start (build/main.js, compiled from src/main.ts)", () => {
  let api: LocalBotApi;
  beforeAll(async () => {
    execFileSync(process.execPath, ["scripts/setup.mjs", "--build"], { cwd: ROOT, stdio: "inherit" });
    api = await startLocalBotApi();
  }, 120_000);
  afterAll(() => api.close());

  it("refuses invalid configuration with one message naming the variable", async () => {
    const run = start({ BOT_TOKEN: TOKEN, ADMIN_IDS: "12,abc", DATABASE_URL: tempDb() });
    expect(await run.exit).toBe(1);
    expect(run.output()).toContain("ADMIN_IDS");
  }, 30_000);

  it("in production without a token explains how to get one", async () => {
    const run = start({ NODE_ENV: "production", DATABASE_URL: tempDb() });
    expect(await run.exit).toBe(1);
    expect(run.output()).toContain("BotFather");
  }, 30_000);

  it("migrates, seeds, serves updates from TELEGRAM_API_ROOT, survives a failing setMyCommands, and stops on SIGTERM", async () => {
    api.failNext("setMyCommands", { error_code: 400, description: "Bad Request: BOT_COMMAND_INVALID" });
    api.addUser({ id: 777, first_name: "Арман", language_code: "kk" });
    const run = start({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.apiRoot, DATABASE_URL: tempDb() });
    try {
      await api.waitFor(() => api.callsTo("getUpdates").length > 0, 40_000);
      const reply = api.waitForBotMessage(777, undefined, 10_000);
      api.sendText(777, "/start");
      expect((await reply).text).toContain("Тілді таңдаңыз");
      // Logs are written asynchronously: wait for the line rather than expect it already there.
      await api.waitFor(() => run.output().includes("could not register the command menu"), 10_000);
      await stopsOnSigterm(run);
    } finally {
      run.child.kill("SIGKILL");
    }
  }, 60_000);

  it("with BOT_THREADS=2 serves chats from both threads and stops them on SIGTERM", async () => {
    // 901 and 902 fall to different threads (chat id modulo 2).
    api.addUser({ id: 901, first_name: "Ержан", language_code: "kk" });
    api.addUser({ id: 902, first_name: "Ольга", language_code: "ru" });
    const run = start({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.apiRoot, DATABASE_URL: tempDb(), BOT_THREADS: "2" });
    try {
      await api.waitFor(() => run.output().includes("bot threads ready"), 40_000);
      const replies = [api.waitForBotMessage(901, undefined, 10_000), api.waitForBotMessage(902, undefined, 10_000)];
      api.sendText(901, "/start");
      api.sendText(902, "/start");
      for (const reply of await Promise.all(replies)) expect(reply.text).toContain("Тілді таңдаңыз");
      await stopsOnSigterm(run);
    } finally {
      run.child.kill("SIGKILL");
    }
  }, 60_000);
});
