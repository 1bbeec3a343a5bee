// A second process for test/registrations.concurrency.test.ts: opens the same SQLite file,
// says it is ready (file <barrier>.ready-<pid>), waits for the go (file <barrier>.go), then
// submits one application per given user, all at once, and prints the outcomes as JSON.
// Usage: node --import tsx this.ts <url> <courseId> <barrier> <userId,userId,…>
import { existsSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { createDb } from "../../src/db/client.ts";
import { CONSENT_VERSION } from "../../src/domain/consent.ts";
import { submitApplication } from "../../src/domain/registrations/apply.ts";

const [url, courseId, barrier, userIds] = process.argv.slice(2);
const db = await createDb(url!);
await db.course.count(); // warm up the client before the race
writeFileSync(`${barrier}.ready-${process.pid}`, "");
while (!existsSync(`${barrier}.go`)) await sleep(2);
const now = new Date("2026-03-01T06:00:00Z");
const results = await Promise.all(
  userIds!.split(",").map((id) =>
    submitApplication(db, {
      userId: Number(id), courseId: Number(courseId), fullName: "Иван Петров", phone: "+77012345678", birthDate: new Date(Date.UTC(2004, 0, 1)),
      educationLevel: "college", consentVersion: CONSENT_VERSION, consentGivenBy: "self", locale: "ru", allowWaitlist: true,
    }, now).then((r) => (r.ok ? r.status : r.reason), (e: Error) => `error: ${e.message.split("\n").at(-1)}`),
  ),
);
process.stdout.write(JSON.stringify(results));
await db.$disconnect();
