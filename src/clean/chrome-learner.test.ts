import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { makeDocument } from "../ingest/index.ts";
import { corpus } from "../../test/support/shared.ts";
import type { SourceDocument } from "../types.ts";
import { ChromeLearner, learnChrome } from "./chrome-learner.ts";

const FOOTER = "Sign up for the Harbour Gazette newsletter to get the day's top stories in your inbox every morning.";
const ARTICLES = [
  "The city council approved a new budget on Monday after weeks of debate over school funding and road repairs in the eastern districts.\n\nCouncil members said the plan raises spending on libraries and parks while holding property taxes flat for another year.",
  "A fire broke out at a warehouse near the port early on Tuesday, sending thick smoke over nearby neighbourhoods and closing two main roads.\n\nFirefighters brought the blaze under control by midday; no injuries were reported and the cause is under investigation.",
  "The regional football club signed a young striker from a rival team on a three-year contract, its chairman announced at a press event.\n\nSupporters welcomed the move after a season in which the club struggled to score goals in away matches.",
];
const article = (id: string, i: number, outlet = "Harbour Gazette"): SourceDocument =>
  makeDocument(id, `feed#${id}`, `${ARTICLES[i]}\n\n${FOOTER}`, "text", { outlet });

/** The GVA reports as a feed would give them, some under one outlet, some under another. */
function gvaSlice(count: number): SourceDocument[] {
  const lines = readFileSync(corpus("gva-train", "reports.jsonl"), "utf8").split("\n").filter((l) => l.trim()).slice(0, count);
  return lines.map((line, i) => {
    const r = JSON.parse(line) as { id: string; text: string; published?: string };
    const outlet = i % 3 === 0 ? undefined : i % 3 === 1 ? "Midland Courier" : "Valley Sentinel";
    const text = outlet ? `${r.text}\n\n${FOOTER.replace("Harbour Gazette", outlet)}` : r.text;
    return makeDocument(r.id, `gva#${r.id}`, text, "text", { published: r.published, outlet });
  });
}

const sorted = (set: Set<string>) => [...set].sort();

describe("ChromeLearner", () => {
  it("returns a footer as chrome once two different articles of one site carry it, and takes it back when one leaves", () => {
    const learner = new ChromeLearner();
    assert.deepEqual(learner.update([article("a", 0)]), { added: [], removed: [] });
    const change = learner.update([article("b", 1)]);
    assert.equal(change.added.length, 1);
    assert.match(change.added[0], /sign up for the harbour gazette newsletter/);
    assert.deepEqual(learner.update([article("c", 2)]), { added: [], removed: [] });
    learner.update([], ["b"]);
    assert.equal(learner.update([], ["c"]).removed.length, 1);
    assert.equal(learner.chrome.size, 0);
  });

  it("learns over documents given in chunks, some replaced, what one pass over the same set learns", () => {
    const docs = gvaSlice(400);
    const learner = new ChromeLearner();
    let at = 0;
    for (const size of [1, 2, 40, 7, 150, 200]) {
      learner.update(docs.slice(at, at + size));
      at += size;
    }
    assert.ok(learner.chrome.size > 0);
    assert.deepEqual(sorted(learner.chrome), sorted(learnChrome(docs)));
    // A new text under a held id keeps the id's place in the set.
    const replaced = { ...docs[10], raw: docs[11].raw };
    learner.update([replaced], [docs[20].id]);
    const now = docs.map((d, i) => (i === 10 ? replaced : d)).filter((_, i) => i !== 20);
    assert.deepEqual(sorted(learner.chrome), sorted(learnChrome(now)));
  });
});
