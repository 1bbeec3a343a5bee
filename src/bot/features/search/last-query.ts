// The last query of each user, so "search all regions" can repeat it: callback data holds at
// most 64 bytes of [A-Za-z0-9_.-], too little for a Cyrillic query, and the schema has no place
// for it. A small in-memory LRU is enough: losing it on restart only means "type it again".
export interface LastQuery {
  /** Normalised search terms, joined by spaces (searching them again gives the same terms). */
  terms: string;
  /** What the user typed, shortened, for the "Results for «…»" line. */
  echo: string;
}

export class LastQueries {
  private readonly map = new Map<number, LastQuery>();
  constructor(readonly capacity = 5000) {}

  get(userId: number): LastQuery | undefined {
    const q = this.map.get(userId);
    if (q) this.remember(userId, q); // refresh its place in the LRU order
    return q;
  }

  remember(userId: number, query: LastQuery): void {
    this.map.delete(userId);
    this.map.set(userId, query);
    // A Map iterates in insertion order: the first key is the least recently used.
    while (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
  }

  get size(): number {
    return this.map.size;
  }
}

// One store per bot (keyed by its deps object), so bots in the same process never share one.
const stores = new WeakMap<object, LastQueries>();

export function lastQueries(owner: object): LastQueries {
  let s = stores.get(owner);
  if (!s) stores.set(owner, (s = new LastQueries()));
  return s;
}
