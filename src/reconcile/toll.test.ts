import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { handMadeStatement, type StatementFields } from "../../test/support/documents.ts";
import { reconcileFigures } from "./index.ts";
import { tollStatements } from "./toll.ts";

const s = (document: string, value: number, extra: Partial<StatementFields> = {}) =>
  handMadeStatement(document, "q", 0, 1, { measure: "killed", group: "victims", value, reported: "2026-03-04", ...extra });

describe("the event's toll comes from totals only", () => {
  it("a vague amount is never best where a count exists, nor its low or high", () => {
    const [f] = reconcileFigures(tollStatements([s("a", 24, { cues: { change: null, scope: null, vague: true }, qualifier: "at_least", role: "total" }), s("b", 10, { role: "total" })]), []);
    assert.equal(f.best, 10);
    assert.equal(f.low, 10);
    assert.equal(f.high, 10);
    assert.equal(f.statements.length, 2);
  });

  it("a vague amount alone is the toll, as a lower bound", () => {
    const [f] = reconcileFigures(tollStatements([s("a", 24, { cues: { change: null, scope: null, vague: true }, qualifier: "at_least", role: "total" })]), []);
    assert.equal(f.best, 24);
  });

  it("an anecdote, a part or a single partial figure never becomes the total", () => {
    const parts = tollStatements([s("a", 7, { role: "individual" }), s("b", 3, { role: "partial", scope: "partial", scopeText: "overnight" })]);
    assert.deepEqual(reconcileFigures(parts, []), []);
    const [f] = reconcileFigures(tollStatements([...parts, s("c", 12, { role: "total" })]), []);
    assert.deepEqual([f.best, f.low, f.high], [12, 12, 12]);
  });
});
