// Behaviour of the local Bot API server, checked against the Bot API documentation with
// plain HTTP and with a real grammY bot.
import { Bot, GrammyError, InlineKeyboard, InputFile } from "grammy";
import type { Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLocalBotApi, startLocalBotApi, type LocalBotApi } from "../src/dev/bot-api/index.ts";

const TOKEN = "123456:test-token_ABC";
const USER = 42;
const NOT_MODIFIED =
  "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

let api: LocalBotApi;

beforeEach(async () => {
  api = await startLocalBotApi();
  api.addUser({ id: USER, first_name: "Aru", username: "aru", language_code: "kk" });
});

afterEach(async () => {
  await api.close();
});

interface ApiResponse<T = any> {
  status: number;
  body: { ok: boolean; result: T; error_code?: number; description?: string; parameters?: { retry_after?: number } };
}

async function call<T = any>(method: string, params: Record<string, unknown> = {}, token = TOKEN): Promise<ApiResponse<T>> {
  const res = await fetch(`${api.apiRoot}/bot${token}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(params),
  });
  return { status: res.status, body: (await res.json()) as ApiResponse<T>["body"] };
}

function tinyPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(24);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write("IHDR", 12, "latin1");
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  return header;
}

describe("HTTP surface", () => {
  it("answers unknown methods with Telegram's 404 shape", async () => {
    const res = await fetch(`${api.apiRoot}/bot${TOKEN}/noSuchMethod`, { method: "POST" });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ ok: false, error_code: 404, description: "Not Found" });
  });

  it("rejects malformed tokens with 401", async () => {
    const res = await call("getMe", {}, "not-a-token");
    expect(res).toEqual({ status: 401, body: { ok: false, error_code: 401, description: "Unauthorized" } });
  });

  it("getMe takes the id from the token and the configured username", async () => {
    const { body } = await call("getMe");
    expect(body.result).toMatchObject({ id: 123456, is_bot: true, username: "mamandyq_bot" });
  });

  it("accepts GET query strings and urlencoded bodies, with case-insensitive method names", async () => {
    const viaGet = await fetch(`${api.apiRoot}/bot${TOKEN}/SENDMESSAGE?chat_id=${USER}&text=hi`);
    expect(((await viaGet.json()) as ApiResponse["body"]).result.text).toBe("hi");
    const form = await fetch(`${api.apiRoot}/bot${TOKEN}/sendMessage`, {
      method: "POST",
      body: new URLSearchParams({ chat_id: String(USER), text: "form", reply_markup: JSON.stringify({ inline_keyboard: [[{ text: "A", callback_data: "a" }]] }) }),
    });
    const body = (await form.json()) as ApiResponse["body"];
    expect(body.result).toMatchObject({ text: "form", reply_markup: { inline_keyboard: [[{ text: "A", callback_data: "a" }]] } });
  });

  it("logs every call", async () => {
    await call("sendChatAction", { chat_id: USER, action: "typing" });
    expect(api.calls.at(-1)).toMatchObject({ method: "sendChatAction", params: { chat_id: USER, action: "typing" } });
    expect(api.chatActions(USER).map((a) => a.action)).toEqual(["typing"]);
  });
});

describe("getUpdates", () => {
  it("confirms updates with a higher offset", async () => {
    api.sendText(USER, "one");
    api.sendText(USER, "two");
    const first = await call<Update[]>("getUpdates");
    expect(first.body.result.map((u) => u.message?.text)).toEqual(["one", "two"]);
    const [a, b] = first.body.result.map((u) => u.update_id) as [number, number];
    expect(b).toBe(a + 1);

    // Without a new offset nothing is confirmed yet.
    expect((await call<Update[]>("getUpdates")).body.result).toHaveLength(2);
    expect((await call<Update[]>("getUpdates", { offset: b })).body.result.map((u) => u.update_id)).toEqual([b]);
    expect((await call<Update[]>("getUpdates")).body.result.map((u) => u.update_id)).toEqual([b]);
    expect((await call<Update[]>("getUpdates", { offset: b + 1 })).body.result).toEqual([]);
    expect(api.pendingUpdateCount).toBe(0);
  });

  it("supports negative offsets and limit", async () => {
    for (const text of ["a", "b", "c"]) api.sendText(USER, text);
    expect((await call<Update[]>("getUpdates", { limit: 2 })).body.result.map((u) => u.message?.text)).toEqual(["a", "b"]);
    // -1: keep only the last update, forget the earlier ones.
    expect((await call<Update[]>("getUpdates", { offset: -1 })).body.result.map((u) => u.message?.text)).toEqual(["c"]);
    expect((await call<Update[]>("getUpdates")).body.result.map((u) => u.message?.text)).toEqual(["c"]);
  });

  it("marks a leading /command with a bot_command entity", async () => {
    const message = api.sendText(USER, "/start ref_123");
    expect(message.entities).toEqual([{ type: "bot_command", offset: 0, length: 6 }]);
    expect(message).toMatchObject({ message_id: 1, chat: { id: USER, type: "private" }, from: { id: USER, is_bot: false } });
  });

  it("holds a long poll open until an update arrives", async () => {
    const started = Date.now();
    const poll = call<Update[]>("getUpdates", { timeout: 5 });
    setTimeout(() => api.sendText(USER, "wake up"), 100);
    const { body } = await poll;
    expect(body.result.map((u) => u.message?.text)).toEqual(["wake up"]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("returns an empty list when the timeout passes", async () => {
    const started = Date.now();
    const { body } = await call<Update[]>("getUpdates", { timeout: 1 });
    const elapsed = Date.now() - started;
    expect(body).toEqual({ ok: true, result: [] });
    expect(elapsed).toBeGreaterThanOrEqual(900);
    expect(elapsed).toBeLessThan(2500);
  });

  it("filters by allowed_updates", async () => {
    await call("getUpdates", { allowed_updates: ["callback_query"] });
    api.sendText(USER, "ignored");
    expect((await call<Update[]>("getUpdates")).body.result).toEqual([]);
  });

  it("terminates an older pending poll with 409 and refuses polling while a webhook is set", async () => {
    const older = call("getUpdates", { timeout: 5 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const newer = call("getUpdates", { timeout: 0 });
    expect((await older).status).toBe(409);
    expect((await older).body.description).toMatch(/^Conflict: terminated by other getUpdates request/);
    expect((await newer).status).toBe(200);

    await call("setWebhook", { url: "https://example.com/hook" });
    expect((await call("getWebhookInfo")).body.result).toMatchObject({ url: "https://example.com/hook", pending_update_count: 0 });
    expect((await call("getUpdates")).status).toBe(409);
    await call("deleteWebhook");
    expect((await call("getUpdates")).status).toBe(200);
  });

  it("close() answers pending long polls with an empty list", async () => {
    const poll = call("getUpdates", { timeout: 30 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await api.close();
    expect((await poll).body).toEqual({ ok: true, result: [] });
    expect(Date.now() - started).toBeLessThan(1500);
  });
});

describe("sending and editing messages", () => {
  it("numbers messages per chat, shared by bot and user messages", async () => {
    api.addUser({ id: 43, first_name: "Bek" });
    const ids = [
      (await call("sendMessage", { chat_id: USER, text: "a" })).body.result.message_id,
      (await call("sendMessage", { chat_id: 43, text: "b" })).body.result.message_id,
      api.sendText(USER, "from user").message_id,
      (await call("sendMessage", { chat_id: USER, text: "c" })).body.result.message_id,
    ];
    expect(ids).toEqual([1, 1, 2, 3]);
    const { body } = await call("sendMessage", { chat_id: USER, text: "x" });
    expect(body.result).toMatchObject({ from: { id: 123456, is_bot: true, username: "mamandyq_bot" }, chat: { id: USER }, text: "x" });
    expect(Math.abs(body.result.date - Date.now() / 1000)).toBeLessThan(5);
  });

  it("parses HTML into text and entities", async () => {
    const { body } = await call("sendMessage", {
      chat_id: USER,
      text: '<b>Colleges</b> in <a href="https://example.kz">Almaty</a> &amp; more',
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
    });
    expect(body.result.text).toBe("Colleges in Almaty & more");
    expect(body.result.entities).toEqual([
      { type: "bold", offset: 0, length: 8 },
      { type: "text_link", offset: 12, length: 6, url: "https://example.kz/" },
    ]);
    const bad = await call("sendMessage", { chat_id: USER, text: "a <br> b", parse_mode: "HTML" });
    expect(bad.body.description).toBe(`Bad Request: can't parse entities: Unsupported start tag "br" at byte offset 2`);
  });

  it("validates text, chat and keyboard like Telegram", async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ chat_id: USER, text: "" }, "Bad Request: message text is empty"],
      [{ chat_id: USER, text: "x".repeat(4097) }, "Bad Request: message is too long"],
      [{ chat_id: 999, text: "hi" }, "Bad Request: chat not found"],
      [{ text: "hi" }, "Bad Request: chat_id is empty"],
      [{ chat_id: USER, text: "hi", reply_markup: { inline_keyboard: [[{ text: "A", callback_data: "x".repeat(65) }]] } }, "Bad Request: BUTTON_DATA_INVALID"],
      [{ chat_id: USER, text: "hi", reply_parameters: { message_id: 77 } }, "Bad Request: message to be replied not found"],
    ];
    for (const [params, description] of cases) {
      const res = await call("sendMessage", params);
      expect(res).toEqual({ status: 400, body: { ok: false, error_code: 400, description } });
    }
    expect((await call("sendMessage", { chat_id: USER, text: "x".repeat(4096) })).status).toBe(200);
    const ok = await call("sendMessage", { chat_id: USER, text: "hi", reply_parameters: { message_id: 77, allow_sending_without_reply: true } });
    expect(ok.status).toBe(200);
  });

  it("edits: missing message, not modified, keyboard replaced", async () => {
    const keyboard = { inline_keyboard: [[{ text: "Next", callback_data: "next" }]] };
    const sent = (await call("sendMessage", { chat_id: USER, text: "Page 1", reply_markup: keyboard })).body.result;

    const missing = await call("editMessageText", { chat_id: USER, message_id: 99, text: "x" });
    expect(missing).toEqual({ status: 400, body: { ok: false, error_code: 400, description: "Bad Request: message to edit not found" } });

    const same = await call("editMessageText", { chat_id: USER, message_id: sent.message_id, text: "Page 1", reply_markup: keyboard });
    expect(same.body.description).toBe(NOT_MODIFIED);

    // Same text without reply_markup removes the keyboard, so it is a modification.
    const edited = await call("editMessageText", { chat_id: USER, message_id: sent.message_id, text: "Page 1" });
    expect(edited.body.result.reply_markup).toBeUndefined();
    expect(edited.body.result.edit_date).toBeTypeOf("number");
    const markupOnly = await call("editMessageReplyMarkup", { chat_id: USER, message_id: sent.message_id, reply_markup: keyboard });
    expect(markupOnly.body.result.reply_markup).toEqual(keyboard);

    expect(api.messages(USER)).toMatchObject([{ text: "Page 1", edited: true, editCount: 2, fromBot: true, reply_markup: keyboard }]);

    api.sendText(USER, "mine");
    expect((await call("editMessageText", { chat_id: USER, message_id: 2, text: "x" })).body.description).toBe("Bad Request: message can't be edited");
  });

  it("deletes messages", async () => {
    await call("sendMessage", { chat_id: USER, text: "a" });
    await call("sendMessage", { chat_id: USER, text: "b" });
    expect((await call("deleteMessage", { chat_id: USER, message_id: 1 })).body).toEqual({ ok: true, result: true });
    expect(api.messages(USER).map((m) => m.text)).toEqual(["b"]);
    expect(api.lastBotMessage(USER)?.text).toBe("b");
    const again = await call("deleteMessage", { chat_id: USER, message_id: 1 });
    expect(again.body.description).toBe("Bad Request: message to delete not found");
  });

  it("sends venues and locations", async () => {
    const venue = await call("sendVenue", { chat_id: USER, latitude: 43.24, longitude: 76.92, title: "College", address: "Abay 1" });
    expect(venue.body.result).toMatchObject({
      venue: { location: { latitude: 43.24, longitude: 76.92 }, title: "College", address: "Abay 1" },
      location: { latitude: 43.24, longitude: 76.92 },
    });
    const location = await call("sendLocation", { chat_id: USER, latitude: 51.1, longitude: 71.4 });
    expect(location.body.result.location).toEqual({ latitude: 51.1, longitude: 71.4 });
  });
});

describe("fault injection", () => {
  it("failNext returns 429 with retry_after, for the given number of calls", async () => {
    api.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 3", retry_after: 3 }, 2);
    for (let i = 0; i < 2; i++) {
      expect(await call("sendMessage", { chat_id: USER, text: "hi" })).toEqual({
        status: 429,
        body: { ok: false, error_code: 429, description: "Too Many Requests: retry after 3", parameters: { retry_after: 3 } },
      });
    }
    expect((await call("sendMessage", { chat_id: USER, text: "hi" })).status).toBe(200);
  });

  it("grammY surfaces injected errors as GrammyError", async () => {
    const bot = new Bot(TOKEN, { client: { apiRoot: api.apiRoot } });
    api.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 1", retry_after: 1 });
    const error = await bot.api.sendMessage(USER, "hi").catch((err: unknown) => err);
    expect(error).toBeInstanceOf(GrammyError);
    expect((error as GrammyError).parameters.retry_after).toBe(1);
  });

  it("answers 403 while the user has blocked the bot", async () => {
    api.setBlocked(USER, true);
    expect(await call("sendMessage", { chat_id: USER, text: "hi" })).toEqual({
      status: 403,
      body: { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" },
    });
    api.setBlocked(USER, false);
    expect((await call("sendMessage", { chat_id: USER, text: "hi" })).status).toBe(200);
  });

  it("blockBot/unblockBot send my_chat_member updates", async () => {
    api.blockBot(USER);
    expect((await call("sendMessage", { chat_id: USER, text: "hi" })).status).toBe(403);
    api.unblockBot(USER);
    const updates = (await call<Update[]>("getUpdates")).body.result;
    expect(updates.map((u) => [u.my_chat_member?.old_chat_member.status, u.my_chat_member?.new_chat_member.status])).toEqual([
      ["member", "kicked"],
      ["kicked", "member"],
    ]);
    expect((await call("sendMessage", { chat_id: USER, text: "hi" })).status).toBe(200);
  });
});

describe("inline buttons and callback queries", () => {
  it("pressButton only presses buttons that are on the message", async () => {
    const sent = (await call("sendMessage", { chat_id: USER, text: "Menu", reply_markup: { inline_keyboard: [[{ text: "Go", callback_data: "go" }]] } })).body.result;
    expect(() => api.pressButton(USER, sent.message_id, "stale")).toThrow(/no button with callback_data "stale"/);
    expect(() => api.pressButton(USER, 999, "go")).toThrow(/not in chat/);

    const query = api.pressButton(USER, sent.message_id, "go");
    const [update] = (await call<Update[]>("getUpdates")).body.result;
    expect(update?.callback_query).toMatchObject({ id: query.id, data: "go", from: { id: USER }, message: { message_id: sent.message_id, text: "Menu" } });

    expect((await call("answerCallbackQuery", { callback_query_id: query.id, text: "Done" })).body).toEqual({ ok: true, result: true });
    expect(api.callbackAnswers).toMatchObject([{ callbackQueryId: query.id, text: "Done", data: "go", messageId: sent.message_id }]);
    const twice = await call("answerCallbackQuery", { callback_query_id: query.id });
    expect(twice.body.description).toBe("Bad Request: query is too old and response timeout expired or query ID is invalid");
  });

  it("pressButtonRaw sends forged data", async () => {
    const sent = (await call("sendMessage", { chat_id: USER, text: "Menu", reply_markup: { inline_keyboard: [[{ text: "Go", callback_data: "go" }]] } })).body.result;
    expect(api.pressButtonRaw(USER, sent.message_id, "admin:drop").data).toBe("admin:drop");
  });
});

describe("files", () => {
  it("stores multipart uploads from grammY and serves them back", async () => {
    const bot = new Bot(TOKEN, { client: { apiRoot: api.apiRoot } });
    const content = Buffer.from("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    const message = await bot.api.sendDocument(USER, new InputFile(content, "event 1.ics"), { caption: "<b>Event</b>", parse_mode: "HTML" });
    expect(message.document).toMatchObject({ file_name: "event 1.ics", mime_type: "text/calendar", file_size: content.length });
    expect(message.caption_entities).toEqual([{ type: "bold", offset: 0, length: 5 }]);

    const [sent] = api.sentFiles(USER);
    expect(sent).toMatchObject({ kind: "document", fileName: "event 1.ics", messageId: message.message_id, caption: "Event" });
    expect(sent?.content.equals(content)).toBe(true);

    const file = await bot.api.getFile(message.document!.file_id);
    const download = await fetch(`${api.apiRoot}/file/bot${TOKEN}/${file.file_path}`);
    expect(Buffer.from(await download.arrayBuffer()).equals(content)).toBe(true);
  });

  it("sends photos with sizes and rejects non-images", async () => {
    const bot = new Bot(TOKEN, { client: { apiRoot: api.apiRoot } });
    const message = await bot.api.sendPhoto(USER, new InputFile(tinyPng(1600, 800), "card.png"));
    expect(message.photo?.map((size) => [size.width, size.height])).toEqual([[90, 45], [320, 160], [800, 400], [1280, 640]]);
    const error = await bot.api.sendPhoto(USER, new InputFile(Buffer.from("not an image"), "x.png")).catch((err: unknown) => err);
    expect((error as GrammyError).description).toBe("Bad Request: IMAGE_PROCESS_FAILED");
  });

  it("delivers documents sent by users", async () => {
    const message = api.sendDocumentFromUser(USER, { fileName: "cv.pdf", mimeType: "application/pdf", content: Buffer.from("%PDF-1.4") });
    const file = (await call("getFile", { file_id: message.document?.file_id })).body.result;
    const download = await fetch(`${api.apiRoot}/file/bot${TOKEN}/${file.file_path}`);
    expect(await download.text()).toBe("%PDF-1.4");
  });
});

describe("commands", () => {
  it("keeps commands per scope and language", async () => {
    const commands = [{ command: "start", description: "Бастау" }];
    await call("setMyCommands", { commands, language_code: "kk" });
    await call("setMyCommands", { commands: [{ command: "menu", description: "Menu" }], scope: { type: "chat", chat_id: USER } });
    expect((await call("getMyCommands", { language_code: "kk" })).body.result).toEqual(commands);
    expect((await call("getMyCommands")).body.result).toEqual([]);
    expect(api.commandsFor({ type: "chat", chat_id: USER })).toEqual([{ command: "menu", description: "Menu" }]);
    expect(api.commands).toHaveLength(2);
    expect((await call("setMyCommands", { commands: [{ command: "Bad Command", description: "x" }] })).body.description).toBe("Bad Request: BOT_COMMAND_INVALID");
    await call("deleteMyCommands", { language_code: "kk" });
    expect(api.commandsFor(undefined, "kk")).toEqual([]);
  });
});

describe("inspection", () => {
  it("emits live events and keeps serving when a listener throws", async () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    const seen: string[] = [];
    api.on("message", (message) => seen.push(`${message.fromBot ? "bot" : "user"}:${message.text}`));
    api.on("edit", (message) => seen.push(`edit:${message.text}`));
    api.on("delete", ({ messageId }) => seen.push(`delete:${messageId}`));
    api.on("message", () => {
      throw new Error("listener bug");
    });
    api.sendText(USER, "hi");
    expect((await call("sendMessage", { chat_id: USER, text: "hello" })).status).toBe(200);
    await call("editMessageText", { chat_id: USER, message_id: 2, text: "hello!" });
    await call("deleteMessage", { chat_id: USER, message_id: 2 });
    expect(seen).toEqual(["user:hi", "bot:hello", "edit:hello!", "delete:2"]);
    expect(consoleError).toHaveBeenCalledTimes(2);
    consoleError.mockRestore();
  });

  it("waitForBotMessage times out with a hint, waitFor rejects when the predicate throws", async () => {
    await call("sendMessage", { chat_id: USER, text: "old" });
    await expect(api.waitForBotMessage(USER, undefined, 50)).rejects.toThrow(/last bot message: "old"/);
    await expect(
      api.waitFor(() => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
  });
});

describe("with a grammY bot using long polling", () => {
  it("answers /start, handles a button press and shuts down cleanly", async () => {
    const bot = new Bot(TOKEN, { client: { apiRoot: api.apiRoot } });
    bot.command("start", (ctx) => ctx.reply(`Сәлем, ${ctx.from?.first_name}! (${ctx.match})`, { reply_markup: new InlineKeyboard().text("Colleges", "colleges") }));
    bot.callbackQuery("colleges", async (ctx) => {
      await ctx.answerCallbackQuery();
      await ctx.editMessageText("<b>Colleges</b>", { parse_mode: "HTML" });
    });
    const running = bot.start({ drop_pending_updates: false });

    const greeting = api.waitForBotMessage(USER);
    api.sendText(USER, "/start from_site");
    const reply = await greeting;
    expect(reply.text).toBe("Сәлем, Aru! (from_site)");

    const edit = api.waitForBotMessage(USER, (message) => message.edited);
    api.pressButton(USER, reply.message_id, "colleges");
    expect((await edit).text).toBe("Colleges");
    await api.waitFor(() => api.callbackAnswers.length === 1);

    expect(api.callsTo("deleteWebhook")).toHaveLength(1);
    await bot.stop();
    await running;
    await api.close();
  });
});

describe("in-process (createLocalBotApi)", () => {
  let local: LocalBotApi;
  beforeEach(() => {
    local = createLocalBotApi();
    local.addUser({ id: USER, first_name: "Aru", language_code: "kk" });
  });
  afterEach(() => local.close());

  it("answers through fetch exactly like the HTTP server, without a port", async () => {
    expect(local.port).toBe(0);
    const params = { chat_id: USER, text: "<b>unclosed", parse_mode: "HTML" };
    const viaHttp = await call("sendMessage", params);
    const res = await local.fetch(`${local.apiRoot}/bot${TOKEN}/sendMessage`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(params),
    });
    expect({ status: res.status, body: await res.json() }).toEqual(viaHttp);
    expect(viaHttp.status).toBe(400);
    const unknown = await local.fetch(`https://api.telegram.org/bot${TOKEN}/noSuchMethod`, { method: "POST" });
    expect([unknown.status, await unknown.json()]).toEqual([404, { ok: false, error_code: 404, description: "Not Found" }]);
    expect(local.calls.map((c) => c.method)).toEqual(["sendMessage", "noSuchMethod"]);
  });

  it("serves a grammY bot as client.fetch: JSON and multipart bodies, file downloads, injected failures", async () => {
    const bot = new Bot(TOKEN, { client: { fetch: local.fetch as never } });
    const sent = await bot.api.sendMessage(USER, "<i>Сәлем</i>", { parse_mode: "HTML" });
    expect(sent).toMatchObject({ text: "Сәлем", entities: [{ type: "italic", offset: 0, length: 5 }], from: { id: 123456 } });

    const content = Buffer.from("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    const doc = await bot.api.sendDocument(USER, new InputFile(content, "fair.ics"), { caption: "Fair" });
    expect(local.sentFiles(USER)[0]?.content.equals(content)).toBe(true);
    const file = await bot.api.getFile(doc.document!.file_id);
    const download = await local.fetch(`${local.apiRoot}/file/bot${TOKEN}/${file.file_path}`);
    expect(Buffer.from(await download.arrayBuffer()).equals(content)).toBe(true);

    local.failWhen(({ method, fields }) =>
      method === "sendMessage" && fields.text === "fail me" ? { error_code: 403, description: "Forbidden: bot was blocked by the user" } : undefined,
    );
    const error = await bot.api.sendMessage(USER, "fail me").catch((err: unknown) => err);
    expect((error as GrammyError).error_code).toBe(403);
    expect((await bot.api.sendMessage(USER, "fine")).text).toBe("fine");
  });

  it("takeUpdates hands queued updates over once, for bot.handleUpdate", async () => {
    const bot = new Bot(TOKEN, { client: { fetch: local.fetch as never }, botInfo: { ...local.bot, id: 123456 } as never });
    bot.command("start", (ctx) => ctx.reply("hi", { reply_markup: new InlineKeyboard().text("Go", "go") }));
    bot.callbackQuery("go", (ctx) => ctx.answerCallbackQuery({ text: "went" }));

    local.sendText(USER, "/start");
    const updates = local.takeUpdates();
    expect(updates.map((u) => u.update_id)).toEqual([1]);
    expect(local.takeUpdates()).toEqual([]);
    for (const update of updates) await bot.handleUpdate(update);
    const reply = local.lastBotMessage(USER)!;
    expect(reply.text).toBe("hi");

    local.pressButton(USER, reply.message_id, "go");
    for (const update of local.takeUpdates()) await bot.handleUpdate(update);
    expect(local.callbackAnswers.map((a) => a.text)).toEqual(["went"]);
    expect(local.pendingUpdateCount).toBe(0);
  });
});
