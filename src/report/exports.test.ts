import assert from "node:assert/strict";
import { test } from "node:test";
import { buildReport } from "./index.ts";
import { deathsOf, renderAcledCsv, renderGeoJson, renderStatementsCsv, renderUcdpCsv, STATEMENT_COLUMNS, UCDP_COLUMNS } from "./exports.ts";
import { handMadeReportInput } from "../../test/support/report-input.ts";
import type { Event, Figure } from "../types.ts";

const figure = (group: Figure["group"], best: number, low = best, high = best): Figure => ({
  measure: "killed", group, best, low, high, asOf: null, status: "agreed", rules: [], sources: 1, statements: [],
});
const event = (figures: Figure[]): Event => ({
  id: "e-a", title: "Attack", documents: [], start: null, end: null, places: [], actors: [], figures, assertions: [], related: [], evidence: [],
});

test("deaths by side never add a victims figure to the sides it already counts", () => {
  assert.equal(deathsOf(event([figure("all", 200), figure("victims", 50)])).best, 200);
  assert.equal(deathsOf(event([figure("victims", 50, 33, 50), figure("militants", 177), figure("civilians", 33)])).best, 227);
  assert.deepEqual(deathsOf(event([figure("civilians", 3, 2, 4), figure("security_forces", 2)])), {
    securityForces: 2, militants: null, civilians: 3, unknown: null, low: 4, best: 5, high: 6,
  });
  assert.equal(deathsOf(event([])).best, null);
});

test("every export has its header and one row per statement or event", () => {
  const report = buildReport(handMadeReportInput());
  const rows = (csv: string) => csv.trimEnd().split("\r\n");
  const statements = report.events.flatMap((e) => e.figures.flatMap((f) => f.statements));
  assert.equal(rows(renderStatementsCsv(report))[0], STATEMENT_COLUMNS.join(","));
  assert.equal(rows(renderStatementsCsv(report)).length, 1 + statements.length);
  assert.equal(rows(renderUcdpCsv(report))[0], UCDP_COLUMNS.join(","));
  assert.equal(rows(renderAcledCsv(report)).length >= 1 + report.events.length, true);
  const geo = JSON.parse(renderGeoJson(report)) as { type: string; features: { id: string; geometry: { coordinates: number[] } | null }[] };
  assert.equal(geo.type, "FeatureCollection");
  assert.deepEqual(geo.features.map((f) => f.id), report.events.map((e) => e.id));
  for (const f of geo.features) if (f.geometry) assert.equal(f.geometry.coordinates.length, 2);
});

test("an empty report exports headers only", () => {
  const empty = buildReport({ documents: [], links: [], families: [], events: [], problems: [], generatedAt: "2026-02-03T00:00:00.000Z" });
  assert.equal(renderUcdpCsv(empty), `${UCDP_COLUMNS.join(",")}\r\n`);
  assert.deepEqual(JSON.parse(renderGeoJson(empty)), { type: "FeatureCollection", features: [] });
});
