// Cleaned documents built by hand for the tests of the stages after cleaning: the text is
// the raw input itself (every offset maps to itself), so a test states exactly what a stage
// gets. For documents as the pipeline really cleans them, use `cleanDocument` of
// src/pipeline.ts.
import type { CleanDocument, DocumentMeta, Removal, Span, Statement } from "../../src/types.ts";
import { describeSpeaker } from "../../src/extract/attribution.ts";
import { cuesOf } from "../../src/extract/cues.ts";

export interface HandMadeOptions {
  meta?: Partial<DocumentMeta>;
  source?: string;
  /** How the text falls into paragraphs: at every line ("lines", the default), at blank lines, or one paragraph. */
  paragraphs?: "lines" | "blank-lines" | "whole";
  removed?: Removal[];
}

const PARAGRAPHS = { lines: /[^\n]+/g, "blank-lines": /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g, whole: /[\s\S]+/g };

export function cleanDocumentFromText(id: string, raw: string, options: HandMadeOptions = {}): CleanDocument {
  const toRaw = Int32Array.from({ length: raw.length }, (_, i) => i);
  const paragraphs: Span[] = [];
  for (const m of raw.matchAll(PARAGRAPHS[options.paragraphs ?? "lines"])) paragraphs.push({ start: m.index!, end: m.index! + m[0].length });
  return {
    id,
    source: options.source ?? `${id}.txt`,
    raw,
    format: "text",
    given: {},
    messages: [],
    text: raw,
    toRaw,
    paragraphs,
    removed: options.removed ?? [],
    meta: { title: null, outlet: null, wire: null, dateline: null, published: null, language: "en", ...options.meta },
  };
}

/** The fields a hand-made statement must name; every other field has a plain default. */
export type StatementFields = Pick<Statement, "measure" | "group" | "value"> & Partial<Omit<Statement, "measure" | "group" | "value">>;

/**
 * A statement built by hand: an exact total, unattributed, cited at `start`-`end` of its
 * document. Unless given, its speaker and cues are read from `attribution` and `quote` the
 * way extraction reads them.
 */
export function handMadeStatement(document: string, quote: string, start: number, end: number, fields: StatementFields, inQuote: { start: number; end: number } | null = null): Statement {
  const attribution = fields.attribution ?? null;
  return {
    speaker: describeSpeaker(attribution),
    // The number's own words are not known here: only the qualifier says it is an estimate.
    // Without the number's place in the quote (`inQuote`), the whole quote is its clause.
    cues: cuesOf(quote, inQuote, "", fields.qualifier ?? "exact", fields.scopeText ?? null),
    place: null,
    document,
    qualifier: "exact",
    scope: "total",
    scopeText: null,
    attribution: null,
    reported: null,
    quote,
    start,
    end,
    rule: "hand-made",
    inferred: [],
    background: null,
    ...fields,
  };
}
