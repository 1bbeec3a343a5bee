// How coordinators hear about new applications: an alert per application ("instant", the
// default; planned by notifyCoordinators in seats.ts) or one digest a day ("digest"): at
// 09:00 Kazakhstan time, per course, how many applications came in during the 24 hours up to
// then and how many wait for review. The digest is planned here (one Delivery per coordinator
// and day) and rendered at send time by src/bot/notifications/coordinator-digest.ts.
import type { Db, Prisma } from "../../db/client.ts";
import type { Course, User } from "../../generated/prisma/client.ts";
import { kzOffsetMs, kzWallClock } from "../kz-time.ts";
import { enqueue } from "../outbox.ts";

export const COORDINATOR_ALERT_MODES = ["instant", "digest"] as const;
export type CoordinatorAlerts = (typeof COORDINATOR_ALERT_MODES)[number];
export const isCoordinatorAlerts = (v: unknown): v is CoordinatorAlerts => COORDINATOR_ALERT_MODES.includes(v as CoordinatorAlerts);

/** Local hour (Asia/Almaty) at which a day's digest is planned and which ends its window. */
export const COORDINATOR_DIGEST_HOUR = 9;
export const COORDINATOR_DIGEST_KIND = "coordinator_digest";

const DAY = 24 * 3600_000;

export function setCoordinatorAlerts(db: Db, userId: number, mode: CoordinatorAlerts): Promise<User> {
  return db.user.update({ where: { id: userId }, data: { coordinatorAlerts: mode } });
}

export interface DigestWindow {
  from: Date;
  to: Date;
  /** Local date of `to`, yyyy-mm-dd: names the day's digest (the delivery ref). */
  day: string;
}

/**
 * The 24 hours a digest planned at `now` covers: up to the latest `hour`:00 Kazakhstan time at
 * or before `now`. Consecutive days' windows touch without overlapping, and any run on the
 * same day after the hour (a late or repeated tick) gets the same window and the same name.
 */
export function digestWindow(now: Date, hour = COORDINATOR_DIGEST_HOUR): DigestWindow {
  const l = kzWallClock(now);
  const wall = Date.UTC(l.year, l.month - 1, l.day, hour);
  let to = wall - kzOffsetMs(new Date(wall));
  if (to > now.getTime()) to -= DAY;
  const t = kzWallClock(new Date(to));
  const day = `${t.year}-${String(t.month).padStart(2, "0")}-${String(t.day).padStart(2, "0")}`;
  return { from: new Date(to - DAY), to: new Date(to), day };
}

export type DigestCourse = Pick<Course, "id" | "providerId" | "titleKk" | "titleRu" | "titleEn" | "startsAt">;

export interface DigestEntry {
  course: DigestCourse;
  /** Applications received in the window (whatever has become of them since). */
  fresh: number;
  /** Applications of the course waiting for a decision now. */
  pending: number;
}

/**
 * For each coordinator matched by `who` (unrevoked coordinator grants, by course or provider):
 * their courses with applications received in the window, soonest start first, with that
 * number (`pending` left 0). Three queries whatever the number of coordinators or courses.
 */
async function freshByCoordinator(db: Db, who: Prisma.RoleGrantWhereInput, w: Pick<DigestWindow, "from" | "to">): Promise<Map<number, DigestEntry[]>> {
  const grants = await db.roleGrant.findMany({
    where: { ...who, role: "coordinator", revokedAt: null },
    select: { userId: true, courseId: true, providerId: true },
  });
  const courseIds = grants.flatMap((g) => (g.courseId === null ? [] : [g.courseId]));
  const providerIds = grants.flatMap((g) => (g.providerId === null ? [] : [g.providerId]));
  if (courseIds.length + providerIds.length === 0) return new Map();

  const groups = await db.registration.groupBy({
    by: ["courseId"],
    where: { createdAt: { gte: w.from, lt: w.to }, course: { OR: [{ id: { in: courseIds } }, { providerId: { in: providerIds } }] } },
    _count: { _all: true },
  });
  if (groups.length === 0) return new Map();
  const fresh = new Map(groups.map((g) => [g.courseId, g._count._all]));
  const courses = await db.course.findMany({
    where: { id: { in: [...fresh.keys()] } },
    select: { id: true, providerId: true, titleKk: true, titleRu: true, titleEn: true, startsAt: true },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });

  const result = new Map<number, DigestEntry[]>();
  for (const userId of new Set(grants.map((g) => g.userId))) {
    const mine = grants.filter((g) => g.userId === userId);
    const entries = courses
      .filter((c) => mine.some((g) => g.courseId === c.id || g.providerId === c.providerId))
      .map((course) => ({ course, fresh: fresh.get(course.id) ?? 0, pending: 0 }));
    if (entries.length > 0) result.set(userId, entries);
  }
  return result;
}

/**
 * Plans the day's digest (kind "coordinator_digest", ref `digest:<local date>`, payload the
 * window) for every coordinator who chose digests and received applications in the window
 * ending at the latest digest hour. Idempotent: a second run the same day plans nothing new
 * (the outbox ignores a repeated kind + ref + recipient). Returns how many coordinators have a
 * digest for this window.
 */
export async function planCoordinatorDigests(db: Db, now: Date, hour = COORDINATOR_DIGEST_HOUR): Promise<number> {
  const w = digestWindow(now, hour);
  const digests = await freshByCoordinator(db, { user: { coordinatorAlerts: "digest" } }, w);
  for (const userId of digests.keys()) {
    await enqueue(db, {
      kind: COORDINATOR_DIGEST_KIND,
      ref: `digest:${w.day}`,
      userId,
      payload: { from: w.from.toISOString(), to: w.to.toISOString() },
    });
  }
  return digests.size;
}

/**
 * One coordinator's digest as it stands now (read at send time): the courses they still
 * coordinate that received applications in the window, with the number waiting for review.
 * Empty when there is nothing (left) to tell.
 */
export async function coordinatorDigest(db: Db, userId: number, w: Pick<DigestWindow, "from" | "to">): Promise<DigestEntry[]> {
  const entries = (await freshByCoordinator(db, { userId }, w)).get(userId) ?? [];
  if (entries.length === 0) return [];
  const pending = await db.registration.groupBy({
    by: ["courseId"],
    where: { courseId: { in: entries.map((e) => e.course.id) }, status: "pending" },
    _count: { _all: true },
  });
  const byCourse = new Map(pending.map((g) => [g.courseId, g._count._all]));
  return entries.map((e) => ({ ...e, pending: byCourse.get(e.course.id) ?? 0 }));
}
