import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Figure, RelatedEvent } from "../types.ts";
import { confidenceOf, featuresOf, FEATURES, WITHHELD_TITLE, withholdDoubtful, type ConfidenceModel } from "./confidence.ts";

const figure = (best: number, values: number[], extra: Partial<Figure> = {}): Figure =>
  ({
    measure: "killed", group: "all", best, low: Math.min(...values), high: Math.max(...values), asOf: "2026-03-08", status: "agreed", sources: 1, rules: [],
    statements: values.map((value, i) => ({ document: `d${i}`, measure: "killed", group: "all", value, qualifier: "exact", scope: "total", scopeText: null, attribution: null, speaker: null, cues: { change: null, scope: null, vague: false }, place: { paragraph: 1, sentence: 1 }, reported: "2026-03-08", quote: "", start: 0, end: 1, rule: "subject-passive", inferred: [], background: null })),
    ...extra,
  }) as Figure;

/** A model that doubts only competing values. */
const model: ConfidenceModel = { weights: FEATURES.map((name) => (name === "bias" ? 2 : name === "competing-values" ? -4 : 0)), threshold: 0.5 };

describe("figure confidence: doubtful figures are withheld with their reason, never dropped", () => {
  it("reads the features of a figure", () => {
    const x = featuresOf([], figure(2, [2, 1]));
    assert.equal(x[FEATURES.indexOf("competing-values")], 1);
    assert.equal(x[FEATURES.indexOf("all-agree")], 0);
    assert.equal(x[FEATURES.indexOf("best>1")], 1);
  });

  it("moves a figure below the threshold to a related event, with a withheld rule", () => {
    const doubtful = figure(2, [2, 1]);
    const sure = { ...figure(1, [1]), measure: "injured" as const };
    const { figures, related } = withholdDoubtful([doubtful, sure], [], ["d0", "d1"], model);
    assert.deepEqual(figures.map((f) => f.measure), ["injured"]);
    const held = related.find((r: RelatedEvent) => r.title === WITHHELD_TITLE)!;
    assert.equal(held.figures[0].best, 2);
    assert.match(held.figures[0].rules.at(-1)!, /^withheld: confidence 0\.12 below 0\.5 \(competing-values\)$/);
    assert.ok(confidenceOf(featuresOf([], sure), model) > 0.5);
  });

  it("keeps every figure of an event that is not a local incident (a toll above 10)", () => {
    const { figures, related } = withholdDoubtful([figure(177, [177, 145])], [], ["d0", "d1"], model);
    assert.equal(figures.length, 1);
    assert.deepEqual(related, []);
  });
});
