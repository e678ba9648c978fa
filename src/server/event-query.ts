// The events list's search, filters, sort and paging: one reading of the query string for the
// page (`/`) and the API (`GET /api/events`), so both list the same events for the same URL.
// Full-text search comes from the store (FTS5 / PostgreSQL); the filters are applied to the
// report in memory, which at 1,000 events costs well under a millisecond a request.
import { viewOf } from "../report/view.ts";
import type { Event, Figure, Measure, Report } from "../types.ts";

export const SORTS = ["newest", "oldest", "toll", "sources", "relevance"] as const;
export type EventSort = (typeof SORTS)[number];
export const MEASURES: Measure[] = ["killed", "injured", "missing", "abducted", "arrested", "displaced", "attackers", "affected"];
export const STATUSES: Figure["status"][] = ["agreed", "updated", "disputed"];
export const PER_PAGE = 20;
export const MAX_PER_PAGE = 100;

export interface EventQuery {
  q: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string | null;
  /** "YYYY-MM-DD": events that overlap [from, to]; an event of unknown date matches no range. */
  from: string | null;
  to: string | null;
  measure: Measure | null;
  status: Figure["status"] | null;
  /** Part of an outlet's name, any case. */
  outlet: string | null;
  sort: EventSort;
  page: number;
  per: number;
}

export type ParsedQuery = { query: EventQuery; error?: undefined } | { query?: undefined; error: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The query string to an EventQuery, or the reason it cannot be one (naming the parameter). */
export function parseEventQuery(params: URLSearchParams): ParsedQuery {
  const text = (name: string): string | null => params.get(name)?.trim() || null;
  const q = text("q") ?? "";
  const country = text("country")?.toUpperCase() ?? null;
  if (country !== null && !/^[A-Z]{2}$/.test(country)) return { error: `country must be a two-letter ISO 3166-1 code such as PK, not "${country}"` };
  const from = text("from");
  const to = text("to");
  for (const [name, day] of [["from", from], ["to", to]] as const) {
    if (day !== null && (!DAY.test(day) || Number.isNaN(Date.parse(day)))) return { error: `${name} must be a date written YYYY-MM-DD, not "${day}"` };
  }
  const measure = text("measure");
  if (measure !== null && !MEASURES.includes(measure as Measure)) return { error: `measure must be one of ${MEASURES.join(", ")}, not "${measure}"` };
  const status = text("status");
  if (status !== null && !STATUSES.includes(status as Figure["status"])) return { error: `status must be one of ${STATUSES.join(", ")}, not "${status}"` };
  const sort = text("sort") ?? (q ? "relevance" : "newest");
  if (!SORTS.includes(sort as EventSort)) return { error: `sort must be one of ${SORTS.join(", ")}, not "${sort}"` };
  const page = whole(text("page") ?? "1");
  if (page === null || page < 1) return { error: `page must be a whole number from 1, not "${text("page")}"` };
  const per = whole(text("per") ?? String(PER_PAGE));
  if (per === null || per < 1 || per > MAX_PER_PAGE) return { error: `per must be a whole number from 1 to ${MAX_PER_PAGE}, not "${text("per")}"` };
  return { query: { q, country, from, to, measure: measure as Measure | null, status: status as Figure["status"] | null, outlet: text("outlet"), sort: sort as EventSort, page, per } };
}

const whole = (value: string): number | null => (/^\d{1,9}$/.test(value) ? Number(value) : null);

export interface EventPage {
  /** Events matching the search and filters, before paging. */
  total: number;
  page: number;
  per: number;
  pages: number;
  events: Event[];
}

/**
 * The page of events a query asks for. `matches` is the store's full-text answer for `q`
 * (ids, best first), or null when there is no search.
 */
export function selectEvents(report: Report, query: EventQuery, matches: string[] | null): EventPage {
  const view = viewOf(report);
  const outletOf = new Map(report.documents.map((d) => [d.id, (d.outlet ?? "").toLowerCase()]));
  const rank = matches ? new Map(matches.map((id, i) => [id, i])) : null;
  const outlet = query.outlet?.toLowerCase() ?? null;
  const chosen = report.events.filter(
    (e) =>
      (!rank || rank.has(e.id)) &&
      (!query.country || e.places.some((p) => p.country === query.country)) &&
      overlaps(e, query.from, query.to) &&
      (!query.measure || e.figures.some((f) => f.measure === query.measure)) &&
      (!query.status || e.figures.some((f) => f.status === query.status)) &&
      (!outlet || e.documents.some((d) => outletOf.get(d)?.includes(outlet))),
  );
  const sources = (e: Event): number => new Set(e.documents.map(view.familyOf)).size;
  const day = (e: Event): string => e.start ?? e.end ?? "";
  const order: Record<EventSort, (a: Event, b: Event) => number> = {
    newest: (a, b) => day(b).localeCompare(day(a)),
    oldest: (a, b) => (day(a) || "~").localeCompare(day(b) || "~"),
    toll: (a, b) => tollOf(b) - tollOf(a),
    sources: (a, b) => sources(b) - sources(a),
    relevance: (a, b) => (rank?.get(a.id) ?? 0) - (rank?.get(b.id) ?? 0),
  };
  // Ties keep the report's order (largest events first), so a page never shuffles on reload.
  const sorted = chosen.map((e, i) => ({ e, i })).sort((a, b) => order[query.sort](a.e, b.e) || a.i - b.i).map((x) => x.e);
  const pages = Math.max(1, Math.ceil(sorted.length / query.per));
  const start = (query.page - 1) * query.per;
  return { total: sorted.length, page: query.page, per: query.per, pages, events: sorted.slice(start, start + query.per) };
}

/** The event's toll: its largest best figure of people killed (0 when none was reported). */
export function tollOf(event: Event): number {
  return event.figures.filter((f) => f.measure === "killed").reduce((n, f) => Math.max(n, f.best), 0);
}

function overlaps(event: Event, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  const start = event.start ?? event.end;
  const end = event.end ?? event.start;
  if (!start || !end) return false;
  return (!from || end >= from) && (!to || start <= to);
}

/** The countries and outlets the report's events have, for the filter choices. */
export function facetsOf(report: Report): { countries: string[]; outlets: string[] } {
  const countries = new Set<string>();
  for (const e of report.events) for (const p of e.places) if (p.country) countries.add(p.country);
  const outlets = new Set<string>();
  for (const d of report.documents) if (d.outlet) outlets.add(d.outlet);
  return { countries: [...countries].sort(), outlets: [...outlets].sort((a, b) => a.localeCompare(b)) };
}

/** The query back as a query string, with `change` applied: for paging and sort links. */
export function queryString(query: EventQuery, change: Partial<EventQuery> = {}): string {
  const q = { ...query, ...change };
  const params = new URLSearchParams();
  if (q.q) params.set("q", q.q);
  for (const name of ["country", "from", "to", "measure", "status", "outlet"] as const) if (q[name]) params.set(name, String(q[name]));
  if (q.sort !== (q.q ? "relevance" : "newest")) params.set("sort", q.sort);
  if (q.per !== PER_PAGE) params.set("per", String(q.per));
  if (q.page !== 1) params.set("page", String(q.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}
