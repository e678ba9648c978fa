// Lineage does bounded work however a report is shaped: a paragraph of thousands of
// sentences over a small vocabulary used to take minutes (every stem scanned against every
// sentence). No timings here: the test finishing at all is the check (bench/large-input.ts times it).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cleanDocumentFromText } from "../../test/support/documents.ts";
import { oneParagraph } from "../../test/support/large-input.ts";
import { alignSentences } from "./align.ts";
import { findLineage } from "./index.ts";
import { findInternalRepeats } from "./repeat.ts";
import { StemPostings } from "./stem-postings.ts";
import { splitSentences, type Sentence } from "./text.ts";

/** What the index must agree with: shared stems counted pair by pair. */
function sharedByBruteForce(sentence: Sentence, others: Sentence[]): Map<number, number> {
  const out = new Map<number, number>();
  others.forEach((other, i) => {
    const shared = other.stems.filter((stem) => sentence.stems.includes(stem)).length;
    if (shared > 0) out.set(i, shared);
  });
  return out;
}

describe("bounded sentence matching", () => {
  it("counts shared stems exactly when no stem is over the limit", () => {
    const sentences = splitSentences(oneParagraph(60, 3));
    const postings = new StemPostings(sentences, 1000).addAll();
    const shared = new Map<number, number>();
    for (const sentence of sentences.slice(0, 10)) {
      postings.sharedStems(sentence, shared);
      assert.deepEqual(new Map([...shared].sort((x, y) => x[0] - y[0])), sharedByBruteForce(sentence, sentences));
    }
  });

  it("still counts frequent stems for partners that rare stems found", () => {
    const sentences = splitSentences("Alpha bravo charlie delta. Alpha bravo charlie echo. Alpha bravo foxtrot golf.");
    const postings = new StemPostings(sentences, 2).addAll();
    assert.deepEqual([...postings.frequent], ["alpha", "bravo"]);
    const shared = new Map<number, number>();
    postings.sharedStems(sentences[0], shared);
    // "charlie" is rare and finds sentence 1; alpha and bravo are then counted for it. Sentence 2
    // shares only frequent stems and is not found: the documented cost of the bound.
    assert.deepEqual([...shared].sort(), [[0, 4], [1, 3]]);
  });

  it("aligns and finds repeats in an 8,000-sentence paragraph, and says the search was bounded", async () => {
    const text = oneParagraph(8_000);
    const sentences = splitSentences(text);
    assert.ok(sentences.length >= 7_000);
    findInternalRepeats(sentences);
    alignSentences(sentences, sentences);
    const huge = cleanDocumentFromText("huge", text, { paragraphs: "whole" });
    const { messages } = await findLineage([huge]);
    const rules = (messages.get("huge") ?? []).map((message) => message.rule);
    assert.ok(rules.includes("lineage-bounded"));
    assert.ok(rules.filter((rule) => rule === "internal-repeat").length <= 21);
  });

  it("says nothing of bounds on an ordinary report", async () => {
    const story = "Flooding killed 12 people in the valley on Tuesday. Rescue teams pulled survivors from houses. Roads remained closed by landslides.";
    const { messages } = await findLineage([cleanDocumentFromText("story", story)]);
    assert.equal((messages.get("story") ?? []).length, 0);
  });
});
