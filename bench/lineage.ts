// Lineage benchmark: quality on the founding corpus and on ecbplus-dev (against exact
// 5-shingle Jaccard, as shared/check/near-duplicates.py computes it), then speed and quality on
// synthetic corpora of 10k to 100k reports derived from real text.
//   npm run bench:lineage [-- --sizes 10000,30000,100000]
//
// `measureEcbLineage` is what the gate (bench/gate.ts) scores.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { findLineage, type LineageStats } from "../src/lineage/index.ts";
import { readFolder } from "../test/support/lineage-documents.ts";
import { sortedIntersectionSize } from "../src/arrays.ts";
import { loadHasher, shingleSet, WordHasher } from "../src/lineage/minhash.ts";
import { shingleWords } from "../src/lineage/text.ts";
import type { CleanDocument, Link } from "../src/types.ts";
import { corpus } from "../test/support/shared.ts";
import { BigramChain, buildCorpus } from "./lineage-synthetic.ts";

const sizesArg = process.argv.indexOf("--sizes");
const SIZES = sizesArg > 0 ? process.argv[sizesArg + 1].split(",").map(Number) : [10000, 30000, 100000];

const pairKey = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`);
const pct = (part: number, whole: number): string => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

async function founding(): Promise<void> {
  const folder = corpus("balochistan-2026-02");
  if (!existsSync(folder)) return;
  const { links, messages } = await findLineage(readFolder(folder));
  console.log("\n## balochistan-2026-02");
  for (const link of links) console.log(`  ${link.a} ~ ${link.b}: ${link.relation} ${link.similarity} newer=${link.newer} changes=${link.changes.length}`);
  for (const [id, list] of messages) for (const message of list) console.log(`  ${id}: ${message.rule}: ${message.reason}`);
}

/** Exact 5-shingle Jaccard of all pairs, as the shared checker computes it (tokens \w+, URL line dropped). */
async function jaccardPairs(docs: CleanDocument[], threshold: number): Promise<[string, string, number][]> {
  const hasher = new WordHasher(await loadHasher());
  const sets = docs.map((doc) => shingleSet(Uint32Array.from(shingleWords(doc.text), (word) => hasher.word(word)), 5));
  const out: [string, string, number][] = [];
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const shared = sortedIntersectionSize(sets[i], sets[j]);
      const jaccard = shared / (sets[i].length + sets[j].length - shared);
      if (jaccard >= threshold) out.push([docs[i].id, docs[j].id, jaccard]);
    }
  }
  return out;
}

/** A pair of reports whose exact 5-shingle Jaccard reaches 0.5, and what lineage made of it. */
export interface NearPair {
  a: string;
  b: string;
  jaccard: number;
  relation: Link["relation"] | null;
}

export interface EcbLineage {
  docs: number;
  seconds: number;
  links: Link[];
  /** The gold event of each report. */
  eventOf: Map<string, string>;
  near: NearPair[];
  reportsWithRepeats: number;
}

/** Lineage over ecbplus-dev beside the exact Jaccard of every pair: the figures of issue 4. */
export async function measureEcbLineage(folder: string): Promise<EcbLineage> {
  const docs = readFolder(join(folder, "docs"));
  const clusters = JSON.parse(readFileSync(join(folder, "gold.json"), "utf8")).clusters as Record<string, string[]>;
  const eventOf = new Map(Object.entries(clusters).flatMap(([name, ids]) => ids.map((id) => [id, name] as const)));
  const started = performance.now();
  const { links, messages } = await findLineage(docs);
  const seconds = (performance.now() - started) / 1000;
  const linked = new Map(links.map((link) => [pairKey(link.a, link.b), link]));
  const near = (await jaccardPairs(docs, 0.5)).map(([a, b, jaccard]) => ({ a, b, jaccard, relation: linked.get(pairKey(a, b))?.relation ?? null }));
  return { docs: docs.length, seconds, links, eventOf, near, reportsWithRepeats: messages.size };
}

/** Whether a pair this similar was linked as it should be: >= 0.8 as duplicate or version, else at all. */
export const linkedAsExpected = (pair: NearPair): boolean =>
  pair.jaccard >= 0.8 ? pair.relation === "duplicate" || pair.relation === "version" : pair.relation !== null;

async function ecbplus(): Promise<void> {
  const folder = corpus("ecbplus-dev");
  if (!existsSync(folder)) return;
  const { docs, seconds, links, eventOf, near, reportsWithRepeats } = await measureEcbLineage(folder);
  const high = near.filter((pair) => pair.jaccard >= 0.8);
  const highOk = high.filter(linkedAsExpected);
  const nearOk = near.filter((pair) => pair.relation !== null);
  const cross = links.filter((link) => eventOf.get(link.a) !== eventOf.get(link.b));
  const count = (relation: Link["relation"]): number => links.filter((link) => link.relation === relation).length;
  console.log(`\n## ecbplus-dev (${docs} reports, ${seconds.toFixed(2)} s)`);
  console.log(`  Jaccard>=0.8 pairs linked as duplicate/version: ${highOk.length}/${high.length} (${pct(highOk.length, high.length)})`);
  console.log(`  Jaccard>=0.5 pairs linked at all:               ${nearOk.length}/${near.length} (${pct(nearOk.length, near.length)})`);
  console.log(`  links across gold clusters:                     ${cross.length} of ${links.length}`);
  console.log(`  relations: duplicate ${count("duplicate")}, version ${count("version")}, rewrite ${count("rewrite")}; reports with internal repeats: ${reportsWithRepeats}`);
  // The simple baseline: identical 5-shingle sets only.
  const baseline = near.filter((pair) => pair.jaccard === 1).length;
  console.log(`  baseline (identical shingle sets): ${baseline}/${near.length} of the Jaccard>=0.5 pairs`);
}

async function synthetic(): Promise<void> {
  const folder = corpus("ecbplus-dev", "docs");
  if (!existsSync(folder)) return;
  const texts = readFolder(folder).map((doc) => doc.text);
  const chain = new BigramChain(texts);
  console.log("\n## synthetic (bigram stories from ecbplus-dev text; copies, versions, rewrites)");
  console.log("  CPU time is the process's user+system time during findLineage (the machine is shared; wall time is shown beside it).");
  console.log("  reports | cpu s | wall s | cpu µs/report | links | links per cpu s | candidates/report (5-shingle, sentence) | recall dup/ver/rew | wrong links | heap MB");
  let previous: { size: number; seconds: number } | null = null;
  for (const size of SIZES) {
    const corpus = buildCorpus(chain, size, 42);
    const stats = {} as LineageStats;
    const started = performance.now();
    const cpuStart = process.cpuUsage();
    const { links } = await findLineage(corpus.docs, { stats });
    const cpu = process.cpuUsage(cpuStart);
    const seconds = (cpu.user + cpu.system) / 1e6;
    const wall = (performance.now() - started) / 1000;
    const heap = process.memoryUsage().heapUsed / 2 ** 20;
    const found = new Set(links.map((link) => pairKey(link.a, link.b)));
    const recall = (relation: string): string => {
      const wanted = corpus.truth.filter((truth) => truth.relation === relation);
      return pct(wanted.filter((truth) => found.has(pairKey(truth.base, truth.derived))).length, wanted.length);
    };
    const wrong = links.filter((link) => corpus.family.get(link.a) !== corpus.family.get(link.b)).length;
    console.log(
      `  ${size} | ${seconds.toFixed(2)} | ${wall.toFixed(2)} | ${((seconds * 1e6) / size).toFixed(0)} | ${links.length} | ${(links.length / seconds).toFixed(0)} | ` +
        `${(stats.shingleCandidates / size).toFixed(3)}, ${(stats.sentenceCandidates / size).toFixed(3)} | ` +
        `${recall("duplicate")} / ${recall("version")} / ${recall("rewrite")} | ${wrong} | ${heap.toFixed(0)}`,
    );
    if (previous) {
      const growth = seconds / previous.seconds / (size / previous.size);
      console.log(`    cost growth vs ${previous.size}: x${(seconds / previous.seconds).toFixed(2)} for x${(size / previous.size).toFixed(1)} reports (1.00 = linear: ${growth.toFixed(2)})`);
    }
    previous = { size, seconds };
  }
}

if (import.meta.filename === resolve(process.argv[1] ?? "")) {
  console.log(`bench:lineage ${new Date().toISOString().slice(0, 10)}  node ${process.version}`);
  await founding();
  await ecbplus();
  await synthetic();
}
