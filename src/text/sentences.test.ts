import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { splitSentences } from "./sentences.ts";

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("does not end a sentence at an abbreviation or an initial", () => {
    assert.deepEqual(sentences("Dr. Lee met Gov. Ruiz in Washington, D.C. on Friday. John F. Kennedy Airport closed."), [
      "Dr. Lee met Gov. Ruiz in Washington, D.C. on Friday.",
      "John F. Kennedy Airport closed.",
    ]);
    assert.deepEqual(sentences("The shop opened at 9 a.m. Monday and closed at 5 p.m. Tuesday."), [
      "The shop opened at 9 a.m. Monday and closed at 5 p.m. Tuesday.",
    ]);
  });

  it("ends a sentence at a time or company abbreviation followed by a word that opens one", () => {
    assert.deepEqual(sentences("A boy was hurt on Elm Road at 4 p.m. A woman was hurt later."), [
      "A boy was hurt on Elm Road at 4 p.m.",
      "A woman was hurt later.",
    ]);
    assert.deepEqual(sentences("She works for Acme Inc. The firm said nothing."), ["She works for Acme Inc.", "The firm said nothing."]);
  });

  it("ends a sentence where scraped paragraphs were glued without a space", () => {
    assert.deepEqual(sentences("Shots rang out in Dayton.It happened at noon."), ["Shots rang out in Dayton.", "It happened at noon."]);
    assert.deepEqual(sentences("Read more at example.com today."), ["Read more at example.com today."]);
  });
});
