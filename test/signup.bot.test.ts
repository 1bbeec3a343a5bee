// The course sign-up dialog end to end: the real bot, Telegram faked by the local Bot API,
// the real domain on SQLite. Every step's wrong answers, leaving, restarting and expiry.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "./support/db.ts";
import { FakeClock } from "./support/clock.ts";
import { Harness, texts, type ApiCall, type FakeUser } from "./support/harness.ts";
import type { Prisma } from "../src/generated/prisma/client.ts";
import { buildSearchText } from "../src/domain/search.ts";
import { coursesCb } from "../src/bot/features/courses/callbacks.ts";
import { menuCb } from "../src/bot/features/menu/callbacks.ts";
import { signupCb } from "../src/bot/conversations/callbacks.ts";
import { checkFullName } from "../src/bot/conversations/validate.ts";
import { MAX_UPDATES } from "../src/bot/conversations/dialog.ts";
import { CONSENT_PURPOSE, CONSENT_VERSION } from "../src/domain/consent.ts";

const NOW = new Date("2026-12-01T06:00:00Z");
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const inDays = (d: number) => new Date(NOW.getTime() + d * DAY);

let t: TestDb;
let h: Harness;
const clock = new FakeClock(NOW);
let providerId: number;
let seq = 0;

async function course(data: Partial<Prisma.CourseUncheckedCreateInput> = {}) {
  seq++;
  const titleRu = data.titleRu ?? `Сварщик ${seq}`;
  return t.db.course.create({
    data: {
      externalId: `signup-${seq}`,
      regionCode: "karaganda",
      providerId,
      titleKk: `Дәнекерлеуші ${seq}`,
      titleRu,
      titleEn: `Welder ${seq}`,
      sector: "manufacturing",
      durationWeeks: 6,
      startsAt: inDays(30),
      registrationDeadline: inDays(20),
      capacity: 10,
      searchText: buildSearchText(titleRu),
      ...data,
    },
  });
}

/** Someone else's application, to fill seats. */
async function otherApplicant(courseId: number, status = "pending") {
  seq++;
  const user = await t.db.user.create({ data: { telegramId: BigInt(900_000 + seq) } });
  await t.db.registration.create({
    data: { userId: user.id, courseId, status, fullName: "Другой Человек", phone: "+77000000000", birthDate: new Date("2003-01-01"), educationLevel: "college" },
  });
}

async function person(id: number, locale: string, profile: { first_name?: string; language_code?: string } = {}, extra: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  await t.db.user.create({ data: { telegramId: BigInt(id), locale, regionCode: "karaganda", ...extra } });
  return h.user(id, { first_name: "Айгерім", ...profile });
}

const last = (u: FakeUser) => u.lastMessage()!.text;
const userRow = (id: number) => t.db.user.findUniqueOrThrow({ where: { telegramId: BigInt(id) } });
const registrationsOf = async (id: number) => t.db.registration.findMany({ where: { userId: (await userRow(id)).id } });
const consentsOf = async (id: number) => t.db.consent.findMany({ where: { userId: (await userRow(id)).id } });
const dialogRow = (id: number) => t.db.conversationState.findUnique({ where: { key: `dialog:${id}` } });
const rejected = (calls: ApiCall[]) => calls.filter((c) => c.error);

/** Nothing of the form reached the database. */
async function expectNothingStored(id: number) {
  expect(await registrationsOf(id)).toEqual([]);
  expect(await consentsOf(id)).toEqual([]);
  expect(await userRow(id)).toMatchObject({ fullName: null, phone: null, birthDate: null, educationLevel: null });
}

/** Opens the course card (deep link) and presses its "Sign up" button. */
async function openAndSignUp(u: FakeUser, courseId: number) {
  await u.send(`/start course_${courseId}`);
  return u.pressData(coursesCb.pack("signup", courseId));
}

/** A Russian speaker's answers up to the summary. */
async function fillInRu(u: FakeUser, courseId: number) {
  await openAndSignUp(u, courseId);
  await u.send("Ахметова Айгерім");
  await u.sendContact("77012345678");
  await u.send("05.03.2004");
  await u.press("Колледж");
  await u.press("✅ Согласен");
}

beforeAll(async () => {
  t = await freshDb();
  h = new Harness({ db: t.db, clock });
  const provider = await t.db.provider.create({ data: { externalId: "p-signup", nameRu: "Учебный центр", nameKk: "Оқу орталығы", nameEn: "Training centre" } });
  providerId = provider.id;
});
afterAll(() => t.cleanup());

describe("full names the form accepts", () => {
  it("takes surname and name in any script, tidied", () => {
    expect(checkFullName("  Ахметова   Айгерім ")).toEqual({ ok: true, name: "Ахметова Айгерім" });
    expect(checkFullName("Nurlan Serikbay")).toEqual({ ok: true, name: "Nurlan Serikbay" });
    expect(checkFullName("Иванова-Петрова Анна")).toMatchObject({ ok: true });
    expect(checkFullName("O’Brien Seán")).toEqual({ ok: true, name: "O'Brien Seán" });
    expect(checkFullName("Өмірзақ Ұлжан Қуанышқызы")).toMatchObject({ ok: true });
  });

  it("refuses emoji, digits, one word and oversized text, saying why", () => {
    expect(checkFullName("Айгерім 😊 Ахметова")).toEqual({ ok: false, problem: "chars" });
    expect(checkFullName("Agent 007")).toEqual({ ok: false, problem: "chars" });
    expect(checkFullName("- -")).toEqual({ ok: false, problem: "chars" });
    expect(checkFullName("Айгерім")).toEqual({ ok: false, problem: "words" });
    expect(checkFullName("А")).toEqual({ ok: false, problem: "length" });
    expect(checkFullName("Я".repeat(5000))).toEqual({ ok: false, problem: "length" });
  });
});

describe("sign-up dialog", () => {
  it("shows the sign-up button on cards of courses open for registration only", async () => {
    const open = await course();
    const closed = await course({ registrationDeadline: inDays(-1) });
    const u = await person(100, "ru");
    await u.send(`/start course_${open.id}`);
    expect(u.buttons()).toContain("📝 Записаться");
    await u.send(`/start course_${closed.id}`);
    expect(last(u)).toContain("Запись закрыта");
    expect(u.buttons()).not.toContain("📝 Записаться");
    // A forged press for the closed course is refused with the reason.
    const calls = await u.callback(u.lastMessage()!.messageId, coursesCb.pack("signup", closed.id));
    expect(texts(calls).join()).toContain("срок подачи заявок истёк");
    expect(await dialogRow(100)).toBeNull();
  });

  it("goes through every step in Russian and stores the application, the consent and the person's details", async () => {
    const c = await course();
    const u = await person(101, "ru");
    const start = h.calls.length;
    await openAndSignUp(u, c.id);
    expect(u.messages().at(-2)!.text).toContain("Запись на курс: Сварщик");
    expect(last(u)).toContain("фамилия и имя");
    expect(await dialogRow(101)).not.toBeNull(); // the dialog lives in the database

    await u.send("Ахметова Айгерім");
    expect(last(u)).toContain("номер телефона");
    expect(h.api.replyKeyboard(101)?.keyboard[0]?.[0]).toMatchObject({ text: "📱 Отправить мой номер", request_contact: true });

    await u.sendContact("77012345678");
    expect(h.api.replyKeyboard(101)).toBeUndefined(); // removed once the number is accepted
    expect(u.messages().at(-2)!.text).toBe("📱 Телефон: +7 701 234 56 78");
    expect(last(u)).toContain("дата рождения");

    await u.send("05.03.2004");
    expect(u.buttons()).toEqual(["9 классов школы", "11 классов школы", "Колледж", "Вуз", "Другое"]);
    await u.press("Колледж");
    expect(last(u)).toContain(`(версия ${CONSENT_VERSION})`);
    expect(last(u)).toContain("Оператор:");
    expect(last(u)).toContain("/deleteme");
    await u.press("✅ Согласен");

    const summary = last(u);
    for (const part of ["Сварщик", "Ахметова Айгерім", "+7 701 234 56 78", "05.03.2004", "Колледж"]) expect(summary).toContain(part);
    expect(await registrationsOf(101)).toEqual([]); // nothing written before the confirmation
    expect(u.buttons()).toEqual(["✅ Отправить заявку", "✏️ Имя", "✏️ Телефон", "✏️ Дата рождения", "✏️ Образование", "✖️ Отменить"]);

    clock.advance(HOUR);
    await u.press("Отправить заявку");
    expect(last(u)).toContain("Заявка на курс «Сварщик");
    expect(last(u)).toContain("/my");

    const [reg] = await registrationsOf(101);
    expect(reg).toMatchObject({ courseId: c.id, status: "pending", fullName: "Ахметова Айгерім", phone: "+77012345678", educationLevel: "college" });
    expect(reg!.birthDate!.toISOString()).toBe("2004-03-05T00:00:00.000Z");
    const [consent] = await consentsOf(101);
    expect(consent).toMatchObject({ purpose: CONSENT_PURPOSE, version: CONSENT_VERSION, locale: "ru", givenAt: clock.now(), withdrawnAt: null });
    expect(reg!.consentId).toBe(consent!.id);
    expect(await userRow(101)).toMatchObject({ fullName: "Ахметова Айгерім", phone: "+77012345678", educationLevel: "college" });
    expect(await dialogRow(101)).toBeNull(); // finished dialogs leave no state
    // Every button press answered exactly once, no call refused by Telegram.
    expect(rejected(h.callsSince(start))).toEqual([]);
  });

  it("speaks Kazakh from the user's chosen language, offers the known name and takes a typed phone", async () => {
    const c = await course();
    // Telegram says English; the user chose Kazakh in the bot: the dialog follows the choice.
    const u = await person(102, "kk", { first_name: "Нұрлан Серікбай", language_code: "en" });
    await openAndSignUp(u, c.id);
    expect(u.messages().at(-2)!.text).toContain("Курсқа жазылу: Дәнекерлеуші");
    expect(last(u)).toContain("Тегіңіз бен атыңызды");
    await u.press("Қолдану: Нұрлан Серікбай");
    expect(last(u)).toContain("Телефон нөміріңіз");
    await u.send("8 701 234 56 78");
    expect(u.messages().at(-2)!.text).toBe("📱 Телефон: +7 701 234 56 78");
    await u.send("5.3.2004");
    expect(last(u)).toContain("Біліміңіз");
    await u.press("Жоғары оқу орны");
    expect(last(u)).toContain("Дербес деректерді өңдеуге келісім");
    expect(last(u)).toContain(CONSENT_VERSION);
    await u.press("Келісемін");
    expect(last(u)).toContain("Өтініміңізді тексеріңіз");
    expect(last(u)).toContain("Жоғары оқу орны");
    await u.press("Өтінімді жіберу");
    expect(last(u)).toContain("курсына өтініміңіз жіберілді");

    const [reg] = await registrationsOf(102);
    expect(reg).toMatchObject({ status: "pending", fullName: "Нұрлан Серікбай", phone: "+77012345678", educationLevel: "bachelor" });
    expect(await consentsOf(102)).toMatchObject([{ version: CONSENT_VERSION, locale: "kk" }]);
    expect(await userRow(102)).toMatchObject({ fullName: "Нұрлан Серікбай", phone: "+77012345678" });
  });

  it("explains every wrong answer and asks the same question again", async () => {
    const c = await course();
    const u = await person(103, "ru");
    await openAndSignUp(u, c.id);
    const ask = (calls: ApiCall[]) => texts(calls);

    let r = ask(await u.send("Айгерім 😊"));
    expect(r[0]).toContain("только буквы");
    expect(r[1]).toContain("фамилия и имя");
    r = ask(await u.send("Я".repeat(5000)));
    expect(r[0]).toContain("от 2 до 100 символов");
    expect(r[1]).toContain("фамилия и имя");
    r = ask(await u.send("Айгерім"));
    expect(r[0]).toContain("и фамилию, и имя");
    r = ask(await h.act(() => h.api.sendLocation(103, 49.8, 73.1)));
    expect(r[0]).toContain("текстом");
    expect(r[1]).toContain("фамилия и имя");
    await u.send("Ахметова Айгерім");

    r = ask(await u.send("12345"));
    expect(r[0]).toContain("не похоже на номер телефона");
    expect(r[1]).toContain("номер телефона");
    expect(h.api.replyKeyboard(103)).toBeDefined(); // the share button is offered again
    r = ask(await u.sendContact("77051112233", 555));
    expect(r[0]).toContain("чужой контакт");
    r = ask(await u.send("позвоните мне"));
    expect(r[0]).toContain("не похоже на номер телефона");
    await u.sendContact("+77012345678");

    r = ask(await u.send("31.02.2004"));
    expect(r[0]).toContain("Не удалось распознать дату");
    expect(r[1]).toContain("дата рождения");
    r = ask(await u.send("05.03.2030"));
    expect(r[0]).toContain("Не удалось распознать дату");
    await u.send("05.03.2004");

    r = ask(await u.send("колледж"));
    expect(r[0]).toContain("одну из кнопок");
    expect(r[1]).toContain("образование");
    await u.press("Колледж");
    r = ask(await u.send("да"));
    expect(r[0]).toContain("одну из кнопок");
    expect(r[1]).toContain("Согласие на обработку");
    await u.press("✅ Согласен");
    expect(last(u)).toContain("Проверьте заявку");
    await expectNothingStored(103);
  });

  it("answers buttons of other messages during the dialog and asks again", async () => {
    const c = await course();
    const u = await person(104, "ru");
    await openAndSignUp(u, c.id);
    await u.send("Ахметова Айгерім");
    await u.sendContact("77012345678");
    await u.send("05.03.2004");
    const educationPrompt = u.lastMessage()!.messageId;
    await u.press("Колледж");
    expect(u.messages().find((m) => m.messageId === educationPrompt)!.keyboard).toBeUndefined(); // answered: buttons gone

    // An education button of the answered question, the main menu, the course card's "Sign up".
    for (const [messageId, data] of [
      [educationPrompt, signupCb.pack("edu", "school9")],
      [1, menuCb.pack("home")],
      [1, coursesCb.pack("signup", c.id)],
    ] as const) {
      const calls = await u.callback(messageId, data);
      const answer = calls.find((x) => x.method === "answerCallbackQuery");
      expect(answer?.params).toMatchObject({ text: "Сначала ответьте на вопрос ниже или отправьте /cancel.", show_alert: true });
      expect(texts(calls)).toHaveLength(1);
      expect(texts(calls)[0]).toContain("Согласие на обработку"); // the current question again
      expect(rejected(calls)).toEqual([]);
    }
    // Other kinds of updates (here an edited message) are no answer: the dialog lets them pass.
    const start = h.calls.length;
    await h.bot.handleUpdate({
      update_id: 1_000_000,
      edited_message: { message_id: 1, date: 0, edit_date: 1, chat: { id: 104, type: "private", first_name: "Айгерім" }, from: u.from, text: "правка" },
    });
    expect(texts(h.callsSince(start))).toEqual([]);

    await u.press("✅ Согласен");
    await u.press("Отправить заявку");
    expect((await registrationsOf(104))[0]).toMatchObject({ educationLevel: "college" }); // the stale press changed nothing
  });

  it("a minor's consent is given by a parent or legal representative, and /mydata says so", async () => {
    const c = await course({ minAge: 14 });
    const u = await person(150, "ru");
    await openAndSignUp(u, c.id);
    await u.send("Ахметов Нурлан");
    await u.sendContact("77012345678");
    await u.send("01.05.2010"); // 16 years old
    await u.press("Колледж");
    expect(last(u)).toContain("Вам нет 18 лет</b>, поэтому согласие даёт родитель или законный представитель");
    expect(last(u)).toContain(`(версия ${CONSENT_VERSION})`); // the same text follows
    expect(u.buttons()).toEqual(["✅ Родитель / представитель согласен", "✖️ Не согласен(на)"]);
    await u.press("Родитель / представитель согласен");
    await u.press("Отправить заявку");
    expect(await registrationsOf(150)).toMatchObject([{ status: "pending" }]);
    expect(await consentsOf(150)).toMatchObject([{ givenBy: "representative", version: CONSENT_VERSION }]);
    await u.send("/mydata");
    expect(last(u)).toContain("· 👪 дано родителем или законным представителем");
  });

  it("a new birth date from the summary asks the consent again when someone else has to give it", async () => {
    const c = await course({ minAge: 14 });
    const u = await person(151, "ru");
    await fillInRu(u, c.id); // an adult, who agreed themselves
    await u.press("✏️ Дата рождения");
    await u.send("01.05.2010");
    expect(last(u)).toContain("согласие даёт родитель или законный представитель");
    await u.press("Родитель / представитель согласен");
    expect(last(u)).toContain("01.05.2010");
    await u.press("✏️ Дата рождения");
    await u.send("05.03.2004"); // an adult again: their own consent
    expect(last(u)).not.toContain("законный представитель");
    expect(u.buttons()).toEqual(["✅ Согласен(на)", "✖️ Не согласен(на)"]);
    await u.press("✅ Согласен");
    await u.press("Отправить заявку");
    expect(await consentsOf(151)).toMatchObject([{ givenBy: "self" }]);
  });

  it("edits a field from the summary and comes back to it", async () => {
    const c = await course();
    const u = await person(105, "ru");
    await fillInRu(u, c.id);
    await u.press("✏️ Имя");
    expect(last(u)).toContain("фамилия и имя");
    expect(u.buttons()).toContain("✅ Указать: Ахметова Айгерім"); // the current answer is offered
    await u.send("Сейтова Дана");
    expect(last(u)).toContain("Проверьте заявку");
    expect(last(u)).toContain("Сейтова Дана");
    await u.press("✏️ Телефон");
    await u.send("+7 705 111 22 33");
    await u.press("✏️ Образование");
    await u.press("11 классов школы");
    await u.press("✏️ Дата рождения");
    await u.send("2001-12-31");
    const summary = last(u);
    for (const part of ["Сейтова Дана", "+7 705 111 22 33", "31.12.2001", "11 классов школы"]) expect(summary).toContain(part);
    await u.press("Отправить заявку");
    expect((await registrationsOf(105))[0]).toMatchObject({ fullName: "Сейтова Дана", phone: "+77051112233", educationLevel: "school11" });
  });

  it("/cancel leaves the dialog at any step and writes nothing; without a dialog it says so", async () => {
    const c = await course();
    const u = await person(106, "ru");
    await openAndSignUp(u, c.id);
    await u.send("Ахметова Айгерім");
    expect(h.api.replyKeyboard(106)).toBeDefined();
    const calls = await u.send("/cancel");
    expect(texts(calls)).toEqual(["✖️ Отменено. Ничего не сохранено. /menu — главное меню."]);
    expect(h.api.replyKeyboard(106)).toBeUndefined();
    expect(await dialogRow(106)).toBeNull();
    // The next answer is no longer taken by the dialog.
    await u.sendContact("77012345678");
    await expectNothingStored(106);

    expect(texts(await u.send("/cancel"))[0]).toBe("Сейчас нечего отменять.");

    // From the summary too, with its own button.
    await fillInRu(u, c.id);
    await u.press("✖️ Отменить");
    expect(last(u)).toContain("Запись отменена");
    expect(await dialogRow(106)).toBeNull();
    await expectNothingStored(106);
  });

  it("/start (like any command) leaves the dialog and then does its usual job", async () => {
    const c = await course();
    const u = await person(107, "ru");
    await openAndSignUp(u, c.id);
    const calls = await u.send("/start");
    const shown = texts(calls);
    expect(shown[0]).toContain("анкета закрыта");
    expect(shown[1]).toContain("С возвращением");
    expect(await dialogRow(107)).toBeNull();
    await expectNothingStored(107);
  });

  it("stores nothing when consent is refused", async () => {
    const c = await course();
    const u = await person(108, "ru");
    await openAndSignUp(u, c.id);
    await u.send("Ахметова Айгерім");
    await u.sendContact("77012345678");
    await u.send("05.03.2004");
    await u.press("Колледж");
    await u.press("Не согласен");
    expect(last(u)).toContain("Без вашего согласия");
    expect(await dialogRow(108)).toBeNull();
    await expectNothingStored(108);
  });

  it("ends politely when the person is outside the course's ages", async () => {
    const c = await course({ minAge: 16, maxAge: 29 });
    const u = await person(109, "ru");
    await openAndSignUp(u, c.id);
    await u.send("Ахметова Айгерім");
    await u.sendContact("77012345678");
    await u.send("01.06.2015"); // 11 years old
    expect(last(u)).toContain("для участников от 16 до 29 лет");
    expect(await dialogRow(109)).toBeNull();
    await expectNothingStored(109);
  });

  it("survives a restart: a new bot on the same database continues the dialog", async () => {
    const c = await course();
    const u = await person(110, "ru");
    await openAndSignUp(u, c.id);
    await u.send("Ахметова Айгерім");
    await u.sendContact("77012345678");

    // The process restarts: a new bot (and a new Telegram connection) on the same database.
    const h2 = new Harness({ db: t.db, clock });
    const u2 = h2.user(110, { first_name: "Айгерім" });
    expect(texts(await u2.send("05.03.2004"))[0]).toContain("образование");
    await u2.press("Колледж");
    await u2.press("✅ Согласен");
    expect(u2.lastMessage()!.text).toContain("Ахметова Айгерім");
    await u2.press("Отправить заявку");
    expect(u2.lastMessage()!.text).toContain("отправлена");
    expect(await registrationsOf(110)).toMatchObject([{ status: "pending", phone: "+77012345678", fullName: "Ахметова Айгерім" }]);
  });

  it("expires a dialog left unanswered for a day", async () => {
    const c = await course();
    const u = await person(111, "ru");
    await openAndSignUp(u, c.id);
    await u.send("Ахметова Айгерім");
    clock.advance(25 * HOUR);
    const calls = await u.send("+77012345678");
    expect(texts(calls)).toEqual([expect.stringContaining("Время записи истекло")]);
    expect(h.api.replyKeyboard(111)).toBeUndefined();
    expect(await dialogRow(111)).toBeNull();
    await expectNothingStored(111);

    // Pressing another feature's button that late: the notice, then the button does its job.
    await openAndSignUp(u, c.id);
    clock.advance(25 * HOUR);
    const again = texts(await u.pressData(coursesCb.pack("signup", c.id)));
    expect(again[0]).toContain("Время записи истекло");
    expect(again.at(-1)).toContain("фамилия и имя"); // a fresh sign-up started
    expect(await dialogRow(111)).not.toBeNull();

    // A week-old dialog is garbage: the storage drops it, the message is handled as usual.
    clock.advance(8 * DAY);
    const later = texts(await u.send("/cancel"));
    expect(later).toEqual(["Сейчас нечего отменять."]);
    clock.set(NOW);
  });

  it("counts the day from the latest question, not from the start of the dialog", async () => {
    const c = await course();
    const u = await person(117, "ru");
    await openAndSignUp(u, c.id);
    clock.advance(20 * HOUR);
    expect(last(u)).toContain("фамилия и имя");
    await u.send("Ахметова Айгерім");
    clock.advance(20 * HOUR); // 40 h since the start, 20 h since the phone was asked for
    expect(texts(await u.send("+77012345678")).join("\n")).not.toContain("истекло");
    expect(await dialogRow(117)).not.toBeNull();
    clock.set(NOW);
  });

  it("closes a dialog that goes on for too long", async () => {
    const c = await course();
    const u = await person(116, "ru");
    await openAndSignUp(u, c.id);
    for (let i = 0; i < MAX_UPDATES; i++) await u.send("😊");
    expect(last(u)).toContain("фамилия и имя");
    expect(texts(await u.send("😊"))).toEqual([expect.stringContaining("Анкета затянулась")]);
    expect(await dialogRow(116)).toBeNull();
  });

  it("offers the waitlist for a full course and puts the person on it", async () => {
    const c = await course({ capacity: 1 });
    await otherApplicant(c.id);
    const u = await person(112, "ru");
    await openAndSignUp(u, c.id);
    expect(last(u)).toContain("Все места на курсе");
    expect(await dialogRow(112)).toBeNull(); // not in a dialog until they agree
    expect(u.buttons()).toEqual(["⏳ В лист ожидания", "‹ Назад к курсу"]);
    await u.press("В лист ожидания");
    expect(last(u)).toContain("фамилия и имя");
    await u.send("Ахметова Айгерім");
    await u.sendContact("77012345678");
    await u.send("05.03.2004");
    await u.press("Колледж");
    await u.press("✅ Согласен");
    expect(last(u)).toContain("вы встанете в лист ожидания");
    await u.press("Отправить заявку");
    expect(last(u)).toContain("Вы в листе ожидания");
    expect(await registrationsOf(112)).toMatchObject([{ status: "waitlisted" }]);
  });

  it("offers the waitlist once more when the last seat goes while confirming", async () => {
    const c = await course({ capacity: 1 });
    const u = await person(113, "ru");
    await fillInRu(u, c.id);
    await otherApplicant(c.id); // someone was quicker
    await u.press("Отправить заявку");
    expect(last(u)).toContain("последние места на курсе");
    await u.press("В лист ожидания");
    expect(last(u)).toContain("Вы в листе ожидания");
    expect(await registrationsOf(113)).toMatchObject([{ status: "waitlisted" }]);

    // Declining instead stores nothing.
    const c2 = await course({ capacity: 1 });
    const v = await person(114, "ru");
    await fillInRu(v, c2.id);
    await otherApplicant(c2.id);
    await v.press("Отправить заявку");
    await v.press("Нет, спасибо");
    expect(last(v)).toContain("Запись отменена");
    await expectNothingStored(114);
  });

  it("refuses a second application for the same course", async () => {
    const c = await course();
    const u = await person(115, "ru");
    await fillInRu(u, c.id);
    await u.press("Отправить заявку");
    const calls = await openAndSignUp(u, c.id);
    expect(texts(calls)).toEqual([expect.stringContaining("Вы уже подали заявку")]);
    expect(texts(calls)[0]).toContain("/my");
    expect(await dialogRow(115)).toBeNull();
    expect(await registrationsOf(115)).toHaveLength(1);
  });
});
