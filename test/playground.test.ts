// The offline playground: the real bot against the local Bot API server, driven like a chat
// from lines of text — in-process for the flows, and once as `tsx src/main.ts` without a token.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Writable } from "node:stream";
import { run } from "@grammyjs/runner";
import { Bot, InputFile, Keyboard } from "grammy";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../src/config.ts";
import { startLocalBotApi } from "../src/dev/bot-api/index.ts";
import { FileSaver } from "../src/dev/playground/files.ts";
import { IdleWatch } from "../src/dev/playground/idle.ts";
import { runPlayground } from "../src/dev/playground/index.ts";
import { Session } from "../src/dev/playground/session.ts";
import { parseButtonRef, parseCoordinates, parseLine } from "../src/dev/playground/input.ts";
import { formatEntities, renderContent, renderInlineKeyboard } from "../src/dev/playground/render.ts";
import { findUser, simulatedUsers } from "../src/dev/playground/users.ts";

const ROOT = resolve(import.meta.dirname, "..");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "mamandyq-playground-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Collects what the playground prints. */
class Transcript extends Writable {
  text = "";
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString("utf8");
    done();
  }

  /** The number of the newest printed button whose label contains (or, exact, equals) `label`. */
  button(label: string, exact = false): string {
    const found = [...this.text.matchAll(/\[(\d+)\] (.+?)(?=  \[|\n)/g)].filter(([, , text]) =>
      exact ? text === label : text!.includes(label),
    );
    const last = found.at(-1);
    if (!last) throw new Error(`no button "${label}" in the transcript:\n${this.text}`);
    return last[1]!;
  }
}

describe("parsing and rendering", () => {
  it("reads numbers as presses, : as playground commands, # as comments, the rest as messages", () => {
    expect(parseLine("3")).toEqual({ kind: "press", ref: { button: 3 } });
    expect(parseLine("#12.4")).toEqual({ kind: "press", ref: { message: 12, button: 4 } });
    expect(parseLine("# a comment")).toEqual({ kind: "none" });
    expect(parseLine("   ")).toEqual({ kind: "none" });
    expect(parseLine(":AS  staff ")).toEqual({ kind: "command", name: "as", args: "staff" });
    expect(parseLine(":q")).toEqual({ kind: "command", name: "quit", args: "" });
    expect(parseLine("/start fair_3")).toEqual({ kind: "text", text: "/start fair_3" });
    expect(parseLine("сварщик 2")).toEqual({ kind: "text", text: "сварщик 2" });
    expect(parseButtonRef("12.3", true)).toEqual({ message: 12, button: 3 });
    expect(parseButtonRef("12.3")).toBeUndefined();
    expect(parseCoordinates("43.297, 68.251")).toEqual({ latitude: 43.297, longitude: 68.251 });
    expect(parseCoordinates("95 10")).toBeUndefined();
  });

  it("applies entities: bold as ANSI on a terminal, links as text (url), nothing else changed", () => {
    // "Жәрмеңке & <курс>" as the server stores it after parsing the bot's HTML.
    const text = "Жәрмеңке & <курс> сайт";
    const entities = [
      { type: "bold" as const, offset: 0, length: 8 },
      { type: "text_link" as const, offset: 18, length: 4, url: "https://enbek.kz/" },
    ];
    expect(formatEntities(text, entities, { color: false })).toBe("Жәрмеңке & <курс> сайт (https://enbek.kz/)");
    expect(formatEntities(text, entities, { color: true })).toBe(
      "\x1b[1mЖәрмеңке\x1b[22m & <курс> \x1b[4mсайт\x1b[24m (https://enbek.kz/)",
    );
    // Nested: the url follows the link's label, inside the bold around both.
    const nested = formatEntities("go here", [
      { type: "bold", offset: 0, length: 7 },
      { type: "text_link", offset: 3, length: 4, url: "https://a.kz/" },
    ], { color: false });
    expect(nested).toBe("go here (https://a.kz/)");
  });

  it("numbers buttons by row and shows venues with a map link", () => {
    const rows = [
      [{ text: "A", callback_data: "a" }, { text: "B", callback_data: "b" }],
      [{ text: "Site", url: "https://enbek.kz/" }],
    ];
    expect(renderInlineKeyboard(rows, "")).toEqual(["[1] A  [2] B", "[3] Site → https://enbek.kz/"]);
    expect(renderInlineKeyboard(rows, "#7.")[0]).toBe("[#7.1] A  [#7.2] B");
    const venue = { latitude: 43.3, longitude: 68.25 };
    const lines = renderContent(
      { message_id: 1, date: 0, chat: { id: 1, type: "private", first_name: "A" }, venue: { location: venue, title: "Жастар орталығы", address: "Тәуке хан, 20" }, location: venue },
      { color: false },
    );
    expect(lines.join("\n")).toContain("Жастар орталығы\n   Тәуке хан, 20\n   43.3, 68.25  https://www.openstreetmap.org/?mlat=43.3&mlon=68.25");
  });

  it("finds simulated users by number, role, username or name", () => {
    const users = simulatedUsers();
    expect(users.map((u) => u.key)).toEqual(["jobseeker", "staff", "coordinator", "admin", "new"]);
    expect(findUser(users, "2")?.telegram.id).toBe(100002);
    expect(findUser(users, "coord")?.telegram.id).toBe(100003);
    expect(findUser(users, "@demo_admin")?.telegram.id).toBe(100004);
    expect(findUser(users, "100005")?.key).toBe("new");
    expect(findUser(users, "nobody")).toBeUndefined();
  });
});

describe("scripted session (in-process)", () => {
  it("onboards, opens a fair, saves its calendar file; switches users; explains mistakes", async () => {
    const out = new Transcript();
    const filesDir = join(dir, "files");
    // Pulled one line at a time, after the previous action's answer is printed: the
    // script picks buttons by label, as a person reading the screen would.
    async function* script(): AsyncGenerator<string> {
      yield "# a comment is echoed, not sent";
      yield "/start";
      yield out.button("Русский");
      yield out.button("Туркестанская");
      yield out.button("Ярмарки");
      yield out.button("1", true);
      yield out.button("календарь");
      yield out.button("карте");
      yield "42";
      yield ":foo";
      yield ":as staff";
      yield "/start";
      yield ":as 5";
      yield ":history";
      yield ":quit";
      yield "/never-sent";
    }
    const config = parseConfig({ DATABASE_URL: `file:${join(dir, "inproc.db")}` });
    const code = await runPlayground(config, {
      input: script(),
      output: out,
      interactive: false,
      filesDir,
      logger: pino({ level: "silent" }),
    });
    const t = out.text;
    expect(code).toBe(0);
    expect(t).toContain("OFFLINE PLAYGROUND");
    expect(t).toMatch(/local Bot API server at http:\/\/127\.0\.0\.1:\d+/);
    expect(t).toContain("BOT_TOKEN");
    expect(t).not.toContain("\x1b[");
    expect(t).toContain("\n# a comment is echoed, not sent\n> /start\n");

    // Onboarding as the new user: the language asked in three languages, numbered buttons.
    expect(t).toContain("> /start\n#2 bot:\n  Тілді таңдаңыз\n  Выберите язык\n  Choose your language\n  [1] 🇰🇿 Қазақша ✓\n  [2] 🇷🇺 Русский");
    expect(t).toContain("(toast: Язык: русский)");
    expect(t).toContain("#2 bot (edited):\n  В каком регионе вы живёте?");
    expect(t).toMatch(/\[\d+\] Туркестанская область/);
    expect(t).toContain("📍 Ваш регион: Туркестанская область");
    expect(t).toContain("(you pressed “📅 Ярмарки и события”)");
    expect(t).toMatch(/1\. 🤝 .+\n/);

    // The card, then the calendar file saved where the transcript says.
    expect(t).toContain("🗓 Добавить в календарь");
    const saved = /📎 (event-\d+\.ics) \(text\/calendar, [\d.]+ K?B\) → saved to (\S+\.ics)/.exec(t);
    expect(saved, t).not.toBeNull();
    expect(resolve(saved![2]!)).toBe(join(filesDir, saved![1]!));
    expect(readFileSync(resolve(saved![2]!), "utf8")).toContain("BEGIN:VCALENDAR");
    expect(t).toContain("🗓 Откройте файл, чтобы добавить");
    expect(t).toMatch(/#4 bot:\n  📍 .+\n {5}.+\n {5}[\d.]+, [\d.]+  https:\/\/www\.openstreetmap\.org\/\?mlat=/);

    // Mistakes get a hint instead of being sent.
    expect(t).toMatch(/> 42\n\(there is no button \[42\] on message #\d+: it has \[1\]–\[\d+\]; to send "42" as text: :say 42\)/);
    expect(t).toContain('> :foo\n(unknown playground command ":foo" — type :help for the list)');

    // Another user, their own chat and language; back to the first chat's history.
    expect(t).toContain("── you are now Ерлан Жақсыбеков (staff, id 100002) — staff of karaganda ──");
    expect(t).toContain("Қайта қош келдіңіз, Ерлан!");
    expect(t).toContain("── you are now Дана Әбдірахман (new, id 100005)");
    expect(t).toMatch(/this chat has \d+ messages — :history shows them/);
    expect(t).toContain("> :history\n#1 you:\n  /start\n#2 bot:");

    // :quit stops reading: later lines are not sent.
    expect(t).not.toContain("/never-sent");
    expect(t.trimEnd().endsWith("Playground closed.")).toBe(true);
  }, 20_000);
});

/** The smallest PNG header imageSize() accepts, so the fake server takes it as a photo. */
function tinyPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(24);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write("IHDR", 12, "latin1");
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  return header;
}

describe("session with a small bot (what Mamandyq does not use yet)", () => {
  it("reply keyboards and contact sharing, deletes, photos, other chats, :say, :file, :location", async () => {
    const api = await startLocalBotApi();
    const users = simulatedUsers();
    for (const u of users) api.addUser(u.telegram);
    const bot = new Bot("123456:mini-bot", { client: { apiRoot: api.apiRoot } });
    bot.command("phone", (ctx) =>
      ctx.reply("Share your phone", { reply_markup: new Keyboard().requestContact("📱 Share").text("Cancel").oneTime() }),
    );
    bot.on("message:contact", (ctx) =>
      ctx.reply(`Got <b>${ctx.message.contact.phone_number}</b>`, { parse_mode: "HTML", reply_markup: { remove_keyboard: true } }),
    );
    bot.command("gone", async (ctx) => {
      const m = await ctx.reply("soon gone");
      await ctx.api.deleteMessage(ctx.chat.id, m.message_id);
    });
    bot.command("photo", (ctx) => ctx.replyWithPhoto(new InputFile(tinyPng(2, 2), "p.png"), { caption: "pic" }));
    bot.command("notify", (ctx) => ctx.api.sendMessage(100002, "hello staff"));
    bot.on("message:document", (ctx) => ctx.reply(`doc ${ctx.message.document.file_name}`));
    bot.on("message:location", (ctx) => ctx.reply(`at ${ctx.message.location.latitude}`));
    bot.on("message:text", (ctx) => ctx.reply(`echo: ${ctx.message.text}`));
    const idle = new IdleWatch(api, bot, { quietMs: 50 });
    await bot.init();
    const runner = run(bot);
    const lines: string[] = [];
    const files = new FileSaver(join(dir, "mini"));
    const session = new Session({ api, users, user: users[0]!, idle, files, style: { color: false }, print: (l) => lines.push(...l), echo: true });
    try {
      for (const line of ["1", "/phone", "1", "/phone", "Cancel", "/phone", "📱 Share", "/gone", "/photo", "/notify", ":say 5", `:file ${join(ROOT, "package.json")}`, ":location 43.3 68.2"]) {
        await session.handle(line);
      }
    } finally {
      session.dispose();
      idle.dispose();
      await runner.stop();
      await api.close();
    }
    const t = lines.join("\n");
    expect(t).toContain('> 1\n(no message with buttons yet — say /start or /menu; to send "1" as text: :say 1)');
    expect(t).toContain("  Share your phone\n  keyboard: [1] 📱 Share (shares your contact)  [2] Cancel");
    expect(t).toContain("> 1\n  (you shared your contact: Айгерим Сейтқали +77000100001)\n#4 bot:\n  Got +77000100001\n  (keyboard removed)");
    expect(t).toContain("> Cancel\n#8 bot:\n  echo: Cancel");
    expect(t).toContain("> 📱 Share\n  (you shared your contact");
    expect(t).toMatch(/> \/gone\n#\d+ bot:\n  soon gone\n\(message #\d+ deleted\)/);
    const photo = /🖼 photo 2×2 → saved to (\S+)\n  pic/.exec(t);
    expect(photo, t).not.toBeNull();
    expect(readFileSync(resolve(photo![1]!))).toEqual(tinyPng(2, 2));
    expect(t).toContain("(new message #1 for staff — :as staff to read it)");
    expect(t).toContain("> :say 5\n#");
    expect(t).toContain("  echo: 5");
    expect(t).toContain("  doc package.json");
    expect(t).toContain("  at 43.3");
  }, 10_000);
});

// Separate processes: run side by side to keep the file quick.
describe.concurrent("npm start without BOT_TOKEN", () => {
  function start(stdin: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((done, fail) => {
      const child = spawn("npx", ["tsx", "src/main.ts"], {
        cwd: ROOT,
        env: { ...process.env, BOT_TOKEN: "", NODE_ENV: "development", NO_COLOR: "", ...env },
        stdio: ["pipe", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
      child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
      child.on("error", fail);
      child.on("close", (code) => done({ code, stdout, stderr }));
      child.stdin.end(stdin);
    });
  }

  it("opens the playground and plays a piped script to the end", async () => {
    const filesDir = join(dir, "spawn-files");
    const { code, stdout, stderr } = await start("/start\n2\n:users\n", {
      DATABASE_URL: `file:${join(dir, "spawn", "bot.db")}`,
      PLAYGROUND_FILES_DIR: filesDir,
    });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("OFFLINE PLAYGROUND");
    expect(stdout).toContain("[2] 🇷🇺 Русский");
    expect(stdout).toContain("> 2\n  (you pressed “🇷🇺 Русский”)");
    expect(stdout).toContain("В каком регионе вы живёте?");
    expect(stdout).toContain("5. new          Дана Әбдірахман (@new_user, id 100005)");
    expect(stdout).not.toContain("\x1b[");
    // Logs go to a file next to the database, not into the chat.
    expect(stdout).not.toContain('"level"');
    expect(existsSync(join(dir, "spawn", "playground.log"))).toBe(true);
  }, 60_000);

  it("in production still refuses to start and explains how to get a token", async () => {
    const { code, stderr } = await start("", { NODE_ENV: "production", DATABASE_URL: `file:${join(dir, "prod", "bot.db")}` });
    expect(code).toBe(1);
    expect(stderr).toContain("BOT_TOKEN is not set");
    expect(existsSync(join(dir, "prod"))).toBe(false);
  }, 60_000);
});
