// Two `crosscheck ingest` processes writing one PostgreSQL store at once (issue 15, "beyond one
// machine"): each takes half of a feed, and the store they fill reports what one worker's
// store of the whole feed reports. Gated by CROSSCHECK_TEST_PG like the store's other
// PostgreSQL tests (.ci/run sets it).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import pg from "pg";
import { openStore } from "../src/store/index.ts";
import type { Report } from "../src/types.ts";
import { corpus, REPO_ROOT } from "./support/shared.ts";

const PG = process.env.CROSSCHECK_TEST_PG ?? "";
const BIN = join(REPO_ROOT, "bin", "crosscheck.mjs");

function crosscheck(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("close", (code) => done({ code, out, err }));
  });
}

/**
 * A report as compared across stores: documents and events by id (the order documents were
 * stored in may differ), and each document's source without its file (each worker read its own).
 */
function comparable(report: Report): unknown {
  const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const documents = report.documents.map((d) => ({ ...d, source: d.source.replace(/^.*#/, "") }));
  return { documents: byId(documents), events: byId(report.events), lineage: report.lineage.length, families: report.families.length };
}

test(
  "two ingest workers on one PostgreSQL store, each with half of a feed, give the report of one worker given the stream in the order their writes landed",
  { skip: PG ? false : "CROSSCHECK_TEST_PG is not set (export CROSSCHECK_TEST_PG=$(bash .ci/postgres.sh) to run it)" },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-workers-"));
    const admin = new pg.Client({ connectionString: PG });
    await admin.connect();
    const names = [`crosscheck_two_${process.pid}`, `crosscheck_one_${process.pid}`];
    const urlOf = (name: string) => {
      const url = new URL(PG);
      url.pathname = `/${name}`;
      return url.toString();
    };
    try {
      for (const name of names) {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.query(`CREATE DATABASE ${name}`);
      }
      // Reports of the GVA corpus, some of them copies of one another (lineage and shared events).
      const lines = readFileSync(corpus("gva-train", "reports.jsonl"), "utf8").split("\n").filter((l) => l.trim()).slice(0, 60);
      const halves = [0, 1].map((h) => {
        const path = join(dir, `half-${h}.jsonl`);
        writeFileSync(path, lines.filter((_, i) => i % 2 === h).join("\n") + "\n");
        return path;
      });
      const [two, one] = names.map(urlOf);
      const workers = await Promise.all(halves.map((half) => crosscheck(["ingest", "--quiet", "--db", two, half])));
      for (const worker of workers) assert.equal(worker.code, 0, worker.err);
      // The order the two workers' writes landed in is the stream's order (a report lists
      // documents, and clustering reads them, in it): one worker is given that stream.
      const shared2 = await openStore(two);
      const order = (await shared2.latestDocuments()).map((d) => d.id);
      await shared2.close();
      const byId = new Map(lines.map((line) => [(JSON.parse(line) as { id: string }).id, line]));
      const whole = join(dir, "feed.jsonl");
      writeFileSync(whole, order.map((id) => byId.get(id)!).join("\n") + "\n");
      assert.equal((await crosscheck(["ingest", "--quiet", "--db", one, whole])).code, 0);
      const [shared, single] = await Promise.all([two, one].map((db) => crosscheck(["events", "--json", "--quiet", "--db", db])));
      assert.equal(shared.code, 0, shared.err);
      assert.equal(single.code, 0, single.err);
      const [fromTwo, fromOne] = [shared, single].map((run) => JSON.parse(run.out) as Report);
      assert.equal(fromTwo.documents.length, 60);
      assert.deepEqual(comparable(fromTwo), comparable(fromOne));
    } finally {
      for (const name of names) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
