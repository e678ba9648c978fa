// bench:store: how fast the store takes and gives back documents, and how fast the server
// answers from a cold and a warm report cache. Prints figures and the date.
//
//   npm run bench:store                 # SQLite only
//   CROSSCHECK_TEST_PG=postgres://... npm run bench:store   # PostgreSQL too (a scratch database)
//   BENCH_STORE_DOCS=5000 npm run bench:store
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { readInputs } from "../src/ingest/index.ts";
import { createApp } from "../src/server/index.ts";
import { openStore, type Store } from "../src/store/index.ts";
import type { SourceDocument } from "../src/types.ts";

const CORPUS = join(import.meta.dirname, "../examples/balochistan-2026-02");
const N = Number(process.env.BENCH_STORE_DOCS ?? 2000);
const BATCH = 500;

const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** N distinct documents made from the corpus texts (each with a line of its own). */
function synthetic(base: SourceDocument[]): SourceDocument[] {
  return Array.from({ length: N }, (_, i) => {
    const b = base[i % base.length];
    return { ...b, id: `${b.id}-${i}`, raw: `${b.raw}\nSynthetic copy ${i}.\n`, messages: [] };
  });
}

async function storeFigures(name: string, store: Store, docs: SourceDocument[]): Promise<void> {
  let t = process.hrtime.bigint();
  for (let i = 0; i < docs.length; i += BATCH) await store.putDocuments(docs.slice(i, i + BATCH), "2026-02-05T00:00:00.000Z");
  const put = ms(t);
  t = process.hrtime.bigint();
  for (let i = 0; i < docs.length; i += BATCH) await store.putDocuments(docs.slice(i, i + BATCH), "2026-02-05T00:00:00.000Z");
  const again = ms(t);
  t = process.hrtime.bigint();
  const back = await store.latestDocuments();
  const read = ms(t);
  t = process.hrtime.bigint();
  for (let i = 0; i < 20; i++) await store.revision();
  const revision = ms(t) / 20;
  const mb = docs.reduce((n, d) => n + d.raw.length, 0) / 1e6;
  console.log(
    `${name.padEnd(10)} ${docs.length} docs (${mb.toFixed(1)} M chars): store ${Math.round(docs.length / (put / 1000))} docs/s, ` +
      `re-ingest (no-op) ${Math.round(docs.length / (again / 1000))} docs/s, read all ${read.toFixed(0)} ms (${back.length}), revision ${revision.toFixed(2)} ms`,
  );
}

async function main(): Promise<void> {
  console.log(`bench:store ${new Date().toISOString().slice(0, 10)} node ${process.version}`);
  const { documents } = await readInputs([CORPUS]);
  const docs = synthetic(documents);
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-bench-store-"));
  try {
    const sqlite = await openStore(join(dir, "bench.sqlite"));
    await storeFigures("SQLite", sqlite, docs);
    await sqlite.close();

    const url = process.env.CROSSCHECK_TEST_PG;
    if (url) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const name = `crosscheck_bench_${process.pid}`;
      await admin.query(`CREATE DATABASE ${name}`);
      try {
        const target = new URL(url);
        target.pathname = `/${name}`;
        const store = await openStore(target.toString());
        await storeFigures("PostgreSQL", store, docs);
        await store.close();
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    } else console.log("PostgreSQL skipped: CROSSCHECK_TEST_PG is not set");

    // The server over the founding corpus: the first page computes the report, later ones hit the cache.
    const small = await openStore(join(dir, "corpus.sqlite"));
    await small.putDocuments(documents, "2026-02-05T00:00:00.000Z");
    const app = createApp({ store: small, now: () => new Date("2026-02-05T08:00:00.000Z") });
    let t = process.hrtime.bigint();
    await (await app.request("/")).text();
    const cold = ms(t);
    t = process.hrtime.bigint();
    for (let i = 0; i < 20; i++) await (await app.request("/")).text();
    const warm = ms(t) / 20;
    t = process.hrtime.bigint();
    await (await app.request(`/documents/${documents[0].id}`)).text();
    const docPage = ms(t);
    t = process.hrtime.bigint();
    for (let i = 0; i < 20; i++) await (await app.request(`/documents/${documents[0].id}`)).text();
    const docWarm = ms(t) / 20;
    console.log(
      `server     ${documents.length} docs: / cold ${cold.toFixed(0)} ms, warm ${warm.toFixed(1)} ms; ` +
        `document page first ${docPage.toFixed(0)} ms, again ${docWarm.toFixed(1)} ms`,
    );
    await small.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
