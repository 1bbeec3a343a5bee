import { callbackCodec } from "../../callback-data.ts";
import { isSector } from "../../../domain/sectors.ts";

// list: sector ("any" or a sector code), "w" working professions only / "a" all, page.
// open: a card by id alone (deep links, fair cards); card: a card opened from a list, carrying
// the list's sector, mode and page so "back to the list" returns to the same screen.
// sectors: the sector picker for the current sector and mode.
export const vacanciesCb = callbackCodec("v1", {
  list: ["str", "str", "int"],
  open: ["int"],
  card: ["int", "str", "str", "int"],
  sectors: ["str", "str"],
});

export const ANY_SECTOR = "any";
export type Mode = "w" | "a";

/** Where a list screen stands: its filters and page. */
export interface ListState {
  sector: string; // ANY_SECTOR or a sector code
  mode: Mode;
  page: number;
}

export const DEFAULT_LIST: ListState = { sector: ANY_SECTOR, mode: "a", page: 0 };

/** Validates list arguments from callback data (which can be forged); null when invalid. */
export function listState(sector: string, mode: string, page = 0): ListState | null {
  if (sector !== ANY_SECTOR && !isSector(sector)) return null;
  if (mode !== "w" && mode !== "a") return null;
  if (page < 0) return null;
  return { sector, mode, page };
}

export function listData(s: ListState): string {
  return vacanciesCb.pack("list", s.sector, s.mode, s.page);
}
