// V8 settings for the bot's processes. Imported first by the entry points (src/main.ts,
// bench/run.ts), so they hold before anything else runs; V8 flags are per process, so the bot
// threads (src/bot/threads/) get them too.
import { setFlagsFromString } from "node:v8";

/**
 * Allocation-site pretenuring off. V8 watches which object literals' objects survive young-
 * generation GCs and, past a threshold, allocates that literal's objects directly in the old
 * generation. Under a bot's load it guesses wrong: objects allocated old there die within the
 * update, and until the next full GC they keep the young objects they point to alive, so
 * every scavenge copies and promotes whole updates' worth of garbage (which then costs
 * mark-compacts). Measured (README, Performance, session 7): promoted bytes −68 %, scavenge
 * pauses 3.9 → 2.1 ms, p99 at a steady 2,000 updates/s on two threads 100 → 41 ms.
 */
export const V8_FLAGS: readonly string[] = ["--no-allocation-site-pretenuring"];

for (const flag of V8_FLAGS) setFlagsFromString(flag);
