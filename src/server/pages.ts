// One event's page, server-rendered from the report (the list is events-list.ts).
import { figureChart } from "../report/chart.ts";
import { rangeCell } from "../report/figure-table.ts";
import { bestWords, countryName, documentName, eventSummary, figureLabel, formatDay, formatWhen, label, lineageNotes, listWords, qualified, sourcesSummary, viewOf, type ReportView } from "../report/view.ts";
import type { Event, Figure, Report, Statement } from "../types.ts";
import { eventMap, MAP_CSS } from "./event-map.ts";
import { figureTimeline, rulesList, SECTIONS_CSS, sourceGrid } from "./event-sections.ts";
import { esc, page, seg, statusBadge } from "./layout.ts";
import { DIFF_CSS, lineageSection } from "./version-diff.ts";

export function statusLine(report: Report): string {
  const n = report.documents.length;
  return esc(`${report.events.length} event${report.events.length === 1 ? "" : "s"} · ${n} report${n === 1 ? "" : "s"} · made ${report.generatedAt.slice(0, 16).replace("T", " ")} UTC`);
}

/** The quote with the number's words marked, when they can be found in it. */
export function quoteWithNumber(s: Statement, raw: string | null): string {
  const quote = s.quote;
  if (raw) {
    const at = raw.lastIndexOf(quote, s.start);
    if (at >= 0 && s.end <= at + quote.length) {
      const a = s.start - at;
      const b = s.end - at;
      return `${esc(quote.slice(0, a))}<mark class="num">${esc(quote.slice(a, b))}</mark>${esc(quote.slice(b))}`;
    }
    const words = raw.slice(s.start, s.end);
    const inQuote = words ? quote.indexOf(words) : -1;
    if (inQuote >= 0) {
      return `${esc(quote.slice(0, inQuote))}<mark class="num">${esc(words)}</mark>${esc(quote.slice(inQuote + words.length))}`;
    }
  }
  return esc(quote);
}

function statementRows(view: ReportView, statements: Statement[], raws: (id: string) => string | null): string {
  const rows = statements.map((s) => {
    const doc = view.documents.get(s.document);
    const scope = s.scope === "partial" ? ` <span class="muted">(part${s.scopeText ? `: ${esc(s.scopeText)}` : ""})</span>` : "";
    const docLink = `<a href="/documents/${seg(s.document)}#at-${s.start}">${esc(label(view, s.document))}</a>`;
    const docName = doc ? `<div class="muted">${esc(documentName(view, s.document))}</div>` : "";
    return `<tr><td class="num">${esc(qualified(s))}${scope}</td><td class="quote">${quoteWithNumber(s, raws(s.document))}</td><td>${s.attribution ? esc(s.attribution) : '<span class="muted">not attributed</span>'}</td><td class="num">${s.reported ? esc(s.reported) : "—"}</td><td>${docLink}${docName}</td></tr>`;
  });
  return `<table class="statements"><thead><tr><th class="num">Value</th><th>Quote</th><th>Said by</th><th class="num">Reported</th><th>Document</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function figureBlock(view: ReportView, f: Figure, index: number, raws: (id: string) => string | null): string {
  // Every number with its qualifier ("nearly 200", "at least 18 to 33"), as in the report.
  const range = f.low === f.high ? "" : `, stated as ${rangeCell(f)}`;
  const asOf = f.asOf ? ` as of ${formatDay(f.asOf)}` : "";
  return `<div id="figure-${index + 1}">
<h4>${esc(figureLabel(f))}: ${esc(bestWords(f))} ${statusBadge(f.status)}</h4>
<div class="figure"><div>
<p class="meta">${esc(`Best figure ${bestWords(f)}${asOf}${range}; ${f.sources} independent source${f.sources === 1 ? "" : "s"}, ${f.statements.length} statement${f.statements.length === 1 ? "" : "s"}.`)}</p>
${figureTimeline(view, f)}
${rulesList(f, index)}
</div>${figureChart(f)}</div>
${statementRows(view, f.statements, raws)}
</div>`;
}

export function eventPage(report: Report, event: Event, raws: (id: string) => string | null): string {
  const view = viewOf(report);
  const when = formatWhen(event.start, event.end);
  const places = event.places.map((p) => {
    const country = countryName(p.country);
    const located = p.lat === null ? `; not geocoded${p.near ? `, nearest place named: ${esc(p.near)}` : ""}` : "";
    return `${esc(p.name)}${country && country !== p.name ? `, ${esc(country)}` : ""} <span class="muted">(${p.mentions} mention${p.mentions === 1 ? "" : "s"}${located})</span>`;
  });
  const actors = event.actors.map((a) => {
    const others = a.aliases.filter((x) => x !== a.name);
    return `${esc(a.name)} <span class="muted">(${esc(a.kind.replace("_", " "))}${others.length ? `; also “${esc(others.join("”, “"))}”` : ""})</span>`;
  });
  const facts = `<dl class="facts">
<dt>What</dt><dd>${esc(whatText(event))}</dd>
<dt>When</dt><dd>${when ? esc(when[0].toUpperCase() + when.slice(1)) : '<span class="muted">not stated</span>'}</dd>
<dt>Where</dt><dd>${places.length ? places.join("; ") : '<span class="muted">not stated</span>'}</dd>
<dt>Who</dt><dd>${actors.length ? actors.join("; ") : '<span class="muted">no one named</span>'}</dd>
</dl>`;
  const figures = event.figures.map((f, i) => figureBlock(view, f, i, raws)).join("\n");
  const map = eventMap(event);
  const assertions = event.assertions.map((a) => {
    const docs = a.documents.map((d) => `<a href="/documents/${seg(d)}">${esc(label(view, d))}</a>`).join(", ");
    return `<li><strong>${esc(a.claim)}</strong><div class="muted">Said by ${esc(listWords(a.by) || "unnamed sources")}${a.disputedBy.length ? `; denied by ${esc(listWords(a.disputedBy))}` : ""} · ${docs}</div></li>`;
  });
  const related = event.related.map((r) => {
    const docs = r.documents.map((d) => `<a href="/documents/${seg(d)}">${esc(label(view, d))}</a>`).join(", ");
    const figs = r.figures.map((f) => `${esc(figureLabel(f))}: ${esc(bestWords(f))}`).join("; ");
    return `<li><strong>${esc(r.title)}</strong>${r.when ? ` <span class="muted">(${esc(r.when)})</span>` : ""}${figs ? ` — ${figs}` : ""}<div class="muted">Mentioned in ${docs}</div></li>`;
  });
  const reports = event.documents.map((id) => {
    const d = view.documents.get(id);
    const notes = lineageNotes(view, id);
    return `<li><a href="/documents/${seg(id)}">${esc(d?.title ?? label(view, id))}</a> <span class="muted">${esc(documentName(view, id))}${notes.length ? ` · ${esc(notes.join("; "))}` : ""}</span></li>`;
  });
  const body = `<p class="crumbs"><a href="/">← All events</a></p>
<h1>${esc(event.title)}</h1>
<p class="summary">${esc(eventSummary(view, event))}</p>
${facts}
${map ? `<figure class="map">${map}<figcaption class="muted">Places the reports name, sized by mentions (outlines: Natural Earth via world-atlas).</figcaption></figure>` : ""}
${sourceGrid(view, event)}
<h3>Figures</h3>
${event.figures.length ? figures : '<p class="muted">No figures were reported.</p>'}
${assertions.length ? `<h3>Claims</h3><ul class="plain">${assertions.join("")}</ul>` : ""}
${related.length ? `<h3>Earlier events the reports mention</h3><ul class="plain">${related.join("")}</ul>` : ""}
${lineageSection(view, event)}
<h3>Reports</h3>
<p class="meta">${esc(sourcesSummary(view, event.documents))}.</p>
<ul class="plain">${reports.join("")}</ul>`;
  return page({ title: event.title, body, status: statusLine(report), css: MAP_CSS + SECTIONS_CSS + DIFF_CSS });
}

/** "33 people killed (updated), 177 militants killed": the figures in a line. */
function whatText(event: Event): string {
  const parts = event.figures.map((f) => `${figureLabel(f)}: ${bestWords(f)}${f.status === "agreed" ? "" : ` (${f.status})`}`);
  return parts.length ? parts.join("; ") : "No figures were reported.";
}
