// The events list page: a search box and filters (a GET form: no script), the matching
// events one compact card each, sort links and paging. The same query string as
// GET /api/events, read by event-query.ts, so a page's URL is also its API call and export.
import { bestWords, countryName, figureLabel, formatWhen, mainPlace, sourcesSummary, viewOf } from "../report/view.ts";
import type { Event, Report } from "../types.ts";
import { facetsOf, MEASURES, queryString, STATUSES, type EventPage, type EventQuery, type EventSort } from "./event-query.ts";
import { esc, page, seg, statusBadge } from "./layout.ts";
import { statusLine } from "./pages.ts";

const SORT_WORDS: Record<EventSort, string> = { relevance: "best match", newest: "newest", oldest: "oldest", toll: "largest toll", sources: "most sources" };
const EXPORTS: [string, string][] = [
  ["csv", "figures CSV"],
  ["statements", "statements CSV"],
  ["ucdp", "UCDP GED CSV"],
  ["acled", "ACLED CSV"],
  ["geojson", "GeoJSON"],
];

function options(values: string[], chosen: string | null, words: (v: string) => string = (v) => v): string {
  return [`<option value="">any</option>`, ...values.map((v) => `<option value="${esc(v)}"${v === chosen ? " selected" : ""}>${esc(words(v))}</option>`)].join("");
}

function searchForm(report: Report, query: EventQuery): string {
  const facets = facetsOf(report);
  const field = (name: string, labelText: string, control: string) => `<label><span>${labelText}</span>${control}</label>`;
  return `<form class="search" method="get" action="/" role="search">
<input type="search" name="q" value="${esc(query.q)}" placeholder="Search titles, places, groups and text" aria-label="Search">
<div class="filters">
${field("country", "Country", `<select name="country">${options(facets.countries, query.country, (c) => countryName(c) ?? c)}</select>`)}
${field("from", "From", `<input type="date" name="from" value="${esc(query.from ?? "")}">`)}
${field("to", "To", `<input type="date" name="to" value="${esc(query.to ?? "")}">`)}
${field("measure", "Figure", `<select name="measure">${options(MEASURES, query.measure)}</select>`)}
${field("status", "Status", `<select name="status">${options(STATUSES, query.status)}</select>`)}
${field("outlet", "Outlet", `<input type="text" name="outlet" list="outlets" value="${esc(query.outlet ?? "")}"><datalist id="outlets">${facets.outlets.map((o) => `<option value="${esc(o)}">`).join("")}</datalist>`)}
${query.sort === "newest" || query.sort === "relevance" ? "" : `<input type="hidden" name="sort" value="${esc(query.sort)}">`}
<button type="submit">Search</button> <a class="reset" href="/">Clear</a>
</div></form>`;
}

function eventCard(report: Report, event: Event): string {
  const view = viewOf(report);
  const when = formatWhen(event.start, event.end);
  const place = mainPlace(event);
  const country = countryName(place?.country ?? null);
  const where = place ? (country && country !== place.name ? `${place.name}, ${country}` : place.name) : null;
  const meta = [when ? when[0].toUpperCase() + when.slice(1) : "Date unknown", where, sourcesSummary(view, event.documents)].filter(Boolean).join(" · ");
  const figures = event.figures.slice(0, 4).map((f) => `<span class="fig">${esc(figureLabel(f))} <strong>${esc(bestWords(f))}</strong> ${statusBadge(f.status)}</span>`);
  const more = event.figures.length > 4 ? `<span class="muted">+${event.figures.length - 4} more</span>` : "";
  const line = figures.length ? `<p class="figs">${figures.join("")}${more}</p>` : "";
  return `<li class="card"><a class="title" href="/events/${seg(event.id)}">${esc(event.title)}</a><p class="meta">${esc(meta)}${figures.length ? "" : " · no casualty figures"}</p>${line}</li>`;
}

function pager(query: EventQuery, result: EventPage): string {
  if (result.pages <= 1) return "";
  const link = (n: number, text: string) => `<a href="/${esc(queryString(query, { page: n }))}"${n === result.page ? ' aria-current="page"' : ""}>${text}</a>`;
  const shown = [...new Set([1, result.page - 2, result.page - 1, result.page, result.page + 1, result.page + 2, result.pages])].filter((n) => n >= 1 && n <= result.pages).sort((a, b) => a - b);
  const parts: string[] = [];
  shown.forEach((n, i) => {
    if (i && n - shown[i - 1] > 1) parts.push(`<span class="gap">…</span>`);
    parts.push(link(n, String(n)));
  });
  const prev = result.page > 1 ? link(result.page - 1, "← Previous") : "";
  const next = result.page < result.pages ? link(result.page + 1, "Next →") : "";
  return `<nav class="pager" aria-label="Pages">${prev}${parts.join("")}${next}</nav>`;
}

/** The list page for a query already read, with its result; `error` when the query was wrong. */
export function eventsListPage(report: Report, query: EventQuery, result: EventPage, error: string | null = null): string {
  if (!report.documents.length) {
    const body = `<h1>Events</h1><div class="empty"><p>The store holds no reports yet.</p><p>Add some with <code>crosscheck ingest PATH...</code>, or post one article as JSON to <code>/api/documents</code>: <code>{"id", "text" or "html", "url", "published", "outlet", "title"}</code>.</p></div>`;
    return page({ title: "Events", body, status: statusLine(report), css: LIST_CSS });
  }
  const sorts = (Object.keys(SORT_WORDS) as EventSort[])
    .filter((s) => s !== "relevance" || query.q)
    .map((s) => (s === query.sort ? `<strong>${SORT_WORDS[s]}</strong>` : `<a href="/${esc(queryString(query, { sort: s, page: 1 }))}">${SORT_WORDS[s]}</a>`));
  const filtered = queryString({ ...query, page: 1, per: 20, sort: query.q ? "relevance" : "newest" });
  const exports = EXPORTS.map(([format, words]) => `<a href="/api/export/${format}${esc(filtered)}">${words}</a>`).join(" · ");
  const count = `${result.total} event${result.total === 1 ? "" : "s"}${result.total === report.events.length ? "" : ` of ${report.events.length}`}`;
  const from = (result.page - 1) * result.per + 1;
  const range = result.total > result.per ? `, ${from}–${Math.min(result.total, from + result.per - 1)} shown` : "";
  const list = result.events.length ? `<ol class="events">${result.events.map((e) => eventCard(report, e)).join("")}</ol>` : `<div class="empty"><p>No event matches. <a href="/">Clear the search and filters</a>.</p></div>`;
  const body = `<h1>Events</h1>
${searchForm(report, query)}
${error ? `<p class="error" role="alert">${esc(error)}</p>` : ""}
<div class="listbar"><span class="count">${esc(count + range)}</span><span class="sorts">Sort: ${sorts.join(" · ")}</span></div>
${list}
${pager(query, result)}
<p class="meta exports">Export these events: ${exports} (<a href="/openapi.json">API</a>)</p>
${problemsList(report)}`;
  return page({ title: query.q ? `“${query.q}” · Events` : "Events", body, status: statusLine(report), css: LIST_CSS });
}

function problemsList(report: Report): string {
  if (!report.problems.length) return "";
  const items = report.problems.slice(0, 50).map((p) => `<li><code>${esc(p.source)}</code>: ${esc(p.reason)}</li>`);
  const more = report.problems.length > 50 ? `<li class="muted">and ${report.problems.length - 50} more (see /api/report)</li>` : "";
  return `<details><summary>Inputs that could not be used (${report.problems.length})</summary><ul class="plain">${items.join("")}${more}</ul></details>`;
}

const LIST_CSS = `
form.search{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:1rem;margin:1rem 0;font:14px system-ui,sans-serif}
form.search input[type=search]{width:100%;font:17px system-ui,sans-serif;padding:.55rem .7rem;border:1px solid #b8c0c8;border-radius:6px}
.filters{display:flex;flex-wrap:wrap;gap:.6rem 1rem;align-items:flex-end;margin-top:.7rem}
.filters label{display:flex;flex-direction:column;gap:.15rem;color:var(--muted);font-weight:600;font-size:12px}
.filters select,.filters input{font:14px system-ui,sans-serif;padding:.3rem .4rem;border:1px solid #b8c0c8;border-radius:4px;min-width:8rem;color:var(--ink)}
.filters button{font:600 14px system-ui,sans-serif;padding:.4rem 1rem;border:0;border-radius:4px;background:var(--accent);color:#fff;cursor:pointer}
.filters a.reset{font-size:14px}
.listbar{display:flex;justify-content:space-between;flex-wrap:wrap;gap:.5rem;font:14px system-ui,sans-serif;color:var(--muted);margin:.5rem 0}
.listbar .count{font-weight:600;color:var(--ink)}
ol.events{list-style:none;padding:0;margin:0}
li.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.7rem 1rem;margin:.5rem 0}
li.card a.title{font:600 1.15rem/1.3 Georgia,serif;color:var(--ink);text-decoration:none}li.card a.title:hover{text-decoration:underline}
li.card p{margin:.2rem 0}p.figs{display:flex;flex-wrap:wrap;gap:.3rem 1.1rem;font:14px system-ui,sans-serif}
nav.pager{display:flex;gap:.35rem;flex-wrap:wrap;margin:1rem 0;font:14px system-ui,sans-serif}
nav.pager a{padding:.25rem .6rem;border:1px solid var(--line);border-radius:4px;text-decoration:none;background:var(--card)}
nav.pager a[aria-current=page]{background:var(--accent);color:#fff;border-color:var(--accent)}nav.pager .gap{padding:.25rem .2rem}
p.error{background:#fbeeee;border:1px solid #e4b4b0;border-radius:6px;padding:.5rem .8rem;font:14px system-ui,sans-serif}
`;
