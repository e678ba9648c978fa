// The changes between runs, on reports the pipeline makes from hand-written documents: events
// matched across runs by the reports they share (their ids are the run's own), and sentences
// counted once a rewritten pair.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { makeDocument } from "../ingest/index.ts";
import { reportFromSources } from "../pipeline.ts";
import { changedSentences, changesBetween } from "./changes.ts";

const report = async (texts: Record<string, string>) =>
  (await reportFromSources(Object.entries(texts).map(([id, text]) => makeDocument(id, `${id}.txt`, text, "text", { published: "2026-02-02", outlet: "Dawn" })), [], { generatedAt: "2026-02-02T10:00:00Z" })).report;

const STRIKE = "QUETTA — Gunmen killed 12 people at a market in Quetta on Monday, police said. The attack began at noon.";

describe("changes between runs", () => {
  test("a rewritten sentence counts once, an added one once", () => {
    assert.equal(changedSentences("One. Two. Three.", "One. Two, again. Three. Four."), 2);
    assert.equal(changedSentences("One. Two.", "One. Two."), 0);
  });

  test("the first run is all new events; a later one names the figure that moved and the new version", async () => {
    const before = await report({ a: STRIKE });
    const first = changesBetween(null, before, { id: 1, generatedAt: before.generatedAt });
    assert.deepEqual(first.map((c) => c.kind), ["new-event"]);
    assert.match(first[0].text, /killed 12/);
    const after = await report({ a: STRIKE.replace("12 people", "15 people"), b: "QUETTA — Gunmen killed 15 people at a market in Quetta on Monday, officials said." });
    const changes = changesBetween(before, after, { id: 2, generatedAt: "2026-02-02T12:00:00Z" });
    assert.deepEqual(changes.map((c) => c.kind), ["figure", "new-version", "new-report"]);
    const figure = changes[0];
    assert.ok(figure.kind === "figure" && figure.before === 12 && figure.after === 15);
    assert.match(figure.text, /12 -> 15 \(.*Dawn, 2 Feb\)/);
    assert.equal(changes[1].kind === "new-version" && changes[1].sentencesChanged, 1);
    assert.equal(changesBetween(after, after, { id: 3, generatedAt: "x" }).length, 0, "a run against itself changes nothing");
  });
});
