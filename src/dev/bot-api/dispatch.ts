// Transport-independent routing of the fake Bot API: /bot<token>/<method> and
// /file/bot<token>/<path> answered in Telegram's response shape. The HTTP server and the
// in-process `fetch` both go through here, so they behave identically.
import { parseBody } from "./body.ts";
import { BotApiError, ConnectionReset, fromInjected, notFound, unauthorized, type InjectedFailure } from "./errors.ts";
import { findMethod } from "./methods/index.ts";
import { Params } from "./params.ts";
import type { World } from "./state.ts";

const TOKEN_PATTERN = /^\d+:[\w-]+$/;

export interface DispatchRequest {
  /** Request URL, absolute or just path and query, e.g. /bot123:abc/sendMessage?chat_id=1 */
  url: string;
  contentType: string | undefined;
  /** Read only once the route is known, so routing errors answer without reading it. */
  body: Buffer | (() => Promise<Buffer>);
  /** Aborted when the client goes away (ends a pending long poll). */
  signal?: AbortSignal;
}

export type DispatchResult =
  | { status: number; json: unknown }
  | { status: 200; file: { content: Buffer; mimeType: string } };

export async function dispatch(world: World, request: DispatchRequest): Promise<DispatchResult> {
  try {
    const url = new URL(request.url, "http://localhost");
    const path = decodeURIComponent(url.pathname);

    const fileRoute = /^\/file\/bot([^/]+)\/(.+)$/.exec(path);
    if (fileRoute) return serveFile(world, fileRoute[1]!, fileRoute[2]!);

    const route = /^\/bot([^/]+)\/([^/]*)$/.exec(path);
    if (!route) throw notFound();
    const [, token, method] = route as unknown as [string, string, string];
    if (!TOKEN_PATTERN.test(token)) throw unauthorized();
    world.useToken(token);

    const raw = typeof request.body === "function" ? await request.body() : request.body;
    const body = parseBody(request.contentType, raw, url.searchParams);
    world.recordCall({
      method,
      params: body.fields,
      time: Date.now(),
      files: [...body.files.values()].map((file) => ({ partName: file.partName, fileName: file.fileName, size: file.content.length })),
    });

    const handler = findMethod(method);
    if (!handler) throw notFound();
    const signal = request.signal ?? new AbortController().signal;
    const failure = world.takeFailure(method, body);
    if (failure) {
      await injectedDelay(failure, signal);
      if (failure.reset) throw new ConnectionReset();
      throw fromInjected(failure);
    }

    const result = await handler({ params: new Params(body.fields, body.files), world, signal });
    return { status: 200, json: { ok: true, result } };
  } catch (err) {
    if (err instanceof ConnectionReset) throw err; // the transport drops the connection
    if (err instanceof BotApiError) return { status: err.httpStatus, json: err.toBody() };
    const message = err instanceof Error ? err.message : String(err);
    return { status: 500, json: { ok: false, error_code: 500, description: `Internal Server Error: ${message}` } };
  }
}

function serveFile(world: World, token: string, filePath: string): DispatchResult {
  if (!TOKEN_PATTERN.test(token)) throw unauthorized();
  const file = world.files.getByPath(filePath);
  if (!file) throw notFound();
  return { status: 200, file: { content: file.content, mimeType: file.mimeType ?? "application/octet-stream" } };
}

/** Waits out an injected failure's delay or hang; ends early when the client aborts. */
function injectedDelay(failure: InjectedFailure, signal: AbortSignal): Promise<void> {
  if (!failure.hang && !failure.delayMs) return Promise.resolve();
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = failure.hang ? undefined : setTimeout(done, failure.delayMs);
    signal.addEventListener("abort", done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });
}
