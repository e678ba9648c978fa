// Repeated paragraphs of a plain text (a teaser that repeats the lead, a paragraph pasted
// twice), found in work linear in the text: a paragraph is looked for only in the later
// paragraphs that hold its second to fifth words as a run, through an index of word 4-grams.
// Containment is exact for every candidate; only the number of candidates checked for one
// paragraph is capped, and the document is told when the cap was reached.
import type { Message } from "../types.ts";

/** Paragraphs shorter than this are not judged repeats (a "Read more" line recurs by design). */
const MIN_WORDS = 6;
/** Later paragraphs checked for one paragraph: far above any real article's repetition. */
export const MAX_REPEAT_CANDIDATES = 64;

/**
 * Indexes of the paragraphs (given normalised: lower case, words joined by single spaces)
 * contained in a later paragraph; the later copy is the one kept.
 */
export function repeatedParagraphs(normalised: string[]): { repeated: number[]; capped: boolean } {
  const words = normalised.map((text) => text.split(" "));
  // For each 4-gram, the paragraphs holding it, in order, once each.
  const holders = new Map<string, number[]>();
  words.forEach((list, index) => {
    for (let w = 0; w + 4 <= list.length; w++) {
      const key = list.slice(w, w + 4).join(" ");
      const at = holders.get(key);
      if (!at) holders.set(key, [index]);
      else if (at[at.length - 1] !== index) at.push(index);
    }
  });
  const repeated: number[] = [];
  let capped = false;
  words.forEach((list, i) => {
    if (list.length < MIN_WORDS) return;
    // Words 2-5 lie whole inside any occurrence of this paragraph, whatever surrounds it
    // (its first and last words may be the tail and head of longer words there).
    const candidates = holders.get(list.slice(1, 5).join(" ")) ?? [];
    let checked = 0;
    for (let c = upperBound(candidates, i); c < candidates.length; c++) {
      if (++checked > MAX_REPEAT_CANDIDATES) {
        capped = true;
        break;
      }
      if (normalised[candidates[c]].includes(normalised[i])) {
        repeated.push(i);
        break;
      }
    }
  });
  return { repeated, capped };
}

/** The message saying a repeat search was cut short. */
export function repeatSearchCapped(): Message {
  return {
    stage: "clean",
    rule: "repeat-search-capped",
    reason: `some paragraphs recur in more than ${MAX_REPEAT_CANDIDATES} later paragraphs: only the first ${MAX_REPEAT_CANDIDATES} were checked for a repeat`,
  };
}

/** First position in the sorted list holding a value above `value`. */
function upperBound(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}
