// Short courses. (Being implemented.)
import { Composer } from "grammy";
import type { Context } from "../../context.ts";

export const coursesFeature = new Composer<Context>();

/** Sends the course card as a new message; answers "not found" when it does not exist. */
export async function openCourseCard(ctx: Context, id: number): Promise<void> {
  await ctx.reply(ctx.t("item-not-found") + ` (${id})`);
}
