// Stored runs over the founding corpus in a SQLite store: the run keeps the documents as
// cleaning left them (so a document page never cleans again), and the cache recomputes only
// when the store changes.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { readInputs } from "../ingest/index.ts";
import { openStore, type Store } from "../store/index.ts";
import { ReportCache, reportFromStore } from "./index.ts";

const CORPUS = join(import.meta.dirname, "../../examples/balochistan-2026-02");
const AT = "2026-02-04T00:00:00.000Z";

let dir: string;
let store: Store;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "crosscheck-runs-"));
  store = await openStore(join(dir, "store.sqlite"));
  await store.putDocuments((await readInputs([CORPUS])).documents, AT);
});

after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("stored runs", () => {
  test("reportFromStore keeps every reported document as cleaning left it, with its map to raw offsets", async () => {
    const { report, cleaned, sources, runId } = await reportFromStore(store, { generatedAt: AT });
    assert.equal(runId, 1);
    assert.deepEqual(cleaned.map((d) => d.id), report.documents.map((d) => d.id));
    for (const doc of cleaned) {
      const shown = report.documents.find((d) => d.id === doc.id)!;
      assert.equal(doc.text, shown.text, doc.id);
      assert.equal(doc.toRaw.length, doc.text.length, doc.id);
      assert.equal(doc.raw, sources.find((s) => s.id === doc.id)!.raw, doc.id);
    }
  });

  test("the cache hands out the run's own cleaned documents and updates only after the store changes, behind the reads", async () => {
    const cache = new ReportCache(store, () => new Date(AT));
    const started = await cache.get();
    assert.equal(started.runId, 1, "a restarted server answers at once from the last stored run");
    assert.equal(started.cleanedDocument(started.report.documents[0].id), null, "a run read back has no cleaned documents");
    assert.equal(cache.updating, true);
    await cache.settled();
    const first = await cache.get();
    assert.equal(first.runId, 2);
    const id = first.report.documents[0].id;
    assert.equal(first.cleanedDocument(id), first.cleaned.find((d) => d.id === id), "the same object: nothing cleaned again");
    assert.equal(first.cleanedDocument("no-such-document"), null);
    assert.equal(await cache.get(), first);
    await store.putDocuments([{ ...first.sources[0], id: "extra", raw: "Two people were hurt in Quetta on Monday, police said.", messages: [] }], AT);
    assert.equal(await cache.get(), first, "a read is answered from the last report while the update runs");
    assert.equal(cache.updating, true);
    await cache.settled();
    const second = await cache.get();
    assert.notEqual(second, first);
    assert.equal(cache.updating, false);
    assert.ok(second.cleanedDocument("extra"));
  });

  test("reads arriving together share one revision query; a writer's fresh read sees its own write", async () => {
    let queries = 0;
    const counted: Store = Object.assign(Object.create(store) as Store, {
      revision: () => {
        queries++;
        return store.revision();
      },
    });
    const cache = new ReportCache(counted, () => new Date(AT));
    await cache.settled();
    queries = 0;
    const reads = await Promise.all(Array.from({ length: 16 }, () => cache.get()));
    assert.equal(queries, 1, "sixteen reads at once, one query");
    assert.ok(reads.every((r) => r === reads[0]));
    const before = cache.storeRevision;
    const pending = cache.get();
    await store.putDocuments([{ ...reads[0].sources[0], id: "fresh-read", raw: "Three people were hurt in Gwadar on Tuesday, officials said.", messages: [] }], AT);
    await cache.get({ fresh: true });
    await pending;
    assert.notEqual(cache.storeRevision, before, "the write is seen, though a query from before it was still out");
    assert.equal(cache.updating, true);
    await cache.settled();
    assert.ok((await cache.get()).cleanedDocument("fresh-read"));
  });
});
