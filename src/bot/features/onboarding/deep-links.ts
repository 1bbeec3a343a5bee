// `t.me/<bot>?start=<kind>_<id>` links printed on posters open an item directly.
import type { Context } from "../../context.ts";
import { openEventCard } from "../events/index.ts";
import { openVacancyCard } from "../vacancies/index.ts";
import { openCourseCard } from "../courses/index.ts";
import { openCollegeCard } from "../colleges/index.ts";

const OPENERS = {
  fair: openEventCard,
  event: openEventCard,
  vacancy: openVacancyCard,
  course: openCourseCard,
  college: openCollegeCard,
} satisfies Record<string, (ctx: Context, id: number) => Promise<void>>;

export type DeepLink = { kind: keyof typeof OPENERS; id: number };

const PATTERN = /^(fair|event|vacancy|course|college)_(\d{1,9})$/;

export function parseDeepLink(payload: string | undefined): DeepLink | null {
  const m = payload?.match(PATTERN);
  return m ? { kind: m[1] as DeepLink["kind"], id: Number(m[2]) } : null;
}

/** Sends the item's card as a new message (each opener answers "not found" itself). */
export function openDeepLink(ctx: Context, link: DeepLink): Promise<void> {
  return OPENERS[link.kind](ctx, link.id);
}
