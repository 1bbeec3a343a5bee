// Method registry. Bot API method names are case-insensitive, so lookups are lowercased.
import { botMethods } from "./bot.ts";
import type { MethodHandler } from "./common.ts";
import { editMethods } from "./edit.ts";
import { miscMethods } from "./misc.ts";
import { sendMethods } from "./send.ts";

export type { MethodContext, MethodHandler } from "./common.ts";

const registry = new Map<string, MethodHandler>(
  Object.entries({ ...botMethods, ...sendMethods, ...editMethods, ...miscMethods }).map(([name, handler]) => [name.toLowerCase(), handler]),
);

export function findMethod(name: string): MethodHandler | undefined {
  return registry.get(name.toLowerCase());
}

export const supportedMethods: readonly string[] = Object.keys({ ...botMethods, ...sendMethods, ...editMethods, ...miscMethods });
