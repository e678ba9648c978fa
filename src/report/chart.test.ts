import { test } from "node:test";
import assert from "node:assert/strict";
import { handMadeStatement } from "../../test/support/documents.ts";
import { reconcileFigures } from "../reconcile/index.ts";
import { figureChart } from "./chart.ts";

test("a figure reported on many days labels its axis without overlapping dates", () => {
  const days = Array.from({ length: 30 }, (_, i) => `2026-03-${String(i + 1).padStart(2, "0")}`);
  const statements = days.map((day, i) =>
    handMadeStatement(`d${i}`, `The toll rose to ${10 + i}, officials said.`, 0, 1, { measure: "killed", group: "victims", value: 10 + i, reported: day }),
  );
  const [figure] = reconcileFigures(statements, []);
  const svg = figureChart(figure);
  const xs = [...svg.matchAll(/<text x="([\d.]+)" y="\d+" text-anchor="middle"[^>]*>\d\d-\d\d</g)].map((m) => Number(m[1]));
  assert.ok(xs.length >= 2 && xs.length < days.length, `${xs.length} date labels`);
  for (let i = 1; i < xs.length; i++) assert.ok(xs[i] - xs[i - 1] >= 34, `labels ${xs[i - 1]} and ${xs[i]} overlap`);
});
