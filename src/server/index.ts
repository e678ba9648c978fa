// The server: a store in, web pages and a JSON API out (see README.md for the routes).
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { ReportCache, ReportWorker, workerCanOpen } from "../runs/index.ts";
import { createApp, type AppOptions } from "./app.ts";

export { createApp, type AppOptions } from "./app.ts";
export { documentFromBody, MAX_BODY_BYTES } from "./api-documents.ts";
export { newWriteToken, writeTokenFor } from "./write-guard.ts";

export interface ServerOptions extends AppOptions {
  /** 127.0.0.1 unless told otherwise: the pages are for this machine until someone opens them up. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /**
   * The path or URL `store` was opened from: the report is then computed on a worker thread
   * that opens it too, so reads never wait on it. Without one (or for an in-memory SQLite
   * database, which another thread cannot open) it is computed on this thread, still behind
   * the reads but sharing their thread.
   */
  storeTarget?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts serving; resolves once the port is open, rejects with a clear reason when it cannot be. */
export function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  const log = options.log ?? (() => {});
  let closing = false;
  const worker = options.storeTarget && workerCanOpen(options.storeTarget) ? new ReportWorker(options.storeTarget, (stage, message) => log(`${stage}: ${message}`)) : null;
  const reports =
    options.reports ??
    new ReportCache(options.store, options.now, {
      compute: worker ? (generatedAt) => worker.compute(generatedAt) : undefined,
      onProgress: (stage, message) => log(`${stage}: ${message}`),
      // An update cut short by close() is no error worth a line.
      onError: (line) => closing || log(`error: ${line}`),
    });
  const app = createApp({ ...options, reports, hosts: [...(options.hosts ?? []), host] });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 8080 });
    server.once("error", (error: NodeJS.ErrnoException) => {
      void worker?.close();
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
            closing = true;
            if ("closeAllConnections" in server) server.closeAllConnections();
            server.close(() => done());
          }).then(() => worker?.close()),
      });
    });
  });
}
