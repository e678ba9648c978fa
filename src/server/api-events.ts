// The events list page and the JSON API over events and documents: the list with search,
// filters, sort and paging,
// one event, one document, and every export. Errors are JSON `{ error }` with the reason,
// naming the parameter at fault. The routes are described in openapi.ts.
import type { Context, Hono } from "hono";
import { FORMATS, MEDIA_TYPES, render, type Format } from "../report/render.ts";
import type { ReportCache, CurrentReport } from "../runs/index.ts";
import type { Store } from "../store/index.ts";
import type { Report } from "../types.ts";
import { parseEventQuery, selectEvents, type EventPage, type EventQuery } from "./event-query.ts";
import { eventsListPage } from "./events-list.ts";
import { OPENAPI } from "./openapi.ts";

export interface EventRoutesOptions {
  store: Store;
  reports: ReportCache;
}

/** The events a query string selects (search by the store, the rest in memory), or the reason it is wrong. */
export async function eventsFor(store: Store, current: CurrentReport, params: URLSearchParams, paged = true): Promise<{ query: EventQuery; page: EventPage } | { error: string }> {
  const parsed = parseEventQuery(params);
  if (parsed.error !== undefined) return { error: parsed.error };
  const query = paged ? parsed.query : { ...parsed.query, page: 1, per: Number.MAX_SAFE_INTEGER };
  const matches = query.q ? await store.searchEvents(current.runId, query.q) : null;
  return { query, page: selectEvents(current.report, query, matches) };
}

/** The document fields a list needs, without their text. */
export function documentSummary(report: Report, id: string) {
  const d = report.documents.find((doc) => doc.id === id);
  if (!d) return { id, page: `/documents/${encodeURIComponent(id)}` };
  return { id, source: d.source, title: d.title, outlet: d.outlet, wire: d.wire, published: d.published, page: `/documents/${encodeURIComponent(id)}` };
}

const badRequest = (c: Context, error: string) => c.json({ error }, 400);

export function addEventRoutes(app: Hono, { store, reports }: EventRoutesOptions): void {
  app.get("/openapi.json", (c) => c.json(OPENAPI));

  // The list page reads the same query as /api/events; a wrong one shows every event and says why.
  app.get("/", async (c) => {
    const current = await reports.get();
    const found = await eventsFor(store, current, new URL(c.req.url).searchParams);
    if (!("error" in found)) return c.html(eventsListPage(current.report, found.query, found.page));
    const fallback = (await eventsFor(store, current, new URLSearchParams())) as { query: EventQuery; page: EventPage };
    return c.html(eventsListPage(current.report, fallback.query, fallback.page, found.error), 400);
  });

  app.get("/api/events", async (c) => {
    const current = await reports.get();
    const found = await eventsFor(store, current, new URL(c.req.url).searchParams);
    if ("error" in found) return badRequest(c, found.error);
    return c.json({ generatedAt: current.report.generatedAt, ...found.page });
  });

  app.get("/api/events/:id", async (c) => {
    const { report } = await reports.get();
    const id = c.req.param("id");
    const event = report.events.find((e) => e.id === id);
    if (!event) return c.json({ error: `there is no event ${id} in the current report` }, 404);
    return c.json({ generatedAt: report.generatedAt, event, documents: event.documents.map((d) => documentSummary(report, d)) });
  });

  app.get("/api/documents/:id", async (c) => {
    const { report } = await reports.get();
    const id = c.req.param("id");
    const versions = await store.documentVersions(id);
    const document = report.documents.find((d) => d.id === id);
    if (!document) {
      const why = versions.length ? `document ${id} is stored but not in the report (cleaning or extraction could not use it)` : `there is no document ${id} in the store`;
      return c.json({ error: why }, 404);
    }
    const event = report.events.find((e) => e.documents.includes(id)) ?? null;
    const statements = report.events.flatMap((e) => e.figures.flatMap((f) => f.statements.filter((s) => s.document === id)));
    return c.json({
      generatedAt: report.generatedAt,
      document,
      event: event?.id ?? null,
      statements,
      lineage: report.lineage.filter((l) => l.a === id || l.b === id),
      family: (report.families ?? []).find((f) => f.members.includes(id)) ?? null,
      versions: versions.map((v) => ({ version: v.version, sha: v.sha, source: v.source, ingestedAt: v.ingestedAt, format: v.format, given: v.given })),
    });
  });

  app.get("/api/export/:format", async (c) => {
    const format = c.req.param("format");
    if (!FORMATS.includes(format as Format)) return c.json({ error: `no export format ${format}: one of ${FORMATS.join(", ")}` }, 404);
    const current = await reports.get();
    const found = await eventsFor(store, current, new URL(c.req.url).searchParams, false);
    if ("error" in found) return badRequest(c, found.error);
    const chosen = new Set(found.page.events.map((e) => e.id));
    // The report keeps its order of events; only those the filters chose are exported.
    const report: Report = { ...current.report, events: current.report.events.filter((e) => chosen.has(e.id)) };
    const extension = { json: "json", md: "md", html: "html", csv: "csv", statements: "csv", ucdp: "csv", acled: "csv", geojson: "geojson" }[format as Format];
    c.header("Content-Type", MEDIA_TYPES[format as Format]);
    c.header("Content-Disposition", `attachment; filename="crosscheck-${format}.${extension}"`);
    return c.body(render(report, format as Format));
  });
}
