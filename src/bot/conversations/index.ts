// Dialogs: the conversations plugin with its state in the database, /cancel, and the sign-up
// dialog with its entry points. Mounted in private chats after the deps/user/i18n middlewares
// and before the features, so an active dialog gets its answers first, and commands get here
// before the dialog could take them for answers.
import { InlineKeyboard, type Middleware } from "grammy";
import { conversations, createConversation, type Conversation } from "@grammyjs/conversations";
import { FeatureComposer } from "../composer.ts";
import type { Context, Deps } from "../context.ts";
import { i18n } from "../i18n.ts";
import { attachDeps } from "../middlewares/context.ts";
import { mainMenuKeyboard } from "../keyboards/menu.ts";
import { escapeHtml, send } from "../ui.ts";
import { coursesCb } from "../features/courses/callbacks.ts";
import { checkEligibility } from "../../domain/registrations/apply.ts";
import { tr } from "../../domain/locale.ts";
import { signupCb } from "./callbacks.ts";
import { markReceived, type OuterContext } from "./dialog.ts";
import { dialogStorage } from "./storage.ts";
import { SIGNUP, signup } from "./signup.ts";
import { refusalText } from "./signup-steps.ts";
import { EVENT_EDITOR, eventEditor } from "../features/editor/dialog.ts";
import { BROADCAST, broadcastComposer } from "../features/broadcasts/dialog.ts";

/**
 * Contexts inside a dialog are built from the bare update on every replay, so they get the
 * same deps and logger as outside (attachDeps is pure), the locale the outer middlewares
 * negotiated from the user's row and the clock's time of the update (both taken in one
 * `external`: it is logged, so a replay sees each update's language and time as they were),
 * and `ctx.t`. One logged operation per update: every one of them is replayed on each later
 * answer, so the dialogs read the time from here (`receivedAt`) instead of asking for it.
 */
function dialogPlugins(deps: Deps) {
  const attach = attachDeps(deps);
  return (conversation: Conversation<OuterContext, Context>): Middleware<Context>[] => [
    attach,
    async (ctx, next) => {
      const seen = await conversation.external((o) => ({ locale: o.locale, at: o.deps.clock.now().getTime() }));
      ctx.locale = seen.locale;
      markReceived(ctx, seen.at);
      await next();
    },
    i18n,
  ];
}

const isActive = (ctx: OuterContext) => Object.keys(ctx.conversation.active()).length > 0;

const isCommand = (ctx: OuterContext) => ctx.message?.entities?.some((e) => e.type === "bot_command" && e.offset === 0) ?? false;

/** Enters the sign-up for a course after checking, with a fresh clock, that it is possible. */
export async function startSignup(ctx: OuterContext, courseId: number, waitlistAccepted: boolean): Promise<void> {
  if (!ctx.user) return;
  const r = await checkEligibility(ctx.deps.db, { userId: ctx.user.id, courseId, now: ctx.deps.clock.now() });
  if (!r.ok) {
    const course = r.course ? { ...r.course, title: tr(r.course, "title", ctx.locale) } : { title: "", minAge: 0, maxAge: 0 };
    await send(ctx, refusalText(ctx, r.reason, course), mainMenuKeyboard(ctx));
    return;
  }
  const full = r.seatsLeft <= 0;
  if (full && !waitlistAccepted) {
    const kb = new InlineKeyboard()
      .text(ctx.t("signup-waitlist-yes"), signupCb.pack("waitlist", courseId))
      .row()
      .text(ctx.t("signup-waitlist-no"), coursesCb.pack("open", courseId));
    await send(ctx, ctx.t("signup-full-ask", { course: escapeHtml(tr(r.course, "title", ctx.locale)) }), kb);
    return;
  }
  await ctx.conversation.enter(SIGNUP, courseId, full);
}

export function dialogsFeature(deps: Deps): Middleware<Context> {
  const c = new FeatureComposer<OuterContext>();
  c.use(conversations<OuterContext, Context>({ storage: dialogStorage(deps.db, deps.clock), plugins: dialogPlugins(deps) }));

  // /cancel leaves whatever dialog is open.
  c.command("cancel", async (ctx) => {
    if (!isActive(ctx)) return void (await ctx.reply(ctx.t("dialog-nothing-to-cancel"), { reply_markup: mainMenuKeyboard(ctx) }));
    await ctx.conversation.exitAll();
    await ctx.reply(ctx.t("dialog-cancelled"), { reply_markup: { remove_keyboard: true } });
  });
  // Any other command (/start, /menu, /my…) is a way out too: the dialog is left, then the command runs.
  c.filter(isCommand, async (ctx, next) => {
    if (isActive(ctx)) {
      await ctx.conversation.exitAll();
      await ctx.reply(ctx.t("dialog-left"), { reply_markup: { remove_keyboard: true } });
    }
    await next();
  });

  c.use(createConversation<OuterContext, Context>(signup, SIGNUP));
  c.use(createConversation<OuterContext, Context>(eventEditor, EVENT_EDITOR));
  c.use(createConversation<OuterContext, Context>(broadcastComposer, BROADCAST));

  c.callbackQuery(coursesCb.match("signup"), async (ctx, next) => {
    const id = coursesCb.parse("signup", ctx.callbackQuery.data)?.[0];
    if (id === undefined || id <= 0) return next(); // forged → "button out of date"
    await startSignup(ctx, id, false);
  });
  c.callbackQuery(signupCb.match("waitlist"), async (ctx, next) => {
    const id = signupCb.parse("waitlist", ctx.callbackQuery.data)?.[0];
    if (id === undefined || id <= 0) return next();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    await startSignup(ctx, id, true);
  });

  // The plugin adds `ctx.conversation` to every context that passes through it.
  return c as unknown as Middleware<Context>;
}
