// Clean: a SourceDocument in, a CleanDocument out: the body a reader should read, every
// character mapped back to the raw input, what was removed and why, and the metadata.
//
// Two passes over a set of documents: the first learns chrome across documents (a paragraph
// that recurs in reports that otherwise share little is the outlet's, not the story's); the
// second cleans each document.
import type { CleanDocument, SourceDocument } from "../types.ts";
import { guessLanguage } from "../text/language.ts";
import { MappedTextBuilder } from "../text/mapped.ts";
import { extractHtml } from "./html.ts";
import { cleanText, normalise, splitBlocks } from "./text.ts";

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
      language: found.language ?? guessLanguage(text),
    },
  };
}

/**
 * Paragraphs (of 8 words or more) that occur in two or more documents whose other text is
 * mostly different: the same appeal under two different stories. Copies and versions of one
 * story share most of their word trigrams, so their shared paragraphs are not taken as chrome.
 */
export function learnChrome(docs: SourceDocument[]): Set<string> {
  const paragraphsOf = docs.map((d) => splitBlocks(d.raw, d.bodyStart ?? 0).filter((b) => b.words >= 8).map((b) => normalise(b.text)));
  const holders = new Map<string, number[]>();
  paragraphsOf.forEach((list, i) => {
    for (const p of new Set(list)) {
      // Appended in place: copying the list for each holder made a footer in thousands of reports quadratic.
      const holding = holders.get(p);
      if (holding) holding.push(i);
      else holders.set(p, [i]);
    }
  });
  // Documents with the same paragraphs (exact repeats, common in feeds) are one content: their
  // trigrams are taken once, and a pair of contents is measured once per paragraph, since the
  // measure depends on nothing else. Without this, a story given twenty times cost 190 measures.
  const contentIds = new Map<string, number>();
  const contentOf = paragraphsOf.map((list) => {
    const key = list.join("\n");
    let id = contentIds.get(key);
    if (id === undefined) contentIds.set(key, (id = contentIds.size));
    return id;
  });
  const trigrams = new Map<number, Set<string>>();
  const trigramsOf = (i: number) => {
    const content = contentOf[i];
    if (!trigrams.has(content)) trigrams.set(content, wordTrigrams(paragraphsOf[i].join(" ")));
    return trigrams.get(content)!;
  };
  const chrome = new Set<string>();
  for (const [paragraph, docsWith] of holders) {
    if (docsWith.length < 2) continue;
    const own = wordTrigrams(paragraph);
    const measured = new Set<string>();
    const unrelated = pairs(docsWith).some(([a, b]) => {
      const [x, y] = [contentOf[a], contentOf[b]].sort((p, q) => p - q);
      // A pair of contents measured already for this paragraph was related, or `some` would have stopped.
      if (measured.has(`${x} ${y}`)) return false;
      measured.add(`${x} ${y}`);
      return sharedShare(trigramsOf(a), trigramsOf(b), own) < 0.3;
    });
    if (unrelated) chrome.add(paragraph);
  }
  return chrome;
}

function wordTrigrams(text: string): Set<string> {
  const words = text.split(" ");
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

/** The share of their other text (word trigrams outside `except`) two documents have in common. */
function sharedShare(a: Set<string>, b: Set<string>, except: Set<string>): number {
  let shared = 0;
  let sizeA = 0;
  let sizeB = 0;
  for (const t of a) {
    if (except.has(t)) continue;
    sizeA++;
    if (b.has(t)) shared++;
  }
  for (const t of b) if (!except.has(t)) sizeB++;
  return shared / Math.max(1, Math.min(sizeA, sizeB));
}

function pairs(xs: number[]): [number, number][] {
  const out: [number, number][] = [];
  // Bounded: a paragraph in hundreds of documents is chrome whatever the first few say.
  const head = xs.slice(0, 20);
  for (let i = 0; i < head.length; i++) for (let j = i + 1; j < head.length; j++) out.push([head[i], head[j]]);
  return out;
}
