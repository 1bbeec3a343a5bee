// Personal data (Law of the Republic of Kazakhstan No. 94-V): /mydata shows everything the bot
// stores about the sender; /deleteme erases it after a confirmation (eraseMyData: one
// transaction, consents withdrawn, live applications withdrawn, audit entry).
import { FeatureComposer } from "../../composer.ts";
import type { Context } from "../../context.ts";
import { describeMyData, eraseMyData } from "../../../domain/personal-data.ts";
import { findRegion, regionName } from "../../../domain/regions.ts";
import { mainMenuKeyboard } from "../../keyboards/menu.ts";
import { show } from "../../ui.ts";
import { mydataCb } from "./callbacks.ts";
import { renderEraseConfirm, renderMyData } from "./render.ts";

export const mydataFeature = new FeatureComposer<Context>();

async function showMyData(ctx: Context): Promise<void> {
  if (!ctx.user) return;
  const data = await describeMyData(ctx.deps.db, ctx.user.id);
  const code = data.profile.regionCode;
  const region = code ? await findRegion(ctx.deps.db, code) : undefined;
  const { html, keyboard } = renderMyData(ctx, data, region ? regionName(region, ctx.locale) : null);
  await show(ctx, html, keyboard);
}

async function askToErase(ctx: Context): Promise<void> {
  const { html, keyboard } = renderEraseConfirm(ctx);
  await show(ctx, html, keyboard);
}

mydataFeature.command("mydata", showMyData);
mydataFeature.command("deleteme", askToErase);
mydataFeature.callbackQuery(mydataCb.match("show"), showMyData);
mydataFeature.callbackQuery(mydataCb.match("erase"), askToErase);

// Only a press of the confirmation button erases: the command alone never does.
mydataFeature.callbackQuery(mydataCb.match("eraseYes"), async (ctx) => {
  if (!ctx.user) return;
  await eraseMyData(ctx.deps.db, ctx.user.id, ctx.deps.clock.now());
  ctx.log.info({ userId: ctx.user.id }, "personal data erased on request");
  await show(ctx, ctx.t("mydata-erased"), mainMenuKeyboard(ctx));
});
