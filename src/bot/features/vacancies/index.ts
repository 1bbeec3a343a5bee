// Job fairs and career vacancies. (Being implemented.)
import { Composer } from "grammy";
import type { Context } from "../../context.ts";

export const vacanciesFeature = new Composer<Context>();

/** Sends the vacancy card as a new message; answers "not found" when it does not exist. */
export async function openVacancyCard(ctx: Context, id: number): Promise<void> {
  await ctx.reply(ctx.t("item-not-found") + ` (${id})`);
}
