// How prominently a report gives a total: what an editor reading the report would take for
// its count. A number in the headline or the lead (the first sentences) is the story's own
// count; one further down is more often a detail, an earlier count or an aside. A sentence
// that names the toll ("the death toll rose to 12") or makes the victims its subject ("Three
// men were wounded") says the count outright. Prominence ranks totals of the same date
// before corroboration and the source's specificity (docs/reconciliation.md, `prominence`).
import type { Statement } from "../types.ts";
import { TOLL_WORDS } from "../text/lexicon/counts.ts";

/** The first sentences of the body that make its lead. */
export const LEAD_SENTENCES = 2;

const TOLL_PHRASE = new RegExp(`\\b(?:${TOLL_WORDS.map((w) => w.replace(/ /g, "\\s+")).join("|")})\\b`, "i");

/**
 * The lead: the first sentences of the first paragraph, or the first sentence of the second
 * when the first is a headline or dateline line of its own (plain-text inputs often start so).
 */
export function inLeadPlace(place: { paragraph: number; sentence: number }): boolean {
  return (place.paragraph === 1 && place.sentence <= LEAD_SENTENCES) || (place.paragraph === 2 && place.sentence === 1);
}

export interface Prominence {
  /** 2 the headline or lead, 0 further down. */
  position: number;
  /** 1 when the sentence names the toll or makes the counted people its subject. */
  phrasing: number;
  /** The words of the rule line: "lead", "headline, toll phrasing". */
  why: string[];
}

/** Where and how a statement's report gives its count. */
export function prominenceOf(s: Statement): Prominence {
  const why: string[] = [];
  let position = 0;
  if (s.place === null) {
    position = 2;
    why.push("headline");
  } else if (inLeadPlace(s.place)) {
    position = 2;
    why.push("lead");
  }
  let phrasing = 0;
  if (TOLL_PHRASE.test(s.quote)) {
    phrasing = 1;
    why.push("toll phrasing");
  } else if (s.rule.startsWith("subject")) {
    // Extraction's `subject-*` rules: the counted people are the sentence's subject.
    phrasing = 1;
    why.push("victims as subject");
  }
  return { position, phrasing, why };
}
