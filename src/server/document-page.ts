// One document's page: the cleaned text with every cited number and its sentence highlighted
// (found through the statements' offsets into raw and cleaning's map from text to raw), what
// cleaning removed and why, how the document relates to others, and its original input.
import { documentName, figureLabel, label, qualified, viewOf } from "../report/view.ts";
import type { StoredDocument } from "../store/index.ts";
import type { CleanDocument, Event, Report, ReportDocument, Statement } from "../types.ts";
import { esc, page, seg, sourceLink } from "./layout.ts";
import { statusLine } from "./pages.ts";

/** A statement cited from this document, with the event and figure it counts towards. */
export interface Citation {
  statement: Statement;
  event: Event;
  figure: string;
}

export function citationsOf(report: Report, id: string): Citation[] {
  const out: Citation[] = [];
  const seen = new Set<string>();
  for (const event of report.events) {
    const figures = [...event.figures.map((f) => ({ f, name: figureLabel(f) })), ...event.related.flatMap((r) => r.figures.map((f) => ({ f, name: `${figureLabel(f)} (${r.title})` })))];
    for (const { f, name } of figures) {
      for (const s of f.statements) {
        const key = `${s.start}:${s.end}:${event.id}:${name}`;
        if (s.document !== id || seen.has(key)) continue;
        seen.add(key);
        out.push({ statement: s, event, figure: name });
      }
    }
  }
  return out.sort((a, b) => a.statement.start - b.statement.start);
}

const QUOTE = 1;
const NUMBER = 2;

/** Text indices whose raw offset falls in [start, end). */
function textRange(clean: CleanDocument, start: number, end: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < clean.toRaw.length; i++) {
    const r = clean.toRaw[i];
    if (r >= start && r < end) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first < 0 ? null : [first, last + 1];
}

/** Where a statement's sentence sits in the cleaned text: found there, else through raw. */
function quoteRange(clean: CleanDocument, s: Statement, number: [number, number]): [number, number] | null {
  const quote = s.quote.trim();
  if (!quote) return null;
  const inText = clean.text.lastIndexOf(quote, number[0]);
  if (inText >= 0 && inText + quote.length >= number[1]) return [inText, inText + quote.length];
  const inRaw = clean.raw.lastIndexOf(quote, s.start);
  if (inRaw >= 0 && inRaw + quote.length >= s.end) return textRange(clean, inRaw, inRaw + quote.length);
  return null;
}

/** The cleaned text as paragraphs, cited sentences and numbers marked, each number anchored `at-<raw start>`. */
export function highlightedText(clean: CleanDocument, citations: Citation[]): { html: string; found: Set<number> } {
  const flags = new Uint8Array(clean.text.length);
  const anchors = new Map<number, { id: string; title: string }>();
  const found = new Set<number>();
  for (const c of citations) {
    const s = c.statement;
    const number = textRange(clean, s.start, s.end);
    if (!number) continue;
    found.add(s.start);
    const sentence = quoteRange(clean, s, number);
    if (sentence) for (let i = sentence[0]; i < sentence[1]; i++) flags[i] |= QUOTE;
    for (let i = number[0]; i < number[1]; i++) flags[i] |= NUMBER;
    const title = `${c.figure}: ${qualified(s)}${s.attribution ? `, said ${s.attribution}` : ""}`;
    const prior = anchors.get(number[0]);
    anchors.set(number[0], { id: `at-${s.start}`, title: prior ? `${prior.title}; ${title}` : title });
  }
  const paragraphs = clean.paragraphs.length ? clean.paragraphs : [{ start: 0, end: clean.text.length }];
  const html = paragraphs.map((p) => `<p>${markRuns(clean.text, flags, anchors, p.start, p.end)}</p>`);
  return { html: html.join("\n"), found };
}

function markRuns(text: string, flags: Uint8Array, anchors: Map<number, { id: string; title: string }>, start: number, end: number): string {
  let out = "";
  let i = start;
  while (i < end) {
    let j = i + 1;
    while (j < end && flags[j] === flags[i] && !anchors.has(j)) j++;
    const chunk = esc(text.slice(i, j));
    const f = flags[i];
    if (f & NUMBER) {
      const anchor = anchors.get(i);
      const attrs = anchor ? ` id="${esc(anchor.id)}" title="${esc(anchor.title)}"` : "";
      out += f & QUOTE ? `<mark class="quote"><mark class="num"${attrs}>${chunk}</mark></mark>` : `<mark class="num"${attrs}>${chunk}</mark>`;
    } else if (f & QUOTE) out += `<mark class="quote">${chunk}</mark>`;
    else out += chunk;
    i = j;
  }
  return out;
}

const SHOWN_REMOVAL = 240;
const HEADLINE_CHARS = 90;

/** The document's title, else its opening words: a reader recognises a story by its lede. */
function headline(doc: ReportDocument): string {
  if (doc.title?.trim()) return doc.title.trim();
  const lede = doc.text.trim().split(/\n/)[0] ?? "";
  if (!lede) return `Document ${doc.id}`;
  if (lede.length <= HEADLINE_CHARS) return lede;
  const cut = lede.slice(0, HEADLINE_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 40 ? cut.lastIndexOf(" ") : HEADLINE_CHARS)}…`;
}

export function documentPage(report: Report, doc: ReportDocument, versions: StoredDocument[], clean: CleanDocument | null): string {
  const view = viewOf(report);
  const citations = citationsOf(report, doc.id);
  const newest = versions[versions.length - 1];
  const metaParts = [doc.outlet, doc.wire ? `wire: ${doc.wire}` : null, doc.dateline, doc.published ? `published ${doc.published}` : null, `language ${doc.language}`].filter(Boolean) as string[];

  const events = report.events.filter((e) => e.documents.includes(doc.id));
  const eventLinks = events.map((e) => `<a href="/events/${seg(e.id)}">${esc(e.title)}</a>${e.start ? ` <span class="muted">(${esc(e.start)})</span>` : ""}`);
  const links = report.lineage
    .filter((l) => l.a === doc.id || l.b === doc.id)
    .map((l) => {
      const other = l.a === doc.id ? l.b : l.a;
      const order = l.newer === doc.id ? "this one is newer" : l.newer === other ? "this one is older" : "order unknown";
      const changes = l.changes.length ? `; ${l.changes.length} sentence${l.changes.length === 1 ? "" : "s"} changed` : "";
      return `<li>${esc(l.relation)} of <a href="/documents/${seg(other)}">${esc(label(view, other))}</a> <span class="muted">${esc(`${documentName(view, other)} · ${Math.round(l.similarity * 100)}% alike, ${order}${changes}`)}</span></li>`;
    });

  let textHtml: string;
  let found = new Set<number>();
  if (clean) {
    const highlighted = highlightedText(clean, citations);
    textHtml = highlighted.html;
    found = highlighted.found;
  } else {
    textHtml = doc.text
      .split(/\n\s*\n/)
      .map((p) => `<p>${esc(p)}</p>`)
      .join("\n");
  }

  const cited = citations.map((c) => {
    const s = c.statement;
    const target = found.has(s.start) ? `<a href="#at-${s.start}">${esc(qualified(s))}</a>` : esc(qualified(s));
    return `<li>${target} — ${esc(c.figure)}${s.attribution ? `, said ${esc(s.attribution)}` : ""} · <a href="/events/${seg(c.event.id)}">${esc(c.event.title)}</a></li>`;
  });

  const removed = doc.removed.map((r) => {
    const text = r.text.length > SHOWN_REMOVAL ? `${r.text.slice(0, SHOWN_REMOVAL)}…` : r.text;
    return `<tr><td>${esc(String(r.reason))}</td><td>${esc(text)}</td><td class="num">${r.start}–${r.end}</td></tr>`;
  });

  const versionItems = versions.map(
    (v) => `<li>version ${v.version}, stored ${esc(v.ingestedAt)} from ${sourceLink(v.source, v.given.url)} <span class="muted">sha256 ${esc(v.sha.slice(0, 12))}…${v === newest ? " (shown)" : ""}</span></li>`,
  );

  const body = `<p class="crumbs"><a href="/">← All events</a>${events.length === 1 ? ` · <a href="/events/${seg(events[0].id)}">${esc(events[0].title)}</a>` : ""}</p>
<h1>${esc(headline(doc))}</h1>
<p class="meta">${esc(metaParts.join(" · "))}<br>Document <code>${esc(doc.id)}</code> from ${sourceLink(doc.source, newest?.given.url)}</p>
${eventLinks.length ? `<p class="meta">Part of ${eventLinks.join(", ")}</p>` : '<p class="meta">Not part of any event.</p>'}
${links.length ? `<h3>Related reports</h3><ul class="plain">${links.join("")}</ul>` : ""}
<h3>Text</h3>
<p class="legend"><mark class="quote">sentence cited</mark> <mark class="num">number counted</mark> — the text as cleaning left it.</p>
<div class="article">${textHtml}</div>
${cited.length ? `<h3>Numbers cited from this report</h3><ul class="plain">${cited.join("")}</ul>` : ""}
<h3>What cleaning removed</h3>
${removed.length ? `<table class="removed"><thead><tr><th>Why</th><th>Text</th><th class="num">Raw offsets</th></tr></thead><tbody>${removed.join("")}</tbody></table>` : '<p class="muted">Nothing.</p>'}
<h3>Stored versions</h3>
<ul class="plain">${versionItems.join("")}</ul>
<details><summary>Original input (${newest ? newest.raw.length : 0} characters, exactly as stored)</summary><pre class="raw">${esc(newest?.raw ?? "")}</pre></details>`;
  return page({ title: headline(doc), body, status: statusLine(report) });
}
