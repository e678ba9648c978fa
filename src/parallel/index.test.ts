import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { learnChrome } from "../clean/index.ts";
import { extractDocuments, unifyExtractions } from "../extract/index.ts";
import { makeDocument } from "../ingest/index.ts";
import { REPO_ROOT } from "../../test/support/shared.ts";
import type { SourceDocument } from "../types.ts";
import { createPool, mapInOrder } from "./index.ts";
import { cleanAll, extractEach } from "./stages.ts";

const EXAMPLE = join(REPO_ROOT, "examples", "balochistan-2026-02");

/** The founding corpus, each report twice under another id: enough items for several batches. */
function documents(): SourceDocument[] {
  const names = readdirSync(EXAMPLE).filter((name) => name.endsWith(".txt")).sort();
  const once = names.map((name) => makeDocument(name.split(".")[0], join(EXAMPLE, name), readFileSync(join(EXAMPLE, name), "utf8"), "text", {}));
  return [...once, ...once.map((doc) => ({ ...doc, id: `${doc.id}-again`, source: `${doc.source}#again` }))];
}

describe("parallel pool", () => {
  it("cleans and extracts on worker threads exactly as in one thread, results in input order", async () => {
    const docs = documents();
    const chrome = learnChrome(docs);
    const here = createPool({ jobs: 1 });
    const workers = createPool({ jobs: 2, minItems: 0, batchSize: 1 });
    try {
      const cleanedHere = await cleanAll(here, docs, chrome);
      const cleanedThere = await cleanAll(workers, docs, chrome);
      assert.deepEqual(cleanedThere, cleanedHere);
      const cleaned = cleanedHere.map((result) => (result.ok ? result.value : assert.fail(result.error)));
      assert.deepEqual(cleaned.map((doc) => doc.id), docs.map((doc) => doc.id));
      assert.equal(cleaned[0].raw, docs[0].raw, "each document keeps its original text");

      const extractedThere = await extractEach(workers, cleaned);
      assert.deepEqual(extractedThere, await extractEach(here, cleaned));
      const each = extractedThere.map((result) => (result.ok ? result.value : assert.fail(result.error)));
      assert.deepEqual(unifyExtractions(each), extractDocuments(cleaned), "the cross-document step after the pool gives what extraction over the set gives");
    } finally {
      await Promise.all([here.close(), workers.close()]);
    }
  });

  it("gives a document that throws its own outcome and goes on with the others", async () => {
    const docs = documents().slice(0, 3);
    const broken = { ...docs[1], raw: null } as unknown as SourceDocument;
    const outcomes = await mapInOrder("clean", [docs[0], broken, docs[2]], [], { jobs: 2, minItems: 0, batchSize: 2 });
    assert.deepEqual(outcomes.map((outcome) => outcome.ok), [true, false, true]);
    assert.equal(outcomes[1].ok === false && typeof outcomes[1].error, "string");
  });

  it("runs few items in this thread, and nothing at all without items", async () => {
    assert.deepEqual(await mapInOrder("extract", [], null, { jobs: 2, minItems: 0 }), []);
    const outcomes = await mapInOrder("clean", documents().slice(0, 2), [], { jobs: 2 });
    assert.deepEqual(outcomes.map((outcome) => outcome.ok), [true, true]);
  });
});
