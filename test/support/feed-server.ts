// A web server on 127.0.0.1 for the tests of fetching, feeds and `watch`: routes set (and
// changed between polls) by the test, every request recorded. Nothing here, nor in the tests
// that use it, reaches anything but loopback.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Answered 304 when the request's If-None-Match names it. */
  etag?: string;
  /** Never answers (for timeouts). */
  hang?: boolean;
}

export interface FeedServer {
  /** The server's origin, "http://127.0.0.1:PORT". */
  origin: string;
  url(path: string): string;
  routes: Map<string, Route>;
  requests: { path: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

export async function startFeedServer(routes: Record<string, Route> = {}): Promise<FeedServer> {
  const table = new Map(Object.entries(routes));
  const requests: FeedServer["requests"] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? "/";
    requests.push({ path, headers: req.headers });
    const route = table.get(path);
    if (!route) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    if (route.hang) return;
    if (route.etag && req.headers["if-none-match"] === route.etag) {
      res.writeHead(304, { ETag: route.etag }).end();
      return;
    }
    res.writeHead(route.status ?? 200, { ...(route.etag ? { ETag: route.etag } : {}), ...(route.headers ?? {}) });
    res.end(route.body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    routes: table,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port with nothing listening: a server opened and closed again. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
