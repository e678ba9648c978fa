// `later-report`: which of two reports of one day is the later one, read from their own
// words. Reports carry a date, not an hour, so two independent reports of the same day that
// give different counts look like a dispute. But a report that says its own toll rose that
// day ("the death toll rose to 820") past what the other report gives for the same figure
// (296) was written after it: its other figures of that day (672 injured) update the
// other report's (153) too, instead of contradicting them (docs/reconciliation.md).
import type { Statement } from "../types.ts";
import type { Lineage } from "./families.ts";
import { QUALIFIER_WORDS } from "../text/lexicon/counts.ts";

export interface DayOrder {
  /**
   * Why the family of `later` reported after the family of `earlier` on `date`, as the words
   * of a rule line; null when nothing says so (or the two reports say it of each other).
   */
  laterBecause(later: string, earlier: string, date: string): string | null;
}

/** Which way a change word moves the toll: a rise, a fall, or only "revised" / "updated". */
function directionOf(words: string): 1 | -1 | 0 {
  if (/^(?:down from|lower(?:ed)?|fell|dropp)/i.test(words)) return -1;
  if (/^(?:revis|updat|new toll)/i.test(words)) return 0;
  return 1;
}

const MEASURE_WORDS: Record<string, string> = { killed: "death toll", injured: "count of injured" };

/**
 * The order within each day that the reports' own change words give. A total of family X
 * whose sentence says the toll moved ("rose to 820") orders X after family Y when Y gives
 * the same (measure, group) on the same date with a value the move leaves behind (a rise
 * from 296; any other value for "revised"). A denial (0) orders nothing, and two families
 * that each claim to be the later one are left unordered.
 */
export function orderWithinDays(statements: Statement[], lineage: Lineage): DayOrder {
  const totals = statements.filter((s) => s.scope === "total" && s.reported && !s.background);
  const byKey = new Map<string, Statement[]>();
  for (const s of totals) {
    const key = `${s.measure}\u0000${s.group}\u0000${s.reported}`;
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key)!.push(s);
  }
  const why = new Map<string, string>();
  const pairKey = (later: string, earlier: string, date: string): string => `${later}\u0000${earlier}\u0000${date}`;
  for (const list of byKey.values()) {
    // The body's exact counts first: the evidence a reader checks most easily ("rose" 820 over a headline's "rises above 800").
    const movers = [...list].sort((a, b) => Number(a.place === null) - Number(b.place === null) || Number(a.qualifier !== "exact") - Number(b.qualifier !== "exact"));
    for (const mover of movers) {
      if (!mover.cues.change || mover.value === 0) continue;
      const direction = directionOf(mover.cues.change);
      for (const other of list) {
        const later = lineage.familyOf(mover.document);
        const earlier = lineage.familyOf(other.document);
        if (later === earlier || other.value === 0 || other.value === mover.value) continue;
        if (direction !== 0 && Math.sign(mover.value - other.value) !== direction) continue;
        const key = pairKey(later, earlier, mover.reported!);
        if (why.has(key)) continue;
        const measure = MEASURE_WORDS[mover.measure] ?? `${mover.measure} count`;
        why.set(key, `${mover.document}'s own ${measure} moved that day ("${mover.cues.change}" ${QUALIFIER_WORDS[mover.qualifier]}${mover.value}) from ${other.document}'s ${QUALIFIER_WORDS[other.qualifier]}${other.value}`);
      }
    }
  }
  return {
    laterBecause(later, earlier, date) {
      const a = lineage.familyOf(later);
      const b = lineage.familyOf(earlier);
      if (a === b) return null;
      // Each says it is the later one: the reports' own words do not order them.
      if (why.has(pairKey(b, a, date))) return null;
      return why.get(pairKey(a, b, date)) ?? null;
    },
  };
}
