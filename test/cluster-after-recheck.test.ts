// Regression (bench:load's settle window, issue 16): after a re-check that attached stray
// reports to larger events, the clusterer's node -> group index still pointed at the groups
// before strays were attached. The next report added one at a time (the server's worker adds
// each post so) that linked to a moved report read a group that was no longer there and threw
// ("Cannot read properties of undefined"), so the report was never updated again; one that
// did not throw could join the wrong event. Needs the shared corpora (60 ECB+ reports).
import assert from "node:assert/strict";
import { test } from "node:test";
import { EventClusterer } from "../src/cluster/index.ts";
import { documentsFromFolder } from "./support/cluster-documents.ts";
import { corpus, SHARED_MISSING } from "./support/shared.ts";

test("reports added one at a time after a re-check that attached strays find their groups", { skip: SHARED_MISSING }, () => {
  const docs = documentsFromFolder(corpus("ecbplus-dev", "docs")).slice(0, 60);
  const clusterer = new EventClusterer();
  clusterer.add(docs);
  clusterer.clusters();
  // Exact copies under new ids, fewer than the growth that triggers the next re-check.
  const copies = docs.slice(0, 25).map((d) => ({ ...d, id: `${d.id}-copy` }));
  for (const copy of copies) clusterer.add([copy]);
  const listed = clusterer.clusters().flatMap((c) => c.documents);
  assert.equal(listed.length, docs.length + copies.length, "every report in exactly one event");
  assert.equal(new Set(listed).size, listed.length);
});
