// Property tests: arbitrary Unicode, HTML and JSONL never make a stage throw, and every
// offset a stage gives stays inside the document's original text. Runs are few and inputs
// short, so the suite stays fast; a failure prints the seed and the smallest input.
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import fc from "fast-check";
import { cleanDocument } from "../src/clean/index.ts";
import { extractDocuments } from "../src/extract/index.ts";
import { makeDocument, readInputs } from "../src/ingest/index.ts";
import { findLineage } from "../src/lineage/index.ts";

const RUNS = { numRuns: 40 };
const words = fc.constantFrom("killed", "12", "people", "Police", "said", ".", "\n", "\n\n", "<p>", "</p>", "<div class='nav'>", "&amp;", "\u202E", "😀", "é", " ", "At least", "civilians", "—");
const newsish = fc.array(fc.oneof(words, fc.string({ unit: "grapheme", maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(" "));
const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), newsish);

function checkOffsets(raw: string, format: "text" | "html"): Promise<void> | void {
  const clean = cleanDocument(makeDocument("p", "p.txt", raw, format, {}));
  for (const unit of clean.toRaw) assert.ok(unit >= -1 && unit < raw.length);
  for (const removal of clean.removed) assert.ok(removal.start >= 0 && removal.end <= raw.length && removal.start <= removal.end);
  for (const { statements } of extractDocuments([clean])) {
    for (const statement of statements) assert.ok(statement.start >= 0 && statement.end <= raw.length && statement.start <= statement.end);
  }
  return findLineage([clean, { ...clean, id: "q" }]).then(({ messages }) => {
    for (const message of [...messages.values()].flat()) {
      if (message.start !== undefined) assert.ok(message.start >= 0 && (message.end ?? 0) <= raw.length);
    }
  });
}

describe("no input breaks a stage", () => {
  it("arbitrary Unicode text: clean, lineage and extract give offsets inside it", async () => {
    await fc.assert(fc.asyncProperty(anyText, async (raw) => checkOffsets(raw, "text")), RUNS);
  });

  it("arbitrary HTML-ish text read as HTML", async () => {
    const html = newsish.map((body) => `<html><body><article>${body}</article></body></html>`);
    await fc.assert(fc.asyncProperty(fc.oneof(html, anyText), async (raw) => checkOffsets(raw, "html")), RUNS);
  });

  it("arbitrary JSONL lines are read or named as problems, never thrown", async () => {
    const dir = await mkdtemp(join(tmpdir(), "crosscheck-prop-"));
    const line = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.record({ id: fc.oneof(fc.string({ maxLength: 10 }), fc.integer()), text: anyText, published: fc.string({ maxLength: 12 }) }).map((o) => JSON.stringify(o)),
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 6 }), async (lines) => {
        const file = join(dir, `in${n++}.jsonl`);
        await writeFile(file, lines.join("\n"));
        const { documents } = await readInputs([file]);
        for (const doc of documents) assert.ok(!/[\n\u202E]/.test(doc.id));
      }),
      { numRuns: 25 },
    );
  });
});
