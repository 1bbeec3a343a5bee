// Broadcasts: compose, choose the audience, preview, send now or schedule; progress and report.
import { Composer } from "grammy";
import type { Context } from "../../context.ts";

export const broadcastsFeature = new Composer<Context>();
