// Search normalisation. SQLite's LIKE/lower() fold only ASCII, so every searchable row keeps
// a `searchText` column normalised here, and queries are normalised the same way.
// Folding: Unicode NFKC, lower case (Cyrillic and Kazakh included), ё→е, and the Kazakh
// letters to their nearest Russian ones (ә→а, қ→к …) because many people type Kazakh on a
// Russian keyboard. Latin text is folded of its diacritics.

const KAZAKH_FOLD: Record<string, string> = {
  ә: "а", ғ: "г", қ: "к", ң: "н", ө: "о", ұ: "у", ү: "у", һ: "х", і: "и", ё: "е", й: "и",
};

export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[әғқңөұүһіёй]/g, (ch) => KAZAKH_FOLD[ch] ?? ch)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "") // Latin diacritics
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** One searchText value from any number of fields (nulls skipped). */
export function buildSearchText(...parts: Array<string | null | undefined>): string {
  return ` ${normalizeForSearch(parts.filter(Boolean).join(" "))} `;
}

/** Words of a query worth searching for (at most 5, each at least 2 characters). */
export function searchTerms(query: string): string[] {
  const words = normalizeForSearch(query).split(" ").filter((w) => w.length >= 2);
  return [...new Set(words)].slice(0, 5);
}
