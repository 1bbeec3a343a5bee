// Every Fluent key exists in kk, ru and en, and every key the code uses exists.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { LOCALES } from "../src/domain/locale.ts";
import { COMMANDS } from "../src/bot/commands.ts";
import { LOCALES_DIR } from "../src/bot/i18n.ts";

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

function bundle(locale: string): FluentBundle {
  const b = new FluentBundle(locale, { useIsolating: false });
  for (const file of filesUnder(join(LOCALES_DIR, locale), /\.ftl$/)) {
    const errors = b.addResource(new FluentResource(readFileSync(file, "utf8")));
    expect(errors, `${file}: ${errors.join("; ")}`).toEqual([]);
  }
  return b;
}

const bundles = Object.fromEntries(LOCALES.map((l) => [l, bundle(l)]));
const keysOf = (l: string) => new Set([...(bundles[l] as unknown as { _messages: Map<string, unknown> })._messages.keys()]);

describe("locales", () => {
  it("have the same keys in kk, ru and en", () => {
    const all = new Set(LOCALES.flatMap((l) => [...keysOf(l)]));
    for (const l of LOCALES) {
      const missing = [...all].filter((k) => !keysOf(l).has(k));
      expect(missing, `missing in ${l}`).toEqual([]);
    }
  });

  it("contain every key used in the code", () => {
    const used = new Set<string>();
    for (const file of filesUnder(join(LOCALES_DIR, "../src"), /\.ts$/)) {
      if (file.includes("/generated/")) continue;
      const src = readFileSync(file, "utf8");
      for (const m of src.matchAll(/\b(?:t|translate)\(\s*(?:\w+,\s*)?["'`]([a-z][a-z0-9-]*)["'`]/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const l of LOCALES) {
      const missing = [...used].filter((k) => !keysOf(l).has(k));
      expect(missing, `used in code, missing in ${l}`).toEqual([]);
    }
  });

  it("name every command and sector in every language", async () => {
    const { SECTORS } = await import("../src/domain/sectors.ts");
    const dynamic = [...COMMANDS.map((c) => `command-${c}`), ...SECTORS.map((s: string) => `sector-${s}`)];
    for (const l of LOCALES) expect(dynamic.filter((k) => !keysOf(l).has(k)), l).toEqual([]);
  });

  it("render without errors for every message", () => {
    for (const l of LOCALES) {
      for (const key of keysOf(l)) {
        const errors: Error[] = [];
        const msg = bundles[l]!.getMessage(key)!;
        // Missing variables are reported as errors; only syntax/reference problems matter here.
        bundles[l]!.formatPattern(msg.value!, {}, errors);
        const real = errors.filter((e) => !/Unknown variable/.test(String(e)));
        expect(real, `${l}:${key}`).toEqual([]);
      }
    }
  });
});
