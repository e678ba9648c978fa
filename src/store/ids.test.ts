// Ids that clash across runs: a document whose id another source holds is not that
// document's new version. Two unrelated reports called report.txt, ingested in separate runs,
// both stay; the same source with new text is a version.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { SourceDocument } from "../types.ts";
import { openStore, type Store } from "./index.ts";

const doc = (id: string, source: string, raw: string): SourceDocument => ({ id, source, raw, format: "text", given: {}, bodyStart: 0, messages: [] });
const AT = "2026-02-03T10:00:00.000Z";

let dir: string;
let store: Store;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), "crosscheck-ids-"));
  store = await openStore(join(dir, "s.sqlite"), { now: () => new Date(AT) });
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("ids across runs", () => {
  test("a second report.txt from another folder is stored beside the first, under the same id every run", async () => {
    await store.putDocuments([doc("report", "a/report.txt", "Flooding killed 12 people.")], AT);
    const second = await store.putDocuments([doc("report", "b/report.txt", "A bus crash injured 30 people.")], AT);
    assert.equal(second.versioned.length, 0);
    assert.equal(second.added.length, 1);
    const renamed = second.added[0];
    assert.match(renamed, /^report-[0-9a-f]{8}$/);
    assert.deepEqual(second.renamed, [["report", renamed, "the id is another source's in the store"]]);
    const latest = await store.latestDocuments();
    assert.deepEqual(latest.map((d) => [d.id, d.version, d.source]), [["report", 1, "a/report.txt"], [renamed, 1, "b/report.txt"]]);
    assert.ok(latest[1].messages.some((m) => m.rule === "id-taken"));

    const again = await store.putDocuments([doc("report", "b/report.txt", "A bus crash injured 30 people.")], AT);
    assert.deepEqual(again.unchanged, [renamed]);
    const edited = await store.putDocuments([doc("report", "b/report.txt", "A bus crash injured 31 people.")], AT);
    assert.deepEqual(edited.versioned, [renamed]);
  });

  test("the same source with new text is a version; another source is refused when asked", async () => {
    const update = await store.putDocuments([doc("report", "a/report.txt", "Flooding killed 15 people.")], AT);
    assert.deepEqual(update.versioned, ["report"]);
    const refused = await store.putDocuments([doc("report", "api#report", "Something else.")], AT, { idClash: "refuse" });
    assert.deepEqual(refused.conflicts, ["report"]);
    assert.match(refused.rejected[0].reason, /another source's \(a\/report\.txt\)/);
    const said = await store.putDocuments([doc("report", "api#report", "Something else.")], AT, { idClash: "version" });
    assert.deepEqual(said.versioned, ["report"]);
  });
});
