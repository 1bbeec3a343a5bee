// Telegram tells the bot when a person blocks it (my_chat_member "kicked") or unblocks it.
// Blocked people get nothing from the outbox until they come back.
import { FeatureComposer } from "../composer.ts";
import type { Context } from "../context.ts";
import { setUserBlocked } from "../../domain/users.ts";

export const membershipFeature = new FeatureComposer<Context>();

membershipFeature.on("my_chat_member", async (ctx) => {
  if (ctx.chat.type !== "private" || !ctx.user) return;
  const blocked = ctx.myChatMember.new_chat_member.status === "kicked";
  ctx.user = await setUserBlocked(ctx.deps.db, ctx.user.id, blocked, ctx.deps.clock.now());
  ctx.log.info({ blocked }, "chat membership changed");
});
