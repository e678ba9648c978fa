// report: the contract object (contract/report.schema.json) and its renderings as
// Markdown, one self-contained HTML page, and CSV. Pure: the run gives `generatedAt`.
import type { CleanDocument, Event, Family, Figure, Link, Message, Problem, Report, ReportDocument, Statement } from "../types.ts";
import { bestStatement } from "./view.ts";
export { renderMarkdown } from "./markdown.ts";
export { renderHtml } from "./html.ts";
export { renderCsv } from "./csv.ts";
export { FORMATS, MEDIA_TYPES, render, renderChunks, type Format } from "./render.ts";

export interface BuildReportInput {
  documents: CleanDocument[];
  links: Link[];
  /** Lineage's families of the same links. */
  families: Family[];
  events: Event[];
  problems: Problem[];
  generatedAt: string;
}

/**
 * The report as the contract has it: plain JSON values only (no typed arrays, no shared
 * references), every contract field present, extra fields (rules, sources, evidence,
 * statements' rule and inferred) kept.
 */
export function buildReport(input: BuildReportInput): Report {
  return {
    version: 1,
    generatedAt: input.generatedAt,
    documents: input.documents.map(reportDocument),
    lineage: input.links.map((l) => ({
      a: l.a,
      b: l.b,
      relation: l.relation,
      similarity: clamp01(l.similarity),
      newer: l.newer ?? null,
      changes: (l.changes ?? []).map((c) => ({ before: c.before, after: c.after })),
    })),
    families: input.families.map((f) => ({
      id: f.id,
      members: [...f.members],
      relations: f.relations.map((r) => ({ a: r.a, b: r.b, relation: r.relation })),
      newest: [...f.newest],
      original: [...f.original],
      later: f.later.map(([older, newer]): [string, string] => [older, newer]),
      versions: f.versions.map(([older, newer]): [string, string] => [older, newer]),
      dated: f.dated.map(([older, newer]): [string, string] => [older, newer]),
    })),
    events: input.events.map(reportEvent),
    problems: input.problems.map((p) => ({ ...messageOf(p), source: p.source, fatal: true })),
  };
}

/** The article's address: given with the input, or the source itself when it is one. */
function urlOf(d: CleanDocument): string | null {
  const given = d.given?.url ?? null;
  if (given) return given;
  return /^https?:\/\//i.test(d.source) ? d.source.replace(/#.*$/, "") : null;
}

/** "www.dawn.com" -> "dawn.com": the outlet when nothing else names it. */
function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

function reportDocument(d: CleanDocument): ReportDocument {
  const url = urlOf(d);
  return {
    id: d.id,
    source: d.source,
    url,
    title: d.meta.title ?? null,
    // Metadata, JSON-LD, og:site_name and the outlet's own chrome come through cleaning; the URL's host is the last resort.
    outlet: d.meta.outlet ?? hostOf(url),
    wire: d.meta.wire ?? null,
    dateline: d.meta.dateline ?? null,
    published: d.meta.published ?? null,
    language: d.meta.language,
    text: d.text,
    removed: d.removed.map((r) => ({ text: r.text, reason: r.reason, start: r.start, end: r.end })),
    messages: d.messages.map(messageOf),
  };
}

/** A message as plain JSON: the optional fields only where they are set. */
function messageOf(m: Message): Message {
  const out: Message = { stage: m.stage, rule: m.rule, reason: m.reason };
  if (m.start !== undefined) out.start = m.start;
  if (m.end !== undefined) out.end = m.end;
  if (m.fatal !== undefined) out.fatal = m.fatal;
  if (m.source !== undefined) out.source = m.source;
  return out;
}

function reportEvent(e: Event): Event {
  return {
    id: e.id,
    title: e.title,
    documents: [...e.documents],
    start: e.start,
    end: e.end,
    places: e.places.map((p) => ({ name: p.name, country: p.country, lat: p.lat, lon: p.lon, mentions: p.mentions, ...(p.near ? { near: p.near } : {}) })),
    actors: e.actors.map((a) => ({ name: a.name, aliases: [...a.aliases], kind: a.kind, ...(a.parts?.length ? { parts: [...a.parts] } : {}), ...(a.evidence?.length ? { evidence: a.evidence.map((x) => ({ ...x, place: x.place && { ...x.place } })) } : {}) })),
    figures: e.figures.map(reportFigure),
    assertions: e.assertions.map((a) => ({ claim: a.claim, kind: a.kind, by: [...a.by], disputedBy: [...a.disputedBy], documents: [...a.documents], evidence: a.evidence.map((x) => ({ ...x, place: x.place && { ...x.place } })) })),
    related: e.related.map((r) => ({ title: r.title, when: r.when, documents: [...r.documents], figures: r.figures.map(reportFigure) })),
    evidence: [...e.evidence],
  };
}

function reportFigure(f: Figure): Figure {
  return {
    measure: f.measure,
    group: f.group,
    best: f.best,
    ...(bestStatement(f) ? { bestQualifier: bestStatement(f)!.qualifier } : {}),
    low: f.low,
    high: f.high,
    asOf: f.asOf,
    status: f.status,
    rules: [...f.rules],
    sources: f.sources,
    statements: f.statements.map(reportStatement),
  };
}

function reportStatement(s: Statement): Statement {
  return {
    document: s.document,
    measure: s.measure,
    group: s.group,
    value: s.value,
    qualifier: s.qualifier,
    scope: s.scope,
    scopeText: s.scopeText,
    attribution: s.attribution,
    speaker: s.speaker ? { ...s.speaker } : null,
    cues: { change: s.cues.change, scope: s.cues.scope, vague: s.cues.vague },
    place: s.place ? { paragraph: s.place.paragraph, sentence: s.place.sentence } : null,
    reported: s.reported,
    quote: s.quote,
    start: s.start,
    end: s.end,
    rule: s.rule,
    inferred: [...s.inferred],
    background: s.background,
    ...(s.role ? { role: s.role, roleRule: s.roleRule } : {}),
  };
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
