// The changes between runs, on reports the pipeline makes from hand-written documents: events
// matched across runs by the reports they share (their ids are the run's own), and sentences
// counted once a rewritten pair.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { makeDocument } from "../ingest/index.ts";
import { reportFromSources } from "../pipeline.ts";
import { openStore } from "../store/index.ts";
import { changedSentences, changesBetween, changesOfRun, changesSince } from "./changes.ts";
import { reportFromStore } from "./stored.ts";

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

describe("changes stored with each run", () => {
  test("/api/changes reads the stored changes, and they are what re-reading every run gives", async () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-changes-"));
    const store = await openStore(join(dir, "store.sqlite"));
    try {
      const doc = (id: string, text: string) => makeDocument(id, `${id}.txt`, text, "text", { published: "2026-02-02", outlet: "Dawn" });
      const times = ["2026-02-02T10:00:00.000Z", "2026-02-02T11:00:00.000Z", "2026-02-02T12:00:00.000Z"];
      await store.putDocuments([doc("a", STRIKE)], times[0]);
      await reportFromStore(store, { generatedAt: times[0] });
      await store.putDocuments([doc("a", STRIKE.replace("12 people", "15 people"))], times[1]);
      await reportFromStore(store, { generatedAt: times[1] });
      await store.putDocuments([doc("b", "QUETTA — Gunmen killed 17 people at a market in Quetta on Monday, officials said.")], times[2]);
      const third = await reportFromStore(store, { generatedAt: times[2] });

      const stored = await store.runChanges(null);
      assert.deepEqual(stored.map((r) => r.run), [1, 2, 3], "each run's changes stored with it");
      assert.deepEqual(third.changes, stored[2].changes, "the run's own answer is the stored one");
      const recomputed = [...(await changesOfRun(store, 1)), ...(await changesOfRun(store, 2)), ...(await changesOfRun(store, 3))];
      assert.deepEqual(await changesSince(store, null), recomputed);
      assert.deepEqual(await changesSince(store, times[0]), recomputed.filter((c) => c.run > 1));
      assert.ok(recomputed.some((c) => c.kind === "figure") && recomputed.some((c) => c.kind === "new-version"));
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
