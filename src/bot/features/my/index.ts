// My sign-ups: /my and the main-menu entry list the sender's course registrations; a card per
// registration offers cancel (with a confirmation) or, for an offered seat, accept / decline.
// Every button names a registration id: it is looked up among the SENDER's registrations, so a
// forged or foreign id finds nothing and changes nothing. The domain re-checks ownership too.
import { InlineKeyboard } from "grammy";
import { FeatureComposer } from "../../composer.ts";
import type { Context } from "../../context.ts";
import { acceptOffer, cancelRegistration, declineOffer, listMyRegistrations } from "../../../domain/registrations/my.ts";
import { tr } from "../../../domain/locale.ts";
import { backToMenu } from "../../keyboards/menu.ts";
import { escapeHtml, show, toast } from "../../ui.ts";
import { myCb } from "./callbacks.ts";
import { renderCard, renderConfirm, renderList, statusLabel, type MyRegistration } from "./render.ts";

export const myFeature = new FeatureComposer<Context>();

async function myRegistrations(ctx: Context): Promise<MyRegistration[]> {
  return ctx.user ? listMyRegistrations(ctx.deps.db, ctx.user.id) : [];
}

async function showList(ctx: Context, page: number, notice?: string): Promise<void> {
  const { html, keyboard } = renderList(ctx, await myRegistrations(ctx), page);
  await show(ctx, notice ? `${notice}\n\n${html}` : html, keyboard);
}

/** The sender's registration `id`, or null after telling them it is not there. */
async function findMine(ctx: Context, id: number): Promise<MyRegistration | null> {
  const reg = (await myRegistrations(ctx)).find((r) => r.id === id);
  if (reg) return reg;
  await toast(ctx, ctx.t("item-not-found"));
  await show(ctx, ctx.t("item-not-found"), backToMenu(ctx, new InlineKeyboard().text(ctx.t("my-back-list"), myCb.pack("list", 0))));
  return null;
}

/** Re-reads a registration after a change and shows its card with a notice on top. */
async function showCardAfter(ctx: Context, id: number, notice: string): Promise<void> {
  const reg = (await myRegistrations(ctx)).find((r) => r.id === id);
  if (!reg) return showList(ctx, 0, notice);
  const { html, keyboard } = renderCard(ctx, reg, notice);
  await show(ctx, html, keyboard);
}

/** Parses the single registration id of `action`; forged data goes on to "unhandled". */
function idOf(ctx: Context, action: "card" | "cancel" | "cancelYes" | "accept" | "decline" | "declineYes"): number | null {
  return myCb.parse(action, ctx.callbackQuery?.data)?.[0] ?? null;
}

const courseOf = (ctx: Context, r: MyRegistration) => escapeHtml(tr(r.course, "title", ctx.locale));

myFeature.command("my", (ctx) => showList(ctx, 0));

myFeature.callbackQuery(myCb.match("list"), async (ctx, next) => {
  const args = myCb.parse("list", ctx.callbackQuery.data);
  if (!args) return next();
  await showList(ctx, args[0]);
});

myFeature.callbackQuery(myCb.match("card"), async (ctx, next) => {
  const id = idOf(ctx, "card");
  if (id === null) return next();
  const reg = await findMine(ctx, id);
  if (!reg) return;
  const { html, keyboard } = renderCard(ctx, reg);
  await show(ctx, html, keyboard);
});

for (const what of ["cancel", "decline"] as const) {
  myFeature.callbackQuery(myCb.match(what), async (ctx, next) => {
    const id = idOf(ctx, what);
    if (id === null) return next();
    const reg = await findMine(ctx, id);
    if (!reg) return;
    const { html, keyboard } = renderConfirm(ctx, reg, what);
    await show(ctx, html, keyboard);
  });
}

myFeature.callbackQuery(myCb.match("cancelYes"), async (ctx, next) => {
  const id = idOf(ctx, "cancelYes");
  if (id === null) return next();
  const reg = await findMine(ctx, id);
  if (!reg) return;
  const result = await cancelRegistration(ctx.deps.db, { userId: reg.userId, registrationId: reg.id, now: ctx.deps.clock.now() });
  if (result.ok) return showCardAfter(ctx, reg.id, ctx.t("my-cancelled", { course: courseOf(ctx, reg) }));
  await showCardAfter(ctx, reg.id, ctx.t(result.reason === "not_active" ? "my-not-active" : "item-not-found"));
});

myFeature.callbackQuery(myCb.match("accept"), async (ctx, next) => {
  const id = idOf(ctx, "accept");
  if (id === null) return next();
  const reg = await findMine(ctx, id);
  if (!reg) return;
  const result = await acceptOffer(ctx.deps.db, { userId: reg.userId, registrationId: reg.id, now: ctx.deps.clock.now() });
  if (result.ok) {
    const after = (await myRegistrations(ctx)).find((r) => r.id === reg.id);
    const notice = ctx.t("my-accepted", { course: courseOf(ctx, reg), status: statusLabel(ctx, after?.status ?? "approved") });
    return showCardAfter(ctx, reg.id, notice);
  }
  await showCardAfter(ctx, reg.id, offerFailure(ctx, result.reason));
});

myFeature.callbackQuery(myCb.match("declineYes"), async (ctx, next) => {
  const id = idOf(ctx, "declineYes");
  if (id === null) return next();
  const reg = await findMine(ctx, id);
  if (!reg) return;
  const result = await declineOffer(ctx.deps.db, { userId: reg.userId, registrationId: reg.id, now: ctx.deps.clock.now() });
  if (result.ok) return showCardAfter(ctx, reg.id, ctx.t("my-declined", { course: courseOf(ctx, reg) }));
  await showCardAfter(ctx, reg.id, offerFailure(ctx, result.reason));
});

function offerFailure(ctx: Context, reason: string): string {
  if (reason === "expired") return ctx.t("my-offer-expired");
  if (reason === "not_offered") return ctx.t("my-not-offered");
  return ctx.t("item-not-found");
}
