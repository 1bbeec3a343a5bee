import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../src/config.ts";

describe("config", () => {
  it("has working defaults", () => {
    expect(parseConfig({})).toEqual({
      botToken: "",
      databaseUrl: "file:./data/mamandyq.db",
      apiRoot: undefined,
      adminIds: [],
      logLevel: "info",
      timeZone: "Asia/Almaty",
      seedDemo: true,
      production: false,
      sendRatePerSecond: 25,
      paidBroadcast: false,
      sendConcurrency: 1,
      botThreads: 1,
      consentAdultAge: 18,
    });
  });

  it("reads every variable", () => {
    const c = parseConfig({
      BOT_TOKEN: "123456:ABCdefGhIJKlmNoPQRstuVWXyz_0123-4567",
      DATABASE_URL: "file:/tmp/x.db",
      TELEGRAM_API_ROOT: "http://127.0.0.1:8081/",
      ADMIN_IDS: "1, 22,333",
      LOG_LEVEL: "debug",
      TZ: "Asia/Almaty",
      SEED_DEMO: "false",
      NODE_ENV: "production",
    });
    expect(c).toMatchObject({ apiRoot: "http://127.0.0.1:8081", adminIds: [1, 22, 333], seedDemo: false, production: true });
  });

  it("allows more than 30 messages per second only with paid broadcasting", () => {
    expect(parseConfig({ SEND_RATE_PER_SECOND: "30" }).sendRatePerSecond).toBe(30);
    expect(() => parseConfig({ SEND_RATE_PER_SECOND: "31" })).toThrow(/SEND_RATE_PER_SECOND: more than 30\/s needs PAID_BROADCAST=true/);
    expect(parseConfig({ SEND_RATE_PER_SECOND: "1000", PAID_BROADCAST: "true" })).toMatchObject({ sendRatePerSecond: 1000, paidBroadcast: true });
    expect(parseConfig({ SEND_CONCURRENCY: "8" }).sendConcurrency).toBe(8);
    expect(() => parseConfig({ SEND_CONCURRENCY: "0" })).toThrow(/SEND_CONCURRENCY/);
    for (const bad of ["1001", "0", "2.5", "fast"]) {
      expect(() => parseConfig({ SEND_RATE_PER_SECOND: bad, PAID_BROADCAST: "true" })).toThrow(/SEND_RATE_PER_SECOND/);
    }
  });

  it("runs the bot in the main thread unless BOT_THREADS asks for more", () => {
    expect(parseConfig({ BOT_THREADS: "2" }).botThreads).toBe(2);
    for (const bad of ["0", "17", "1.5", "many"]) expect(() => parseConfig({ BOT_THREADS: bad })).toThrow(/BOT_THREADS/);
  });

  it("takes the age from which people consent themselves, 14 to 21", () => {
    expect(parseConfig({ CONSENT_ADULT_AGE: "16" }).consentAdultAge).toBe(16);
    for (const bad of ["13", "22", "17.5", "adult"]) expect(() => parseConfig({ CONSENT_ADULT_AGE: bad })).toThrow(/CONSENT_ADULT_AGE/);
  });

  it("names every invalid variable in one message", () => {
    const bad = { BOT_TOKEN: "nonsense", ADMIN_IDS: "1,abc", TZ: "Mars/Base", TELEGRAM_API_ROOT: "ftp://x", LOG_LEVEL: "loud" };
    expect(() => parseConfig(bad)).toThrow(ConfigError);
    try {
      parseConfig(bad);
    } catch (err) {
      for (const name of Object.keys(bad)) expect((err as Error).message).toContain(name);
    }
  });
});
