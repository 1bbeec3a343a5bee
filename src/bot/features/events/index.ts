// Job fairs and career events. (Being implemented.)
import { Composer } from "grammy";
import type { Context } from "../../context.ts";

export const eventsFeature = new Composer<Context>();

/** Sends the event's card as a new message; answers "not found" when it does not exist. */
export async function openEventCard(ctx: Context, id: number): Promise<void> {
  await ctx.reply(ctx.t("item-not-found") + ` (${id})`);
}
