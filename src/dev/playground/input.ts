// What a typed line means. Playground commands start with ":" so they never clash with
// the bot's own /commands; a bare number presses a button; anything else is a message.

export type Action =
  | { kind: "none" } // empty line or # comment
  | { kind: "text"; text: string }
  | { kind: "press"; ref: ButtonRef }
  | { kind: "command"; name: string; args: string };

/** A button by its number on the newest message with buttons, or on message #`message`. */
export interface ButtonRef {
  message?: number;
  button: number;
}

export interface CommandHelp {
  name: string;
  usage: string;
  text: string;
}

export const COMMANDS: readonly CommandHelp[] = [
  { name: "help", usage: ":help", text: "this list" },
  { name: "users", usage: ":users", text: "the simulated users and their roles" },
  { name: "as", usage: ":as <n|name>", text: "chat as another user (jobseeker, staff, coordinator, admin, new)" },
  { name: "contact", usage: ":contact", text: "share your phone number (as a contact)" },
  { name: "location", usage: ":location <lat> <lon>", text: "share a location, e.g. :location 43.297 68.251" },
  { name: "file", usage: ":file <path>", text: "send a file from this computer as a document" },
  { name: "press", usage: ":press <msg>.<n>", text: "press button n of message #msg (same as #<msg>.<n>; :press <n> = n)" },
  { name: "say", usage: ":say <text>", text: "send text as it is, e.g. a number or a line starting with : or #" },
  { name: "history", usage: ":history", text: "reprint this chat" },
  { name: "quit", usage: ":quit", text: "stop the bot and leave (also Ctrl-D, Ctrl-C)" },
];

const ALIASES: Record<string, string> = { q: "quit", exit: "quit", h: "help", "?": "help" };

export function parseLine(raw: string): Action {
  const line = raw.replace(/\r$/, "");
  const trimmed = line.trim();
  if (trimmed === "") return { kind: "none" };
  const ref = parseButtonRef(trimmed);
  if (ref) return { kind: "press", ref };
  if (trimmed.startsWith("#")) return { kind: "none" };
  if (trimmed.startsWith(":")) {
    const match = /^:(\S*)\s*([\s\S]*)$/.exec(trimmed)!;
    const name = match[1]!.toLowerCase();
    return { kind: "command", name: ALIASES[name] ?? name, args: match[2]!.trim() };
  }
  return { kind: "text", text: line };
}

/** "3", "#12.3" or "12.3" (the last only where a reference is expected, see :press). */
export function parseButtonRef(text: string, allowBareDotted = false): ButtonRef | undefined {
  const bare = /^(\d{1,3})$/.exec(text);
  if (bare) return { button: Number(bare[1]) };
  const dotted = (allowBareDotted ? /^#?(\d+)\.(\d{1,3})$/ : /^#(\d+)\.(\d{1,3})$/).exec(text);
  if (dotted) return { message: Number(dotted[1]), button: Number(dotted[2]) };
  return undefined;
}

/** "43.3 68.2", "43.3, 68.2" → coordinates within range, else undefined. */
export function parseCoordinates(args: string): { latitude: number; longitude: number } | undefined {
  const parts = args.split(/[\s,;]+/).filter(Boolean);
  if (parts.length !== 2) return undefined;
  const [latitude, longitude] = parts.map(Number) as [number, number];
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined;
  return { latitude, longitude };
}

export function helpText(): string[] {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    "Type a message to send it to the bot (/start, /menu, /help … are the bot's commands).",
    "A number presses that button of the newest message with buttons; #<msg>.<n> presses one on an older message.",
    "Playground commands:",
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.text}`),
    "Lines starting with # are comments (handy in scripts).",
  ];
}
