// The V8 settings of src/v8-tuning.ts only help if they hold from the start: the entry points
// import the module before anything else (ES modules run in import order).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const firstImport = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), "utf8").match(/^import\s+(?:.*?\s+from\s+)?"([^"]+)"/m)?.[1];

describe("V8 tuning", () => {
  it.each([
    ["src/main.ts", "./v8-tuning.ts"],
    ["bench/run.ts", "../src/v8-tuning.ts"],
  ])("%s imports it first", (file, spec) => {
    expect(firstImport(file)).toBe(spec);
  });

  // setFlagsFromString ignores flags it does not know; on the command line they are an error,
  // so a Node whose V8 dropped one fails here instead of silently losing the setting.
  it("sets only flags this Node's V8 knows", async () => {
    const { V8_FLAGS } = await import("../src/v8-tuning.ts");
    const run = spawnSync(process.execPath, [...V8_FLAGS, "-e", "0"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
