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
