// Test helpers: statements built by hand the way extraction should build them, from a
// sentence of a founding-corpus report (offsets into the real file) or from a sentence
// written for the test (offsets into that sentence).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CleanDocument, Extraction, Figure, Link, Statement } from "../../src/types.ts";
import { familiesOf } from "../../src/lineage/families.ts";
import { cleanDocumentFromText, handMadeStatement, type StatementFields } from "./documents.ts";
import { reconcileFigures } from "../../src/reconcile/index.ts";

const CORPUS = fileURLToPath(new URL("../../examples/balochistan-2026-02/", import.meta.url));
const rawCache = new Map<string, string>();

export function corpusRaw(document: string): string {
  if (!rawCache.has(document)) rawCache.set(document, readFileSync(`${CORPUS}${document}.txt`, "utf8"));
  return rawCache.get(document)!;
}

type Fields = StatementFields;

/**
 * A statement of `numberText` in `sentence`. With `document` naming a corpus file the
 * sentence must occur in it verbatim and the offsets point into the file.
 */
export function statement(document: string, sentence: string, numberText: string, fields: Fields, fromCorpus = false): Statement {
  const inSentence = sentence.indexOf(numberText);
  if (inSentence < 0) throw new Error(`"${numberText}" is not in "${sentence}"`);
  let base = 0;
  if (fromCorpus) {
    base = corpusRaw(document).indexOf(sentence);
    if (base < 0) throw new Error(`sentence not found in ${document}: "${sentence.slice(0, 60)}"`);
  }
  return handMadeStatement(document, sentence, base + inSentence, base + inSentence + numberText.length, fields, { start: inSentence, end: inSentence + numberText.length });
}

export const corpusStatement = (document: string, sentence: string, numberText: string, fields: Fields): Statement =>
  statement(document, sentence, numberText, fields, true);

export function link(a: string, b: string, relation: Link["relation"], newer: string | null = null): Link {
  return { a, b, relation, similarity: relation === "duplicate" ? 1 : 0.8, newer, changes: [] };
}

/** A cleaned document whose text is its raw input, one paragraph, for tests of stages after cleaning. */
export function cleanDocument(id: string, raw: string, meta: Partial<CleanDocument["meta"]> = {}): CleanDocument {
  return cleanDocumentFromText(id, raw, { meta, paragraphs: "whole" });
}

/** An extraction with nothing in it but what the test gives. */
export function extraction(document: string, fields: Partial<Omit<Extraction, "document">> = {}): Extraction {
  return { document, statements: [], places: [], actors: [], dates: [], assertions: [], background: [], eventKinds: [], ...fields };
}

/** Reconciles statements over the families lineage makes of hand-made links (and publication dates). */
export function reconcileOverLinks(statements: Statement[], links: Link[], options: { published?: Record<string, string | null> } = {}): Figure[] {
  return reconcileFigures(statements, familiesOf(links, options.published ?? {}));
}

/** The families of hand-made links, ordered by the documents' publication dates too. */
export function familiesOfDocuments(links: Link[], documents: CleanDocument[]) {
  return familiesOf(links, Object.fromEntries(documents.map((d) => [d.id, d.meta.published])));
}
