// A bounded load on 127.0.0.1, on SQLite and (with CROSSCHECK_TEST_PG) on PostgreSQL: pages
// and API answers are read while articles are posted, the report updated on its worker.
// Every read answers, every post is kept and reaches the report. Bounded in count and time;
// how fast the answers come is bench/load.ts's business, not a test's.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { readInputs } from "../src/ingest/index.ts";
import { openStore } from "../src/store/index.ts";
import { articleBodies, runLoad, withScratchDatabase } from "./support/load.ts";
import { REPO_ROOT } from "./support/shared.ts";

const CORPUS = join(REPO_ROOT, "examples/balochistan-2026-02");
const PG = process.env.CROSSCHECK_TEST_PG ?? "";

async function loadOnce(target: string): Promise<void> {
  const store = await openStore(target);
  try {
    await store.putDocuments((await readInputs([CORPUS])).documents, "2026-02-04T00:00:00.000Z");
    const posts = articleBodies(6, "load");
    const result = await runLoad({ store, storeTarget: target, posts, postEveryMs: 50, readers: 4, maxReads: 120, maxMs: 60_000, settleMs: 60_000 });
    assert.deepEqual(result.errors, []);
    assert.equal(result.posted.length, posts.length, "every post sent within the time bound");
    assert.deepEqual(result.posted.map((p) => p.status), posts.map(() => 201));
    assert.ok(result.settled, "the report took in every post");
    assert.deepEqual(result.lost, []);
    assert.ok(result.reads > 0);
  } finally {
    await store.close();
  }
}

describe("load on 127.0.0.1", () => {
  test("SQLite: reads answer while posts are stored, and nothing is lost", async () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-load-"));
    try {
      await loadOnce(join(dir, "store.sqlite"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("PostgreSQL: the same", { skip: /^postgres(ql)?:\/\//.test(PG) ? false : "CROSSCHECK_TEST_PG is not set (export CROSSCHECK_TEST_PG=$(.ci/postgres.sh) to run it)" }, async () => {
    await withScratchDatabase(PG, "crosscheck_load", loadOnce);
  });
});
