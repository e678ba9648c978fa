// Clean: a SourceDocument in, a CleanDocument out: the body a reader should read, every
// character mapped back to the raw input, what was removed and why, and the metadata.
//
// Two passes over a set of documents: the first learns chrome across documents (a paragraph
// that recurs in reports that otherwise share little is the outlet's, not the story's); the
// second cleans each document.
import type { CleanDocument, SourceDocument } from "../types.ts";
import { MappedTextBuilder } from "../text/mapped.ts";
import { extractHtml } from "./html.ts";
import { detectLanguage } from "./language.ts";
import { learnChrome } from "./chrome-learner.ts";
import { cleanText } from "./text.ts";

export { ChromeLearner, learnChrome, type ChromeChange } from "./chrome-learner.ts";
export { splitBlocks } from "./text.ts";

/** Cleans one document on its own. */
export function cleanDocument(doc: SourceDocument, chrome: Set<string> = new Set()): CleanDocument {
  return doc.format === "html" ? cleanHtmlDocument(doc) : cleanText(doc, chrome);
}

/** Cleans a set of documents, learning cross-document chrome first. */
export function cleanDocuments(docs: SourceDocument[]): CleanDocument[] {
  const chrome = learnChrome(docs.filter((d) => d.format === "text"));
  return docs.map((doc) => cleanDocument(doc, chrome));
}

function cleanHtmlDocument(doc: SourceDocument): CleanDocument {
  const extraction = extractHtml(doc.raw);
  const builder = new MappedTextBuilder();
  for (const p of extraction.paragraphs) builder.add(p.text, p.toRaw);
  const { text, toRaw, paragraphs } = builder.build();
  const found = extraction.meta;
  return {
    ...doc,
    text,
    toRaw,
    paragraphs,
    removed: extraction.removed,
    meta: {
      title: doc.given.title ?? found.title ?? null,
      outlet: doc.given.outlet ?? found.outlet ?? null,
      wire: found.wire ?? null,
      dateline: found.dateline ?? null,
      published: doc.given.published ?? found.published ?? null,
      language: detectLanguage(text, found.language),
      extraction: extraction.method,
    },
  };
}
