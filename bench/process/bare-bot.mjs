// The memory benchmark's baseline bot: grammY alone, one handler replying "ok", long polling the
// Bot API at TELEGRAM_API_ROOT like the real bot does. Plain JavaScript, as the bot runs compiled.
import { Bot } from "grammy";

const bot = new Bot(process.env.BOT_TOKEN, { client: { apiRoot: process.env.TELEGRAM_API_ROOT } });
bot.on("message", (ctx) => ctx.reply("ok"));
void bot.start();
