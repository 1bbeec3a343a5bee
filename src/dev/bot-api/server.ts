// HTTP front of the fake Bot API on loopback; routing and answers live in dispatch.ts.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readBody } from "./body.ts";
import { dispatch } from "./dispatch.ts";
import { ConnectionReset } from "./errors.ts";
import type { World } from "./state.ts";

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
  const abort = new AbortController();
  res.on("close", () => {
    if (!res.writableEnded) abort.abort();
  });
  let result: Awaited<ReturnType<typeof dispatch>>;
  try {
    result = await dispatch(world, {
      url: req.url ?? "/",
      contentType: req.headers["content-type"],
      body: () => readBody(req),
      signal: abort.signal,
    });
  } catch (err) {
    if (!(err instanceof ConnectionReset)) throw err;
    req.socket.destroy(); // an injected reset: the client sees the connection drop
    return;
  }
  if ("file" in result) {
    if (res.writableEnded || res.destroyed) return;
    res.writeHead(200, { "content-type": result.file.mimeType, "content-length": result.file.content.length });
    res.end(result.file.content);
  } else {
    sendJson(res, result.status, result.json);
  }
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
