// A full collection of this thread's heap before each measured round: the harness's own garbage
// (earlier rounds' simulated users, streams, latencies; the in-process bots' caches) is then not
// collected in the middle of a later round — with bot threads, on the cores they run on. Only
// this thread's heap: bot threads collect their own garbage, in their rounds, as in production.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

export function collectGarbage(): void {
  gc();
}
