// A delivery worker in its own process for test/outbox-crash.test.ts: the real worker, the real
// database file, the local Bot API over HTTP. Mode "run" sends until killed; mode "drain" sends
// until nothing is pending or in flight, then prints {"sent": n} and exits. Four lanes.
// Usage: node --import tsx this.ts <databaseUrl> <apiRoot> <token> run|drain [lifetimeMs]
import { Api } from "grammy";
import { setTimeout as sleep } from "node:timers/promises";
import { createDb } from "../src/db/client.ts";
import { startDeliveryWorker } from "../src/jobs/delivery-worker.ts";
import { createLogger } from "../src/logger.ts";

const [url, apiRoot, token, mode, lifetime] = process.argv.slice(2);
// Never outlive a test that failed or timed out (this timer also keeps "run" alive until killed).
setTimeout(() => process.exit(3), Number(lifetime ?? 60_000));
const db = await createDb(url!);
// 11:00 in Kazakhstan, so nobody is in their quiet hours whenever the test runs.
const clock = { now: () => new Date("2026-11-25T06:00:00Z") };
const worker = startDeliveryWorker({
  db,
  api: new Api(token!, { apiRoot }),
  logger: createLogger("silent"),
  clock,
  intervalMs: 20,
  ratePerSecond: 1000,
  concurrency: 4, // several requests in flight when the kill comes
});
if (mode === "drain") {
  let sent = 0;
  for (;;) {
    sent += await worker.drainOnce();
    const left = await db.delivery.count({ where: { status: { in: ["pending", "sending"] } } });
    if (left === 0) break;
    await sleep(20);
  }
  await worker.stop();
  process.stdout.write(JSON.stringify({ sent }));
  await db.$disconnect();
  process.exit(0);
}
