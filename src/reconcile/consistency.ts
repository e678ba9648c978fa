// Consistency rules across the figures of one event: what each figure's own rules cannot see.
// Each is named; its line goes in the figure's `rules` so the brief can say it, and
// docs/reconciliation.md writes it out.
import type { Figure, Group, Statement } from "../types.ts";
import { QUALIFIER_WORDS } from "../text/lexicon/counts.ts";
import { allowedRange } from "./rules.ts";

/** The groups a total is split into: everyone is civilians, security forces and militants; people (the victims) are the first two. */
const SPLIT_OF: Partial<Record<Group, Group[]>> = {
  all: ["civilians", "security_forces", "militants"],
  victims: ["civilians", "security_forces"],
};

/** A value as its report writes it, qualifier kept ("at least 145", "nearly 200"): no rule line drops one. */
export function valueWords(s: Pick<Statement, "value" | "qualifier">): string {
  return `${QUALIFIER_WORDS[s.qualifier] ?? ""}${s.value}`;
}

/** The statement behind a figure's best: the newest total of that value. */
function bestOf(f: Figure): Statement | undefined {
  return f.statements
    .filter((s) => s.value === f.best && s.scope === "total")
    .sort((a, b) => (b.reported ?? "").localeCompare(a.reported ?? ""))[0];
}

/**
 * Rule `split-vs-all`: a total for a whole ("200 killed in all") and the totals of its groups
 * (33 civilians, 17 security forces, 177 militants) never disagree in silence. When the
 * groups add up to a number the whole's qualifier does not allow, the whole gets a line
 * saying which is older: an older whole was overtaken by the split; a whole of the same
 * day disagrees with it. Only a complete split counts: without every group, the sum is a
 * lower bound and says nothing against the whole.
 */
export function splitVersusAll(figures: Figure[]): Figure[] {
  return figures.map((whole) => {
    const groups = SPLIT_OF[whole.group];
    if (!groups) return whole;
    const parts = groups.map((g) => figures.find((f) => f.measure === whole.measure && f.group === g));
    if (parts.some((p) => !p)) return whole;
    const split = parts as Figure[];
    const sum = split.reduce((n, f) => n + f.best, 0);
    const best = bestOf(whole);
    const range = allowedRange(whole.best, best?.qualifier ?? "exact");
    if (sum >= range.lo && sum <= range.hi) return whole;
    const wholeDate = whole.asOf;
    const splitDate = split.map((f) => f.asOf).filter((d): d is string => !!d).sort().at(-1) ?? null;
    const words = `${best ? QUALIFIER_WORDS[best.qualifier] : ""}${whole.best}`;
    const adds = `${split.map((f) => f.best).join(" + ")} = ${sum}`;
    const line =
      wholeDate && splitDate && wholeDate < splitDate
        ? `split-vs-all: ${words} is the older total (${wholeDate}${best ? `, ${best.document}` : ""}); the groups, as of ${splitDate}, add up to ${adds}`
        : `split-vs-all: ${words} disagrees with its groups, which add up to ${adds}${splitDate ? ` as of ${splitDate}` : ""}`;
    return { ...whole, rules: [...whole.rules, line] };
  });
}
