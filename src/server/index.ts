// The server: a store in, web pages and a JSON API out (see README.md for the routes).
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp, type AppOptions } from "./app.ts";

export { createApp, type AppOptions } from "./app.ts";
export { documentFromBody, MAX_BODY_BYTES } from "./api-documents.ts";
export { newWriteToken } from "./write-guard.ts";

export interface ServerOptions extends AppOptions {
  /** 127.0.0.1 unless told otherwise: the pages are for this machine until someone opens them up. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts serving; resolves once the port is open, rejects with a clear reason when it cannot be. */
export function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  const app = createApp({ ...options, hosts: [...(options.hosts ?? []), host] });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 8080 });
    server.once("error", (error: NodeJS.ErrnoException) => {
      const why = error.code === "EADDRINUSE" ? `port ${options.port} is already in use on ${host}; choose another with --port` : error.code === "EACCES" ? `no permission to listen on ${host}:${options.port}` : error.message;
      reject(new Error(`cannot serve: ${why}`));
    });
    server.once("listening", () => {
      const port = (server.address() as AddressInfo).port;
      const shown = host.includes(":") ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${port}/`,
        port,
        close: () =>
          new Promise<void>((done) => {
            if ("closeAllConnections" in server) server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
