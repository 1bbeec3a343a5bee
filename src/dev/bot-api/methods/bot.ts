// Bot-level methods: identity, receiving updates (polling and webhook settings),
// commands, profile texts and the menu button.
import type { BotCommand, BotCommandScope, MenuButton } from "grammy/types";
import { badRequest, conflict } from "../errors.ts";
import { commandSetKey } from "../state.ts";
import type { MethodContext, MethodHandler } from "./common.ts";

const getMe: MethodHandler = ({ world }) => ({
  ...world.bot,
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
});

const getUpdates: MethodHandler = ({ world, params, signal }) => {
  if (world.webhook) {
    throw conflict("can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
  }
  return world.updates.poll({
    offset: params.int("offset"),
    limit: params.int("limit"),
    timeoutSeconds: params.int("timeout"),
    allowedUpdates: params.json<string[]>("allowed_updates"),
    signal,
  });
};

/** Stored only: updates are not pushed to the URL (tests and the playground poll). */
const setWebhook: MethodHandler = ({ world, params }) => {
  const url = params.string("url") ?? "";
  if (url === "") {
    world.webhook = undefined;
    return true;
  }
  if (!/^https:\/\//i.test(url)) throw badRequest("bad webhook: An HTTPS URL must be provided for webhook");
  const secretToken = params.string("secret_token");
  if (secretToken !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secretToken)) {
    throw badRequest("secret token contains unallowed characters");
  }
  if (params.bool("drop_pending_updates")) world.updates.dropPending();
  const allowedUpdates = params.json<string[]>("allowed_updates");
  if (allowedUpdates !== undefined) world.updates.setAllowedUpdates(allowedUpdates);
  world.webhook = { url };
  if (secretToken !== undefined) world.webhook.secretToken = secretToken;
  if (allowedUpdates !== undefined) world.webhook.allowedUpdates = allowedUpdates;
  const maxConnections = params.int("max_connections");
  if (maxConnections !== undefined) world.webhook.maxConnections = maxConnections;
  return true;
};

const deleteWebhook: MethodHandler = ({ world, params }) => {
  world.webhook = undefined;
  if (params.bool("drop_pending_updates")) world.updates.dropPending();
  return true;
};

const getWebhookInfo: MethodHandler = ({ world }) => {
  const info: Record<string, unknown> = {
    url: world.webhook?.url ?? "",
    has_custom_certificate: false,
    pending_update_count: world.updates.pendingCount,
  };
  if (world.webhook?.maxConnections !== undefined) info.max_connections = world.webhook.maxConnections;
  if (world.webhook?.allowedUpdates !== undefined) info.allowed_updates = world.webhook.allowedUpdates;
  return info;
};

// --- commands ----------------------------------------------------------------------

const SCOPE_TYPES = new Set([
  "default", "all_private_chats", "all_group_chats", "all_chat_administrators", "chat", "chat_administrators", "chat_member",
]);

function readScope(ctx: MethodContext): { scope: BotCommandScope; languageCode: string } {
  const scope = ctx.params.json<BotCommandScope>("scope", "can't parse BotCommandScope JSON object") ?? { type: "default" };
  if (!SCOPE_TYPES.has(scope.type)) throw badRequest("unsupported bot command scope type");
  if ((scope.type === "chat" || scope.type.startsWith("chat_")) && !("chat_id" in scope)) throw badRequest("chat_id is empty");
  const languageCode = ctx.params.string("language_code") ?? "";
  if (!/^([a-z]{2})?$/.test(languageCode)) throw badRequest("invalid language code specified");
  return { scope, languageCode };
}

const setMyCommands: MethodHandler = (ctx) => {
  const { scope, languageCode } = readScope(ctx);
  const commands = ctx.params.json<BotCommand[]>("commands", "can't parse commands JSON object");
  if (!Array.isArray(commands)) throw badRequest("commands is empty");
  if (commands.length > 100) throw badRequest("BOT_COMMANDS_TOO_MUCH");
  for (const command of commands) {
    if (typeof command.command !== "string" || !/^[a-z0-9_]{1,32}$/.test(command.command)) throw badRequest("BOT_COMMAND_INVALID");
    if (typeof command.description !== "string" || command.description.length < 1 || command.description.length > 256) {
      throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
    }
  }
  const key = commandSetKey(scope, languageCode);
  // An empty list is the same as deleting the commands.
  if (commands.length === 0) ctx.world.commandSets.delete(key);
  else ctx.world.commandSets.set(key, { scope, languageCode, commands: commands.map(({ command, description }) => ({ command, description })) });
  return true;
};

const getMyCommands: MethodHandler = (ctx) => {
  const { scope, languageCode } = readScope(ctx);
  return ctx.world.commandSets.get(commandSetKey(scope, languageCode))?.commands ?? [];
};

const deleteMyCommands: MethodHandler = (ctx) => {
  const { scope, languageCode } = readScope(ctx);
  ctx.world.commandSets.delete(commandSetKey(scope, languageCode));
  return true;
};

// --- profile texts -----------------------------------------------------------------

function profileText(map: "names" | "descriptions" | "shortDescriptions", field: string, maxLength: number) {
  const set: MethodHandler = ({ world, params }) => {
    const languageCode = params.string("language_code") ?? "";
    const value = params.string(field) ?? "";
    if (value.length > maxLength) throw badRequest(`${field} is too long`);
    if (value === "") world[map].delete(languageCode);
    else world[map].set(languageCode, value);
    return true;
  };
  const get: MethodHandler = ({ world, params }) => {
    const languageCode = params.string("language_code") ?? "";
    const fallback = map === "names" ? world.bot.first_name : "";
    return { [field]: world[map].get(languageCode) ?? world[map].get("") ?? fallback };
  };
  return { set, get };
}

const name = profileText("names", "name", 64);
const description = profileText("descriptions", "description", 512);
const shortDescription = profileText("shortDescriptions", "short_description", 120);

const setChatMenuButton: MethodHandler = ({ world, params }) => {
  const button = params.json<MenuButton>("menu_button", "can't parse menu button JSON object") ?? { type: "default" };
  if (!["default", "commands", "web_app"].includes(button.type)) throw badRequest("unsupported menu button type");
  if (params.has("chat_id")) world.requireChat(params.chatId()).menuButton = button;
  else world.defaultMenuButton = button;
  return true;
};

const getChatMenuButton: MethodHandler = ({ world, params }) =>
  params.has("chat_id") ? (world.requireChat(params.chatId()).menuButton ?? world.defaultMenuButton) : world.defaultMenuButton;

export const botMethods: Record<string, MethodHandler> = {
  getMe,
  getUpdates,
  setWebhook,
  deleteWebhook,
  getWebhookInfo,
  logOut: () => true,
  close: () => true,
  setMyCommands,
  getMyCommands,
  deleteMyCommands,
  setMyName: name.set,
  getMyName: name.get,
  setMyDescription: description.set,
  getMyDescription: description.get,
  setMyShortDescription: shortDescription.set,
  getMyShortDescription: shortDescription.get,
  setChatMenuButton,
  getChatMenuButton,
};
