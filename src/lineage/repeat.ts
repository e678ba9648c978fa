// Repetition inside one report: the story pasted twice, or a second paraphrase of itself
// appended to the first. Sentences that say again what an earlier sentence said are found
// through an inverted index of stems; a run of them is one repeat.
import { THRESHOLDS } from "./align.ts";
import { StemPostings } from "./stem-postings.ts";
import { sentenceKey, type Sentence } from "./text.ts";
import { maxOf, minOf } from "../arrays.ts";

export interface InternalRepeat {
  /** Offsets into the cleaned text of the second telling. */
  start: number;
  end: number;
  /** Sentence indexes: the repeat and where its first telling lies. */
  first: number;
  last: number;
  sourceFirst: number;
  sourceLast: number;
  repeated: number;
  verbatim: number;
}

/** At least this many sentences said again make a repeat... */
const MIN_REPEATED = 3;
/** ...unless fewer, word for word, carry this many words (a paragraph pasted twice). */
const MIN_VERBATIM_WORDS = 30;
/** Share of the repeated sentences whose first tellings come in the same order. */
const MIN_IN_ORDER = 0.7;
/** Unrepeated sentences allowed between two repeated ones within one repeat. */
const MAX_GAP = 2;

export function findInternalRepeats(sentences: Sentence[]): InternalRepeat[] {
  const source = earlierTellings(sentences);
  const repeats: InternalRepeat[] = [];
  let run: number[] = [];
  const flush = (): void => {
    const found = judgeRun(sentences, run, source);
    if (found) repeats.push(found);
    run = [];
  };
  for (let j = 0; j < sentences.length; j++) {
    if (source[j] < 0) continue;
    if (run.length > 0 && j - run[run.length - 1] - 1 > MAX_GAP) flush();
    run.push(j);
  }
  flush();
  return repeats;
}

/** For each sentence, the best earlier sentence saying the same (not its neighbour), else -1. */
function earlierTellings(sentences: Sentence[]): Int32Array {
  const source = new Int32Array(sentences.length).fill(-1);
  const postings = new StemPostings(sentences);
  const shared = new Map<number, number>();
  sentences.forEach((sentence, j) => {
    postings.sharedStems(sentence, shared);
    let best: number = THRESHOLDS.aligned;
    for (const [i, count] of shared) {
      if (j - i < 2 || count < THRESHOLDS.alignedMinShared) continue;
      const dice = (2 * count) / (sentence.stems.length + sentences[i].stems.length);
      if (dice >= best) {
        best = dice;
        source[j] = i;
      }
    }
    postings.add(j);
  });
  return source;
}

function judgeRun(sentences: Sentence[], run: number[], source: Int32Array): InternalRepeat | null {
  if (run.length === 0) return null;
  const first = run[0];
  // The first telling must lie before the repeat, or the run is a story circling back on itself.
  const pairs = run.filter((j) => source[j] < first);
  if (pairs.length === 0) return null;
  const verbatim = pairs.filter((j) => sentenceKey(sentences[j]) === sentenceKey(sentences[source[j]]));
  const verbatimWords = verbatim.reduce((sum, j) => sum + sentences[j].words.length, 0);
  if (pairs.length < MIN_REPEATED && verbatimWords < MIN_VERBATIM_WORDS) return null;
  // A second telling follows the first in order; sentences echoing scattered earlier ones
  // (a quote recalled, a name repeated) do not.
  if (verbatimWords < MIN_VERBATIM_WORDS && increasingRun(pairs.map((j) => source[j])) < MIN_IN_ORDER * pairs.length) return null;
  const last = pairs[pairs.length - 1];
  // Most of the span must be repetition, not a report that echoes a few lines.
  if (pairs.length < 0.5 * (last - pairs[0] + 1)) return null;
  const sources = pairs.map((j) => source[j]);
  return {
    start: sentences[pairs[0]].start,
    end: sentences[last].end,
    first: pairs[0],
    last,
    sourceFirst: minOf(sources),
    sourceLast: maxOf(sources),
    repeated: pairs.length,
    verbatim: verbatim.length,
  };
}

/** Length of the longest strictly increasing subsequence. */
function increasingRun(values: number[]): number {
  const tails: number[] = [];
  for (const value of values) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (tails[middle] < value) low = middle + 1;
      else high = middle;
    }
    tails[low] = value;
  }
  return tails.length;
}
