// The web app: pages for people, JSON for programs, one POST to add an article. The report
// behind them is updated after the store changes, behind the reads (see ReportCache): a read
// is answered from the last report, a write is stored and answered at once, and until the
// new report is in, pages say "updating" and every answer carries `X-Report-State: updating`.
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { oversizeReason } from "../ingest/index.ts";
import { ReportCache, versionedPut } from "../runs/index.ts";
import type { Store } from "../store/index.ts";
import { documentFromBody, MAX_BODY_BYTES } from "./api-documents.ts";
import { answerCache } from "./answer-cache.ts";
import { addEventRoutes } from "./api-events.ts";
import { changesRoutes } from "./changes-feed.ts";
import { documentPage } from "./document-page.ts";
import { CSP, esc, page } from "./layout.ts";
import { eventPage } from "./pages.ts";
import { writeGuard } from "./write-guard.ts";

export interface AppOptions {
  store: Store;
  /** The clock, for report timestamps and ingest times (tests pin it). */
  now: () => Date;
  /** Progress of report runs and server errors, one line each. */
  log?: (line: string) => void;
  /** The token every write must carry (write-guard.ts); without one writes are open. */
  token?: string;
  /** Host names the server answers to besides loopback (the --host it listens on). */
  hosts?: string[];
  /** The report behind the pages; by default one computed on this thread (startServer passes one on a worker). */
  reports?: ReportCache;
}

export function createApp(options: AppOptions): Hono {
  const { store, now } = options;
  const log = options.log ?? (() => {});
  const reports = options.reports ?? new ReportCache(store, now, { onProgress: (stage, message) => log(`${stage}: ${message}`), onError: (line) => log(`error: ${line}`) });
  const app = new Hono();

  app.use("*", async (c, next) => {
    await next();
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
    if (c.res.headers.get("Content-Type")?.startsWith("text/html")) c.header("Content-Security-Policy", CSP);
  });

  app.use("*", writeGuard({ token: options.token, hosts: options.hosts }));
  // Outside the notice, so that a kept answer is kept with it (keyed by the report state).
  app.use("*", answerCache(reports));

  app.use("*", async (c, next) => {
    await next();
    c.header("X-Report-State", reports.updating ? "updating" : "current");
    if (reports.updating && c.req.method === "GET" && c.res.headers.get("Content-Type")?.startsWith("text/html")) c.res = await withUpdatingNotice(c.res);
  });

  addEventRoutes(app, { store, reports });

  app.get("/events/:id", async (c) => {
    const current = await reports.get();
    const event = current.report.events.find((e) => e.id === c.req.param("id"));
    if (!event) return notFoundPage(c, `There is no event ${c.req.param("id")} in the current report.`);
    return c.html(eventPage(current.report, event, (id) => current.source(id)?.raw ?? null));
  });

  app.get("/documents/:id", async (c) => {
    const id = c.req.param("id");
    const current = await reports.get();
    const doc = current.report.documents.find((d) => d.id === id);
    const versions = await store.documentVersions(id);
    if (!doc && reports.updating && versions.length) return c.html(page({ title: "Updating", body: `<h1>Updating</h1><p>Document ${esc(id)} is stored; the report is being updated to take it in. This page will show it, and the event it belongs to, once the update is done.</p>` }), 202);
    if (!doc) {
      const problem = versions.length ? current.report.problems.find((p) => p.source === versions[versions.length - 1].source) : undefined;
      const why = versions.length ? `Document ${id} is stored but not in the report${problem ? `: ${problem.reason}` : ""}.` : `There is no document ${id} in the store.`;
      return notFoundPage(c, why);
    }
    return c.html(documentPage(current.report, doc, versions, current.cleanedDocument(id)));
  });

  app.route("/", changesRoutes(store));

  app.get("/api/report", async (c) => c.json((await reports.get()).report));

  app.get("/api/documents", async (c) => {
    const docs = await store.latestDocuments();
    return c.json({
      documents: docs.map((d) => ({ id: d.id, version: d.version, source: d.source, format: d.format, given: d.given, ingestedAt: d.ingestedAt, sha: d.sha })),
    });
  });

  app.post(
    "/api/documents",
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: `the body is larger than ${MAX_BODY_BYTES} bytes` }, 413) }),
    async (c) => {
      const parsed = documentFromBody(await c.req.text());
      if (parsed.error !== undefined) return c.json({ error: parsed.error }, 400);
      const oversize = oversizeReason(parsed.document.raw);
      if (oversize) return c.json({ error: oversize }, 413);
      // An id another source holds is a conflict unless the writer says this is its new version.
      // Saying so also stands for lineage's say: the writer knows its text better.
      const saysVersion = c.req.query("new-version") === "true";
      const put = await store.putDocuments([parsed.document], now().toISOString(), saysVersion ? { idClash: "version" } : versionedPut({ idClash: "refuse" }));
      // A text from the document's own source that is no version of it is kept under an id of its own.
      const id = put.renamed?.[0]?.[1] ?? parsed.document.id;
      if (put.conflicts?.length) return c.json({ error: put.rejected[0].reason }, 409);
      if (put.rejected.length) return c.json({ error: put.rejected[0].reason }, 400);
      const status = put.added.length ? "added" : put.versioned.length ? "version" : "unchanged";
      const versions = await store.documentVersions(id);
      const stored = versions.find((v) => v.raw === parsed.document.raw) ?? versions[versions.length - 1];
      const where = `/documents/${encodeURIComponent(id)}`;
      if (status === "unchanged") return c.json({ id, status, version: stored.version, sha: stored.sha, page: where }, 200);
      // Answered now; the report takes the document in behind the reads (its page says so meanwhile).
      reports.get({ fresh: true }).catch((error: Error) => log(`error: ${error.message}`));
      c.header("Location", where);
      const note = put.renamed?.[0] ? { note: `${put.renamed[0][2]}; stored as ${id}` } : {};
      return c.json({ id, status, version: stored.version, sha: stored.sha, page: where, report: "updating", ...note }, 201);
    },
  );

  app.notFound((c) => (c.req.path.startsWith("/api/") ? c.json({ error: `no such endpoint: ${c.req.method} ${c.req.path}` }, 404) : notFoundPage(c, `There is no page at ${c.req.path}.`)));

  app.onError((error, c) => {
    log(`error: ${c.req.method} ${c.req.path}: ${error.message}`);
    if (c.req.path.startsWith("/api/")) return c.json({ error: error.message }, 500);
    return c.html(page({ title: "Error", body: `<h1>Something went wrong</h1><p>${esc(error.message)}</p><p><a href="/">Back to the events</a></p>` }), 500);
  });

  return app;
}

/** The notice a page carries while the report behind it is being updated. */
const UPDATING_NOTICE = `<p class="updating" role="status"><strong>Updating:</strong> new reports are stored and being taken into the figures; this page shows the report before them.</p>`;

async function withUpdatingNotice(res: Response): Promise<Response> {
  const html = (await res.text()).replace("<main>\n", `<main>\n${UPDATING_NOTICE}\n`);
  const headers = new Headers(res.headers);
  headers.delete("Content-Length");
  return new Response(html, { status: res.status, headers });
}

function notFoundPage(c: Context, reason: string): Response {
  return c.html(page({ title: "Not found", body: `<h1>Not found</h1><p>${esc(reason)}</p><p><a href="/">Back to the events</a></p>` }), 404);
}
