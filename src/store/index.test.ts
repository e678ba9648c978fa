// The store's contract, run against SQLite always and against PostgreSQL when
// CROSSCHECK_TEST_PG holds a postgres:// URL (each run in a database of its own, dropped after).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { Report, SourceDocument } from "../types.ts";
import { openStore, redactUrl, type Store } from "./index.ts";
import { MIGRATIONS } from "./schema.ts";

const NOW = () => new Date("2026-02-03T10:00:00.000Z");
const T1 = "2026-02-03T10:00:00.000Z";
const T2 = "2026-02-04T09:30:00.000Z";

function doc(id: string, raw: string, extra: Partial<SourceDocument> = {}): SourceDocument {
  return { id, source: `${id}.txt`, raw, format: "text", given: {}, bodyStart: 0, messages: [], ...extra };
}

function emptyReport(generatedAt: string, documents = 0): Report {
  const docs = Array.from({ length: documents }, (_, i) => ({
    id: `d${i}`,
    source: `d${i}.txt`,
    title: null,
    outlet: null,
    wire: null,
    dateline: null,
    published: null,
    language: "en",
    text: "Text.",
    removed: [],
    messages: [],
  }));
  return { version: 1, generatedAt, documents: docs, lineage: [], families: [], events: [], problems: [] };
}

/** The behaviour every store must have. `open` gives a fresh, empty store at the same place each call. */
function storeContract(name: string, open: () => Promise<Store>, skip: string | false = false): void {
  describe(`${name} store`, { skip }, () => {
    test("events of the latest run are found by words of their title, places, actors and text", async () => {
      const store = await open();
      try {
        const report = emptyReport(T1, 2);
        report.documents[1].text = "Rescuers dug through rubble in Herat after the earthquake.";
        const event = (id: string, title: string, documents: string[], place: string): Report["events"][number] => ({
          id, title, documents, start: null, end: null, places: [{ name: place, country: null, lat: null, lon: null, mentions: 1 }],
          actors: [{ name: "Baloch Liberation Army", aliases: ["BLA"], kind: "armed_group" }], figures: [], assertions: [], related: [], evidence: [],
        });
        report.events = [event("e-d0", "Attacks in Balochistan", ["d0"], "Quetta"), event("e-d1", "Earthquake in Afghanistan", ["d1"], "Herat")];
        const first = await store.putRun(report);
        assert.deepEqual(await store.searchEvents(first, "quetta"), ["e-d0"]);
        assert.deepEqual(await store.searchEvents(first, "rubble"), ["e-d1"]);
        assert.deepEqual((await store.searchEvents(first, "liberation army")).sort(), ["e-d0", "e-d1"]);
        assert.deepEqual(await store.searchEvents(first, "earthquake quetta"), [], "every word must match");
        assert.deepEqual(await store.searchEvents(first, ' "-:*( '), [], "search syntax in the box is not an error");
        const second = await store.putRun({ ...report, events: [report.events[0]] });
        assert.deepEqual(await store.searchEvents(second, "herat"), []);
        assert.deepEqual(await store.searchEvents(first, "quetta"), [], "only the latest run is kept for search");
      } finally {
        await store.close();
      }
    });

    test("documentsSince reads only what was stored after a seq: new documents and new versions, newest version each", async () => {
      const store = await open();
      try {
        await store.putDocuments([doc("a", "Alpha."), doc("b", "Beta.")], T1);
        const first = await store.documentsSince(0);
        assert.deepEqual(first.documents.map((d) => [d.id, d.version]), [["a", 1], ["b", 1]]);
        assert.deepEqual(await store.documentsSince(first.seq), { documents: [], seq: first.seq });
        await store.putDocuments([doc("c", "Gamma."), doc("a", "Alpha, edited.")], T2);
        await store.putDocuments([doc("a", "Alpha, edited again.")], T2);
        const next = await store.documentsSince(first.seq);
        assert.deepEqual(next.documents.map((d) => [d.id, d.version, d.raw]), [["c", 1, "Gamma."], ["a", 3, "Alpha, edited again."]]);
        assert.ok(next.seq > first.seq);
        assert.deepEqual((await store.documentsSince(0)).documents.map((d) => [d.id, d.version]), [["a", 3], ["b", 1], ["c", 1]]);
      } finally {
        await store.close();
      }
    });

    test("a new store is migrated to the latest schema and empty", async () => {
      const store = await open();
      try {
        assert.equal(await store.schemaVersion(), Math.max(...MIGRATIONS.map((m) => m.version)));
        assert.deepEqual(await store.latestDocuments(), []);
        assert.deepEqual(await store.problems(), []);
        assert.equal(await store.latestRun(), null);
      } finally {
        await store.close();
      }
    });

    test("what a document gives is kept per version: a new derivation replaces the old, a newer version drops the older's", async () => {
      const store = await open();
      try {
        const record = (version: number, fingerprint: string) => ({ id: "a1", version, fingerprint, probes: [1, 4294967295], cleaned: `{"text":"v${version}"}`, extraction: "null" });
        await store.putDerived([record(1, "f1")]);
        assert.deepEqual(await store.derived(), [record(1, "f1")]);
        await store.putDerived([record(1, "f2")]);
        assert.deepEqual(await store.derived(), [record(1, "f2")], "one row per version");
        await store.putDerived([record(2, "f2")]);
        assert.deepEqual(await store.derived(), [record(2, "f2")], "an older version's derivation is never read again");
        await store.putDerived([{ ...record(1, "f3"), id: "b2" }]);
        assert.deepEqual(await store.derived(["b2", "unknown"]), [{ ...record(1, "f3"), id: "b2" }], "asked by id");
        assert.equal(await store.revision(), "0:0", "derivations are no change of what is stored");
      } finally {
        await store.close();
      }
    });

    test("documents come back exactly as stored, raw text untouched, in ingest order", async () => {
      const store = await open();
      try {
        const raw = " date 2026-02-01 \r\nQUETTA — Gunmen killed 12 people.\u00a0Officials said “at least 12”. 😀\n\n";
        const html = "<html><body><p>Tom &amp; Jerry</p></body></html>";
        const put = await store.putDocuments(
          [
            doc("b", raw, { bodyStart: 18, given: { published: "2026-02-01" }, messages: [{ stage: "ingest", rule: "r", reason: "why" }] }),
            doc("a", html, { format: "html", source: "feed.jsonl#a", given: { outlet: "Dawn", title: "T", url: "https://x.test/a" } }),
          ],
          T1,
        );
        assert.deepEqual(put, { added: ["b", "a"], unchanged: [], versioned: [], rejected: [] });
        const docs = await store.latestDocuments();
        assert.deepEqual(
          docs.map((d) => d.id),
          ["b", "a"],
        );
        assert.equal(docs[0].raw, raw);
        assert.equal(docs[0].bodyStart, 18);
        assert.deepEqual(docs[0].given, { published: "2026-02-01" });
        assert.deepEqual(docs[0].messages, [{ stage: "ingest", rule: "r", reason: "why" }]);
        assert.equal(docs[0].ingestedAt, T1);
        assert.equal(docs[0].version, 1);
        assert.match(docs[0].sha, /^[0-9a-f]{64}$/);
        assert.equal(docs[1].format, "html");
        assert.equal(docs[1].raw, html);
        assert.equal(docs[1].source, "feed.jsonl#a");
        assert.deepEqual(docs[1].given, { outlet: "Dawn", title: "T", url: "https://x.test/a" });
      } finally {
        await store.close();
      }
    });

    test("re-ingesting identical raw is a no-op; different raw adds a version and keeps the old one", async () => {
      const store = await open();
      try {
        await store.putDocuments([doc("x", "First text."), doc("y", "Other.")], T1);
        const revision = await store.revision();
        const again = await store.putDocuments([doc("x", "First text.", { source: "elsewhere/x.txt" })], T2);
        assert.deepEqual(again, { added: [], unchanged: ["x"], versioned: [], rejected: [] });
        assert.equal(await store.revision(), revision, "nothing changed");

        const changed = await store.putDocuments([doc("x", "First text, updated: 14 killed.")], T2);
        assert.deepEqual(changed.versioned, ["x"]);
        assert.notEqual(await store.revision(), revision);
        const versions = await store.documentVersions("x");
        assert.deepEqual(
          versions.map((v) => [v.version, v.raw, v.ingestedAt]),
          [
            [1, "First text.", T1],
            [2, "First text, updated: 14 killed.", T2],
          ],
        );
        const latest = await store.latestDocuments();
        assert.deepEqual(
          latest.map((d) => [d.id, d.version]),
          [
            ["x", 2],
            ["y", 1],
          ],
          "the newest version, in first-ingest order",
        );
        // Going back to the first text is a no-op too: it is already stored.
        assert.deepEqual((await store.putDocuments([doc("x", "First text.")], T2)).unchanged, ["x"]);
        assert.deepEqual(await store.documentVersions("missing"), []);
      } finally {
        await store.close();
      }
    });

    test("a batch with one id twice stores both texts as versions", async () => {
      const store = await open();
      try {
        const put = await store.putDocuments([doc("z", "One."), doc("z", "Two."), doc("z", "One.")], T1);
        assert.deepEqual(put, { added: ["z"], unchanged: ["z"], versioned: ["z"], rejected: [] });
        assert.equal((await store.documentVersions("z")).length, 2);
      } finally {
        await store.close();
      }
    });

    test("text the store cannot keep unchanged is refused with a reason, the rest stored", async () => {
      const store = await open();
      try {
        const put = await store.putDocuments([doc("nul", "a\u0000b"), doc("half", "a\ud800b"), doc("ok", "Fine.")], T1);
        assert.deepEqual(put.added, ["ok"]);
        assert.deepEqual(
          put.rejected.map((p) => p.source),
          ["nul.txt", "half.txt"],
        );
        assert.match(put.rejected[0].reason, /NUL/);
        assert.match(put.rejected[1].reason, /surrogate/);
      } finally {
        await store.close();
      }
    });

    test("problems are kept once per source and reason", async () => {
      const store = await open();
      try {
        assert.equal(await store.putProblems([{ source: "a.txt", reason: "empty file" }, { source: "b.gz", reason: "not gzip" }], T1), 2);
        assert.equal(await store.putProblems([{ source: "a.txt", reason: "empty file" }], T2), 0);
        assert.deepEqual(await store.problems(), [
          { source: "a.txt", reason: "empty file", ingestedAt: T1 },
          { source: "b.gz", reason: "not gzip", ingestedAt: T1 },
        ]);
      } finally {
        await store.close();
      }
    });

    test("runs keep each report; the latest comes back whole", async () => {
      const store = await open();
      try {
        assert.equal(await store.putRun(emptyReport(T1, 1)), 1);
        const second = emptyReport(T2, 2);
        second.problems.push({ stage: "ingest", rule: "r", source: "q", reason: "r ‘quoted’", fatal: true });
        assert.equal(await store.putRun(second), 2);
        const latest = await store.latestRun();
        assert.ok(latest);
        assert.equal(latest.id, 2);
        assert.equal(latest.generatedAt, T2);
        assert.deepEqual(latest.report, second);
        assert.deepEqual(await store.runs(), [
          { id: 1, generatedAt: T1, documents: 1 },
          { id: 2, generatedAt: T2, documents: 2 },
        ]);
      } finally {
        await store.close();
      }
    });

    test("a run comes back by id, and a URL's validators are kept and replaced", async () => {
      const store = await open();
      try {
        const first = await store.putRun(emptyReport(T1, 1));
        await store.putRun(emptyReport(T2, 2));
        assert.equal((await store.run(first))?.report.generatedAt, T1);
        assert.equal(await store.run(99), null);
        const url = "http://127.0.0.1/feed.xml";
        assert.equal(await store.fetchValidators(url), null);
        await store.putFetchValidators(url, { etag: '"a"', lastModified: "Sat, 09 Sep 2023 08:00:00 GMT" }, T1);
        await store.putFetchValidators(url, { etag: '"b"' }, T2);
        assert.deepEqual(await store.fetchValidators(url), { etag: '"b"' });
      } finally {
        await store.close();
      }
    });

    test("reopening keeps everything and applies no migration twice", async () => {
      const first = await open();
      await first.putDocuments([doc("k", "Kept.")], T1);
      await first.close();
      const again = await reopen(first);
      try {
        assert.deepEqual(
          (await again.latestDocuments()).map((d) => d.raw),
          ["Kept."],
        );
        assert.equal(await again.schemaVersion(), Math.max(...MIGRATIONS.map((m) => m.version)));
      } finally {
        await again.close();
      }
    });

    test("concurrent batches on one store do not collide", async () => {
      const store = await open();
      try {
        const batches = Array.from({ length: 6 }, (_, i) => store.putDocuments([doc(`c${i}`, `Text ${i}.`), doc("shared", `Shared ${i}.`)], T1));
        const results = await Promise.all(batches);
        assert.equal(results.reduce((n, r) => n + r.added.length + r.versioned.length, 0), 12);
        assert.deepEqual(
          (await store.documentVersions("shared")).map((v) => v.version),
          [1, 2, 3, 4, 5, 6],
        );
      } finally {
        await store.close();
      }
    });
  });
}

// Reopening: each contract opens stores through `open`; this maps a closed store back to its place.
const places = new WeakMap<Store, () => Promise<Store>>();
const reopen = (store: Store): Promise<Store> => places.get(store)!();

// SQLite: a fresh file per test.
const dir = mkdtempSync(join(tmpdir(), "crosscheck-store-"));
let files = 0;
after(() => rmSync(dir, { recursive: true, force: true }));
storeContract("SQLite", async () => {
  const file = join(dir, `store-${++files}.sqlite`);
  const open = async (): Promise<Store> => {
    const store = await openStore(file, { now: NOW });
    places.set(store, open);
    return store;
  };
  return open();
});

// PostgreSQL: a fresh database per test, made from CROSSCHECK_TEST_PG's server.
const PG = process.env.CROSSCHECK_TEST_PG ?? "";
const pgSkip = !PG
  ? "CROSSCHECK_TEST_PG is not set (run `export CROSSCHECK_TEST_PG=$(.ci/postgres.sh)` to test the PostgreSQL store)"
  : !/^postgres(ql)?:\/\//.test(PG)
    ? `CROSSCHECK_TEST_PG is not a postgres:// URL: ${redactUrl(PG)}`
    : false;
const made: string[] = [];
let admin: pg.Client | null = null;
if (!pgSkip) {
  before(async () => {
    admin = new pg.Client({ connectionString: PG });
    await admin.connect();
  });
  after(async () => {
    for (const name of made) await admin?.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin?.end();
  });
}
storeContract(
  "PostgreSQL",
  async () => {
    const name = `crosscheck_t_${process.pid}_${made.length + 1}`;
    await admin!.query(`CREATE DATABASE ${name}`);
    made.push(name);
    const url = new URL(PG);
    url.pathname = `/${name}`;
    const open = async (): Promise<Store> => {
      const store = await openStore(url.toString(), { now: NOW });
      places.set(store, open);
      return store;
    };
    return open();
  },
  pgSkip,
);
