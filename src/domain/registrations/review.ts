// Coordinators reviewing applications for their courses. Every function takes the caller's
// Roles and checks the course against them first: callback data can be forged, so a request
// outside the caller's scope is refused before anything is read out or changed.
import type { Db } from "../../db/client.ts";
import type { Course, Provider, Registration } from "../../generated/prisma/client.ts";
import { paginate, type Page } from "../paging.ts";
import { canCoordinateCourse, coordinatedCourseIds, type Roles } from "../roles.ts";
import { DEFAULT_OFFER_HOURS, notifyStatus, passSeatsOn, takenSeats } from "./seats.ts";
import { emptyStatusCounts, holdsSeat, isActiveStatus, isRegistrationStatus, type RegistrationStatus } from "./status.ts";
import { writeTransaction, type Tx } from "./tx.ts";

const WEEK = 7 * 24 * 3600_000;
const MAX_COURSE_WEEKS = 26; // short courses last at most six months (as the seed assumes)

export interface CoordinatorCourse {
  course: Course & { provider: Provider };
  counts: Record<RegistrationStatus, number>;
}

const hasEnded = (c: Pick<Course, "startsAt" | "durationWeeks">, now: Date) => c.startsAt.getTime() + c.durationWeeks * WEEK <= now.getTime();

/**
 * The caller's courses that have not ended yet (published or not), soonest start first, with
 * the number of registrations in each status (two queries whatever the number of courses).
 */
export async function coordinatorCourses(db: Db, r: Roles, now: Date): Promise<CoordinatorCourse[]> {
  const ids = await coordinatedCourseIds(db, r);
  if (ids !== "all" && ids.length === 0) return [];
  const courses = await db.course.findMany({
    where: { ...(ids === "all" ? {} : { id: { in: ids } }), startsAt: { gt: new Date(now.getTime() - MAX_COURSE_WEEKS * WEEK) } },
    include: { provider: true },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  const running = courses.filter((c) => !hasEnded(c, now));
  const groups = await db.registration.groupBy({
    by: ["courseId", "status"],
    where: { courseId: { in: running.map((c) => c.id) } },
    _count: { _all: true },
  });
  const counts = new Map(running.map((c) => [c.id, emptyStatusCounts()]));
  for (const g of groups) {
    const c = counts.get(g.courseId);
    if (c && isRegistrationStatus(g.status)) c[g.status] = g._count._all;
  }
  return running.map((course) => ({ course, counts: counts.get(course.id) ?? emptyStatusCounts() }));
}

/** A page of the course's registrations in one status, in queue order (oldest first); null = not the caller's course. */
export async function listApplications(
  db: Db,
  q: { roles: Roles; courseId: number; status: RegistrationStatus; page: number },
): Promise<Page<Registration> | null> {
  if (!(await canCoordinateCourse(db, q.roles, q.courseId))) return null;
  const where = { courseId: q.courseId, status: q.status };
  return paginate(
    q.page,
    () => db.registration.count({ where }),
    (skip, take) => db.registration.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], skip, take }),
  );
}

export type ApplicationForReview = Registration & {
  course: Course;
  user: { telegramId: bigint; username: string | null; locale: string | null };
};

/** One application with its course and the applicant's Telegram handle, or null (missing or not the caller's). */
export async function getApplication(db: Db, q: { roles: Roles; registrationId: number }): Promise<ApplicationForReview | null> {
  if (!Number.isSafeInteger(q.registrationId)) return null;
  const reg = await db.registration.findUnique({
    where: { id: q.registrationId },
    include: { course: true, user: { select: { telegramId: true, username: true, locale: true } } },
  });
  return reg && (await canCoordinateCourse(db, q.roles, reg.courseId)) ? reg : null;
}

export type Decision = "approve" | "waitlist" | "reject";
export const MAX_REJECT_REASON = 500;

export type DecideResult =
  | { ok: true; status: RegistrationStatus }
  | { ok: false; reason: "forbidden" | "not_found" | "invalid_state" | "no_seats" | "reason_required" };

type Reviewed = Registration & { course: Pick<Course, "id" | "capacity" | "startsAt"> };

/**
 * Whether approving leaves the course within capacity. A pending application already holds
 * its seat, so it needs fewer than `capacity` FIRM seats (approved or offered) besides itself —
 * this also keeps approvals within capacity if the course was made smaller after people
 * applied. A waitlisted one holds none, so it needs a free seat.
 */
async function canApprove(tx: Tx, reg: Reviewed): Promise<boolean> {
  if (reg.status === "waitlisted") return (await takenSeats(tx, reg.courseId)) < reg.course.capacity;
  const firm = await tx.registration.count({ where: { courseId: reg.courseId, status: { in: ["approved", "offered"] } } });
  return firm < reg.course.capacity;
}

/** The status a decision leads to from the current one, or null when it does not apply. */
function nextStatus(from: string, decision: Decision): RegistrationStatus | null {
  if (decision === "approve") return from === "pending" || from === "waitlisted" ? "approved" : null;
  if (decision === "waitlist") return from === "pending" ? "waitlisted" : null;
  return isActiveStatus(from) ? "rejected" : null;
}

function cleanReason(reason: string | undefined): string | null {
  const text = reason?.normalize("NFC").trim() ?? "";
  return text.length > 0 && [...text].length <= MAX_REJECT_REASON ? text : null;
}

/**
 * A coordinator's decision, in one transaction. Order: scope FIRST (a forged request for
 * someone else's course changes nothing and learns nothing), then the reason of a rejection
 * (1–500 characters), then whether the decision applies to the current status, then seats.
 * approve: pending or waitlisted → approved, within capacity (canApprove).
 * waitlist: pending → waitlisted; the freed seat is offered to the waitlist, not to this person.
 * reject: any live status → rejected with the reason; a seat it held is offered to the waitlist.
 * Records who decided and when (decidedAt also marks "reviewed", see acceptOffer), writes an
 * AuditLog row and plans a notice to the applicant, rendered in their language when sent.
 */
export function decide(
  db: Db,
  q: { roles: Roles; actorUserId: number; registrationId: number; decision: Decision; reason?: string; now: Date },
): Promise<DecideResult> {
  return writeTransaction(db, async (tx): Promise<DecideResult> => {
    if (!Number.isSafeInteger(q.registrationId)) return { ok: false, reason: "not_found" };
    const reg = await tx.registration.findUnique({
      where: { id: q.registrationId },
      include: { course: { select: { id: true, capacity: true, startsAt: true } } },
    });
    if (!reg) return { ok: false, reason: "not_found" };
    if (!(await canCoordinateCourse(tx, q.roles, reg.courseId))) return { ok: false, reason: "forbidden" };
    const reason = q.decision === "reject" ? cleanReason(q.reason) : null;
    if (q.decision === "reject" && !reason) return { ok: false, reason: "reason_required" };
    const status = nextStatus(reg.status, q.decision);
    if (!status) return { ok: false, reason: "invalid_state" };
    if (q.decision === "approve" && !(await canApprove(tx, reg))) return { ok: false, reason: "no_seats" };

    await tx.registration.update({
      where: { id: reg.id },
      data: { status, rejectReason: reason, decidedById: q.actorUserId, decidedAt: q.now, offerExpiresAt: null },
    });
    if (holdsSeat(reg.status) && !holdsSeat(status)) await passSeatsOn(tx, reg.course, q.now, DEFAULT_OFFER_HOURS, reg.id);
    await tx.auditLog.create({
      data: {
        actorId: q.actorUserId, action: `registration.${q.decision}`, entity: "Registration", entityId: String(reg.id),
        details: JSON.stringify({ courseId: reg.courseId, from: reg.status, to: status, ...(reason ? { reason } : {}) }),
        createdAt: q.now,
      },
    });
    await notifyStatus(tx, reg, status);
    return { ok: true, status };
  });
}
