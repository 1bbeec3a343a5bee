// Cities of the demo regions. The `city` column holds the Kazakh (official) name; searchText
// also gets the Russian and English names so any spelling finds the row.
export const CITIES = {
  turkistan: { kk: "Түркістан", ru: "Туркестан", en: "Turkistan", lat: 43.2973, lon: 68.2518 },
  kentau: { kk: "Кентау", ru: "Кентау", en: "Kentau", lat: 43.5165, lon: 68.5046 },
  saryagash: { kk: "Сарыағаш", ru: "Сарыагаш", en: "Saryagash", lat: 41.4536, lon: 69.1695 },
  zhetysai: { kk: "Жетісай", ru: "Жетысай", en: "Zhetysai", lat: 40.7750, lon: 68.3270 },
  aktobe: { kk: "Ақтөбе", ru: "Актобе", en: "Aktobe", lat: 50.2839, lon: 57.1670 },
  khromtau: { kk: "Хромтау", ru: "Хромтау", en: "Khromtau", lat: 50.2503, lon: 58.4347 },
  kandyagash: { kk: "Қандыағаш", ru: "Кандыагаш", en: "Kandyagash", lat: 49.4728, lon: 57.4194 },
  karaganda: { kk: "Қарағанды", ru: "Караганда", en: "Karaganda", lat: 49.8047, lon: 73.1094 },
  saran: { kk: "Саран", ru: "Сарань", en: "Saran", lat: 49.7900, lon: 72.8400 },
  temirtau: { kk: "Теміртау", ru: "Темиртау", en: "Temirtau", lat: 50.0549, lon: 72.9646 },
  shakhtinsk: { kk: "Шахтинск", ru: "Шахтинск", en: "Shakhtinsk", lat: 49.7100, lon: 72.5900 },
  semey: { kk: "Семей", ru: "Семей", en: "Semey", lat: 50.4111, lon: 80.2275 },
  ayagoz: { kk: "Аягөз", ru: "Аягоз", en: "Ayagoz", lat: 47.9645, lon: 80.4344 },
  kurchatov: { kk: "Курчатов", ru: "Курчатов", en: "Kurchatov", lat: 50.7557, lon: 78.5403 },
} as const;

export type CityKey = keyof typeof CITIES;

/** The city in all three spellings, for searchText. */
export function cityNames(key: CityKey): string {
  const c = CITIES[key];
  return `${c.kk} ${c.ru} ${c.en}`;
}
