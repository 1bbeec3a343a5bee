// Idempotent batch writes: rows are matched by a stable key (externalId, code, or a compound
// unique key); missing rows are inserted with one createMany, rows that differ are updated,
// identical rows are left alone (so a second run writes nothing). A few Prisma calls per
// table instead of one upsert per row keeps the seed fast.

export interface Table<D, R> {
  /** Existing rows for these keys (may return more; extra rows are ignored). */
  find(keys: string[]): Promise<R[]>;
  createMany(rows: D[]): Promise<unknown>;
  update(existing: R, row: D): Promise<unknown>;
}

/** Whether writing `row` would change `existing` (only the fields of `row` are compared). */
export function differs(row: object, existing: object): boolean {
  const cur = existing as Record<string, unknown>;
  return Object.entries(row).some(([k, v]) => {
    const c = cur[k];
    if (v instanceof Date) return !(c instanceof Date) || c.getTime() !== v.getTime();
    return c !== v;
  });
}

/** Writes `rows` into `table`; returns the stored rows by key. */
export async function syncRows<D extends object, R extends object>(
  table: Table<D, R>,
  rows: readonly D[],
  key: (row: D | R) => string,
): Promise<Map<string, R>> {
  const keys = rows.map(key);
  if (new Set(keys).size !== keys.length) throw new Error(`seed: duplicate keys in ${keys.join(", ")}`);
  const stored = new Map((await table.find(keys)).map((r) => [key(r), r] as const));
  const missing: D[] = [];
  for (const row of rows) {
    const existing = stored.get(key(row));
    if (!existing) missing.push(row);
    else if (differs(row, existing)) await table.update(existing, row);
  }
  if (missing.length > 0) {
    await table.createMany(missing);
    for (const r of await table.find(missing.map(key))) stored.set(key(r), r);
  }
  return stored;
}

/** The stored row for `k`, or a clear error naming what referred to it. */
export function must<V>(map: Map<string, V>, k: string, what: string): V {
  const value = map.get(k);
  if (value === undefined) throw new Error(`seed: unknown ${what} "${k}"`);
  return value;
}
