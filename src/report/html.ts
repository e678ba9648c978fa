// The report as one self-contained HTML page: inline CSS, inline SVG charts, no scripts and
// no external assets. Every string from an article goes through `escapeHtml`.
import type { Event, Figure, Report } from "../types.ts";
import { figureChart } from "./chart.ts";
import { escapeHtml } from "./escape.ts";
import { explainRule } from "./rule-words.ts";
import { figuresTableHtml } from "./figure-table.ts";
import {
  bestWords,
  citation,
  claimSummary,
  evidenceHead,
  isDisputed,
  documentName,
  eventSummary,
  pointWords,
  timelineNote,
  familiesOf,
  figureLabel,
  label,
  lineageNotes,
  qualified,
  relatedTitle,
  sourcesSummary,
  timeline,
  partNote,
  ruleLine,
  viewOf,
  type ReportView,
} from "./view.ts";

export { escapeHtml } from "./escape.ts";
const e = escapeHtml;

const CSS = `
:root{--ink:#1d232a;--muted:#5b6570;--line:#d9dee3;--bg:#fbfbf9;--accent:#1f5f8b;--agreed:#2e7d32;--updated:#8a5a00;--disputed:#b3261e}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 Georgia,"Times New Roman",serif}
header.top,main{max-width:60rem;margin:0 auto;padding:0 1.25rem}
header.top{padding-top:1.5rem;border-bottom:1px solid var(--line)}
header.top h1{font:600 1rem/1.2 system-ui,sans-serif;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);margin:0 0 .25rem}
.meta,.muted{color:var(--muted);font:14px/1.5 system-ui,sans-serif}
article.event{margin:2rem 0 3rem}
h2.headline{font-size:2rem;line-height:1.2;margin:.25rem 0 .75rem}
h3{font:700 .85rem/1.3 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);border-top:1px solid var(--line);padding-top:1rem;margin:2rem 0 .75rem}
p.summary{font-size:1.1rem}
table{border-collapse:collapse;width:100%;font:15px/1.4 system-ui,sans-serif}
th,td{text-align:left;padding:.45rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}
thead th{font-weight:600;color:var(--muted);font-size:13px}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.best{font-weight:700;font-size:1.15rem}
.status{display:inline-block;padding:.05rem .5rem;border-radius:1rem;font-size:12px;font-weight:600;color:#fff}
.status.agreed{background:var(--agreed)}.status.updated{background:var(--updated)}.status.disputed{background:var(--disputed)}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:1rem}
.charts figure{margin:0;background:#fff;border:1px solid var(--line);border-radius:6px;padding:.6rem .75rem}
.charts figcaption{font:600 14px/1.3 system-ui,sans-serif;margin-bottom:.25rem}
.charts ol{margin:.4rem 0 0;padding-left:1.1rem;font:13px/1.45 system-ui,sans-serif;color:var(--muted)}
svg.chart{display:block;width:100%;height:auto}
ul.plain{padding-left:1.1rem}
ul.quotes{list-style:none;padding:0}
ul.quotes li{margin:0 0 .9rem}
blockquote{margin:0;padding:.1rem 0 .1rem .8rem;border-left:3px solid var(--line)}
cite{display:block;font:13px/1.4 system-ui,sans-serif;color:var(--muted);font-style:normal;margin-left:.8rem}
.value{font:700 14px system-ui,sans-serif;color:var(--accent)}
.part{font:12px system-ui,sans-serif;color:var(--updated)}
details{margin:.4rem 0}details.text p{font-size:15px;margin:.4rem 0}summary{cursor:pointer;font:600 15px system-ui,sans-serif}
code{font:13px ui-monospace,Menlo,monospace;background:#eef1f4;padding:0 .25rem;border-radius:3px}
.rules{font:13px/1.45 system-ui,sans-serif;color:var(--muted)}
nav.contents ol{font:15px/1.5 system-ui,sans-serif;padding-left:1.4rem}nav.contents a{color:var(--accent)}
footer{max-width:60rem;margin:2rem auto;padding:1rem 1.25rem;border-top:1px solid var(--line)}
`;

export function renderHtml(report: Report): string {
  const view = viewOf(report);
  const events = report.events.map((ev) => eventArticle(view, ev)).join("\n");
  // Several events: a contents list first, each with its dates and headline figure.
  const contents =
    report.events.length < 2
      ? ""
      : `<nav class="contents"><h3>Events</h3><ol>${report.events
          .map((ev) => {
            const lead = ev.figures[0];
            const when = [ev.start, ev.end].filter(Boolean).filter((d, i, all) => all.indexOf(d) === i).join(" – ");
            return `<li><a href="#event-${e(ev.id)}">${e(ev.title)}</a> <span class="muted">${e(when)}${lead ? ` · ${e(figureLabel(lead).toLowerCase())}: ${e(bestWords(lead))}` : ""} · ${ev.documents.length} report${ev.documents.length === 1 ? "" : "s"}</span></li>`;
          })
          .join("")}</ol></nav>`;
  const problems =
    report.problems.length === 0
      ? ""
      : `<section class="problems"><h3>Inputs that could not be used</h3><ul class="plain">${report.problems.map((p) => `<li><code>${e(p.source)}</code>: ${e(p.reason)}</li>`).join("")}</ul></section>`;
  const title = report.events.length === 1 ? report.events[0].title : "crosscheck report";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(title)} · crosscheck</title>
<style>${CSS}</style>
</head>
<body>
<header class="top"><h1>crosscheck report</h1><p class="meta">Generated ${e(report.generatedAt)} from ${report.documents.length} report${report.documents.length === 1 ? "" : "s"} · ${report.events.length} event${report.events.length === 1 ? "" : "s"}</p></header>
<main>
${contents}
${events}
${problems}
</main>
<footer class="muted">Each figure's rules are explained beside it (hover a rule for its name); every quote is cited to its report and paragraph.</footer>
</body>
</html>
`;
}

function eventArticle(view: ReportView, event: Event): string {
  const parts: string[] = [];
  parts.push(`<article class="event" id="event-${e(event.id)}">`);
  parts.push(`<h2 class="headline">${e(event.title)}</h2>`);
  parts.push(`<p class="summary">${e(eventSummary(view, event))}</p>`);
  if (event.figures.length > 0) {
    parts.push(`<h3>Figures</h3>${figuresTableHtml(event.figures)}`);
    parts.push(`<h3>How the figures changed</h3><div class="charts">${event.figures.map((f) => chartCard(view, f)).join("")}</div>`);
    parts.push(`<h3>Why these figures</h3>`);
    for (const f of event.figures) {
      parts.push(`<details${f.status === "disputed" ? " open" : ""}><summary>${e(figureLabel(f))}: ${e(bestWords(f))} (${f.status})</summary><ul class="rules">${f.rules.map((r) => ruleItem(ruleLine(view, r))).join("")}</ul></details>`);
    }
  }
  for (const [heading, claims] of [["Disputed claims", event.assertions.filter(isDisputed)], ["Claims no report disputes", event.assertions.filter((a) => !isDisputed(a))]] as const) {
    if (claims.length === 0) continue;
    parts.push(`<h3>${heading}</h3><ul class="plain">`);
    for (const a of claims) {
      const evidence = (a.evidence ?? []).map((x) => {
        const where = citation(view, x);
        return `<li>${e(evidenceHead(x))}: “${e(x.quote)}” <span class="muted"><a href="#doc-${e(x.document)}">${e(where.document)}</a>, ${e(where.where)}</span></li>`;
      });
      parts.push(`<li>“${e(a.claim)}” (${e(a.kind ?? "other")}): ${e(claimSummary(a, event.actors))} <span class="muted">(${a.documents.map((d) => e(label(view, d))).join(", ")})</span>${evidence.length ? `<ul>${evidence.join("")}</ul>` : ""}</li>`);
    }
    parts.push(`</ul>`);
  }
  const attacked = event.actors.filter((a) => a.parts?.includes("target") && a.evidence?.length);
  if (attacked.length > 0) {
    parts.push(`<h3>Who or what was attacked</h3><ul class="plain">`);
    for (const a of attacked) {
      const evidence = a.evidence!.map((x) => {
        const where = citation(view, x);
        return `<li>“${e(x.quote)}” <span class="muted"><a href="#doc-${e(x.document)}">${e(where.document)}</a>, ${e(where.where)}</span></li>`;
      });
      parts.push(`<li>${e(a.name)}<ul>${evidence.join("")}</ul></li>`);
    }
    parts.push(`</ul>`);
  }
  if (event.figures.length > 0) {
    parts.push(`<h3>Quotes</h3>`);
    for (const f of event.figures) parts.push(quoteList(view, f));
  }
  if (event.related.length > 0) {
    parts.push(`<h3>Background events the reports mention</h3><ul class="plain">`);
    for (const r of event.related) {
      const figs = r.figures.map((f) => `${e(figureLabel(f).toLowerCase())}: ${e(bestWords(f))}`).join(", ");
      parts.push(`<li>${e(relatedTitle(r))}${figs ? `: ${figs}` : ""} <span class="muted">in ${r.documents.map((d) => e(label(view, d))).join(", ")}</span></li>`);
    }
    parts.push(`</ul>`);
  }
  const why = event.evidence.length ? `<p class="why">Why these reports are one event: ${e(event.evidence.join("; "))}.</p>` : "";
  parts.push(`<h3>Sources</h3><p>${e(sourcesSummary(view, event.documents))}.</p>${why}<ul class="plain">`);
  for (const family of familiesOf(view, event.documents)) {
    for (const id of family.members) {
      const d = view.documents.get(id);
      const notes = lineageNotes(view, id);
      parts.push(
        `<li id="doc-${e(id)}"><code>${e(label(view, id))}</code> ${e(documentName(view, id))}${d?.title ? ` “${d.url && /^https?:\/\//i.test(d.url) ? `<a href="${e(d.url)}">${e(d.title)}</a>` : e(d.title)}”` : d?.url && /^https?:\/\//i.test(d.url) ? ` <a href="${e(d.url)}">${e(d.url)}</a>` : ""}${d?.dateline ? `, ${e(d.dateline)}` : ""}${notes.length > 0 ? ` <span class="muted">· ${e(notes.join("; "))}</span>` : ""}<br><span class="muted">${e(d?.source ?? id)}</span>${d && d.text ? documentText(d.text) : ""}</li>`,
      );
    }
  }
  parts.push(`</ul></article>`);
  return parts.join("\n");
}

/** The cleaned article, folded away: what the quotes were taken from. */
function documentText(text: string): string {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== "");
  return `<details class="text"><summary>Text</summary>${paragraphs.map((p, i) => `<p><span class="muted">¶${i + 1}</span> ${e(p)}</p>`).join("")}</details>`;
}

function chartCard(view: ReportView, f: Figure): string {
  const steps = new Map<string, string[]>();
  // With the view: a value a later version replaced is marked, and a day's older version comes first.
  for (const p of timeline(f, view)) {
    const date = p.date ?? "undated";
    if (!steps.has(date)) steps.set(date, []);
    // As the Markdown timeline says it: the qualifier kept, and a replaced or repeated value marked.
    const note = timelineNote(view, p);
    steps.get(date)!.push(`${pointWords(p)} (${[...new Set(p.statements.map((s) => label(view, s.document)))].join(", ")}${note ? `; ${note}` : ""})`);
  }
  const items = [...steps.entries()].map(([d, v]) => `<li>${e(d)}: ${e(v.join(", "))}</li>`).join("");
  return `<figure><figcaption>${e(figureLabel(f))} <span class="status ${f.status}">${f.status}</span></figcaption>${figureChart(f)}<ol>${items}</ol></figure>`;
}

function quoteList(view: ReportView, f: Figure): string {
  const items = f.statements.map((s) => {
    const where = citation(view, s);
    const speaker = s.attribution ? e(s.attribution) : "the report itself";
    const note = partNote(s);
    const part = !note ? "" : ` <span class="part">${note.quoted ? `part “${e(note.words)}”` : `not a total${note.words ? ` (${e(note.words)})` : ""}`}${note.quoted ? ", not a total" : ""}</span>`;
    return `<li><span class="value">${e(qualified(s))}</span>${part}<blockquote>${e(s.quote)}</blockquote><cite>${speaker} · <a href="#doc-${e(s.document)}">${e(where.document)}</a>, ${e(where.where)}${s.reported ? ` · ${e(s.reported)}` : ""}</cite></li>`;
  });
  return `<details${f.status === "disputed" ? " open" : ""}><summary>${e(figureLabel(f))} (${f.statements.length} quote${f.statements.length === 1 ? "" : "s"})</summary><ul class="quotes">${items.join("")}</ul></details>`;
}

/** A rule line in words, its name kept as the tooltip ("copies-once"). */
function ruleItem(line: string): string {
  const rule = explainRule(line);
  if (!rule.meaning) return `<li>${e(line)}</li>`;
  return `<li title="${e(rule.name ?? "")}">${e(rule.meaning)} <span class="muted">(${e(rule.detail)})</span></li>`;
}
