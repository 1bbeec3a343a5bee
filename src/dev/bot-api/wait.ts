// Promise plumbing for waitFor/waitForBotMessage: one place for timeout, cleanup and
// cancellation when the server closes.

/** Cancel functions of waits in progress, so close() can reject them. */
export type PendingWaits = Set<(error: Error) => void>;

/**
 * `subscribe` starts watching and returns its cleanup; it calls `done` with the value or
 * `fail` with an error. Cleanup runs exactly once, whatever settles the promise.
 */
export function waitUntil<T>(
  pending: PendingWaits,
  timeoutMs: number,
  timeoutMessage: string | (() => string),
  subscribe: (done: (value: T) => void, fail: (error: Error) => void) => () => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let unsubscribe: (() => void) | undefined;
    let settled = false;
    const finish = (): void => {
      settled = true;
      clearTimeout(timer);
      unsubscribe?.();
      pending.delete(fail);
    };
    const fail = (error: Error): void => {
      if (settled) return;
      finish();
      reject(error);
    };
    const done = (value: T): void => {
      if (settled) return;
      finish();
      resolve(value);
    };
    const timer = setTimeout(() => fail(new Error(typeof timeoutMessage === "string" ? timeoutMessage : timeoutMessage())), timeoutMs);
    pending.add(fail);
    try {
      unsubscribe = subscribe(done, fail);
      // The subscription may have settled synchronously, before its cleanup was known.
      if (settled) unsubscribe();
    } catch (error) {
      fail(error as Error);
    }
  });
}
