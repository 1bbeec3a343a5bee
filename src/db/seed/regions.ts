// The 17 regions and 3 cities of republican significance. Seeded on every start (also in
// production): names are upserted by code, so renaming here renames in the database.
import type { Db } from "../client.ts";
import { syncRows } from "./sync.ts";

export interface RegionSeed {
  code: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  /** Administrative centre (English); null for the cities themselves. */
  centre: string | null;
}

// Cities of republican significance first, then the regions in Latin alphabetical order.
export const REGIONS: readonly RegionSeed[] = [
  { code: "astana", nameKk: "Астана қаласы", nameRu: "город Астана", nameEn: "Astana", centre: null },
  { code: "almaty", nameKk: "Алматы қаласы", nameRu: "город Алматы", nameEn: "Almaty", centre: null },
  { code: "shymkent", nameKk: "Шымкент қаласы", nameRu: "город Шымкент", nameEn: "Shymkent", centre: null },
  { code: "abai", nameKk: "Абай облысы", nameRu: "Абайская область", nameEn: "Abai Region", centre: "Semey" },
  { code: "akmola", nameKk: "Ақмола облысы", nameRu: "Акмолинская область", nameEn: "Akmola Region", centre: "Kokshetau" },
  { code: "aktobe", nameKk: "Ақтөбе облысы", nameRu: "Актюбинская область", nameEn: "Aktobe Region", centre: "Aktobe" },
  { code: "almaty-region", nameKk: "Алматы облысы", nameRu: "Алматинская область", nameEn: "Almaty Region", centre: "Konaev" },
  { code: "atyrau", nameKk: "Атырау облысы", nameRu: "Атырауская область", nameEn: "Atyrau Region", centre: "Atyrau" },
  { code: "east-kazakhstan", nameKk: "Шығыс Қазақстан облысы", nameRu: "Восточно-Казахстанская область", nameEn: "East Kazakhstan Region", centre: "Oskemen" },
  { code: "jambyl", nameKk: "Жамбыл облысы", nameRu: "Жамбылская область", nameEn: "Jambyl Region", centre: "Taraz" },
  { code: "jetisu", nameKk: "Жетісу облысы", nameRu: "Область Жетісу", nameEn: "Jetisu Region", centre: "Taldykorgan" },
  { code: "karaganda", nameKk: "Қарағанды облысы", nameRu: "Карагандинская область", nameEn: "Karaganda Region", centre: "Karaganda" },
  { code: "kostanay", nameKk: "Қостанай облысы", nameRu: "Костанайская область", nameEn: "Kostanay Region", centre: "Kostanay" },
  { code: "kyzylorda", nameKk: "Қызылорда облысы", nameRu: "Кызылординская область", nameEn: "Kyzylorda Region", centre: "Kyzylorda" },
  { code: "mangystau", nameKk: "Маңғыстау облысы", nameRu: "Мангистауская область", nameEn: "Mangystau Region", centre: "Aktau" },
  { code: "north-kazakhstan", nameKk: "Солтүстік Қазақстан облысы", nameRu: "Северо-Казахстанская область", nameEn: "North Kazakhstan Region", centre: "Petropavl" },
  { code: "pavlodar", nameKk: "Павлодар облысы", nameRu: "Павлодарская область", nameEn: "Pavlodar Region", centre: "Pavlodar" },
  { code: "turkistan", nameKk: "Түркістан облысы", nameRu: "Туркестанская область", nameEn: "Turkistan Region", centre: "Turkistan" },
  { code: "ulytau", nameKk: "Ұлытау облысы", nameRu: "Область Ұлытау", nameEn: "Ulytau Region", centre: "Zhezkazgan" },
  { code: "west-kazakhstan", nameKk: "Батыс Қазақстан облысы", nameRu: "Западно-Казахстанская область", nameEn: "West Kazakhstan Region", centre: "Oral" },
];

/** Writes all regions by code, in one transaction; unchanged rows are not touched. */
export async function seedRegions(db: Db): Promise<void> {
  await db.$transaction((tx) =>
    syncRows(
      {
        find: (codes) => tx.region.findMany({ where: { code: { in: codes } } }),
        createMany: (data) => tx.region.createMany({ data }),
        update: (cur, data) => tx.region.update({ where: { code: cur.code }, data }),
      },
      REGIONS.map((r, i) => ({ ...r, sortOrder: (i + 1) * 10 })),
      (r) => r.code,
    ),
  );
}
