// Cities and towns in three spellings. Rows store one name (usually the official Kazakh one);
// screens show it in the reader's language when the city is known here, and searchText gets
// all spellings so any of them finds the row.
import { normalizeForSearch } from "./search.ts";
import type { Locale } from "./locale.ts";

interface City {
  kk: string;
  ru: string;
  en: string;
  lat: number;
  lon: number;
}

export const CITIES = {
  astana: { kk: "Астана", ru: "Астана", en: "Astana", lat: 51.1694, lon: 71.4491 },
  almaty: { kk: "Алматы", ru: "Алматы", en: "Almaty", lat: 43.2389, lon: 76.8897 },
  shymkent: { kk: "Шымкент", ru: "Шымкент", en: "Shymkent", lat: 42.3417, lon: 69.5901 },
  kokshetau: { kk: "Көкшетау", ru: "Кокшетау", en: "Kokshetau", lat: 53.2833, lon: 69.3833 },
  konaev: { kk: "Қонаев", ru: "Конаев", en: "Konaev", lat: 43.8667, lon: 77.0667 },
  atyrau: { kk: "Атырау", ru: "Атырау", en: "Atyrau", lat: 47.1167, lon: 51.8833 },
  oskemen: { kk: "Өскемен", ru: "Усть-Каменогорск", en: "Oskemen", lat: 49.9483, lon: 82.6275 },
  taraz: { kk: "Тараз", ru: "Тараз", en: "Taraz", lat: 42.9, lon: 71.3667 },
  taldykorgan: { kk: "Талдықорған", ru: "Талдыкорган", en: "Taldykorgan", lat: 45.0156, lon: 78.3739 },
  kostanay: { kk: "Қостанай", ru: "Костанай", en: "Kostanay", lat: 53.2144, lon: 63.6246 },
  kyzylorda: { kk: "Қызылорда", ru: "Кызылорда", en: "Kyzylorda", lat: 44.8479, lon: 65.4823 },
  aktau: { kk: "Ақтау", ru: "Актау", en: "Aktau", lat: 43.65, lon: 51.1667 },
  petropavl: { kk: "Петропавл", ru: "Петропавловск", en: "Petropavl", lat: 54.8667, lon: 69.15 },
  pavlodar: { kk: "Павлодар", ru: "Павлодар", en: "Pavlodar", lat: 52.3, lon: 76.95 },
  zhezkazgan: { kk: "Жезқазған", ru: "Жезказган", en: "Zhezkazgan", lat: 47.7833, lon: 67.7667 },
  oral: { kk: "Орал", ru: "Уральск", en: "Oral", lat: 51.2333, lon: 51.3667 },
  turkistan: { kk: "Түркістан", ru: "Туркестан", en: "Turkistan", lat: 43.2973, lon: 68.2518 },
  kentau: { kk: "Кентау", ru: "Кентау", en: "Kentau", lat: 43.5165, lon: 68.5046 },
  saryagash: { kk: "Сарыағаш", ru: "Сарыагаш", en: "Saryagash", lat: 41.4536, lon: 69.1695 },
  zhetysai: { kk: "Жетісай", ru: "Жетысай", en: "Zhetysai", lat: 40.775, lon: 68.327 },
  aktobe: { kk: "Ақтөбе", ru: "Актобе", en: "Aktobe", lat: 50.2839, lon: 57.167 },
  khromtau: { kk: "Хромтау", ru: "Хромтау", en: "Khromtau", lat: 50.2503, lon: 58.4347 },
  kandyagash: { kk: "Қандыағаш", ru: "Кандыагаш", en: "Kandyagash", lat: 49.4728, lon: 57.4194 },
  karaganda: { kk: "Қарағанды", ru: "Караганда", en: "Karaganda", lat: 49.8047, lon: 73.1094 },
  saran: { kk: "Саран", ru: "Сарань", en: "Saran", lat: 49.79, lon: 72.84 },
  temirtau: { kk: "Теміртау", ru: "Темиртау", en: "Temirtau", lat: 50.0549, lon: 72.9646 },
  shakhtinsk: { kk: "Шахтинск", ru: "Шахтинск", en: "Shakhtinsk", lat: 49.71, lon: 72.59 },
  semey: { kk: "Семей", ru: "Семей", en: "Semey", lat: 50.4111, lon: 80.2275 },
  ayagoz: { kk: "Аягөз", ru: "Аягоз", en: "Ayagoz", lat: 47.9645, lon: 80.4344 },
  kurchatov: { kk: "Курчатов", ru: "Курчатов", en: "Kurchatov", lat: 50.7557, lon: 78.5403 },
} as const satisfies Record<string, City>;

export type CityKey = keyof typeof CITIES;

const byAnySpelling = new Map<string, City>(
  Object.values(CITIES).flatMap((c) => [c.kk, c.ru, c.en].map((name) => [normalizeForSearch(name), c] as const)),
);

/**
 * Stored names seen so far → their city (null: not known here). Lists show a city on every
 * row, and normalizing the name each time cost more than the rest of a list's rendering
 * (1–2 % of an update's CPU); rows use a few hundred distinct names at most. The answer
 * depends on the name alone, so nothing ever makes an entry stale; past the bound the memo
 * simply starts over.
 */
const cityOfStored = new Map<string, City | null>();
const MAX_REMEMBERED_NAMES = 5_000;

/** The stored city name in the reader's language, or as stored when the city is unknown. */
export function cityName(stored: string, locale: Locale): string {
  let city = cityOfStored.get(stored);
  if (city === undefined) {
    city = byAnySpelling.get(normalizeForSearch(stored)) ?? null;
    if (cityOfStored.size >= MAX_REMEMBERED_NAMES) cityOfStored.clear();
    cityOfStored.set(stored, city);
  }
  return city?.[locale] ?? stored;
}

/** The city in all three spellings, for searchText. */
export function cityNames(key: CityKey): string {
  const c = CITIES[key];
  return `${c.kk} ${c.ru} ${c.en}`;
}
