// Free-text search over vacancies, events, courses and specialties. (Being implemented.)
import { Composer } from "grammy";
import type { Context } from "../../context.ts";

export const searchFeature = new Composer<Context>();
