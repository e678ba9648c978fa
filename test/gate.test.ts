// The quality gate's rules (bench/gate/floors.ts) on hand-made scores: no corpus is read.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { halfOf } from "../bench/gate/data.ts";
import { parsePythonFigures, scoreFigures } from "../bench/gate/figures.ts";
import { compareToFloors, renderVerdicts, serializeFloors, updateFloors, type Floor, type FloorsFile, type Measured } from "../bench/gate/floors.ts";

const DIGESTS = { pages: "aaaa", founding: "bbbb" };

function floors(entries: Record<string, Partial<Floor> & Pick<Floor, "floor">>): FloorsFile {
  const full = Object.fromEntries(Object.entries(entries).map(([k, f]) => [k, { margin: 0, better: "higher", data: "pages", digest: "aaaa", ...f } as Floor]));
  return { note: "test", pinned: "2026-11-30", floors: full };
}

const f1 = (score: number, margin = 0.01): Measured => ({ metric: "clean.f1", score, margin, better: "higher", data: "pages" });
const failures = (score: number): Measured => ({ metric: "founding.failed", score, margin: 0, better: "lower", data: "founding" });

const statusOf = (measured: Measured[], file: FloorsFile, digests: Record<string, string> = DIGESTS) => compareToFloors(measured, digests, file).map((v) => [v.metric, v.status, v.failing]);

describe("gate: comparing scores with floors", () => {
  it("passes a score at its floor, within its margin, or above it", () => {
    const file = floors({ "clean.f1": { floor: 0.9, margin: 0.01 } });
    assert.deepEqual(statusOf([f1(0.9)], file), [["clean.f1", "ok", false]]);
    assert.deepEqual(statusOf([f1(0.891)], file), [["clean.f1", "ok", false]]);
    assert.deepEqual(statusOf([f1(0.95)], file), [["clean.f1", "improved", false]]);
  });

  it("fails a score below its floor by more than the margin, saying by how much", () => {
    const [verdict] = compareToFloors([f1(0.88)], DIGESTS, floors({ "clean.f1": { floor: 0.9, margin: 0.01 } }));
    assert.equal(verdict.status, "below floor");
    assert.equal(verdict.failing, true);
    assert.match(verdict.message ?? "", /fell 0\.0200/);
  });

  it("treats a lower-is-better floor as a ceiling: one more failure fails at margin 0", () => {
    const file = floors({ "founding.failed": { floor: 0, better: "lower", data: "founding", digest: "bbbb" } });
    assert.deepEqual(statusOf([failures(0)], file), [["founding.failed", "ok", false]]);
    assert.deepEqual(statusOf([failures(1)], file), [["founding.failed", "below floor", true]]);
    const fewer = floors({ "founding.failed": { floor: 2, better: "lower", data: "founding", digest: "bbbb" } });
    assert.deepEqual(statusOf([failures(1)], fewer), [["founding.failed", "improved", false]]);
  });

  it("fails, with a message, a floor measured on other data, even when the score is higher", () => {
    const [verdict] = compareToFloors([f1(0.99)], { pages: "cccc" }, floors({ "clean.f1": { floor: 0.9 } }));
    assert.equal(verdict.status, "data changed");
    assert.equal(verdict.failing, true);
    assert.match(verdict.message ?? "", /not the data the floor was measured on.*--allow-regression/);
  });

  it("fails a pinned metric that was not measured, and lists a new one as unpinned without failing", () => {
    const verdicts = statusOf([{ ...f1(0.5), metric: "clean.new" }], floors({ "clean.f1": { floor: 0.9 } }));
    assert.deepEqual(verdicts, [
      ["clean.new", "unpinned", false],
      ["clean.f1", "not measured", true],
    ]);
  });

  it("prints metric, score, floor, margin and status, with the reason under a failing row", () => {
    const table = renderVerdicts(compareToFloors([f1(0.5), failures(3)], DIGESTS, floors({ "clean.f1": { floor: 0.9 } })));
    const lines = table.split("\n");
    assert.match(lines[0], /^metric\s+score\s+floor\s+margin\s+status$/);
    assert.match(table, /clean\.f1\s+0\.5000\s+0\.9000\s+0\s+FAIL below floor\n\s+fell 0\.4000/);
    assert.match(table, /founding\.failed\s+3\s+-\s+0\s+unpinned/);
  });
});

describe("gate: updating floors", () => {
  const options = { allowRegression: false, date: "2026-12-01" };

  it("pins new metrics at their score, with their margin and the data's digest", () => {
    const { floors: next, changes } = updateFloors([f1(0.9123456789, 0.005)], DIGESTS, floors({}), options);
    assert.deepEqual(next.floors["clean.f1"], { floor: 0.912346, margin: 0.005, better: "higher", data: "pages", digest: "aaaa" });
    assert.equal(next.pinned, "2026-12-01");
    assert.equal(changes.length, 1);
  });

  it("raises a floor to a better score, and lowers a ceiling to fewer failures", () => {
    const file = floors({ "clean.f1": { floor: 0.9, margin: 0.01 }, "founding.failed": { floor: 2, better: "lower", data: "founding", digest: "bbbb" } });
    const { floors: next } = updateFloors([f1(0.95), failures(1)], DIGESTS, file, options);
    assert.equal(next.floors["clean.f1"].floor, 0.95);
    assert.equal(next.floors["founding.failed"].floor, 1);
  });

  it("never moves a floor the wrong way without --allow-regression, even within the margin", () => {
    const file = floors({ "clean.f1": { floor: 0.9, margin: 0.01 }, "founding.failed": { floor: 0, better: "lower", data: "founding", digest: "bbbb" } });
    const kept = updateFloors([f1(0.895), failures(1)], DIGESTS, file, options);
    assert.equal(kept.floors.floors["clean.f1"].floor, 0.9);
    assert.equal(kept.floors.floors["founding.failed"].floor, 0);
    assert.equal(kept.refused.length, 2);
    assert.equal(kept.floors.pinned, "2026-11-30", "nothing moved, so the date stays");
    const lowered = updateFloors([f1(0.895), failures(1)], DIGESTS, file, { ...options, allowRegression: true });
    assert.equal(lowered.floors.floors["clean.f1"].floor, 0.895);
    assert.equal(lowered.floors.floors["founding.failed"].floor, 1);
    assert.equal(lowered.refused.length, 0);
  });

  it("re-pins on changed data only with --allow-regression", () => {
    const file = floors({ "clean.f1": { floor: 0.9 } });
    const refused = updateFloors([f1(0.99)], { pages: "cccc" }, file, options);
    assert.equal(refused.floors.floors["clean.f1"].digest, "aaaa");
    assert.match(refused.refused[0], /allow-regression/);
    const repinned = updateFloors([f1(0.99)], { pages: "cccc" }, file, { ...options, allowRegression: true });
    assert.deepEqual([repinned.floors.floors["clean.f1"].floor, repinned.floors.floors["clean.f1"].digest], [0.99, "cccc"]);
  });

  it("keeps floors of metrics this run did not measure", () => {
    const { floors: next } = updateFloors([], DIGESTS, floors({ "clean.f1": { floor: 0.9 } }), options);
    assert.equal(next.floors["clean.f1"].floor, 0.9);
  });

  it("writes one line a metric, and reads back what it wrote", () => {
    const file = floors({ "clean.f1": { floor: 0.9 }, "founding.failed": { floor: 0, better: "lower" } });
    const text = serializeFloors(file);
    assert.deepEqual(JSON.parse(text), file);
    assert.equal(text.split("\n").filter((line) => line.includes('"digest"')).length, 2);
  });

  it("after an update, the same scores pass", () => {
    const measured = [f1(0.93), failures(0)];
    const { floors: next } = updateFloors(measured, DIGESTS, floors({}), options);
    assert.ok(compareToFloors(measured, DIGESTS, next).every((v) => !v.failing));
  });
});

describe("gate: halves and the figure scorer's port", () => {
  it("splits by a hash of the id: stable, and both halves used", () => {
    const ids = Array.from({ length: 200 }, (_, i) => `doc-${i}`);
    assert.deepEqual(ids.map(halfOf), ids.map(halfOf));
    const dev = ids.filter((id) => halfOf(id) === "dev").length;
    assert.ok(dev > 60 && dev < 140, `dev ${dev} of 200`);
  });

  it("scores both views as score-figures.py does, and reads the Python's counts", () => {
    const gold = [
      { event: "a", measure: "killed", value: 2, docs: ["d1", "d2"] },
      { event: "a", measure: "injured", value: 0, docs: ["d1", "d2"] },
      { event: "b", measure: "killed", value: 5, docs: ["d3"], accept: [4, 6] as [number, number] },
    ];
    const report = {
      events: [
        {
          documents: ["d1", "d2"],
          figures: [
            { measure: "killed", group: "civilians", best: 1, statements: [{ document: "d1", value: 1, scope: "part" }, { document: "d2", value: 2, scope: "total" }] },
            { measure: "killed", group: "militants", best: 1, statements: [] },
            { measure: "injured", group: "all", best: 3, statements: [{ document: "d1", value: 3 }] },
          ],
        },
        { documents: ["d3"], figures: [{ measure: "killed", group: "victims", best: 6, statements: [{ document: "d3", value: 7 }] }] },
      ],
    };
    const scores = scoreFigures(gold, report);
    // event view: 1+1=2 right, injured 3 on a zero gold wrong, 6 within accept right.
    assert.deepEqual({ ...scores.event, precision: undefined, recall: undefined, f1: undefined }, { gold: 2, pred: 3, tp: 2, predOk: 2, fpZero: 1, precision: undefined, recall: undefined, f1: undefined });
    // doc view: total-scope 2 right, injured 3 wrong, 7 outside accept wrong.
    assert.deepEqual([scores.doc.tp, scores.doc.pred, scores.doc.predOk, scores.doc.fpZero], [1, 3, 1, 1]);
    const printed = [
      "gold figures 3 (non-zero 2)",
      "event: predicted 3, correct 2, non-zero gold matched 2/2, false figures on zero-gold 1  ->  precision 0.667 recall 1.000 F1 0.800",
      "doc  : predicted 3, correct 1, non-zero gold matched 1/2, false figures on zero-gold 1  ->  precision 0.333 recall 0.500 F1 0.400",
    ].join("\n");
    assert.deepEqual(parsePythonFigures(printed), {
      event: { pred: 3, predOk: 2, tp: 2, gold: 2, fpZero: 1 },
      doc: { pred: 3, predOk: 1, tp: 1, gold: 2, fpZero: 1 },
    });
  });
});
