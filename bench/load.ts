// bench:load: the server under reads and writes at once. A store holding the ECB+ development
// documents is served on 127.0.0.1; 16 readers fetch pages and API answers while one writer
// posts an article every 800 ms, one of them 9.7 MB (refused by the size budget: 413) and one
// of 1.5 MB (stored, and taken into the report on the worker). Prints GET p50/p99, errors,
// lost writes and how long the report took to take every post in, on SQLite and (with
// CROSSCHECK_TEST_PG) on PostgreSQL; then the time and peak memory of `report` on the folder
// of every bad input (issue 16's done-when). Bounded in reads and time.
//
//   npm run bench:load
//   CROSSCHECK_TEST_PG=$(.ci/postgres.sh) npm run bench:load
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { readInputs } from "../src/ingest/index.ts";
import { ReportWorker } from "../src/runs/index.ts";
import { openStore } from "../src/store/index.ts";
import { writeBadInputsFolder } from "../test/support/bad-inputs.ts";
import { oneParagraph } from "../test/support/large-input.ts";
import { articleBodies, quantile, runLoad, withScratchDatabase } from "../test/support/load.ts";
import { corpus, REPO_ROOT } from "../test/support/shared.ts";

const READERS = Number(process.env.BENCH_LOAD_READERS ?? 16);
const MAX_READS = Number(process.env.BENCH_LOAD_READS ?? 4000);
const MAX_MS = Number(process.env.BENCH_LOAD_MS ?? 20_000);
/**
 * How long to wait after the load for the report to take in every post: long enough that the
 * bench says how long it took (the 1.5 MB article alone takes minutes to derive on a loaded
 * machine), not only that it missed a window.
 */
const SETTLE_MS = Number(process.env.BENCH_LOAD_SETTLE_MS ?? 600_000);
/** Which parts to run ("sqlite,postgres,bad" by default), to measure one while iterating. */
const PARTS = new Set((process.env.BENCH_LOAD_PARTS ?? "sqlite,postgres,bad").split(","));
const TARGET_P99_MS = 500;

const ms = (value: number): string => `${Math.round(value)} ms`;

function posts(): { id: string; body: string }[] {
  const small = articleBodies(12, "bench");
  const large = { id: "bench-large", body: JSON.stringify({ id: "bench-large", text: oneParagraph(1.5e6 / 70).slice(0, 1_500_000), published: "2026-02-03" }) };
  const huge = { id: "bench-huge", body: JSON.stringify({ id: "bench-huge", text: oneParagraph(9.7e6 / 70).slice(0, 9_700_000) }) };
  return [...small.slice(0, 3), huge, ...small.slice(3, 6), large, ...small.slice(6)];
}

async function benchStore(kind: string, target: string): Promise<void> {
  const store = await openStore(target);
  try {
    const { documents } = await readInputs([corpus("ecbplus-dev", "docs")]);
    await store.putDocuments(documents, "2026-02-01T00:00:00.000Z");
    // The first report is made on a worker of its own, as a server started earlier would have
    // made it: made on this thread, its garbage would weigh on the server's collector.
    let at = performance.now();
    const first = new ReportWorker(target);
    await first.compute("2026-02-01T00:00:00.000Z");
    await first.close();
    const initial = performance.now() - at;
    const result = await runLoad({ store, storeTarget: target, posts: posts(), postEveryMs: 800, readers: READERS, maxReads: MAX_READS, maxMs: MAX_MS, settleMs: SETTLE_MS });
    const p99 = quantile(result.latencies, 0.99);
    const statuses = result.posted.map((p) => `${p.id === "bench-huge" ? "9.7MB:" : p.id === "bench-large" ? "1.5MB:" : ""}${p.status}`).join(" ");
    const slowestPost = Math.max(...result.posted.map((p) => p.ms));
    console.log(
      `${kind}: ${documents.length} documents (first report ${ms(initial)}); ${result.reads} GETs by ${READERS} readers in ${ms(result.loadMs)}: ` +
        `p50 ${ms(quantile(result.latencies, 0.5))}, p99 ${ms(p99)}, max ${ms(result.latencies[result.latencies.length - 1] ?? NaN)} ` +
        `(target p99 < ${TARGET_P99_MS} ms: ${p99 < TARGET_P99_MS ? "met" : "MISSED"}); ${result.errors.length} errors; ` +
        `${result.posted.length} POSTs [${statuses}], slowest answered in ${ms(slowestPost)}; ${result.lost.length} lost; ` +
        `report took every post in ${result.settled ? `after ${ms(result.settleMs)} more` : `NOT within ${ms(SETTLE_MS)}`}`,
    );
    const byPath = [...result.latenciesByPath].map(([path, values]) => `${path} ${values.length}× p50 ${ms(quantile(values, 0.5))} p99 ${ms(quantile(values, 0.99))}`);
    console.log(`  by page: ${byPath.join("; ")}; load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
    for (const error of result.errors.slice(0, 5)) console.log(`  error: ${error}`);
  } finally {
    await store.close();
  }
}

/** `report` on the folder of every bad input, in a child process: wall time and peak resident memory. */
function benchBadInputs(): void {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-bench-bad-"));
  try {
    const inputs = writeBadInputsFolder(join(dir, "in"));
    const at = performance.now();
    let stderr = "";
    try {
      execFileSync("/usr/bin/time", ["-f", "peak-rss-kb %M", process.execPath, join(REPO_ROOT, "bin/crosscheck.mjs"), "report", "--json", "--quiet", "-o", join(dir, "out.json"), join(dir, "in")], { stdio: ["ignore", "ignore", "pipe"] });
    } catch (error) {
      // Exit code 1 is the expected answer: some inputs could not be read.
      stderr = String((error as { stderr?: Buffer }).stderr ?? "");
    }
    const seconds = (performance.now() - at) / 1000;
    const peak = Number(/peak-rss-kb (\d+)/.exec(stderr)?.[1] ?? NaN) / 1024;
    console.log(`bad-inputs folder (${inputs.length} inputs, 1 good): report in ${seconds.toFixed(1)} s, peak memory ${Math.round(peak)} MB (done-when: under 60 s and 1024 MB)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`bench:load ${new Date().toISOString().slice(0, 10)} (node ${process.version})`);
if (PARTS.has("sqlite")) {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-bench-load-"));
  try {
    await benchStore("SQLite", join(dir, "store.sqlite"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const PG = process.env.CROSSCHECK_TEST_PG ?? "";
if (!PARTS.has("postgres")) {
  // Not asked for.
} else if (/^postgres(ql)?:\/\//.test(PG)) {
  await withScratchDatabase(PG, "crosscheck_bench_load", (url) => benchStore("PostgreSQL", url));
} else console.log("PostgreSQL: skipped (set CROSSCHECK_TEST_PG, e.g. $(.ci/postgres.sh))");
if (PARTS.has("bad")) benchBadInputs();
