// `crosscheck verify` and the store's hygiene: a sound store passes, a changed text is named,
// a file that is no database is named, a missing store is not created, runs stay bounded.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { fakeIo } from "../../test/support/cli.ts";
import { KEEP_RUNS, openStore } from "../store/index.ts";
import type { Report } from "../types.ts";
import { EXIT, main } from "./index.ts";

const CORPUS = join(import.meta.dirname, "../../examples/balochistan-2026-02");
const dir = mkdtempSync(join(tmpdir(), "crosscheck-verify-"));
after(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo(new Date("2026-02-05T08:00:00.000Z"));
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

test("verify passes a sound store and names a stored text whose bytes changed", async () => {
  const db = join(dir, "sound.sqlite");
  assert.equal((await run(["ingest", "--db", db, "--quiet", CORPUS])).code, EXIT.ok);
  const sound = await run(["verify", "--db", db]);
  assert.equal(sound.code, EXIT.ok, sound.err);
  assert.match(sound.out, /5 document versions checked, 0 problems/);

  const raw = new Database(db);
  raw.prepare("UPDATE documents SET raw = raw || ' tampered' WHERE id = (SELECT id FROM documents ORDER BY seq LIMIT 1)").run();
  raw.close();
  const tampered = await run(["verify", "--db", db]);
  assert.equal(tampered.code, EXIT.inputProblems);
  assert.match(tampered.err, /document \S+ version 1: its raw text no longer matches the SHA-256/);
  assert.match(tampered.out, /1 problem$/m);
});

test("verify names a file that is no store, and never creates a missing one", async () => {
  const junk = join(dir, "junk.sqlite");
  writeFileSync(junk, "this is not a database, only some text ".repeat(200));
  const bad = await run(["verify", "--db", junk]);
  assert.equal(bad.code, EXIT.inputProblems);
  assert.match(bad.err, new RegExp(`${junk.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}.*not a database`));

  const missing = join(dir, "missing.sqlite");
  const none = await run(["verify", "--db", missing]);
  assert.equal(none.code, EXIT.inputProblems);
  assert.match(none.err, /no store at/);
  assert.equal(existsSync(missing), false);
});

test(`the store keeps the newest ${KEEP_RUNS} runs`, async () => {
  const store = await openStore(join(dir, "runs.sqlite"));
  try {
    const report = (n: number) => ({ version: 1, generatedAt: `2026-02-05T08:00:${String(n % 60).padStart(2, "0")}.000Z`, documents: [], events: [] }) as unknown as Report;
    for (let n = 1; n <= KEEP_RUNS + 3; n++) await store.putRun(report(n));
    const runs = await store.runs();
    assert.equal(runs.length, KEEP_RUNS);
    assert.equal(runs[0].id, 4);
    assert.equal((await store.latestRun())?.id, KEEP_RUNS + 3);
  } finally {
    await store.close();
  }
});
