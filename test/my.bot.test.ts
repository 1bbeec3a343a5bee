// "My sign-ups": the list (newest first, localized statuses, reject reason, offer deadline),
// cards, cancel with confirmation, answering an offer — and forged ids changing nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "./support/db.ts";
import { FakeClock } from "./support/clock.ts";
import { Harness, texts } from "./support/harness.ts";
import { HOUR, SignupFixtures } from "./support/signups.ts";
import { formatDateTime } from "../src/domain/format.ts";
import { myCb } from "../src/bot/features/my/callbacks.ts";

const NOW = new Date("2026-11-25T06:00:00Z"); // Wednesday, 11:00 in Kazakhstan

let t: TestDb;
let h: Harness;
let f: SignupFixtures;
let clock: FakeClock;
let providerId: number;
let nextId = 7000;

beforeAll(async () => {
  t = await freshDb();
  clock = new FakeClock(NOW);
  h = new Harness({ db: t.db, clock });
  f = new SignupFixtures(t.db, NOW);
  providerId = (await f.provider()).id;
});

afterAll(async () => {
  await t?.cleanup();
});

const course = (en: string, ru = `${en} (ru)`, kk = `${en} (kk)`, capacity = 10) => f.course(providerId, { en, ru, kk }, { capacity });

/** A person known to the bot, in `locale`. */
async function person(locale = "en") {
  const id = nextId++;
  const user = await f.user(id, { locale });
  return { user, u: h.user(id, { language_code: locale }) };
}

const status = async (id: number) => (await t.db.registration.findUniqueOrThrow({ where: { id } })).status;

describe("/my", () => {
  it("says there is nothing yet, with the way back to the menu", async () => {
    const { u } = await person("en");
    const calls = await u.send("/my");
    expect(texts(calls)).toEqual([expect.stringContaining("You have not signed up for any course yet.")]);
    expect(u.buttons()).toEqual(["🏠 Main menu"]);
  });

  it("lists registrations newest first with localized status, reject reason and offer deadline", async () => {
    const { user, u } = await person("ru");
    const a = await course("Welding", "Сварка");
    const b = await course("Python", "Python для начинающих");
    const c = await course("Crane operator", "Машинист крана");
    await f.registration(user.id, a.id, "pending", {}, 3 * 24 * 60);
    await f.registration(user.id, b.id, "rejected", { rejectReason: "Нет <справки>" }, 2 * 24 * 60);
    const offered = await f.registration(user.id, c.id, "offered", { offerExpiresAt: new Date(NOW.getTime() + 20 * HOUR) }, 24 * 60);

    await u.send("/my");
    const text = u.lastMessage()!.text;
    expect(text.indexOf("Машинист крана")).toBeLessThan(text.indexOf("Python для начинающих"));
    expect(text.indexOf("Python для начинающих")).toBeLessThan(text.indexOf("Сварка"));
    expect(text).toContain("1. <b>Машинист крана</b>\n🎉 предложено место");
    expect(text).toContain("❌ отклонена");
    expect(text).toContain("Причина: Нет &lt;справки&gt;");
    expect(text).toContain("⏳ на рассмотрении");
    expect(text).toContain(`⏰ подтвердите до ${formatDateTime(offered.offerExpiresAt!, "ru")}`);
    expect(formatDateTime(offered.offerExpiresAt!, "ru")).toContain("07:00"); // 02:00 UTC → 07:00 in Almaty
    expect(u.buttons()).toEqual(["1", "2", "3", "🏠 Главное меню"]);
  });

  it("opens from the main menu", async () => {
    const { user, u } = await person("kk");
    const a = await course("Welding", "Сварка", "Дәнекерлеу");
    await f.registration(user.id, a.id, "approved");
    await u.send("/menu");
    await u.press("📝 Өтінімдерім");
    expect(u.lastMessage()!.text).toContain("<b>Дәнекерлеу</b>\n✅ мақұлданды");
  });
});

describe("cancelling", () => {
  it("asks to confirm; 'keep' changes nothing; 'yes' cancels and the seat goes to the waitlist", async () => {
    const small = await course("Electrician", "Электрик", "Электрик", 1);
    const { user, u } = await person("en");
    const mine = await f.registration(user.id, small.id, "approved", { decidedAt: NOW });
    const waiting = await person("ru");
    const theirs = await f.registration(waiting.user.id, small.id, "waitlisted", {}, 30);

    await u.send("/my");
    await u.press("1");
    expect(u.lastMessage()!.text).toContain("Status: ✅ approved");
    await u.press("Cancel sign-up");
    expect(u.lastMessage()!.text).toContain("Cancel your sign-up for «Electrician»? Your seat will go to the next person on the waitlist");
    expect(u.buttons().slice(0, 2)).toEqual(["Yes, cancel it", "No, keep it"]);

    await u.press("No, keep it");
    expect(await status(mine.id)).toBe("approved");
    expect(u.lastMessage()!.text).toContain("Status: ✅ approved");

    await u.press("Cancel sign-up");
    await u.press("Yes, cancel it");
    expect(u.lastMessage()!.text).toContain("Your sign-up for «Electrician» is cancelled.");
    expect(u.lastMessage()!.text).toContain("Status: 🚫 cancelled");
    expect(u.buttons()).not.toContain("🚫 Cancel sign-up");
    expect(await status(mine.id)).toBe("cancelled");
    expect(await status(theirs.id)).toBe("offered");
    expect(await t.db.delivery.count({ where: { kind: "registration_offer", userId: waiting.user.id } })).toBe(1);
  });

  it("a second 'yes' on the old confirmation says the status has changed", async () => {
    const { user, u } = await person("en");
    const a = await course("Plumbing");
    const reg = await f.registration(user.id, a.id, "pending");
    await u.send("/my");
    await u.press("1");
    await u.press("Cancel sign-up");
    const confirm = u.lastMessage()!;
    await u.press("Yes, cancel it");
    await u.callback(confirm.messageId, myCb.pack("cancelYes", reg.id));
    expect(u.lastMessage()!.text).toContain("This sign-up has already changed its status");
    expect(await status(reg.id)).toBe("cancelled");
  });
});

describe("an offered seat", () => {
  it("is taken with one press; a reviewed application becomes approved", async () => {
    const { user, u } = await person("kk");
    const a = await course("Welding", "Сварка", "Дәнекерлеу");
    const reg = await f.registration(user.id, a.id, "offered", { offerExpiresAt: new Date(NOW.getTime() + 10 * HOUR), decidedAt: NOW });
    await u.send("/my");
    await u.press("1");
    expect(u.lastMessage()!.text).toContain(`Растау мерзімі: <b>${formatDateTime(reg.offerExpiresAt!, "kk")}</b>`);
    await u.press("✅ Орынды алу");
    expect(u.lastMessage()!.text).toContain("🎉 «Дәнекерлеу» курсындағы орын сіздікі! Күйі: ✅ мақұлданды.");
    expect(await status(reg.id)).toBe("approved");
  });

  it("is declined only after a confirmation", async () => {
    const { user, u } = await person("en");
    const a = await course("Masonry");
    const reg = await f.registration(user.id, a.id, "offered", { offerExpiresAt: new Date(NOW.getTime() + 10 * HOUR) });
    await u.send("/my");
    await u.press("1");
    await u.press("✖️ Decline");
    expect(u.lastMessage()!.text).toContain("Give up the seat on «Masonry»?");
    expect(await status(reg.id)).toBe("offered");
    await u.press("Yes, give it up");
    expect(u.lastMessage()!.text).toContain("You declined the seat on «Masonry».");
    expect(await status(reg.id)).toBe("cancelled");
  });

  it("cannot be taken after its deadline", async () => {
    const { user, u } = await person("en");
    const a = await course("Tiling");
    const reg = await f.registration(user.id, a.id, "offered", { offerExpiresAt: new Date(NOW.getTime() + HOUR) });
    await u.send("/my");
    await u.press("1");
    clock.advance(2 * HOUR);
    try {
      await u.press("✅ Take the seat");
    } finally {
      clock.set(NOW);
    }
    expect(u.lastMessage()!.text).toContain("the time to confirm this seat has passed");
    expect(await status(reg.id)).toBe("cancelled");
  });
});

describe("forged buttons", () => {
  it("someone else's registration id: refused, nothing changes", async () => {
    const owner = await person("en");
    const a = await course("Carpentry");
    const theirs = await f.registration(owner.user.id, a.id, "approved");
    const offered = await f.registration(owner.user.id, (await course("Roofing")).id, "offered", { offerExpiresAt: new Date(NOW.getTime() + HOUR) });
    const { u } = await person("en");
    await u.send("/my");
    const msg = u.lastMessage()!.messageId;

    for (const data of [myCb.pack("card", theirs.id), myCb.pack("cancel", theirs.id), myCb.pack("cancelYes", theirs.id), myCb.pack("accept", offered.id), myCb.pack("declineYes", offered.id)]) {
      const calls = await u.callback(msg, data);
      expect(texts(calls).join("\n")).toContain("I could not find it");
      expect(texts(calls).join("\n")).not.toContain("Carpentry");
    }
    expect(await status(theirs.id)).toBe("approved");
    expect(await status(offered.id)).toBe("offered");
  });

  it("malformed data goes to the 'out of date' answer", async () => {
    const { u } = await person("en");
    await u.send("/my");
    const calls = await u.callback(u.lastMessage()!.messageId, "my1:cancelYes:abc");
    expect(texts(calls)).toContain("This button is out of date. Here is the main menu.");
  });
});
