import { describe, expect, it } from "vitest";
import { callbackCodec } from "../src/bot/callback-data.ts";

const cb = callbackCodec("t1", { open: ["int"], list: ["str", "int"], home: [] });

describe("callback data", () => {
  it("round-trips typed arguments", () => {
    expect(cb.pack("list", "my", 3)).toBe("t1:list:my:3");
    expect(cb.parse("list", "t1:list:my:3")).toEqual(["my", 3]);
    expect(cb.parse("home", cb.pack("home"))).toEqual([]);
  });

  it("rejects forged or malformed data", () => {
    for (const data of ["t1:open:abc", "t1:open:1:2", "t1:open", "t2:open:1", "t1:list:<b>:1", "t1:open:1e9", undefined]) {
      expect(cb.parse("open", data), String(data)).toBeNull();
    }
    expect(cb.parse("list", "t1:list:a:b")).toBeNull();
  });

  it("matches only its own action", () => {
    expect(cb.match("open").test("t1:open:5")).toBe(true);
    expect(cb.match("open").test("t1:openx:5")).toBe(false);
    expect(cb.match("home").test("t1:home")).toBe(true);
  });

  it("refuses to build data Telegram would reject", () => {
    expect(() => cb.pack("list", "x".repeat(41), 1)).toThrow();
    expect(() => cb.pack("list", "ünicode", 1)).toThrow();
    expect(() => cb.pack("open", 1.5)).toThrow();
    const long = callbackCodec("t1", { a: ["str", "str"] });
    expect(() => long.pack("a", "x".repeat(30), "y".repeat(30))).toThrow(/too long/);
  });
});
