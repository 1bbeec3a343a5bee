// Periodic jobs (node-cron, Kazakhstan time). Each job runs at most once at a time (noOverlap:
// a slow run makes the next tick skip, not pile up), logs its failures and keeps its schedule.
// What a job plans to send goes to the outbox; the delivery worker sends it.
import cron, { type ScheduledTask } from "node-cron";
import type { Api } from "grammy";
import type { Db } from "../db/client.ts";
import type { Clock } from "../domain/clock.ts";
import { KZ_TIME_ZONE } from "../domain/format.ts";
import { COORDINATOR_DIGEST_HOUR, planCoordinatorDigests } from "../domain/registrations/digest.ts";
import { expireOffers } from "../domain/registrations/my.ts";
import { planRemindersAndNews, planSubscriptionDigests } from "../domain/reminders/index.ts";
import type { Logger } from "../logger.ts";
import { purgeAbandonedDialogs } from "../bot/conversations/storage.ts";
import { purgeOutbox } from "../domain/outbox-retention.ts";
import { broadcastTick } from "../bot/features/broadcasts/progress.ts";

export interface Job {
  name: string;
  /** Cron expression, read in Asia/Almaty. */
  cron: string;
  /** Resolves with something worth logging (e.g. how many rows it changed). */
  run(now: Date): Promise<unknown>;
}

export interface SchedulerOptions {
  db: Db;
  logger: Logger;
  clock: Clock;
  /** bot.api, for jobs that edit messages (broadcast progress); without it they skip that. */
  api?: Api;
  /** ADMIN_IDS: a scheduled broadcast starts only if its author may still send it. */
  adminIds?: number[];
}

export function schedulerJobs(db: Db, o: Pick<SchedulerOptions, "api" | "adminIds"> = {}): Job[] {
  return [
    // Scheduled broadcasts start on the minute; running ones get their progress message edited
    // and are marked done once nothing is left to send.
    { name: "broadcasts", cron: "* * * * *", run: (now) => broadcastTick(db, now, o.api, o.adminIds) },
    // Seat offers not confirmed in time pass to the next person on the waitlist.
    { name: "expire-offers", cron: "*/5 * * * *", run: (now) => expireOffers(db, now) },
    // Coordinators' daily digests at 09:00. The ticks until 11:45 are catch-ups, no-ops once the
    // day's digests are planned (idempotent): node-cron skips a tick it reaches more than a
    // second late (busy event loop) and a restart at 09:00 has none, which would lose a day.
    {
      name: "coordinator-digests",
      cron: `*/15 ${COORDINATOR_DIGEST_HOUR}-${COORDINATOR_DIGEST_HOUR + 2} * * *`,
      run: (now) => planCoordinatorDigests(db, now),
    },
    // Event/course reminders as they fall due, and instant news of new items, as fan-outs (one
    // row each; the delivery worker expands them into deliveries as it sends). Idempotent; a
    // missed tick is caught up by the next one, stale reminders are skipped. Logs fan-outs added.
    { name: "reminders", cron: "*/5 * * * *", run: (now) => planRemindersAndNews(db, now) },
    // Subscribers' daily digests, for those whose digestHour is the current hour.
    { name: "subscription-digests", cron: "0 * * * *", run: (now) => planSubscriptionDigests(db, now) },
    // Dialogs someone walked away from a week ago are garbage (they read as absent anyway).
    { name: "purge-dialogs", cron: "30 3 * * *", run: (now) => purgeAbandonedDialogs(db, now) },
    // Finished deliveries and fan-outs past the outbox's retention (90 days): the table stays
    // the size of a season's traffic instead of growing with every broadcast.
    { name: "purge-outbox", cron: "45 3 * * *", run: (now) => purgeOutbox(db, now) },
  ];
}

export interface Scheduler {
  /** Runs one job now (as its tick would); for tests and manual runs. */
  runNow(name: string): Promise<unknown>;
  /** Stops the schedules and waits for runs in progress. */
  stop(): Promise<void>;
}

export function startScheduler(o: SchedulerOptions, jobs: Job[] = schedulerJobs(o.db, o)): Scheduler {
  const log = o.logger.child({ job: "scheduler" });
  const inFlight = new Set<Promise<unknown>>();

  const runJob = async (job: Job): Promise<unknown> => {
    const started = Date.now();
    const run = job.run(o.clock.now());
    inFlight.add(run);
    try {
      const result = await run;
      log.debug({ name: job.name, result, ms: Date.now() - started }, "job done");
      return result;
    } finally {
      inFlight.delete(run);
    }
  };

  const tasks: ScheduledTask[] = jobs.map((job) =>
    cron.schedule(
      job.cron,
      () =>
        runJob(job).catch((err: unknown) => {
          log.error({ name: job.name, err }, "job failed");
        }),
      { name: job.name, timezone: KZ_TIME_ZONE, noOverlap: true },
    ),
  );

  return {
    runNow(name) {
      const job = jobs.find((j) => j.name === name);
      if (!job) return Promise.reject(new Error(`unknown job ${name}`));
      return runJob(job);
    },
    async stop() {
      for (const task of tasks) await task.destroy();
      await Promise.allSettled([...inFlight]);
    },
  };
}
