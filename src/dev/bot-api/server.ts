// HTTP front of the fake Bot API: routes /bot<token>/<method> and /file/bot<token>/<path>
// on loopback and answers in Telegram's response shape.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parseBody, readBody } from "./body.ts";
import { BotApiError, fromInjected, notFound, unauthorized } from "./errors.ts";
import { findMethod } from "./methods/index.ts";
import { Params } from "./params.ts";
import type { World } from "./state.ts";

const TOKEN_PATTERN = /^\d+:[\w-]+$/;

export interface HttpServerHandle {
  apiRoot: string;
  port: number;
  close(): Promise<void>;
}

export async function startHttpServer(world: World, host: string, port: number): Promise<HttpServerHandle> {
  const inFlight = new Set<Promise<void>>();
  const server = createServer((req, res) => {
    const task = handleRequest(world, req, res).finally(() => inFlight.delete(task));
    inFlight.add(task);
  });
  // Keep-alive sockets would otherwise keep the process (and vitest) alive after close.
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const hostInUrl = host.includes(":") ? `[${host}]` : host;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Pending long polls answer [] right away; give in-flight responses a moment to flush.
      world.updates.close();
      await settleWithin([...inFlight], 1000);
      server.closeAllConnections();
      await closed;
    })();
    return closing;
  };

  return { apiRoot: `http://${hostInUrl}:${address.port}`, port: address.port, close };
}

async function handleRequest(world: World, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = decodeURIComponent(url.pathname);

    const fileRoute = /^\/file\/bot([^/]+)\/(.+)$/.exec(path);
    if (fileRoute) return serveFile(world, fileRoute[1]!, fileRoute[2]!, res);

    const route = /^\/bot([^/]+)\/([^/]*)$/.exec(path);
    if (!route) throw notFound();
    const [, token, method] = route as unknown as [string, string, string];
    if (!TOKEN_PATTERN.test(token)) throw unauthorized();
    world.useToken(token);

    const body = parseBody(req.headers["content-type"], await readBody(req), url.searchParams);
    world.recordCall({
      method,
      params: body.fields,
      time: Date.now(),
      files: [...body.files.values()].map((file) => ({ partName: file.partName, fileName: file.fileName, size: file.content.length })),
    });

    const handler = findMethod(method);
    if (!handler) throw notFound();
    const failure = world.takeFailure(method);
    if (failure) throw fromInjected(failure);

    const abort = new AbortController();
    res.on("close", () => {
      if (!res.writableEnded) abort.abort();
    });
    const result = await handler({ params: new Params(body.fields, body.files), world, signal: abort.signal });
    sendJson(res, 200, { ok: true, result });
  } catch (err) {
    if (err instanceof BotApiError) {
      sendJson(res, err.httpStatus, err.toBody());
    } else {
      const message = err instanceof Error ? err.message : String(err);
      sendJson(res, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${message}` });
    }
  }
}

function serveFile(world: World, token: string, filePath: string, res: ServerResponse): void {
  if (!TOKEN_PATTERN.test(token)) throw unauthorized();
  const file = world.files.getByPath(filePath);
  if (!file) throw notFound();
  res.writeHead(200, {
    "content-type": file.mimeType ?? "application/octet-stream",
    "content-length": file.content.length,
  });
  res.end(file.content);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.writableEnded || res.destroyed) return;
  const payload = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(payload) });
  res.end(payload);
}

async function settleWithin(tasks: Promise<unknown>[], ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  await Promise.race([Promise.allSettled(tasks), timeout]);
  clearTimeout(timer);
}
