import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../src/db/client.ts";
import {
  eventVisibility,
  getEventCard,
  listFairVacancies,
  listUpcomingEvents,
} from "../src/domain/catalog/events.ts";
import { buildSearchText } from "../src/domain/search.ts";
import { freshDb, type TestDb } from "./support/db.ts";

const NOW = new Date("2026-11-02T06:00:00Z");
const HOUR = 3_600_000;
const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR);

let t: TestDb;
let db: Db;
let seq = 0;

async function event(data: { regionCode: string; title: string; start: number; hours?: number; status?: string; kind?: string }) {
  seq += 1;
  return db.event.create({
    data: {
      externalId: `ev-${seq}`,
      regionCode: data.regionCode,
      kind: data.kind ?? "job_fair",
      titleRu: data.title,
      titleKk: data.title,
      city: "Туркестан",
      startsAt: at(data.start),
      endsAt: at(data.start + (data.hours ?? 6)),
      status: data.status ?? "published",
      searchText: buildSearchText(data.title),
    },
  });
}

async function employer(name: string, regionCode = "turkistan") {
  seq += 1;
  return db.employer.create({ data: { externalId: `emp-${seq}`, regionCode, name, sector: "construction" } });
}

async function vacancy(data: { employerId: number; eventId: number | null; title: string; postedHours?: number; expiresHours?: number }) {
  seq += 1;
  return db.vacancy.create({
    data: {
      externalId: `vac-${seq}`,
      employerId: data.employerId,
      regionCode: "turkistan",
      eventId: data.eventId,
      titleRu: data.title,
      sector: "construction",
      positions: 2,
      salaryMin: 250_000,
      postedAt: at(data.postedHours ?? -48),
      expiresAt: at(data.expiresHours ?? 24 * 30),
      searchText: buildSearchText(data.title),
    },
  });
}

const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await freshDb();
  db = t.db;
  // Created out of order on purpose: the list must sort by start, not by id.
  ids.later = (await event({ regionCode: "turkistan", title: "Later fair", start: 48 })).id;
  ids.soon = (await event({ regionCode: "turkistan", title: "Soon fair", start: 24 })).id;
  ids.ongoing = (await event({ regionCode: "turkistan", title: "Ongoing fair", start: -1, hours: 4 })).id;
  ids.ended = (await event({ regionCode: "turkistan", title: "Ended fair", start: -30 })).id;
  ids.endsNow = (await event({ regionCode: "turkistan", title: "Ends now", start: -6, hours: 6 })).id;
  ids.cancelled = (await event({ regionCode: "turkistan", title: "Cancelled fair", start: 30, status: "cancelled" })).id;
  ids.draft = (await event({ regionCode: "turkistan", title: "Draft fair", start: 30, status: "draft" })).id;
  ids.aktobe = (await event({ regionCode: "aktobe", title: "Aktobe forum", start: 12, kind: "forum" })).id;
  // Seven events in Abai for paging; two of them start at the same minute.
  for (let i = 0; i < 7; i++) ids[`abai${i}`] = (await event({ regionCode: "abai", title: `Abai ${i}`, start: 100 + Math.min(i, 5) })).id;

  const alpha = await employer("Alpha Stroy");
  const bravo = await employer("Bravo Textile");
  const other = await employer("Other Plant");
  // Bravo first in id order: grouping must follow the employer name.
  for (let i = 0; i < 4; i++) await vacancy({ employerId: bravo.id, eventId: ids.soon!, title: `Seamstress ${i}` });
  for (let i = 0; i < 3; i++) await vacancy({ employerId: alpha.id, eventId: ids.soon!, title: `Welder ${i}` });
  await vacancy({ employerId: alpha.id, eventId: ids.soon!, title: "Expired welder", expiresHours: -1 });
  await vacancy({ employerId: alpha.id, eventId: ids.soon!, title: "Not yet posted", postedHours: 5 });
  await vacancy({ employerId: other.id, eventId: ids.later!, title: "Other fair's job" });
  await vacancy({ employerId: other.id, eventId: ids.later!, title: "Short-lived job", expiresHours: 10 });
  await vacancy({ employerId: other.id, eventId: null, title: "No fair" });
  await vacancy({ employerId: other.id, eventId: ids.cancelled!, title: "At the cancelled fair" });
});
afterAll(() => t.cleanup());

describe("listUpcomingEvents", () => {
  it("lists a region's visible events soonest first, an ongoing one included", async () => {
    const page = await listUpcomingEvents(db, { regionCode: "turkistan", now: NOW, page: 0 });
    expect(page.items.map((e) => e.id)).toEqual([ids.ongoing, ids.soon, ids.later]);
    expect(page).toMatchObject({ page: 0, pages: 1, total: 3 });
  });

  it("leaves out ended, cancelled and draft events, and one ending exactly now", async () => {
    const page = await listUpcomingEvents(db, { regionCode: "turkistan", now: NOW, page: 0 });
    const shown = page.items.map((e) => e.id);
    for (const hidden of [ids.ended, ids.endsNow, ids.cancelled, ids.draft]) expect(shown).not.toContain(hidden);
  });

  it("with no region lists every region's events", async () => {
    const page = await listUpcomingEvents(db, { regionCode: null, now: NOW, page: 0 });
    expect(page.total).toBe(11);
    expect(page.items.map((e) => e.id)).toEqual([ids.ongoing, ids.aktobe, ids.soon, ids.later, ids.abai0]);
  });

  it("pages by five, breaks ties by id, and clamps forged page numbers", async () => {
    const first = await listUpcomingEvents(db, { regionCode: "abai", now: NOW, page: 0 });
    expect(first.items.map((e) => e.titleRu)).toEqual(["Abai 0", "Abai 1", "Abai 2", "Abai 3", "Abai 4"]);
    const last = await listUpcomingEvents(db, { regionCode: "abai", now: NOW, page: 999 });
    expect(last).toMatchObject({ page: 1, pages: 2, total: 7 });
    expect(last.items.map((e) => e.titleRu)).toEqual(["Abai 5", "Abai 6"]);
    const negative = await listUpcomingEvents(db, { regionCode: "abai", now: NOW, page: -3 });
    expect(negative.page).toBe(0);
  });

  it("gives an empty first page for a region without events", async () => {
    const page = await listUpcomingEvents(db, { regionCode: "ulytau", now: NOW, page: 4 });
    expect(page).toEqual({ items: [], page: 0, pages: 1, total: 0 });
  });
});

describe("getEventCard", () => {
  it("returns a visible event with its region and the count of its open vacancies", async () => {
    const card = await getEventCard(db, ids.soon!, NOW);
    expect(card.status).toBe("visible");
    if (card.status !== "visible") return;
    expect(card.event.region.nameRu).toBe("Туркестанская область");
    // 4 + 3 open; the expired one and the one not posted yet do not count.
    expect(card.openVacancies).toBe(7);
  });

  it("says cancelled for a cancelled event, and gone for ended, draft or missing ones", async () => {
    expect((await getEventCard(db, ids.cancelled!, NOW)).status).toBe("cancelled");
    for (const id of [ids.ended!, ids.endsNow!, ids.draft!, 999_999]) expect((await getEventCard(db, id, NOW)).status).toBe("gone");
  });

  it("an event disappears once it is over", async () => {
    expect((await getEventCard(db, ids.ongoing!, NOW)).status).toBe("visible");
    expect((await getEventCard(db, ids.ongoing!, at(2.5))).status).toBe("visible");
    expect((await getEventCard(db, ids.ongoing!, at(3))).status).toBe("gone");
    expect(eventVisibility({ status: "published", endsAt: at(1) }, NOW)).toBe("visible");
  });
});

describe("listFairVacancies", () => {
  it("groups open vacancies by employer name, paged by five", async () => {
    const fair = await listFairVacancies(db, ids.soon!, NOW, 0);
    expect(fair.status).toBe("visible");
    if (fair.status !== "visible") return;
    expect(fair.page).toMatchObject({ page: 0, pages: 2, total: 7 });
    expect(fair.groups.map((g) => [g.employer.name, g.vacancies.map((v) => v.titleRu)])).toEqual([
      ["Alpha Stroy", ["Welder 0", "Welder 1", "Welder 2"]],
      ["Bravo Textile", ["Seamstress 0", "Seamstress 1"]],
    ]);
  });

  it("names the employer again on the next page, and clamps a forged page", async () => {
    const fair = await listFairVacancies(db, ids.soon!, NOW, 999);
    if (fair.status !== "visible") throw new Error(fair.status);
    expect(fair.page.page).toBe(1);
    expect(fair.groups.map((g) => [g.employer.name, g.vacancies.map((v) => v.titleRu)])).toEqual([
      ["Bravo Textile", ["Seamstress 2", "Seamstress 3"]],
    ]);
  });

  it("leaves out vacancies that expired meanwhile, in the list and in the card's count", async () => {
    const titles = async (now: Date) => {
      const fair = await listFairVacancies(db, ids.later!, now, 0);
      if (fair.status !== "visible") throw new Error(fair.status);
      return fair.page.items.map((v) => v.titleRu);
    };
    expect(await titles(NOW)).toEqual(["Other fair's job", "Short-lived job"]);
    expect(await titles(at(12))).toEqual(["Other fair's job"]);
    const card = await getEventCard(db, ids.later!, at(12));
    expect(card.status === "visible" && card.openVacancies).toBe(1);
  });

  it("says cancelled or gone when the fair cannot be shown", async () => {
    expect((await listFairVacancies(db, ids.cancelled!, NOW, 0)).status).toBe("cancelled");
    expect((await listFairVacancies(db, ids.ended!, NOW, 0)).status).toBe("gone");
    expect((await listFairVacancies(db, 424242, NOW, 0)).status).toBe("gone");
  });

  it("an event without vacancies gives an empty page", async () => {
    const fair = await listFairVacancies(db, ids.aktobe!, NOW, 3);
    if (fair.status !== "visible") throw new Error(fair.status);
    expect(fair.page).toEqual({ items: [], page: 0, pages: 1, total: 0 });
    expect(fair.groups).toEqual([]);
  });
});
