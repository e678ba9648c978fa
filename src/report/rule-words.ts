// What each reconciliation rule means, in words a reader of the brief or the pages has without
// docs/reconciliation.md: the rule's name stays beside it (as a tooltip and an anchor) for
// those who want the details.
export const RULE_WORDS: Record<string, string> = {
  "copies-once": "Copies of one story (reprints, updated versions, rewrites) count as one source, however many sites ran them.",
  "newest-member": "Where a story was updated, its latest version speaks for it: a figure the update replaced is no longer that source's.",
  "partial-excluded": "Counts of only part of the toll (one town, one night, “an additional” few) are cited but never taken as the total.",
  "parts-bound": "The parts one report gives add up to a floor for the total: a total below it is probably out of date.",
  qualifier: "Figures that allow each other (“at least 145” and 177; “nearly 200” and 190) do not contradict.",
  "stale-repeat": "A report repeating an earlier day's figure is behind, not contradicting the newer figure.",
  "change-explained": "The report says the toll moved (“rose to”, “raising the toll to”), so a different number is an update, not a dispute.",
  "later-report": "Of two reports of the same day, the one that says its own toll moved past the other's was written later, so its other figures of that day update the other's instead of contradicting them.",
  undated: "Reports without dates give different counts; with nothing to order them, the difference is read as a toll that changed.",
  updated: "The figure changed over time; the best is the newest from the most specific source.",
  agreed: "Every source gives the same figure, or figures that allow one another.",
  disputed: "Independent sources gave different figures for the same time with no word of a change.",
  side: "In a dispute, one side's figure is shown, never an average: the most specific, most precise, best-sourced side.",
  best: "The figure a careful editor would print today: the newest from the most specific source.",
  "split-vs-all": "The toll of everyone and the tolls by group (civilians, security forces, militants) are checked against each other: where they do not add up, the older figure is marked as older, or the disagreement is said.",
  lineage: "How the reports are related (copies, versions, rewrites) decided which of them count as one source.",
};

export interface ExplainedRule {
  /** The rule's name ("copies-once"), or null when the line names none. */
  name: string | null;
  /** What the rule means, in a sentence, or null when it is not one of RULE_WORDS. */
  meaning: string | null;
  /** The line's own details (after the name). */
  detail: string;
}

/** A rule line of a figure ("copies-once: 3 statement(s) in …") as its name, meaning and detail. */
export function explainRule(line: string): ExplainedRule {
  const match = /^([a-z][a-z-]*):\s*(.*)$/s.exec(line);
  if (!match) return { name: null, meaning: null, detail: line };
  return { name: match[1], meaning: RULE_WORDS[match[1]] ?? null, detail: match[2] };
}
