// Colleges and specialties. (Being implemented.)
import { Composer } from "grammy";
import type { Context } from "../../context.ts";

export const collegesFeature = new Composer<Context>();

/** Sends the college card as a new message; answers "not found" when it does not exist. */
export async function openCollegeCard(ctx: Context, id: number): Promise<void> {
  await ctx.reply(ctx.t("item-not-found") + ` (${id})`);
}
