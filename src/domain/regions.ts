// Regions change only with a migration or seed, so they are cached per database client.
import type { Db } from "../db/client.ts";
import type { Region } from "../generated/prisma/client.ts";
import { pickText, type Locale } from "./locale.ts";

const cache = new WeakMap<Db, Promise<Region[]>>();

export function listRegions(db: Db): Promise<Region[]> {
  let regions = cache.get(db);
  if (!regions) {
    regions = db.region.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }] });
    cache.set(db, regions);
    regions.catch(() => cache.delete(db));
  }
  return regions;
}

export async function findRegion(db: Db, code: string): Promise<Region | undefined> {
  return (await listRegions(db)).find((r) => r.code === code);
}

export function regionName(region: Pick<Region, "nameKk" | "nameRu" | "nameEn">, locale: Locale): string {
  return pickText({ kk: region.nameKk, ru: region.nameRu, en: region.nameEn }, locale);
}

/** Forget cached regions (after a seed or import changed them). */
export function invalidateRegions(db: Db): void {
  cache.delete(db);
}
