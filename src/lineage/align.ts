// Exact verification of a candidate pair: shingle overlap, a one-to-one sentence alignment,
// then the relation, which report is newer, and what changed between versions.
import type { Link, LinkRelation } from "../types.ts";
import { StemPostings } from "./stem-postings.ts";
import { sentenceKey, type Sentence } from "./text.ts";
import { maxOf, sortedIntersectionSize } from "../arrays.ts";

/** What verification needs of one document. */
export interface DocumentView {
  id: string;
  text: string;
  published: string | null;
  /** Sorted distinct hashes of word 5-shingles. */
  shingles: Uint32Array;
  sentences: Sentence[];
  /** Words in all sentences. */
  wordCount: number;
}

/** Thresholds, each with why. */
export const THRESHOLDS = {
  /** Two sentences say the same thing (possibly reworded) from this Dice overlap of stems. */
  aligned: 0.5,
  /** ...and share at least this many stems: "All have denied it." says too little to match. */
  alignedMinShared: 3,
  /** Plainly the same text: no further evidence needed. */
  sameTextJaccard: 0.5,
  /**
   * A version keeps most of both reports' wording: 5-shingle Jaccard from here. (Containment or
   * a few verbatim sentences made "versions" of follow-ups sharing one paragraph, at 0.03.)
   */
  versionJaccard: 0.3,
  /** A short report kept nearly word for word inside a longer one shares its story from here. */
  versionContainment: 0.5,
  /** Or most aligned sentences are nearly word for word: copied text, though not most of it. */
  copiedShare: 0.6,
  verbatim: 0.8,
  /** A duplicate: nearly all shingles shared, or only chrome-sized differences. */
  duplicateJaccard: 0.9,
  duplicateLeftover: 0.15,
  /** A shared block must be more than a stray sentence or two; a reworded one, more still. */
  minAligned: 3,
  minAlignedReworded: 4,
  /** A rewrite retells most of its source; an independent report of the same event shares a few facts. */
  minCoverageReworded: 0.4,
  /** Share of the smaller report (in words) that must align with the other. */
  minCoverage: 0.3,
  /** Above this share a single-block overlap is the story itself, not shared chrome. */
  blockCoverage: 0.6,
} as const;

interface AlignedPair {
  a: number;
  b: number;
  similarity: number;
}

export interface PairEvidence {
  jaccard: number;
  containment: number;
  pairs: AlignedPair[];
  /** Share of each report's words in aligned sentences. */
  coverageA: number;
  coverageB: number;
  /** Distinct paragraphs holding aligned sentences, the larger of the two reports' counts. */
  spread: number;
}

/** One-to-one sentence alignment, best pairs first, through an inverted index of stems (bounded: stem-postings.ts). */
export function alignSentences(left: Sentence[], right: Sentence[], threshold: number = THRESHOLDS.aligned): AlignedPair[] {
  const postings = new StemPostings(right).addAll();
  const scored: AlignedPair[] = [];
  const shared = new Map<number, number>();
  left.forEach((sentence, a) => {
    postings.sharedStems(sentence, shared);
    for (const [b, count] of shared) {
      if (count < THRESHOLDS.alignedMinShared) continue;
      const dice = (2 * count) / (sentence.stems.length + right[b].stems.length);
      if (dice >= threshold) scored.push({ a, b, similarity: dice });
    }
  });
  // Ties go to the pair closest in position, so repeated sentences pair up in order.
  scored.sort((x, y) => y.similarity - x.similarity || Math.abs(x.a - x.b) - Math.abs(y.a - y.b));
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: AlignedPair[] = [];
  for (const pair of scored) {
    if (usedA.has(pair.a) || usedB.has(pair.b)) continue;
    usedA.add(pair.a);
    usedB.add(pair.b);
    pairs.push(pair);
  }
  return pairs.sort((x, y) => x.a - y.a);
}

export function gatherEvidence(a: DocumentView, b: DocumentView): PairEvidence {
  const shared = sortedIntersectionSize(a.shingles, b.shingles);
  const jaccard = shared / Math.max(1, a.shingles.length + b.shingles.length - shared);
  const containment = shared / Math.max(1, Math.min(a.shingles.length, b.shingles.length));
  const pairs = alignSentences(a.sentences, b.sentences);
  const wordsIn = (doc: DocumentView, pick: (pair: AlignedPair) => number): number =>
    pairs.reduce((sum, pair) => sum + doc.sentences[pick(pair)].words.length, 0) / Math.max(1, doc.wordCount);
  const paragraphs = (doc: DocumentView, pick: (pair: AlignedPair) => number): number =>
    new Set(pairs.map((pair) => doc.sentences[pick(pair)].paragraph)).size;
  return {
    jaccard,
    containment,
    pairs,
    coverageA: wordsIn(a, (pair) => pair.a),
    coverageB: wordsIn(b, (pair) => pair.b),
    spread: Math.max(paragraphs(a, (pair) => pair.a), paragraphs(b, (pair) => pair.b)),
  };
}

/**
 * Whether the two reports share text as copies, versions or rewrites do. Shared text must be
 * more than a couple of sentences and either cover most of the smaller report or run through
 * several paragraphs: leftover chrome (a donation appeal two pages of one outlet both carry)
 * is one block in each, while a copied or rewritten story runs through the body.
 */
export function sharesStory(a: DocumentView, b: DocumentView, evidence: PairEvidence): boolean {
  if (evidence.jaccard >= THRESHOLDS.sameTextJaccard) return true;
  const coverage = a.wordCount <= b.wordCount ? evidence.coverageA : evidence.coverageB;
  // A short report kept nearly word for word in another is a copy however few its sentences.
  if (evidence.containment >= THRESHOLDS.versionContainment && coverage >= THRESHOLDS.blockCoverage) return true;
  if (evidence.pairs.length < THRESHOLDS.minAligned || coverage < THRESHOLDS.minCoverage) return false;
  if (evidence.spread < 2 && coverage < THRESHOLDS.blockCoverage) return false;
  // Reports of like events share stock sentences ("was taken to the county jail and released"):
  // a mostly reworded overlap needs more of them.
  if (isVersionLike(evidence) || copiesText(evidence)) return true;
  return evidence.pairs.length >= THRESHOLDS.minAlignedReworded && coverage >= THRESHOLDS.minCoverageReworded;
}

function isVerbatim(a: Sentence, b: Sentence): boolean {
  return sentenceKey(a) === sentenceKey(b);
}

/**
 * Most of the wording kept on both sides: an edit of the same text rather than a rewrite. A
 * follow-up that repeats a few paragraphs word for word (the background of a story two days
 * on), or a short bulletin the longer story quotes whole, shares some sentences but not most
 * of them: those are retellings (rewrites) or nothing, never versions.
 */
function isVersionLike(evidence: PairEvidence): boolean {
  return evidence.jaccard >= THRESHOLDS.versionJaccard;
}

/** Text copied from the other (contained in it, or aligned mostly word for word), however little of it. */
function copiesText(evidence: PairEvidence): boolean {
  const near = evidence.pairs.filter((pair) => pair.similarity >= THRESHOLDS.verbatim).length;
  return evidence.containment >= THRESHOLDS.versionContainment || (evidence.pairs.length > 0 && near / evidence.pairs.length >= THRESHOLDS.copiedShare);
}

export function classify(a: DocumentView, b: DocumentView, evidence: PairEvidence): LinkRelation {
  if (!isVersionLike(evidence)) return "rewrite";
  // One changed figure in a long text is still an update, however high the overlap.
  const changed = evidence.pairs.some((pair) => !isVerbatim(a.sentences[pair.a], b.sentences[pair.b]));
  if (changed) return "version";
  if (evidence.jaccard >= THRESHOLDS.duplicateJaccard) return "duplicate";
  const leftover = (coverage: number): boolean => 1 - coverage <= THRESHOLDS.duplicateLeftover;
  return leftover(evidence.coverageA) && leftover(evidence.coverageB) ? "duplicate" : "version";
}

/**
 * Which report is newer: the later publication date; else the one whose changed sentences
 * carry larger figures (tolls rise as a story is updated); else, for copies and versions, the
 * one stating larger figures the other lacks, then the one that gained text.
 */
export function newerOf(a: DocumentView, b: DocumentView, evidence: PairEvidence, relation: LinkRelation): string | null {
  if (a.published && b.published && a.published !== b.published) return a.published > b.published ? a.id : b.id;
  let figureVote = 0;
  for (const pair of evidence.pairs) {
    const before = a.sentences[pair.a].numbers;
    const after = b.sentences[pair.b].numbers;
    const onlyA = before.filter((value) => !after.includes(value));
    const onlyB = after.filter((value) => !before.includes(value));
    if (onlyA.length === 0 || onlyB.length === 0) continue;
    figureVote += Math.sign(maxOf(onlyB) - maxOf(onlyA));
  }
  if (figureVote !== 0) return figureVote > 0 ? b.id : a.id;
  // A rewrite's extra or missing text says nothing about which came first.
  if (relation === "rewrite") return null;
  // The changed figure may sit in a sentence that was split or rewritten: compare the figures
  // only one report states, largest with largest.
  const onlyA = exclusive(a.sentences, b.sentences);
  const onlyB = exclusive(b.sentences, a.sentences);
  for (let i = 0; i < Math.min(onlyA.length, onlyB.length); i++) figureVote += Math.sign(onlyB[i] - onlyA[i]);
  if (figureVote !== 0) return figureVote > 0 ? b.id : a.id;
  const unalignedA = (1 - evidence.coverageA) * a.wordCount;
  const unalignedB = (1 - evidence.coverageB) * b.wordCount;
  const margin = 0.1 * Math.min(a.wordCount, b.wordCount);
  if (Math.abs(unalignedA - unalignedB) > margin) return unalignedB > unalignedA ? b.id : a.id;
  return null;
}

/** Figures stated in `these` sentences and nowhere in `those`, largest first. */
function exclusive(these: Sentence[], those: Sentence[]): number[] {
  const elsewhere = new Set(those.flatMap((sentence) => sentence.numbers));
  const out = new Set(these.flatMap((sentence) => sentence.numbers).filter((value) => !elsewhere.has(value)));
  return [...out].sort((x, y) => y - x);
}

/** The sentences that changed from the older report to the newer, in the newer one's order. */
export function changesBetween(older: DocumentView, newer: DocumentView, pairs: { old: number; new: number }[]): Link["changes"] {
  const text = (doc: DocumentView, index: number): string => doc.text.slice(doc.sentences[index].start, doc.sentences[index].end);
  const placed: { at: number; change: { before: string; after: string } }[] = [];
  const newOf = new Map(pairs.map((pair) => [pair.old, pair.new]));
  const matchedNew = new Set(pairs.map((pair) => pair.new));
  let lastNew = -1;
  older.sentences.forEach((sentence, index) => {
    const partner = newOf.get(index);
    if (partner === undefined) {
      placed.push({ at: lastNew + 0.5, change: { before: text(older, index), after: "" } });
      return;
    }
    lastNew = partner;
    if (!isVerbatim(sentence, newer.sentences[partner])) {
      placed.push({ at: partner, change: { before: text(older, index), after: text(newer, partner) } });
    }
  });
  newer.sentences.forEach((_, index) => {
    if (!matchedNew.has(index)) placed.push({ at: index, change: { before: "", after: text(newer, index) } });
  });
  return placed.sort((x, y) => x.at - y.at).map((entry) => entry.change);
}

