import { test } from "node:test";
import assert from "node:assert/strict";
import { extractFeatures, stem } from "./features.ts";
import { documentFromText } from "../../test/support/cluster-documents.ts";

const text = [
  " date 2026-02-02 ",
  "",
  "QUETTA, Pakistan (AP) — Security forces killed 24 militants in raids in Mastung on Sunday, officials said.",
  "",
  "The Baloch Liberation Army claimed the attacks. In March 2025, militants hijacked the Jaffar Express near Sibi.",
].join("\n");

test("names, places and the event date come out; the publication date anchors relative days", () => {
  const f = extractFeatures(documentFromText("a", text));
  assert.ok(f.places.has("Quetta|PK"));
  assert.ok(f.places.has("Mastung|PK"));
  assert.ok(f.names.has("baloch liberation army"));
  assert.deepEqual(f.eventDates, ["2026-02-01"]);
  assert.equal(f.eventYear, 2026);
  assert.ok(f.when.has("sunday"));
});

test("a background sentence weighs less than the lead", () => {
  const f = extractFeatures(documentFromText("a", text));
  assert.ok((f.names.get("jaffar express") ?? 0) < (f.names.get("baloch liberation army") ?? 0));
  assert.ok(!f.when.has("2025"), "years of background sentences are not the event's");
});

test("negative cases: sentence-initial function words, months and lower-case words are not names", () => {
  const f = extractFeatures(documentFromText("b", "The police said on Monday. In March the river rose. Reading is fun, reading helps."));
  for (const key of ["the", "in march", "march", "monday", "reading", "police"]) assert.ok(!f.names.has(key), key);
  assert.equal(f.places.size, 0);
});

test("without a publication date, only dates that state their year count", () => {
  const f = extractFeatures(documentFromText("c", "The fire broke out on Friday night at the church."));
  assert.equal(f.eventDay, null);
  const g = extractFeatures(documentFromText("d", "The fire broke out on July 23, 2008 at the church."));
  assert.deepEqual(g.eventDates, ["2008-07-23"]);
});

test("stem meets plural and past forms", () => {
  assert.equal(stem("quakes"), stem("quake"));
  assert.equal(stem("killed"), "kill");
});

test("a shared city and week alone do not make two reports alike; shared words still do", async () => {
  const { similarity } = await import("./similarity.ts");
  const { DEFAULT_WEIGHTS } = await import("./index.ts");
  const features = extractFeatures(documentFromText("x", "A report."));
  const report = (term: string) => ({
    features: { ...features, eventDay: null, eventYear: null },
    terms: new Map([[`t:${term}`, 1]]),
    names: new Map<string, number>(),
    lead: new Map<string, number>(),
    places: new Map([["p:Flint|US", 1]]),
    when: new Map([["w:wednesday", 1]]),
  });
  // Two incidents of one city and week: nothing but the where and the when in common.
  assert.equal(similarity(report("robbed"), report("gunfire"), DEFAULT_WEIGHTS), 0);
  assert.ok(similarity(report("robbed"), report("gunfire"), { ...DEFAULT_WEIGHTS, contextGate: 0 }) > 0.3);
  assert.ok(similarity(report("gunfire"), report("gunfire"), DEFAULT_WEIGHTS) > 0.9);
});

test("a place is shown as the report spells it, a people's shortened name as the place's own", () => {
  const f = extractFeatures(documentFromText("m", "Buildings collapsed in Marrakech on Friday night.\n\nBaloch fighters were seen near Quetta, in Balochistan."));
  const shown = [...f.display.entries()].filter(([k]) => k.startsWith("p:")).map(([, v]) => v);
  assert.ok(shown.includes("Marrakech"), shown.join(", "));
  assert.ok(!shown.includes("Marrakesh") && !shown.includes("Baloch"), shown.join(", "));
});
