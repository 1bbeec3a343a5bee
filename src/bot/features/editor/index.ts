// The events editor: staff create, edit and cancel their region's events.
import { Composer } from "grammy";
import type { Context } from "../../context.ts";

export const editorFeature = new Composer<Context>();
