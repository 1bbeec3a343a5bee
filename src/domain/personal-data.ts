// The personal data a person can see (/mydata) and erase (/deleteme) — Law of the Republic of
// Kazakhstan No. 94-V: access and deletion on request.
import type { Db } from "../db/client.ts";
import type { Consent, Course, Registration } from "../generated/prisma/client.ts";
import { DEFAULT_OFFER_HOURS, passSeatsOn } from "./registrations/seats.ts";
import { ACTIVE_STATUSES, holdsSeat } from "./registrations/status.ts";
import { writeTransaction } from "./registrations/tx.ts";

export interface MyProfile {
  telegramId: bigint;
  firstName: string;
  lastName: string | null;
  username: string | null;
  locale: string | null;
  regionCode: string | null;
  fullName: string | null;
  phone: string | null;
  birthDate: Date | null;
  educationLevel: string | null;
  createdAt: Date;
}

export type MyDataRegistration = Pick<
  Registration,
  "id" | "status" | "fullName" | "phone" | "birthDate" | "educationLevel" | "rejectReason" | "createdAt"
> & { course: Pick<Course, "id" | "titleKk" | "titleRu" | "titleEn" | "startsAt"> };

export interface MyData {
  profile: MyProfile;
  consents: Consent[];
  registrations: MyDataRegistration[];
  subscriptionsCount: number;
  watchesCount: number;
}

/** Everything stored about the user, in one query. Throws if the user does not exist (the bot always has one). */
export async function describeMyData(db: Db, userId: number): Promise<MyData> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: {
      consents: { orderBy: [{ givenAt: "desc" }, { id: "desc" }] },
      registrations: {
        select: {
          id: true, status: true, fullName: true, phone: true, birthDate: true, educationLevel: true, rejectReason: true, createdAt: true,
          course: { select: { id: true, titleKk: true, titleRu: true, titleEn: true, startsAt: true } },
        },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      },
      _count: { select: { subscriptions: true, watches: true } },
    },
  });
  if (!user) throw new Error(`describeMyData: no user ${userId}`);
  const { consents, registrations, _count, telegramId, firstName, lastName, username, locale, regionCode, fullName, phone, birthDate, educationLevel, createdAt } = user;
  return {
    profile: { telegramId, firstName, lastName, username, locale, regionCode, fullName, phone, birthDate, educationLevel, createdAt },
    consents,
    registrations,
    subscriptionsCount: _count.subscriptions,
    watchesCount: _count.watches,
  };
}

/**
 * Erases the user's personal data in one transaction, keeping only what counts need:
 * - the profile's name, phone, birth date, education level, Telegram first/last name and
 *   username are emptied (the row itself stays: it is how the bot knows the chat, language
 *   and region);
 * - every consent is withdrawn (withdrawnAt = now; the record of what was agreed stays);
 * - every registration keeps its course and status — live ones become "withdrawn" — with
 *   name, phone, education emptied, birth date null and a rejection reason (a coordinator's
 *   words about the person) removed, so coordinators still see how many applied;
 * - seats the live ones held go to the waitlist; subscriptions and watches are deleted;
 * - an audit entry says it happened, with counts only.
 * Note: the bot stores the Telegram first name again on the person's next message (it is
 * part of every update); the sign-up answers stay erased until they apply again.
 */
export async function eraseMyData(db: Db, userId: number, now: Date): Promise<void> {
  await writeTransaction(db, async (tx) => {
    const live = await tx.registration.findMany({
      where: { userId, status: { in: ACTIVE_STATUSES } },
      include: { course: { select: { id: true, capacity: true, startsAt: true } } },
    });
    await tx.user.update({
      where: { id: userId },
      data: { fullName: null, phone: null, birthDate: null, educationLevel: null, firstName: "", lastName: null, username: null },
    });
    const consents = await tx.consent.updateMany({ where: { userId, withdrawnAt: null }, data: { withdrawnAt: now } });
    await tx.registration.updateMany({ where: { id: { in: live.map((r) => r.id) } }, data: { status: "withdrawn", offerExpiresAt: null } });
    const erased = await tx.registration.updateMany({
      where: { userId },
      data: { fullName: "", phone: "", birthDate: null, educationLevel: "", rejectReason: null },
    });
    const freed = new Map(live.filter((r) => holdsSeat(r.status)).map((r) => [r.course.id, r.course]));
    for (const course of freed.values()) await passSeatsOn(tx, course, now, DEFAULT_OFFER_HOURS);
    const subscriptions = await tx.subscription.deleteMany({ where: { userId } });
    const watches = await tx.watch.deleteMany({ where: { userId } });
    await tx.auditLog.create({
      data: {
        actorId: userId, action: "personal_data.erase", entity: "User", entityId: String(userId), createdAt: now,
        details: JSON.stringify({
          registrations: erased.count, withdrawn: live.length, consents: consents.count,
          subscriptions: subscriptions.count, watches: watches.count,
        }),
      },
    });
  });
}
