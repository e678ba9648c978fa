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

/**
 * Rule `everyone-killed`: where the reports count the victims killed and, apart from them,
 * the attackers killed ("killing three before police shot him to death") but nobody states
 * a whole, the whole is their sum: everyone killed, a dead shooter included, as the Gun
 * Violence Archive and most tallies count. Only a stated whole is ever checked against its
 * groups (`split-vs-all`); this one is derived, and says so.
 */
export function everyoneKilled(figures: Figure[]): Figure[] {
  const of = (group: Group) => figures.find((f) => f.measure === "killed" && f.group === group);
  const victims = of("victims");
  const attackers = of("militants");
  if (!victims || !attackers || of("all")) return figures;
  // Two sides of a dispute are not parts of one toll: a victims' count one side gives and an
  // attackers' count the other side gives may be two accounts of the same dead.
  if (figures.some((f) => f.measure === "killed" && f.status === "disputed")) return figures;
  const whole: Figure = {
    measure: "killed",
    group: "all",
    best: victims.best + attackers.best,
    low: victims.low + attackers.low,
    high: victims.high + attackers.high,
    asOf: [victims.asOf, attackers.asOf].filter((d): d is string => !!d).sort().at(-1) ?? null,
    status: victims.status === "agreed" && attackers.status === "agreed" ? "agreed" : victims.status === "disputed" || attackers.status === "disputed" ? "disputed" : "updated",
    rules: [`everyone-killed: ${victims.best} victims + ${attackers.best} of the attackers = ${victims.best + attackers.best}, derived: no report states the whole`],
    sources: Math.max(victims.sources, attackers.sources),
    statements: [...victims.statements, ...attackers.statements],
  };
  const at = figures.indexOf(attackers) + 1;
  return [...figures.slice(0, at), whole, ...figures.slice(at)];
}

/**
 * Rule `shot-includes-killed`: the injured are those shot who did not die, and never the
 * dead again. A report that counts the people shot without saying anyone died ("four people
 * were shot", read as 4 injured) counts the dead among them when another report of the
 * event says some died: the injured are then the shot less the killed.
 */
export function shotIncludesKilled(figures: Figure[]): Figure[] {
  const killed = figures.find((f) => f.measure === "killed" && f.group === "all") ?? figures.find((f) => f.measure === "killed" && f.group === "victims");
  if (!killed || killed.best <= 0) return figures;
  const killedDocs = new Set(killed.statements.filter((s) => s.scope === "total" && s.value > 0).map((s) => s.document));
  return figures.map((f) => {
    if (f.measure !== "injured" || f.group !== "victims") return f;
    const behind = bestOf(f);
    // Extraction's reading of everyone shot, less the dead its own report saw: none here.
    if (!behind || !behind.rule.endsWith("shot-not-killed") || killedDocs.has(behind.document) || behind.value <= killed.best) return f;
    const best = behind.value - killed.best;
    return {
      ...f,
      best,
      low: Math.min(f.low, best),
      rules: [...f.rules, `shot-includes-killed: ${behind.value} shot (${behind.document}) less ${killed.best} killed (${[...killedDocs].join(", ")}) = ${best} injured`],
    };
  });
}
