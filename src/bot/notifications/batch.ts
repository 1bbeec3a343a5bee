// What the renderings of one claimed batch of deliveries share. A reminder or an announcement
// goes to hundreds of people at once, and rendering each from scratch read its event (and the
// recipient's subscription) with a Prisma call per message: ~1 ms of CPU each, which kept
// personal notices under the 1000/s cap that broadcasts reach. Within a batch an item is now
// read once, and a per-recipient check is answered for the whole batch in one query.
// The batch is sent within about a second (claimBatchFor), so what it read is as fresh as
// before for any practical purpose; the next batch reads again.
import type { ClaimedDelivery } from "../../domain/outbox.ts";

export class RenderBatch {
  private readonly loads = new Map<string, Promise<unknown>>();
  private users: Set<number> | undefined;

  constructor(readonly deliveries: readonly ClaimedDelivery[]) {}

  /**
   * A check of one recipient, answered for every recipient of the batch at once: `find` gets
   * user ids and returns the rows of those for whom the check holds. Asked of someone outside
   * the batch, it asks for them alone.
   */
  async has(check: string, userId: number, find: (userIds: number[]) => Promise<Array<{ userId: number }>>): Promise<boolean> {
    const users = (this.users ??= new Set(this.deliveries.map((d) => d.userId)));
    if (!users.has(userId)) return (await find([userId])).length > 0;
    const found = await this.once(`has:${check}`, async () => new Set((await find([...users])).map((r) => r.userId)));
    return found.has(userId);
  }

  /** `load()`, run once per key within the batch; a failed load is forgotten (the next caller tries again). */
  once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let p = this.loads.get(key) as Promise<T> | undefined;
    if (!p) {
      p = load();
      this.loads.set(key, p);
      p.catch(() => this.loads.get(key) === p && this.loads.delete(key));
    }
    return p;
  }
}

/** A delivery's payload as an object; a damaged one becomes {} (renderers then fall back on the ref). */
export function parsePayload(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
