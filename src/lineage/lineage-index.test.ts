import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { CleanDocument } from "../types.ts";
import { cleanDocumentFrom, readFolder } from "../../test/support/lineage-documents.ts";
import { corpus } from "../../test/support/shared.ts";
import { findLineage, LineageIndex } from "./index.ts";

const json = (x: unknown) => JSON.stringify(x);

/** The index's whole result beside one batch pass over the same reports, in the same order. */
async function assertBatch(index: LineageIndex, docs: CleanDocument[]): Promise<void> {
  const batch = await findLineage(docs);
  assert.equal(json(index.allLinks()), json(batch.links));
  assert.equal(json(index.families()), json(batch.families));
  assert.equal(json([...index.messages()]), json([...batch.messages]));
}

describe("LineageIndex", () => {
  it("reports added in chunks give the links, families and messages of one batch (ecbplus-dev, 240 reports)", async () => {
    const docs = readFolder(join(corpus("ecbplus-dev"), "docs")).slice(0, 240);
    const index = new LineageIndex();
    let at = 0;
    for (const size of [3, 2, 35, 1, 49, 35, 115]) {
      await index.add(docs.slice(at, at + size));
      at += size;
    }
    assert.ok(index.allLinks().length > 20);
    await assertBatch(index, docs);
  });

  it("a new report returns its new links only, and a second add of it changes nothing", async () => {
    const docs = readFolder(corpus("balochistan-2026-02"));
    const index = new LineageIndex();
    await index.add(docs.slice(1));
    const change = await index.add([docs[0]]);
    assert.ok(change.added.length > 0);
    assert.ok(change.added.every((l) => l.a === docs[0].id || l.b === docs[0].id));
    assert.deepEqual(change.removed, []);
    const again = await index.add([docs[0]]);
    assert.deepEqual(again, { added: [], removed: [] });
  });

  it("removing and replacing reports leaves what a batch over the reports held finds", async () => {
    const docs = readFolder(join(corpus("ecbplus-dev"), "docs")).slice(0, 120);
    const index = new LineageIndex();
    await index.add(docs);
    const linked = new Set(index.allLinks().flatMap((l) => [l.a, l.b]));
    const gone = docs.filter((d, i) => i % 7 === 3 || (i % 5 === 0 && linked.has(d.id)));
    const change = await index.remove(gone.map((d) => d.id));
    const held = docs.filter((d) => !gone.includes(d));
    assert.ok(change.removed.length > 0);
    await assertBatch(index, held);
    // A replacement: another text under a held id keeps the id's place.
    const replaced = cleanDocumentFrom(held[4].id, held[5].raw);
    await index.add([replaced]);
    await assertBatch(index, held.map((d, i) => (i === 4 ? replaced : d)));
  });

  it("a sentence bucket that fills past its cap stops counting, and counts again when a report leaves", async () => {
    // 42 short reports telling one story in the same sentences: every sentence bucket holds all of them.
    const story = (n: number) =>
      [
        `Floodwaters swept through riverside villages overnight, destroying homes and crops near the northern dam number ${n}.`,
        "Emergency crews evacuated stranded families by boat while engineers inspected cracks along the concrete spillway.",
        "Provincial authorities promised compensation payments once damage surveys across flooded districts are completed.",
      ].join("\n\n");
    const docs = Array.from({ length: 42 }, (_, i) => cleanDocumentFrom(`r${String(i).padStart(2, "0")}`, story(i)));
    const index = new LineageIndex();
    for (const doc of docs) await index.add([doc]);
    await assertBatch(index, docs);
    await index.remove(["r00", "r01"]);
    await assertBatch(index, docs.slice(2));
  });
});
