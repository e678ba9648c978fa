// A learned confidence for an event's figure (issue 11): a logistic model over what
// reconciliation knows about the figure, trained on the dev half of gva-train (local news of
// one shooting each) by bench/train-figure-confidence.ts, its weights committed in
// figure-confidence.json (retrain: `npx tsx bench/train-figure-confidence.ts --write`).
// Nothing downloads, nothing reads a clock. A figure below the threshold is withheld, never
// dropped: it moves to the event's `related`, under a title saying so, with a rule line
// giving its confidence and the features that lowered it.
//
// Where it applies: the model saw only single-incident local news, whose tolls are small
// (743 of gva-train's 894 non-zero counts are 1). An event with a figure above
// `LOCAL_TOLL_MAX` or more than `LOCAL_FAMILIES_MAX` independent sources is not of that kind
// (an earthquake, a wave of attacks) and keeps every figure.
import type { Event, Figure, RelatedEvent } from "../types.ts";
import model from "./figure-confidence.json" with { type: "json" };

/** The related event's title of a round-up's later incidents (extraction's `ROUND_UP_KEY`). */
const ROUND_UP_TITLE = "another incident of the report";
export const WITHHELD_TITLE = "withheld: figures of doubtful confidence";
const LOCAL_TOLL_MAX = 10;
const LOCAL_FAMILIES_MAX = 3;

export const FEATURES = [
  "bias", "sources>1", "documents>1", "best-implicit", "best-in-lead", "best-headline", "all-agree", "competing-values",
  "vague", "status-disputed", "status-updated", "round-up-sibling", "related-counts", "injured", "best>1", "subject-rule", "rules-lines",
] as const;

/** The features of one figure of an event, in `FEATURES` order. */
export function featuresOf(related: RelatedEvent[], f: Figure): number[] {
  const totals = f.statements.filter((s) => s.scope === "total");
  const atBest = totals.filter((s) => s.value === f.best);
  const values = new Set(totals.map((s) => s.value));
  const relatedCounts = related.reduce((n, r) => n + r.figures.length, 0);
  return [
    1,
    f.sources > 1 ? 1 : 0,
    new Set(atBest.map((s) => s.document)).size > 1 ? 1 : 0,
    atBest.length > 0 && atBest.every((s) => s.rule.includes("implicit")) ? 1 : 0,
    atBest.some((s) => s.place !== null && s.place.paragraph === 1) ? 1 : 0,
    atBest.some((s) => s.rule.startsWith("headline:")) ? 1 : 0,
    values.size === 1 ? 1 : 0,
    Math.min(3, values.size - 1),
    atBest.some((s) => s.cues.vague) ? 1 : 0,
    f.status === "disputed" ? 1 : 0,
    f.status === "updated" ? 1 : 0,
    related.some((r) => r.title === ROUND_UP_TITLE) ? 1 : 0,
    Math.min(3, relatedCounts),
    f.measure === "injured" ? 1 : 0,
    f.best > 1 ? 1 : 0,
    atBest.some((s) => /subject-/.test(s.rule)) ? 1 : 0,
    Math.min(5, f.rules.length) / 5,
  ];
}

export interface ConfidenceModel {
  weights: number[];
  threshold: number;
}

export const FIGURE_CONFIDENCE: ConfidenceModel = { weights: model.weights, threshold: model.threshold };

export function confidenceOf(x: number[], m: ConfidenceModel = FIGURE_CONFIDENCE): number {
  return 1 / (1 + Math.exp(-x.reduce((a, v, i) => a + v * (m.weights[i] ?? 0), 0)));
}

/** Whether the model's kind of news is this event's: small tolls from a few sources. */
export function isLocalIncident(figures: Figure[]): boolean {
  return figures.every((f) => f.best <= LOCAL_TOLL_MAX && f.sources <= LOCAL_FAMILIES_MAX);
}

/**
 * The event's figures split into those kept and those withheld (rule `withheld`, with the
 * confidence and the features that weighed most against it), withheld ones as one related
 * event so a reader sees them and why.
 */
export function withholdDoubtful(figures: Figure[], related: RelatedEvent[], documents: string[], m: ConfidenceModel = FIGURE_CONFIDENCE): { figures: Figure[]; related: RelatedEvent[] } {
  if (!isLocalIncident(figures)) return { figures, related };
  const kept: Figure[] = [];
  const withheld: Figure[] = [];
  for (const f of figures) {
    const x = featuresOf(related, f);
    const p = confidenceOf(x, m);
    if (p >= m.threshold) {
      kept.push(f);
      continue;
    }
    const against = FEATURES.map((name, i) => ({ name, weight: x[i] * (m.weights[i] ?? 0) }))
      .filter((c) => c.weight < 0)
      .sort((a, b) => a.weight - b.weight)
      .slice(0, 3)
      .map((c) => c.name);
    withheld.push({ ...f, rules: [...f.rules, `withheld: confidence ${p.toFixed(2)} below ${m.threshold} (${against.join(", ") || "no corroboration"})`] });
  }
  if (withheld.length === 0) return { figures, related };
  return { figures: kept, related: [...related, { title: WITHHELD_TITLE, when: null, documents: [...documents].sort(), figures: withheld }] };
}
