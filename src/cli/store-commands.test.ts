// `crosscheck ingest`, `events` and `serve` through main() with a fake Io: exit codes, what
// goes to stdout and stderr, and what ends up in the store.
import { after, test } from "node:test";
import { fakeIo as makeFakeIo } from "../../test/support/cli.ts";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore } from "../store/index.ts";
import type { Report } from "../types.ts";
import { EXIT, main, type Io } from "./index.ts";

const CORPUS = join(import.meta.dirname, "../../examples/balochistan-2026-02");
const NOW = new Date("2026-02-05T08:00:00.000Z");
const dir = mkdtempSync(join(tmpdir(), "crosscheck-cli-store-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const fakeIo = () => makeFakeIo(NOW);

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo();
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

test("ingest stores a folder (exit 0); again it is a no-op; events reports on it and stores the run", async () => {
  const db = join(dir, "corpus.sqlite");
  const first = await run(["ingest", "--db", db, CORPUS]);
  assert.equal(first.code, EXIT.ok, first.err);
  assert.match(first.err, /5 documents read into .*: 5 new, 0 new versions, 0 already stored; 0 problems/);
  assert.equal(first.out, "", "nothing on stdout");

  const again = await run(["ingest", "--db", db, CORPUS]);
  assert.equal(again.code, EXIT.ok);
  assert.match(again.err, /0 new, 0 new versions, 5 already stored/);

  const events = await run(["events", "--db", db, "--json", "--quiet"]);
  assert.equal(events.code, EXIT.ok, events.err);
  const report = JSON.parse(events.out) as Report;
  assert.equal(report.version, 1);
  assert.equal(report.generatedAt, NOW.toISOString());
  assert.equal(report.documents.length, 5);
  assert.ok(report.events.length > 0);

  const store = await openStore(db);
  try {
    const runs = await store.runs();
    assert.equal(runs.length, 1);
    assert.deepEqual((await store.latestRun())?.report, report);
  } finally {
    await store.close();
  }

  const md = await run(["events", "--db", db, "--quiet"]);
  assert.equal(md.code, EXIT.ok);
  assert.match(md.out, /^#/m, "Markdown by default");
});

test("ingest exits 1 when an input cannot be read, and still stores the others", async () => {
  const db = join(dir, "partial.sqlite");
  const empty = join(dir, "empty.txt");
  writeFileSync(empty, "");
  const res = await run(["ingest", "--db", db, join(dir, "missing.txt"), empty, join(CORPUS, "000_b9f804cec24d2e21.txt")]);
  assert.equal(res.code, EXIT.inputProblems);
  assert.match(res.err, /missing\.txt: no such file or folder/);
  assert.match(res.err, /empty\.txt: empty file/);
  assert.match(res.err, /1 document read into .*: 1 new.*2 problems/);
  const store = await openStore(db);
  try {
    assert.deepEqual(
      (await store.latestDocuments()).map((d) => d.id),
      ["000_b9f804cec24d2e21"],
    );
    assert.equal((await store.problems()).length, 2);
  } finally {
    await store.close();
  }
  // The stored problems are listed in the report, but they were this ingest's to signal.
  const events = await run(["events", "--db", db, "--json", "--quiet"]);
  assert.equal(events.code, EXIT.ok, events.err);
  assert.equal((JSON.parse(events.out) as Report).problems.length, 2);
});

test("a changed text under the same id is kept as a new version and reported", async () => {
  const db = join(dir, "versions.sqlite");
  const file = join(dir, "story.txt");
  writeFileSync(file, "QUETTA — Gunmen killed 12 people on Monday, police said.\n");
  assert.equal((await run(["ingest", "--db", db, file])).code, EXIT.ok);
  writeFileSync(file, "QUETTA — Gunmen killed 14 people on Monday, police said.\n");
  const res = await run(["ingest", "--db", db, file]);
  assert.equal(res.code, EXIT.ok);
  assert.match(res.err, /story: new text for a stored document; both versions kept/);
  assert.match(res.err, /0 new, 1 new versions/);
  const store = await openStore(db);
  try {
    assert.equal((await store.documentVersions("story")).length, 2);
  } finally {
    await store.close();
  }
});

test("events on a store that does not exist refuses, exits 1 with the way out, and creates nothing", async () => {
  const missing = join(dir, "missing.sqlite");
  const res = await run(["events", "--db", missing, "--json"]);
  assert.equal(res.code, EXIT.inputProblems);
  assert.match(res.err, /there is no store at .*missing\.sqlite; create one with: crosscheck ingest --db/);
  assert.equal(res.out, "");
  assert.equal(existsSync(missing), false);
});

test("without a terminal, progress is one line per stage on stderr", async () => {
  const db = join(dir, "progress.sqlite");
  await run(["ingest", "--db", db, "--quiet", CORPUS]);
  const res = await run(["events", "--db", db, "--json"]);
  for (const stage of ["clean", "lineage", "cluster", "extract", "reconcile"]) assert.match(res.err, new RegExp(`^crosscheck: ${stage}: `, "m"));
});

test("events on an empty store prints an empty report and exits 1 with the way out", async () => {
  const empty = join(dir, "empty.sqlite");
  await (await openStore(empty)).close();
  const res = await run(["events", "--db", empty, "--json"]);
  assert.equal(res.code, EXIT.inputProblems);
  assert.match(res.err, /holds no documents yet; add some with: crosscheck ingest PATH/);
  assert.deepEqual((JSON.parse(res.out) as Report).documents, []);
});

test("CROSSCHECK_DB names the store when --db is not given", async () => {
  const db = join(dir, "from-env.sqlite");
  const previous = process.env.CROSSCHECK_DB;
  process.env.CROSSCHECK_DB = db;
  try {
    const res = await run(["ingest", join(CORPUS, "002_9f626bbe260c2a28.txt")]);
    assert.equal(res.code, EXIT.ok, res.err);
    assert.ok(res.err.includes(db));
  } finally {
    if (previous === undefined) delete process.env.CROSSCHECK_DB;
    else process.env.CROSSCHECK_DB = previous;
  }
});

test("usage errors exit 2; --help exits 0 and shows examples", async () => {
  assert.equal((await run(["ingest"])).code, EXIT.usage);
  assert.equal((await run(["events", "--db", join(dir, "u.sqlite"), "--format", "pdf"])).code, EXIT.usage);
  assert.equal((await run(["serve", "--port", "http"])).code, EXIT.usage);
  assert.equal((await run(["serve", "--port", "70000"])).code, EXIT.usage);
  for (const command of ["ingest", "events", "serve"]) {
    const help = await run([command, "--help"]);
    assert.equal(help.code, EXIT.ok);
    assert.match(help.out, /Examples:/, command);
    assert.match(help.out, /--db <file\|url>/, command);
  }
});

test("a store that cannot be opened is exit 1 with the reason", async () => {
  const res = await run(["ingest", "--db", join(dir, "no-such-folder", "x.sqlite"), CORPUS]);
  assert.equal(res.code, EXIT.inputProblems);
  assert.match(res.err, /cannot open the SQLite store/);
});

const PG = process.env.CROSSCHECK_TEST_PG ?? "";
test(
  "ingest and events use PostgreSQL when --db is a postgres:// URL",
  { skip: PG ? false : "CROSSCHECK_TEST_PG is not set (export CROSSCHECK_TEST_PG=$(.ci/postgres.sh) to run it)" },
  async () => {
    const admin = new pg.Client({ connectionString: PG });
    await admin.connect();
    const name = `crosscheck_cli_${process.pid}`;
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(PG);
      url.pathname = `/${name}`;
      const ingest = await run(["ingest", "--db", url.toString(), CORPUS]);
      assert.equal(ingest.code, EXIT.ok, ingest.err);
      assert.match(ingest.err, /5 new/);
      const events = await run(["events", "--db", url.toString(), "--json", "--quiet"]);
      assert.equal(events.code, EXIT.ok, events.err);
      const fromPg = JSON.parse(events.out) as Report;
      const fromFiles = await run(["report", "--json", "--quiet", CORPUS]);
      const expected = JSON.parse(fromFiles.out) as Report;
      assert.deepEqual(fromPg.events, expected.events, "the stored corpus reports as the files do");
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  },
);
