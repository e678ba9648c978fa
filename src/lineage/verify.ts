// Verifying one candidate pair exactly, and the view of a report verification reads. Shared
// by the batch call (findLineage) and the kept index (lineage-index.ts).
import type { CleanDocument, Link } from "../types.ts";
import { changesBetween, classify, gatherEvidence, newerOf, sharesStory, type DocumentView } from "./align.ts";
import { splitSentences, type Sentence } from "./text.ts";

/** Verify one candidate pair exactly; null when the two share no story text. */
export function verifyPair(a: DocumentView, b: DocumentView): Link | null {
  const evidence = gatherEvidence(a, b);
  if (!sharesStory(a, b, evidence)) return null;
  const relation = classify(a, b, evidence);
  const newer = newerOf(a, b, evidence, relation);
  const coverage = a.wordCount <= b.wordCount ? evidence.coverageA : evidence.coverageB;
  const meanAligned = evidence.pairs.reduce((sum, pair) => sum + pair.similarity, 0) / Math.max(1, evidence.pairs.length);
  let changes: Link["changes"] = [];
  if (relation === "version") {
    const aIsOlder = newer !== a.id;
    const pairs = evidence.pairs.map((pair) => (aIsOlder ? { old: pair.a, new: pair.b } : { old: pair.b, new: pair.a }));
    changes = aIsOlder ? changesBetween(a, b, pairs) : changesBetween(b, a, pairs);
  }
  // Copies and versions: 5-shingle Jaccard. Rewrites share few shingles, so theirs is the
  // sentence-alignment score: share of the smaller report aligned, times how alike the pairs are.
  const similarity = relation === "rewrite" ? coverage * meanAligned : evidence.jaccard;
  return { a: a.id, b: b.id, relation, similarity: round(similarity), newer, changes };
}

/** Build the view verification reads from a clean document. */
export function viewOf(doc: CleanDocument, shingles: Uint32Array): DocumentView {
  const sentences = sentencesOf(doc);
  return {
    id: doc.id,
    text: doc.text,
    published: doc.meta.published,
    shingles,
    sentences,
    wordCount: sentences.reduce((sum, sentence) => sum + sentence.words.length, 0),
  };
}

/** Sentences numbered by the clean stage's paragraphs when it gave them, else by lines. */
export function sentencesOf(doc: CleanDocument): Sentence[] {
  const sentences = splitSentences(doc.text);
  const paragraphs = doc.paragraphs ?? [];
  if (paragraphs.length === 0) return sentences;
  let p = 0;
  for (const sentence of sentences) {
    while (p < paragraphs.length - 1 && paragraphs[p].end <= sentence.start) p++;
    sentence.paragraph = p;
  }
  return sentences;
}

/** A verdict on two other reports of the same contents, given to `a` and `b`. */
export function relabelled(link: Link, fromA: string, fromB: string, a: string, b: string): Link {
  const newer = link.newer === fromA ? a : link.newer === fromB ? b : null;
  return { ...link, a, b, newer };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
