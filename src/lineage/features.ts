// What lineage reads of one report on its own: its word 5-shingles and their MinHash
// signature, the content-stem hashes of each sentence (signed later, once the collection says
// which stems are commonplace), and what it says of itself (internal repeats, bounded work).
// Computed once a report; the batch call and the kept index (lineage-index.ts) share it.
import type { CleanDocument, Message } from "../types.ts";
import { loadHasher, MinHasher, shingleSet, WordHasher } from "./minhash.ts";
import { findInternalRepeats, type InternalRepeat } from "./repeat.ts";
import { frequentStems, MAX_STEM_SENTENCES } from "./stem-postings.ts";
import type { Sentence } from "./text.ts";
import { sentencesOf } from "./verify.ts";

/** The banding of each channel, and why. */
export const CHANNELS = {
  /** 30 bands of 3 rows: a pair at 5-shingle Jaccard 0.5 is proposed with p≈0.98, at 0.3 with p≈0.56, at 0.1 with p≈0.03. */
  shingles: { size: 5, bands: 30, rows: 3, seed: 0x51ed },
  /**
   * Per sentence 6 bands of 3 rows over stems: a reworded sentence (stem Jaccard 0.4) hits with
   * p≈0.33, and a rewrite has many such sentences; a pair must hit twice, which a chance
   * collision of two unrelated sentences seldom does.
   */
  sentences: { bands: 6, rows: 3, seed: 0x7e57, minStems: 5, minHits: 2 },
  /**
   * A bucket shared by more reports than this is boilerplate or a stock phrase, not lineage: it
   * is skipped, which keeps candidate pairs linear in the number of reports. Copies caught by a
   * 5-shingle band are real however many, so that channel's cap is far higher.
   */
  maxShingleBucket: 2000,
  maxSentenceBucket: 40,
  /**
   * Stems in more than this share of the reports (and more than the minimum count) are left
   * out of sentence signatures: shared commonplace words are how unrelated sentences collide.
   */
  commonStemShare: 0.02,
  commonStemMinReports: 20,
} as const;

/** Reports shorter than this many words have too little text to trace. */
export const MIN_WORDS = 8;
/** A report repeating itself more often than this is machine-made or a pasted loop: one summary says so. */
const MAX_REPEAT_MESSAGES = 20;

export interface LineageFeatures {
  /** Sorted distinct hashes of the word 5-shingles. */
  shingles: Uint32Array;
  /** The 5-shingle MinHash signature; null for a report too short to trace. */
  signature: Uint32Array | null;
  /** Per sentence with enough content stems, their hashes (empty when too short, or without the rewrite channel). */
  sentenceStems: Uint32Array[];
  /** Internal repeats and bounded work, as messages on the report. */
  messages: Message[];
}

/** The hashers every report is read with: fixed seeds, so features are the same in every run. */
export class FeatureReader {
  private readonly shingleHasher = new MinHasher(CHANNELS.shingles.bands * CHANNELS.shingles.rows, CHANNELS.shingles.seed);
  readonly sentenceHasher = new MinHasher(CHANNELS.sentences.bands * CHANNELS.sentences.rows, CHANNELS.sentences.seed);
  private constructor(readonly words: WordHasher) {}

  static async load(): Promise<FeatureReader> {
    return new FeatureReader(new WordHasher(await loadHasher()));
  }

  read(doc: CleanDocument, rewrites: boolean): LineageFeatures {
    const sentences = sentencesOf(doc);
    let wordCount = 0;
    for (const sentence of sentences) wordCount += sentence.words.length;
    const wordHashes = new Uint32Array(wordCount);
    let at = 0;
    for (const sentence of sentences) for (const word of sentence.words) wordHashes[at++] = this.words.word(word);
    const shingles = shingleSet(wordHashes, CHANNELS.shingles.size);
    const messages = boundedWorkMessages(sentences);
    const repeats = findInternalRepeats(sentences);
    messages.push(...repeats.slice(0, MAX_REPEAT_MESSAGES).map((repeat) => repeatMessage(doc, sentences, repeat)));
    if (repeats.length > MAX_REPEAT_MESSAGES) messages.push(tooManyRepeats(repeats.length));
    const features: LineageFeatures = { shingles, signature: null, sentenceStems: [], messages };
    if (wordCount < MIN_WORDS) return features;
    features.signature = this.shingleHasher.signature(shingles);
    if (!rewrites) return features;
    for (const sentence of sentences) {
      if (sentence.stems.length < CHANNELS.sentences.minStems) continue;
      const hashes = new Uint32Array(sentence.stems.length);
      for (let i = 0; i < hashes.length; i++) hashes[i] = this.words.word(sentence.stems[i]);
      features.sentenceStems.push(hashes);
    }
    return features;
  }
}

/** The distinct stem hashes of a report's signed sentences: what it counts towards "commonplace". */
export function distinctStems(features: LineageFeatures): Set<number> {
  const seen = new Set<number>();
  for (const hashes of features.sentenceStems) for (const hash of hashes) seen.add(hash);
  return seen;
}

/** The count above which a stem is commonplace in a collection of `reports` reports. */
export function commonStemLimit(reports: number): number {
  return Math.max(CHANNELS.commonStemMinReports, CHANNELS.commonStemShare * reports);
}

function repeatMessage(doc: CleanDocument, sentences: Sentence[], repeat: InternalRepeat): Message {
  const span = rawSpan(doc.toRaw, repeat.start, repeat.end);
  const reworded = repeat.repeated - repeat.verbatim;
  return {
    stage: "lineage",
    rule: "internal-repeat",
    reason:
      `sentences ${repeat.first + 1}-${repeat.last + 1} of ${sentences.length} tell again what sentences ` +
      `${repeat.sourceFirst + 1}-${repeat.sourceLast + 1} told (${repeat.repeated} repeated, ${reworded} of them reworded)`,
    ...span,
  };
}

function tooManyRepeats(count: number): Message {
  return {
    stage: "lineage",
    rule: "internal-repeat",
    reason: `${count} internal repeats found; only the first ${MAX_REPEAT_MESSAGES} are listed`,
  };
}

/** Says when sentence matching in this report was bounded (stem-postings.ts), so a miss is explained. */
function boundedWorkMessages(sentences: Sentence[]): Message[] {
  const frequent = frequentStems(sentences);
  if (frequent.size === 0) return [];
  const shown = [...frequent].slice(0, 5).join(", ");
  return [
    {
      stage: "lineage",
      rule: "lineage-bounded",
      reason:
        `${frequent.size} stems (${shown}${frequent.size > 5 ? ", …" : ""}) occur in more than ${MAX_STEM_SENTENCES} sentences: ` +
        "they are not used to find matching sentences, so sentences sharing only those are not matched",
    },
  ];
}

/** Map a span of the cleaned text to raw offsets, skipping separators cleaning inserted. */
function rawSpan(toRaw: Int32Array, start: number, end: number): { start?: number; end?: number } {
  let from = start;
  while (from < end && toRaw[from] < 0) from++;
  let to = end - 1;
  while (to >= from && toRaw[to] < 0) to--;
  if (from > to || from >= toRaw.length) return {};
  return { start: toRaw[from], end: toRaw[to] + 1 };
}
