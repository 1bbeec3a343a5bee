// Typed, versioned callback data: "<prefix>:<action>:<arg>:<arg>…", at most 64 bytes.
// Every feature declares its actions and argument kinds once; handlers get parsed,
// validated arguments or nothing — forged or stale data never reaches a handler as garbage.
type ArgKind = "int" | "str";
type ArgValue<K extends ArgKind> = K extends "int" ? number : string;
type ArgValues<A extends readonly ArgKind[]> = { [I in keyof A]: ArgValue<A[I]> };

const MAX_BYTES = 64;
const STR_ARG = /^[A-Za-z0-9_.-]{0,40}$/;

export interface CallbackCodec<Actions extends Record<string, readonly ArgKind[]>> {
  readonly prefix: string;
  pack<A extends keyof Actions & string>(action: A, ...args: ArgValues<Actions[A]>): string;
  /** Regex for bot.callbackQuery(); matches any data of this action, valid or not. */
  match<A extends keyof Actions & string>(action: A): RegExp;
  /** Parsed arguments, or null when the data is malformed. */
  parse<A extends keyof Actions & string>(action: A, data: string | undefined): ArgValues<Actions[A]> | null;
}

/** The prefix of any callback data ("c1" of "c1:card:7"): which feature's codec made it. */
export function prefixOf(data: string): string {
  const colon = data.indexOf(":");
  return colon < 0 ? data : data.slice(0, colon);
}

export function callbackCodec<const Actions extends Record<string, readonly ArgKind[]>>(
  prefix: string,
  actions: Actions,
): CallbackCodec<Actions> {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return {
    prefix,
    pack(action, ...args) {
      const kinds = actions[action]!;
      args.forEach((a, i) => {
        const ok = kinds[i] === "int" ? Number.isSafeInteger(a) : STR_ARG.test(String(a));
        if (!ok) throw new Error(`callback ${prefix}:${action}: bad argument ${String(a)}`);
      });
      const data = [prefix, action, ...args].join(":");
      if (Buffer.byteLength(data) > MAX_BYTES) throw new Error(`callback data too long: ${data}`);
      return data;
    },
    match(action) {
      return new RegExp(`^${escape(prefix)}:${escape(action)}(:|$)`);
    },
    parse(action, data) {
      if (!data) return null;
      const parts = data.split(":");
      if (parts[0] !== prefix || parts[1] !== action) return null;
      const raw = parts.slice(2);
      const kinds = actions[action]!;
      if (raw.length !== kinds.length) return null;
      const values: Array<string | number> = [];
      for (const [i, kind] of kinds.entries()) {
        const r = raw[i]!;
        if (kind === "int") {
          if (!/^-?\d{1,15}$/.test(r)) return null;
          values.push(Number(r));
        } else {
          if (!STR_ARG.test(r)) return null;
          values.push(r);
        }
      }
      return values as ArgValues<Actions[typeof action]>;
    },
  };
}
