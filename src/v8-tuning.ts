// V8 settings for the bot's processes. Imported first by the entry points (src/main.ts,
// bench/run.ts), so they hold before anything else runs; V8 flags are per process, so the bot
// threads (src/bot/threads/) get them too.
import { availableParallelism } from "node:os";
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
const ALWAYS = ["--no-allocation-site-pretenuring"];

/**
 * On two cores, V8's GC helper threads (four, shared by every isolate) take the cores from the
 * bot threads while they mark or scavenge, and updates queue up behind them. One helper for
 * concurrent marking and scavenges on the isolate's own thread: p99 at a steady 2,000/s on
 * two threads 23–25 → 20 ms in alternating probe runs. Machines with more cores keep V8's
 * defaults.
 */
const FEW_CORES = ["--concurrent-marking-max-worker-num=1", "--no-parallel-scavenge"];

export const V8_FLAGS: readonly string[] = [...ALWAYS, ...(availableParallelism() <= 2 ? FEW_CORES : [])];

/** Every flag this module may set, whatever the machine (the test checks V8 knows them). */
export const ALL_V8_FLAGS: readonly string[] = [...ALWAYS, ...FEW_CORES];

for (const flag of V8_FLAGS) setFlagsFromString(flag);
