// The people one can chat as: the demo users (one per role, created by the demo seed) and
// a new user who has never used the bot, to try onboarding.
import { DEMO_USERS, type DemoUser } from "../../db/seed/index.ts";
import type { NewUser } from "../bot-api/index.ts";

export interface SimUser {
  /** Short name for :as, e.g. "staff". */
  key: string;
  telegram: NewUser;
  phone: string;
  /** e.g. "staff of karaganda", for :users. */
  role: string;
  /** e.g. "ru, turkistan" — what the demo seed set up; "" for the new user. */
  setup: string;
}

export const NEW_USER_ID = 100005;

function roleOf(user: DemoUser): { key: string; role: string } {
  const grant = user.roles[0];
  if (!grant) return { key: "jobseeker", role: "jobseeker" };
  if (grant.role === "staff") return { key: "staff", role: `staff of ${grant.regionCode}` };
  if (grant.role === "coordinator") return { key: "coordinator", role: `coordinator of ${grant.providerExternalId}` };
  return { key: grant.role, role: grant.role };
}

/** A Kazakh mobile number derived from the id: +7 700 1000 05 style, unique per user. */
function phoneOf(id: number): string {
  return `+7700${String(id).padStart(7, "0").slice(-7)}`;
}

export function simulatedUsers(): SimUser[] {
  const demo = DEMO_USERS.map((u): SimUser => {
    const { key, role } = roleOf(u);
    const telegram: NewUser = { id: u.telegramId, first_name: u.firstName, username: u.username, language_code: u.locale };
    if (u.lastName) telegram.last_name = u.lastName;
    return { key, telegram, phone: phoneOf(u.telegramId), role, setup: `${u.locale}, ${u.regionCode}` };
  });
  const fresh: SimUser = {
    key: "new",
    // Telegram reports the app's language; Kazakh is suggested first in the language picker.
    telegram: { id: NEW_USER_ID, first_name: "Дана", last_name: "Әбдірахман", username: "new_user", language_code: "kk" },
    phone: phoneOf(NEW_USER_ID),
    role: "new user, never used the bot",
    setup: "",
  };
  return [...demo, fresh];
}

export function fullName(user: SimUser): string {
  return [user.telegram.first_name, user.telegram.last_name].filter(Boolean).join(" ");
}

/** By number (1-based, as :users lists them), key, @username, id or a name prefix. */
export function findUser(users: readonly SimUser[], query: string): SimUser | undefined {
  const q = query.trim().replace(/^@/, "").toLowerCase();
  if (q === "") return undefined;
  if (/^\d+$/.test(q)) {
    const n = Number(q);
    return users[n - 1] ?? users.find((u) => u.telegram.id === n);
  }
  return (
    users.find((u) => u.key === q || u.telegram.username?.toLowerCase() === q) ??
    users.find((u) => u.key.startsWith(q) || fullName(u).toLowerCase().startsWith(q))
  );
}
