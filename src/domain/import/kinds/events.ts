// Events (job fairs, open days…): one row per event. A changed stored event tells people what
// the events editor's change would (src/domain/events-editor/changes.ts): published now, moved in
// time, place or region, cancelled — with an audit entry per event, which names its notices.
import { z } from "zod";
import { EVENT_KINDS } from "../../catalog/events.ts";
import { buildSearchText } from "../../search.ts";
import { localDate, oneOf, optionalDecimal, optionalInteger, required, text } from "../cells.ts";
import { auditChangedRow, checkStoredScope, citySpellings, findIn, ID_PATTERN, storedCity, t3, type KindSpec, type Tx } from "../spec.ts";
import { insertRows, upsertCounted } from "../sync.ts";
import { noticeEventChange } from "../../events-editor/changes.ts";
import type { Event } from "../../../generated/prisma/client.ts";

const EVENT_STATUSES = ["published", "draft", "cancelled"] as const;

const row = z.object({
  id: required(80).regex(ID_PATTERN, "bad-id"),
  region: required(40),
  kind: oneOf(EVENT_KINDS),
  title_kk: text(200), title_ru: text(200), title_en: text(200),
  description_kk: text(3000), description_ru: text(3000), description_en: text(3000),
  venue: text(200),
  address: text(300),
  city: text(80),
  // Kazakhstan lies within about 40–56° N and 46–88° E.
  latitude: optionalDecimal(40, 56),
  longitude: optionalDecimal(46, 88),
  starts_at: localDate(),
  ends_at: localDate(),
  expected_vacancies: optionalInteger(0, 100_000),
  expected_employers: optionalInteger(0, 10_000),
  status: oneOf(EVENT_STATUSES, "published"),
});
type Row = z.infer<typeof row>;


export const eventsSpec: KindSpec<Row, Row[]> = {
  kind: "events",
  columns: Object.keys(row.shape),
  required: ["id", "region", "kind", "starts_at", "ends_at"],
  idColumn: "id",
  textField: "title",
  row,
  async plan(rows, { tx, roles, issues }) {
    for (const { row: n, data } of rows) {
      if (data.ends_at <= data.starts_at) issues.add(n, "ends_at", "ends-before-start");
      if ((data.latitude === null) !== (data.longitude === null)) issues.add(n, data.latitude === null ? "latitude" : "longitude", "coords-pair");
    }
    const stored = await findIn(rows.map((r) => r.data.id), (ids) =>
      tx.event.findMany({ where: { externalId: { in: ids } }, select: { externalId: true, regionCode: true } }));
    checkStoredScope(issues, roles, rows.map((r) => ({ row: r.row, id: r.data.id })), new Map(stored.map((e) => [e.externalId, e.regionCode])), "id");
    return rows.map((r) => r.data);
  },
  async apply(tx, rows, now, actorId) {
    const { counts } = await upsertCounted(
      {
        find: (ids) => tx.event.findMany({ where: { externalId: { in: ids } } }),
        createMany: (data) => insertRows(tx, "Event", data, now),
        returnsCreated: false,
        update: (cur, data) => updateStoredEvent(tx, cur, data, now, actorId),
      },
      rows.map((e) => ({
        externalId: e.id,
        regionCode: e.region,
        kind: e.kind,
        ...t3("title", e),
        ...t3("description", e),
        venue: e.venue,
        address: e.address,
        city: storedCity(e.city),
        latitude: e.latitude,
        longitude: e.longitude,
        startsAt: e.starts_at,
        endsAt: e.ends_at,
        expectedVacancies: e.expected_vacancies,
        expectedEmployers: e.expected_employers,
        status: e.status,
        publishedAt: undefined as Date | null | undefined, // kept on re-import; set below for new published events
        searchText: buildSearchText(
          e.title_kk, e.title_ru, e.title_en, e.description_kk, e.description_ru, e.description_en, e.venue, e.address, citySpellings(e.city),
        ),
      })),
      (r) => r.externalId,
      (r) => ({ ...r, publishedAt: r.status === "published" ? now : null }),
    );
    return { events: counts };
  },
};

/** Audit actions of a status change, as the editor names them (only an import withdraws an event to a draft). */
const ACTIONS: Record<string, string> = { published: "event.publish", draft: "event.unpublish", cancelled: "event.cancel" };

async function updateStoredEvent(tx: Tx, before: Event, data: Partial<Event>, now: Date, actorId: number | null): Promise<void> {
  const publishing = before.status !== "published" && data.status === "published";
  const after = await tx.event.update({ where: { id: before.id }, data: { ...data, ...(publishing ? { publishedAt: now } : {}) } });
  const action = (after.status !== before.status && ACTIONS[after.status]) || "event.update";
  const entry = await auditChangedRow(tx, { actorId, action, entity: "Event", id: after.id, details: { status: after.status }, now });
  await noticeEventChange(tx, before, after, entry.id, now);
}
