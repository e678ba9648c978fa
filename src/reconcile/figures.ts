// Reconciling the statements of one (measure, group) into one Figure. The rules, in the
// order they apply, are written out in docs/reconciliation.md; each one that fires leaves
// a line in `Figure.rules` so a reader can see why `best` and `status` are what they are.
import type { Figure, Statement } from "../types.ts";
import { QUALIFIER_WORDS } from "../text/lexicon/counts.ts";
import { valueWords } from "./consistency.ts";
import { newestMembers, type Lineage } from "./families.ts";
import {
  GROUP_ORDER,
  MEASURE_ORDER,
  allowedRange,
  compatible,
  explainsChange,
  qualifierPrecision,
  speakerSpecificity,
} from "./rules.ts";
import { appendAll, maxOf, minOf } from "../arrays.ts";
import { prominenceOf } from "./prominence.ts";
import { orderWithinDays, type DayOrder } from "./later-report.ts";


/** The figures of `statements`, each family of reports (`lineage`) counted once. */
/** The statements carry what extraction knew (speakers, cues): nothing else is needed. */
export function reconcileStatements(statements: Statement[], lineage: Lineage): Figure[] {
  const groups = new Map<string, Statement[]>();
  for (const s of statements) {
    const key = `${s.measure}\u0000${s.group}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(s);
  }
  // Which report of a day is the later one, from its own words across every figure (`later-report`).
  const dayOrder = orderWithinDays(statements, lineage);
  const figures: Figure[] = [];
  for (const list of groups.values()) {
    const figure = reconcileOne(list, lineage, dayOrder);
    if (figure) figures.push(figure);
  }
  return figures.sort(
    (a, b) =>
      MEASURE_ORDER.indexOf(a.measure) - MEASURE_ORDER.indexOf(b.measure) ||
      GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group),
  );
}

const show = (s: Statement): string => `${QUALIFIER_WORDS[s.qualifier]}${s.value} (${s.document}${s.attribution ? `: ${s.attribution}` : ""}${s.reported ? `, ${s.reported}` : ""})`;


const dateKey = (s: Statement): string => s.reported ?? "";

/** One figure from the statements of one (measure, group); null when no statement is a total. */
function reconcileOne(statements: Statement[], lineage: Lineage, dayOrder: DayOrder): Figure | null {
  const totals = statements.filter((s) => s.scope === "total");
  const parts = statements.filter((s) => s.scope === "partial");
  if (totals.length === 0) return null;
  const rules: string[] = [];
  const { measure, group } = statements[0];

  // Rule: copies count once.
  const families = new Map<string, Set<string>>();
  for (const s of statements) {
    const fam = lineage.familyOf(s.document);
    if (!families.has(fam)) families.set(fam, new Set());
    families.get(fam)!.add(s.document);
  }
  const documents = new Set(statements.map((s) => s.document));
  rules.push(`copies-once: ${statements.length} statement(s) in ${documents.size} document(s) from ${families.size} independent source(s)`);

  // Rule: the newest member speaks for its family.
  const { representatives, versionChange } = familyRepresentatives(totals, lineage, rules);

  // Rule: partial-scope statements are parts, never totals; their sum bounds a total from below.
  if (parts.length > 0) {
    const byPart = new Map<string, string[]>();
    for (const p of parts) {
      // With its qualifier, as everywhere in a rule line: "nearly 100", not a bare 100.
      const key = `${valueWords(p)}${p.scopeText ? ` ("${p.scopeText}")` : ""}`;
      if (!byPart.has(key)) byPart.set(key, []);
      if (!byPart.get(key)!.includes(p.document)) byPart.get(key)!.push(p.document);
    }
    const listed = [...byPart.entries()].map(([key, docs]) => `${key} in ${docs.join(", ")}`);
    rules.push(`partial-excluded: ${listed.join("; ")}: part${parts.length === 1 ? "" : "s"} of the toll, not totals`);
  }
  const bound = partsLowerBound(parts);

  // Rule: a figure another source reported earlier, repeated later, carries that older
  // date (it echoes old news). A source restating its own figure reaffirms it: it keeps
  // its date, and can still contradict another source of that day.
  const effective = (s: Statement): string => {
    let date = dateKey(s);
    if (!date) return date;
    const family = lineage.familyOf(s.document);
    for (const o of totals) {
      const d = dateKey(o);
      if (o.value === s.value && d && d < date && lineage.familyOf(o.document) !== family) date = d;
    }
    return date;
  };

  // Rule: contradictions at the same time, unless a qualifier, a repeat or a change word explains them.
  const conflicts: [Statement, Statement][] = [];
  let changeExplained = false;
  let undatedChange = false;
  const noted = new Set<string>();
  for (let i = 0; i < representatives.length; i++) {
    for (let j = i + 1; j < representatives.length; j++) {
      const a = representatives[i];
      const b = representatives[j];
      if (lineage.familyOf(a.document) === lineage.familyOf(b.document)) continue;
      if (a.reported !== b.reported || a.value === b.value) continue;
      // Qualifiers: "at least 145" and "177" can both be true; noted below against best.
      if (compatible(a, b)) continue;
      const denial = a.value === 0 || b.value === 0;
      // Undated reports cannot be ordered: a different count may be a later one, so only
      // a denial ("no one was hurt" against "3 hurt") contradicts.
      if (!a.reported && !denial) {
        undatedChange = true;
        continue;
      }
      if (!denial && effective(a) !== effective(b)) {
        const stale = effective(a) < effective(b) ? a : b;
        note(noted, rules, `stale-repeat: ${show(stale)} repeats a figure first reported ${effective(stale)}`);
        continue;
      }
      if (explainsChange(a) || explainsChange(b)) {
        const mover = explainsChange(a) ? a : b;
        changeExplained = true;
        note(noted, rules, `change-explained: ${show(mover)} says the toll moved ("${changeWords(mover)}")`);
        continue;
      }
      // Rule: a report whose own toll moved that day past the other's is the later report,
      // so its other figures of that day update the other's too. A denial is never explained so.
      const laterWhy = denial ? null : laterOf(a, b, dayOrder);
      if (laterWhy) {
        changeExplained = true;
        note(noted, rules, `later-report: ${show(laterWhy.later)} updates ${show(laterWhy.earlier)}: ${laterWhy.why}`);
        continue;
      }
      conflicts.push([a, b]);
    }
  }

  let best: Statement;
  let status: Figure["status"];
  if (conflicts.length > 0) {
    status = "disputed";
    // The winning side's sources speak (the same story, or the same speaker quoted
    // elsewhere); their newest total is best, a later update of theirs included.
    const side = chooseSide(conflicts, lineage, rules);
    const speaker = (x: Statement): string => (x.speaker?.text ?? "").toLowerCase().replace(/[^\p{L}\s]/gu, "").trim();
    const sameSource = (x: Statement, w: Statement): boolean =>
      lineage.familyOf(x.document) === lineage.familyOf(w.document) || (speaker(x) !== "" && speaker(x) === speaker(w));
    const pool = representatives.filter((x) => side.some((w) => sameSource(x, w) && (compatible(w, x) || dateKey(x) > dateKey(w))));
    best = chooseNewest(pool.length > 0 ? pool : side, effective, lineage, rules, dayOrder);
  } else {
    best = chooseNewest(representatives, effective, lineage, rules, dayOrder);
    const valuesOverTime = new Set(totals.filter((s) => s.reported).map((s) => `${s.reported}`)).size > 1 && new Set(totals.map((s) => s.value)).size > 1;
    status = valuesOverTime || versionChange || changeExplained || undatedChange ? "updated" : "agreed";
    if (undatedChange) rules.push("undated: reports without dates give different counts; taken as a toll that changed, since nothing orders them");
    if (status === "updated") {
      rules.push(`updated: ${trajectory(totals)}${best.value === maxOf(totals.map((t) => t.value)) ? "" : `; best ${best.value}`}`);
    } else {
      // One source "agrees" only with itself: the line says so, so no reader takes it for corroboration.
      const alone = families.size === 1 ? `one source only (${[...documents].sort().join(", ")}), nothing to check it against; ` : "";
      rules.push(`agreed: ${alone}${new Set(totals.map((t) => t.value)).size === 1 ? "every total says" : "every total is consistent with"} ${valueWords(best)}`);
    }
  }

  for (const s of totals) {
    if (s.value !== best.value && s.qualifier !== "exact" && compatible(s, best)) {
      note(noted, rules, `qualifier: ${show(s)} is consistent with ${valueWords(best)}`);
    }
  }
  const values = totals.map((s) => s.value);
  const behindBest = totals.filter((s) => s.value === best.value && s.reported).map((s) => s.reported!).sort();
  if (bound && bound.sum > best.value) {
    rules.push(`parts-bound: parts in ${bound.document}${bound.reported ? ` for ${bound.reported}` : ""} add up to ${bound.sum}, above the best total ${best.value}: the total is likely behind`);
  } else if (bound && bound.count > 1) {
    rules.push(`parts-bound: parts in ${bound.document} add up to ${bound.sum}, within the best total ${best.value}`);
  }
  return {
    measure,
    group,
    best: best.value,
    low: minOf(values),
    high: maxOf(values),
    asOf: behindBest.length > 0 ? behindBest[behindBest.length - 1] : best.reported,
    status,
    rules,
    sources: families.size,
    statements: [...statements].sort((x, y) => dateKey(x).localeCompare(dateKey(y)) || x.document.localeCompare(y.document) || x.start - y.start),
  };
}

/** The values by reported date: "145 (2026-02-01) → 145, 177 (2026-02-02)". */
function trajectory(totals: Statement[]): string {
  const byDate = new Map<string, Map<string, number>>();
  for (const s of [...totals].sort((a, b) => dateKey(a).localeCompare(dateKey(b)))) {
    const d = s.reported ?? "undated";
    if (!byDate.has(d)) byDate.set(d, new Map());
    byDate.get(d)!.set(valueWords(s), s.value);
  }
  return [...byDate.entries()].map(([d, values]) => `${[...values].sort((a, b) => a[1] - b[1]).map(([words]) => words).join(", ")} (${d})`).join(" → ");
}

function note(noted: Set<string>, rules: string[], line: string): void {
  if (noted.has(line)) return;
  noted.add(line);
  rules.push(line);
}

function changeWords(s: Statement): string {
  return s.cues.change ?? "";
}

/** Of two statements of one date, the later report's and why (`later-report`), else null. */
function laterOf(a: Statement, b: Statement, dayOrder: DayOrder): { later: Statement; earlier: Statement; why: string } | null {
  if (!a.reported || a.reported !== b.reported) return null;
  const aLater = dayOrder.laterBecause(a.document, b.document, a.reported);
  if (aLater) return { later: a, earlier: b, why: aLater };
  const bLater = dayOrder.laterBecause(b.document, a.document, a.reported);
  return bLater ? { later: b, earlier: a, why: bLater } : null;
}

/**
 * Per family, the values that no later version replaced. A value is replaced when a later
 * version of the story (a `version`/`duplicate` link's newer side) states the figure
 * without it; failing such links, when a later-published member does, with a value of
 * its own. A rewrite repeating a replaced value (a paraphrase of the first version) does
 * not bring it back. When nothing is left (contradictory order), the newest members speak.
 */
function familyRepresentatives(totals: Statement[], lineage: Lineage, rules: string[]): { representatives: Statement[]; versionChange: boolean } {
  const byFamily = new Map<string, Statement[]>();
  for (const s of totals) {
    const fam = lineage.familyOf(s.document);
    if (!byFamily.has(fam)) byFamily.set(fam, []);
    byFamily.get(fam)!.push(s);
  }
  const representatives: Statement[] = [];
  let versionChange = false;
  for (const list of byFamily.values()) {
    const docs = [...new Set(list.map((s) => s.document))].sort();
    if (docs.length === 1) {
      appendAll(representatives, list);
      continue;
    }
    const valuesOf = new Map(docs.map((d) => [d, new Set(list.filter((s) => s.document === d).map((s) => s.value))]));
    const replaced = new Set<number>();
    const replace = (isOlder: (a: string, b: string) => boolean): void => {
      for (const older of docs) {
        for (const newer of docs) {
          if (older === newer || !isOlder(older, newer)) continue;
          const newValues = [...valuesOf.get(newer)!].filter((v) => !replaced.has(v));
          if (newValues.length === 0) continue;
          for (const v of valuesOf.get(older)!) if (!valuesOf.get(newer)!.has(v)) replaced.add(v);
        }
      }
    };
    replace(lineage.isOlderVersion);
    replace(lineage.publishedBefore);
    let chosen = list.filter((s) => !replaced.has(s.value));
    if (chosen.length === 0) {
      const newest = new Set(newestMembers(docs, lineage));
      chosen = list.filter((s) => newest.has(s.document));
    }
    appendAll(representatives, chosen);
    const silenced = list.filter((s) => !chosen.includes(s));
    if (silenced.length > 0) {
      versionChange = true;
      const overruled = [...new Set(silenced.map((s) => `${s.value} in ${s.document}`))];
      rules.push(
        `newest-member: ${docs.join(", ")} are one source; its latest version says ${[...new Set(chosen.map((s) => s.value))].join(", ")} (${[...new Set(chosen.map((s) => s.document))].join(", ")}), over the replaced ${overruled.join(", ")}`,
      );
    } else {
      rules.push(`newest-member: ${docs.join(", ")} are one source`);
    }
  }
  return { representatives, versionChange };
}

interface Rank {
  specificity: number;
  precision: number;
  support: number;
  value: number;
}

function rankOf(s: Statement, pool: Statement[], lineage: Lineage): Rank {
  const support = new Set(pool.filter((p) => p.value === s.value).map((p) => lineage.familyOf(p.document))).size;
  return { specificity: speakerSpecificity(s.speaker), precision: qualifierPrecision(s.qualifier), support, value: s.value };
}

function compareRank(a: Rank, b: Rank): number {
  return b.specificity - a.specificity || b.precision - a.precision || b.support - a.support || b.value - a.value;
}

const SPECIFICITY_WORDS = ["no attribution", "a generic source", "a named institution or role", "a named person"];

/** Best when nothing contradicts: the newest information, from the most specific source. */
function chooseNewest(representatives: Statement[], effective: (s: Statement) => string, lineage: Lineage, rules: string[], dayOrder: DayOrder): Statement {
  // A bound ("at least 15") that a more precise count satisfies ("17", "nearly 200") adds
  // nothing to it: it competes no further.
  const informative = representatives.filter(
    (s) =>
      !(qualifierPrecision(s.qualifier) === 1 &&
        representatives.some((o) => o !== s && qualifierPrecision(o.qualifier) > 1 && compatible(s, o))),
  );
  const pool = informative.length > 0 ? informative : representatives;
  const newestDate = pool.map(effective).sort().pop() ?? "";
  const candidates = pool.filter((s) => effective(s) === newestDate);
  // How many different sentences give the value: a report that comes back to its count means
  // it. A copy's sentence is the same sentence, so copies do not add to it.
  // A count of the later report of the day (`later-report`) replaces the earlier report's.
  const later = (s: Statement): number => Number(candidates.some((o) => o !== s && laterOf(s, o, dayOrder)?.later === s));
  const repeated = (s: Statement): number => new Set(pool.filter((p) => p.value === s.value).map((p) => p.quote.replace(/\s+/g, " ").trim())).size;
  // Among totals of the same date: a count the sentence says is an update ("rose to 12")
  // replaces the older ones; then the count its report gives in the headline or lead, then
  // corroboration by independent sources, repetition in different sentences, the source's
  // specificity, and toll phrasing or the victims as the sentence's subject
  // (docs/reconciliation.md, `prominence`).
  const ranked = candidates
    .map((s) => ({ s, rank: rankOf(s, representatives, lineage), prominence: prominenceOf(s) }))
    .sort(
      (x, y) =>
        Number(explainsChange(y.s)) - Number(explainsChange(x.s)) ||
        later(y.s) - later(x.s) ||
        y.prominence.position - x.prominence.position ||
        y.rank.support - x.rank.support ||
        repeated(y.s) - repeated(x.s) ||
        y.rank.specificity - x.rank.specificity ||
        y.prominence.phrasing - x.prominence.phrasing ||
        compareRank(x.rank, y.rank) ||
        dateKey(y.s).localeCompare(dateKey(x.s)),
    );
  const top = ranked[0];
  // The line names the newest report giving the chosen count, as the figure's asOf does: a
  // minister's Monday 17 is that count's newest total, not the chief minister's Sunday 17.
  const voice = [top.s, ...representatives.filter((r) => r.value === top.s.value && r.qualifier === top.s.qualifier && dateKey(r) > dateKey(top.s))]
    .sort((a, b) => dateKey(b).localeCompare(dateKey(a)) || speakerSpecificity(b.speaker) - speakerSpecificity(a.speaker))[0];
  const others = [...new Set(candidates.filter((c) => c.value !== top.s.value).map((c) => c.value))];
  const outranked = ranked.find((r) => r.s.value !== top.s.value);
  const byProminence =
    outranked && (outranked.prominence.position < top.prominence.position || outranked.prominence.phrasing < top.prominence.phrasing);
  rules.push(
    `best: ${valueWords(voice)}, the newest total${voice.reported ? ` (${voice.reported})` : ""} from ${SPECIFICITY_WORDS[speakerSpecificity(voice.speaker)]}${voice.attribution ? ` (${voice.attribution})` : ""}` +
      (others.length > 0 ? `, over ${others.join(", ")} of the same date` : ""),
  );
  if (byProminence) rules.push(`prominence: ${top.s.value} (${top.s.document}: ${top.prominence.why.join(", ")}) over ${outranked.s.value} (${outranked.s.document}: ${outranked.prominence.why.join(", ") || "further down the report"})`);
  return top.s;
}

/** When reports contradict each other: the side whose best source ranks highest, and why. */
function chooseSide(conflicts: [Statement, Statement][], lineage: Lineage, rules: string[]): Statement[] {
  const involved = [...new Set(conflicts.flat())];
  const byValue = new Map<number, Statement[]>();
  for (const s of involved) {
    if (!byValue.has(s.value)) byValue.set(s.value, []);
    byValue.get(s.value)!.push(s);
  }
  const sides = [...byValue.entries()].map(([value, list]) => {
    const ranks = list.map((s) => ({ s, rank: rankOf(s, involved, lineage) })).sort((x, y) => compareRank(x.rank, y.rank));
    return { value, list, top: ranks[0] };
  });
  const SHOWN = 6;
  for (const [a, b] of conflicts.slice(0, SHOWN)) rules.push(`disputed: ${show(a)} against ${show(b)}`);
  if (conflicts.length > SHOWN) rules.push(`disputed: and ${conflicts.length - SHOWN} more contradicting pair(s)`);
  // A denial ("no civilians were killed") against a reported count is the other side of a
  // dispute, cited as such; it does not make the toll zero.
  const denialOnly = sides.some((x) => x.value === 0) && sides.some((x) => x.value > 0);
  sides.sort((x, y) => (denialOnly ? Number(x.value === 0) - Number(y.value === 0) : 0) || compareRank(x.top.rank, y.top.rank));
  const [winner, runnerUp] = sides;
  const why = denialOnly
    ? "a denial that anyone was harmed does not replace a reported count; it stays cited as the other side"
    : winner.top.rank.specificity !== runnerUp.top.rank.specificity
      ? `its source is more specific (${SPECIFICITY_WORDS[winner.top.rank.specificity]} against ${SPECIFICITY_WORDS[runnerUp.top.rank.specificity]})`
      : winner.top.rank.precision !== runnerUp.top.rank.precision
        ? "it is the more precise count"
        : winner.top.rank.support !== runnerUp.top.rank.support
          ? `more independent sources give it (${winner.top.rank.support} against ${runnerUp.top.rank.support})`
          : "the sources weigh the same, and the larger count is the one that does not hide harm";
  rules.push(`side: ${winner.value} (${[...new Set(winner.list.map((x) => x.document))].join(", ")}) over ${sides.slice(1).map((x) => x.value).join(", ")}, one side of the dispute, not an average: ${why}`);
  return winner.list;
}

/** The largest sum of distinct parts one document gives for one date. */
function partsLowerBound(parts: Statement[]): { sum: number; count: number; document: string; reported: string | null } | null {
  const groups = new Map<string, Map<string, number>>();
  for (const p of parts) {
    const key = `${p.document}\u0000${dateKey(p)}`;
    if (!groups.has(key)) groups.set(key, new Map());
    // The same scope words twice are one part said twice.
    const scope = (p.scopeText ?? `#${p.value}`).toLowerCase().trim();
    const partsOfDoc = groups.get(key)!;
    partsOfDoc.set(scope, Math.max(partsOfDoc.get(scope) ?? 0, allowedRange(p.value, p.qualifier).lo));
  }
  let best: { sum: number; count: number; document: string; reported: string | null } | null = null;
  for (const [key, values] of groups) {
    const [document, reported] = key.split("\u0000");
    const sum = [...values.values()].reduce((x, y) => x + y, 0);
    if (!best || sum > best.sum) best = { sum, count: values.size, document, reported: reported || null };
  }
  return best;
}
