// Pagination of catalog lists.
export const PAGE_SIZE = 5;

export interface Page<T> {
  items: T[];
  page: number; // 0-based, clamped to the available pages
  pages: number; // at least 1
  total: number;
}

/** Clamps a requested page to [0, pages-1]; forged or stale page numbers land on a real page. */
export function clampPage(page: number, total: number, size = PAGE_SIZE): { page: number; pages: number; skip: number } {
  const pages = Math.max(1, Math.ceil(total / size));
  const p = Math.min(Math.max(0, Math.trunc(page) || 0), pages - 1);
  return { page: p, pages, skip: p * size };
}

/** Runs count + page query and returns a clamped page. */
export async function paginate<T>(
  page: number,
  count: () => Promise<number>,
  fetch: (skip: number, take: number) => Promise<T[]>,
  size = PAGE_SIZE,
): Promise<Page<T>> {
  const total = await count();
  const c = clampPage(page, total, size);
  const items = total === 0 ? [] : await fetch(c.skip, size);
  return { items, page: c.page, pages: c.pages, total };
}
