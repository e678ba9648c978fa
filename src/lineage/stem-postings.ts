// Which sentences share stems with a given one, through an inverted index of stems, in work
// bounded by the number of sentences. A stem found in more sentences of one report than
// MAX_STEM_SENTENCES ("police" in a 40,000-sentence paragraph) would make every lookup scan
// them all, which is quadratic: such a stem is never scanned, only counted for partners the
// other stems found. A pair sharing nothing but such stems is not found; lineage says so on
// the report (rule `lineage-bounded`).
import type { Sentence } from "./text.ts";

/** Far above any real report's repetition of one stem (a long article has ~100 sentences). */
export const MAX_STEM_SENTENCES = 100;

/** Stems found in more than `limit` of the sentences. */
export function frequentStems(sentences: Sentence[], limit: number = MAX_STEM_SENTENCES): Set<string> {
  const counts = new Map<string, number>();
  const frequent = new Set<string>();
  for (const sentence of sentences) {
    for (const stem of sentence.stems) {
      const count = (counts.get(stem) ?? 0) + 1;
      counts.set(stem, count);
      if (count > limit) frequent.add(stem);
    }
  }
  return frequent;
}

export class StemPostings {
  private readonly postings = new Map<string, number[]>();
  private readonly stemSets = new Map<number, Set<string>>();
  /** Stems over the limit in `sentences`: checked per partner, never scanned. */
  readonly frequent: Set<string>;

  constructor(
    private readonly sentences: Sentence[],
    limit: number = MAX_STEM_SENTENCES,
  ) {
    this.frequent = frequentStems(sentences, limit);
  }

  /** Index sentence `index` of the sentences given to the constructor. */
  add(index: number): void {
    for (const stem of this.sentences[index].stems) {
      if (this.frequent.has(stem)) continue;
      const list = this.postings.get(stem);
      if (list) list.push(index);
      else this.postings.set(stem, [index]);
    }
  }

  addAll(): this {
    for (let i = 0; i < this.sentences.length; i++) this.add(i);
    return this;
  }

  /** Fills `into` with indexed sentence -> stems shared with `sentence`. */
  sharedStems(sentence: Sentence, into: Map<number, number>): void {
    into.clear();
    const frequentHere: string[] = [];
    for (const stem of sentence.stems) {
      if (this.frequent.has(stem)) frequentHere.push(stem);
      else for (const i of this.postings.get(stem) ?? []) into.set(i, (into.get(i) ?? 0) + 1);
    }
    if (frequentHere.length === 0) return;
    for (const [i, count] of into) {
      const stems = this.stemSetOf(i);
      let extra = 0;
      for (const stem of frequentHere) if (stems.has(stem)) extra++;
      into.set(i, count + extra);
    }
  }

  private stemSetOf(index: number): Set<string> {
    let set = this.stemSets.get(index);
    if (!set) {
      set = new Set(this.sentences[index].stems);
      this.stemSets.set(index, set);
    }
    return set;
  }
}
