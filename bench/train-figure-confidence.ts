// A learned confidence for an event's figure (issue 11): a small logistic model over what
// reconciliation knows about a figure (independent families stating it, its rule, prominence,
// implicit or vague, agreement, competing values, round-up siblings), trained on the dev half
// of gva-train only (gold clusters, as bench/figures.ts), the withholding threshold picked on
// dev, and scored on the held-out half against the rules alone. It writes the weights with
// --write to src/reconcile/figure-confidence.json, read by src/reconcile/confidence.ts;
// reconcileEvent applies it only with `{ withhold: true }`, since on held-out it did not beat
// the rules without a recall cost (docs/evaluation.md, figures, round 6).
//
//   npx tsx bench/train-figure-confidence.ts [--write]
import { readFileSync, writeFileSync } from "node:fs";
import type { Event, Figure, Measure } from "../src/types.ts";
import { readInputs } from "../src/ingest/index.ts";
import { cleanDocuments } from "../src/clean/index.ts";
import { findLineage } from "../src/lineage/index.ts";
import { extractDocuments } from "../src/extract/index.ts";
import { reconcileEvent } from "../src/reconcile/index.ts";
import { FEATURES, featuresOf, isLocalIncident, WITHHELD_TITLE } from "../src/reconcile/confidence.ts";
import { corpus } from "../test/support/shared.ts";
import { halfOf, type Half } from "./gate/data.ts";

interface GoldFigure { event: string; measure: Measure; value: number; docs: string[]; accept?: [number, number] }
interface Gold { clusters: Record<string, string[]>; figures: GoldFigure[] }

/** The figure bench/figures.ts scores for a measure: the whole, else the victims. */
function figureOf(e: Event, measure: Measure): Figure | undefined {
  const of = e.figures.filter((f) => f.measure === measure);
  return of.find((f) => f.group === "all") ?? of.find((f) => f.group === "victims") ?? of[0];
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const score = (w: number[], x: number[]): number => sigmoid(x.reduce((a, v, i) => a + v * w[i], 0));

function train(xs: number[][], ys: number[], epochs = 3000, rate = 0.3, l2 = 0.01): number[] {
  const w = new Array(xs[0].length).fill(0);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Array(w.length).fill(0);
    xs.forEach((x, n) => {
      const err = score(w, x) - ys[n];
      x.forEach((v, i) => (grad[i] += err * v));
    });
    w.forEach((_, i) => (w[i] -= rate * (grad[i] / xs.length + (i ? l2 * w[i] : 0))));
  }
  return w;
}

interface Item { half: Half; gold: GoldFigure; pred: number | null; ok: boolean; x: number[] | null }

/** Precision and recall as score-figures.py counts them, a figure withheld below `threshold`. */
function pr(items: Item[], w: number[] | null, threshold: number): { P: number; R: number; pred: number } {
  let gold = 0, pred = 0, tp = 0, predOk = 0;
  for (const it of items) {
    const kept = it.pred !== null && (!w || !it.x || score(w, it.x) >= threshold) ? it.pred : null;
    const ok = kept !== null && it.ok;
    if (it.gold.value > 0) gold++;
    if (kept !== null && (kept > 0 || it.gold.value > 0)) pred++;
    if (it.gold.value > 0 && ok) tp++;
    if (kept !== null && kept > 0 && ok) predOk++;
  }
  return { P: pred ? predOk / pred : 0, R: gold ? tp / gold : 0, pred };
}
const f05 = ({ P, R }: { P: number; R: number }): number => (P + R ? (1.25 * P * R) / (0.25 * P + R) : 0);
const show = (name: string, m: { P: number; R: number; pred: number }): string => `${name}: P ${m.P.toFixed(3)} R ${m.R.toFixed(3)} F0.5 ${f05(m).toFixed(3)} (predicted ${m.pred})`;

async function main(): Promise<void> {
  const gold = JSON.parse(readFileSync(corpus("gva-train", "gold.json"), "utf8")) as Gold;
  const { documents } = await readInputs([corpus("gva-train", "reports.jsonl")]);
  const cleaned = cleanDocuments(documents).filter((d) => d.text.trim() !== "");
  const lineage = await findLineage(cleaned);
  const extractions = extractDocuments(cleaned);
  const events = new Map<string, Event>();
  for (const [name, docs] of Object.entries(gold.clusters)) {
    // The rules' figures, as before any is withheld: what the model learns from.
    const e = reconcileEvent({ cluster: { id: name, documents: docs, evidence: [] }, documents: cleaned, extractions, families: lineage.families });
    events.set(name, e);
  }
  const items: Item[] = gold.figures.map((g) => {
    const e = events.get(g.event)!;
    const f = figureOf(e, g.measure);
    // bench/figures.ts's event value: the whole or the victims, else the groups' sum (a few events).
    const pred = f ? f.best : null;
    const ok = pred !== null && (g.accept ? g.accept[0] <= pred && pred <= g.accept[1] : pred === g.value);
    // Events outside the model's kind (isLocalIncident) keep their figures: no features, never withheld.
    return { half: halfOf(g.event), gold: g, pred, ok, x: f && isLocalIncident(e.figures) ? featuresOf(e.related.filter((r) => r.title !== WITHHELD_TITLE), f) : null };
  });
  const dev = items.filter((i) => i.half === "dev");
  const held = items.filter((i) => i.half === "held-out");
  const trainSet = dev.filter((i) => i.x && i.pred !== null && (i.pred > 0 || i.gold.value > 0));
  const w = train(trainSet.map((i) => i.x!), trainSet.map((i) => (i.ok ? 1 : 0)));
  let best = { threshold: 0, f: f05(pr(dev, null, 0)) };
  for (let t = 0.05; t < 0.95; t += 0.025) {
    const f = f05(pr(dev, w, t));
    if (f > best.f + 1e-9) best = { threshold: Number(t.toFixed(3)), f };
  }
  console.log(`train-figure-confidence (gva-train, gold clusters): ${trainSet.length} dev figures trained on, threshold ${best.threshold} (best dev F0.5)`);
  console.log(FEATURES.map((name, i) => `  ${name} ${w[i].toFixed(3)}`).join("\n"));
  console.log(show("dev      rules", pr(dev, null, 0)));
  console.log(show("dev      model", pr(dev, w, best.threshold)));
  console.log(show("held-out rules", pr(held, null, 0)));
  console.log(show("held-out model", pr(held, w, best.threshold)));
  for (const t of [0.3, 0.4, 0.5, 0.6]) console.log(show(`held-out model @${t}`, pr(held, w, t)));
  if (process.argv.includes("--write")) {
    writeFileSync("src/reconcile/figure-confidence.json", JSON.stringify({ trainedOn: "gva-train dev half (bench/train-figure-confidence.ts)", features: FEATURES, weights: w.map((v) => Number(v.toFixed(4))), threshold: best.threshold }, null, 2) + "\n");
  }
}

await main();
