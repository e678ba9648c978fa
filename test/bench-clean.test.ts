// bench:clean's writing of docs/evaluation.md: it owns one page set's part of the Cleaning
// section and must leave the rest of the page (the other set, the notes, other sections) alone.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderSubsection, replaceSubsection, type PageScore } from "../bench/clean.ts";

const page = (id: string, precision: number, recall: number): PageScore => ({ id, precision, recall, empty: false });

const DOC = [
  "# Evaluation",
  "",
  "## Cleaning (bench:clean)",
  "",
  "Introduction written by hand.",
  "",
  "### article-extraction-benchmark (181 pages)",
  "",
  "old benchmark table",
  "",
  "### readability-test-pages (125 pages)",
  "",
  "old readability table",
  "",
  "### Notes",
  "",
  "- a note measured by hand",
  "",
  "## Reconciliation and report (bench:reconcile)",
  "",
  "other stage",
  "",
].join("\n");

describe("bench:clean writes only its page set's part of the evaluation page", () => {
  it("replaces the benchmark's part and keeps the introduction, the other set, the notes and the next section", () => {
    const out = replaceSubsection(DOC, "article-extraction-benchmark", "### article-extraction-benchmark (181 pages)\n\nnew table\n");
    assert.equal(out, DOC.replace("old benchmark table", "new table"));
  });

  it("replaces the second set's part the same way", () => {
    const out = replaceSubsection(DOC, "readability-test-pages", "### readability-test-pages (125 pages)\n\nnew table");
    assert.equal(out, DOC.replace("old readability table", "new table"));
  });

  it("adds a missing set's part before the notes, and refuses a page with no Cleaning section", () => {
    const out = replaceSubsection(DOC, "other-pages", "### other-pages (3 pages)\n\nthird table\n");
    assert.ok(out?.includes("old readability table\n\n### other-pages (3 pages)\n\nthird table\n\n### Notes\n"));
    assert.equal(replaceSubsection("# Evaluation\n", "other-pages", "### other-pages (3 pages)\n"), null);
  });

  it("renders a set's part in the section's layout: halves, empty pages, speed, scorer, weakest pages", () => {
    // "a" and "b" fall in different halves of bench/gate/data.ts halfOf.
    const scores = [page("a", 1, 1), { ...page("b", 0.5, 0.5), empty: true }];
    const text = renderSubsection({
      corpusName: "readability-test-pages",
      date: "2026-12-01",
      pages: 2,
      results: [{ name: "crosscheck", f1: 0.5, precision: 0.5, recall: 0.5, pagesPerSecond: 10, scores }],
      officialLine: "extraction: F1 0.500",
      weakest: ["- b 0.00 / 0.00"],
    });
    assert.match(text, /^### readability-test-pages \(2 pages\)\n/);
    assert.match(text, /\| method \| F1 \| precision \| recall \| dev F1 \| held-out F1 \| empty \| pages\/s \|/);
    assert.match(text, /\n\| crosscheck \| 0\.500 \| 0\.500 \| 0\.500 \| 1\.000 \| 0\.500 \| 1 \| 10\.0 \|\n/);
    assert.match(text, /`extraction: F1 0\.500`/);
    assert.match(text, /- b 0\.00 \/ 0\.00$/);
  });
});
