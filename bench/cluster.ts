// Clustering benchmark: B-cubed precision, recall and F1 (same definition as
// shared/check/score-clusters.mjs) on ECB+ dev and the founding corpus, with a plain
// TF-IDF average-link baseline scored beside it.
//
//   npx tsx bench/cluster.ts [--split] [--errors [N]]
//     --split: tune on half the topics, score the other half
//     --stream: the clusterer as a server's engine runs it (issue 15): two thirds of each corpus
//       added at once (settled), the last third one report at a time read without the re-check,
//       as far as the growth schedule lets it drift; B-cubed of that unsettled assignment and of
//       the settled one against gold (dev and held-out halves) and against each other, and the
//       time of one add read unsettled
//     --stream-at N: the clusterer alone at N reports (gva-train and ecbplus-dev, cleaned, repeated
//       under new ids with dates a year later a pass): N at once and settled, then 20 adds read
//       unsettled (median and max), then one settle
//     --errors: gva-train's dev-half wrong merges (with the evidence that tied them) and splits,
//       the N largest of each (default 15); the held-out half is never listed, so rules are
//       written looking at dev failures only
//
// gva-train (local shootings, nearly all single-report incidents) is scored too, on the reports
// cleaning keeps (cleaning still drops about 120); with --split, its halves are set by a stable
// hash of the gold incident key. Beside it the trivial baseline "every report alone".
//
// Documents are read and cleaned by the pipeline's ingest and clean stages; the raw-text
// helper (test/support/cluster-documents.ts: text = file, published from a date header, dated URL or
// date line) is scored beside it, so a change in cleaning shows up as a change here.
// `measureEcbClusters` is what the gate (bench/gate.ts) scores.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { clusterDocuments, EventClusterer, type ClusterOptions } from "../src/cluster/index.ts";
import { documentsFromFolder } from "../test/support/cluster-documents.ts";
import { averageLink, type Graph } from "../src/cluster/average-link.ts";
import type { CleanDocument, Cluster, Link } from "../src/types.ts";
import { cleanDocument, cleanDocuments, learnChrome } from "../src/clean/index.ts";
import { readInputs } from "../src/ingest/index.ts";
import { findLineage } from "../src/lineage/index.ts";
import { bcubed, type Scores } from "../src/cluster/score.ts";
import { corpus } from "../test/support/shared.ts";
import { halfOf } from "./gate/data.ts";

/** The deliberately simple baseline: TF-IDF cosine over words, all pairs, average link. */
function baseline(docs: CleanDocument[], threshold: number): string[][] {
  const tokens = docs.map((d) => (d.text.toLowerCase().match(/\p{L}{3,}/gu) ?? []) as string[]);
  const df = new Map<string, number>();
  for (const t of tokens) for (const w of new Set(t)) df.set(w, (df.get(w) ?? 0) + 1);
  const vectors = tokens.map((t) => {
    const tf = new Map<string, number>();
    for (const w of t) tf.set(w, (tf.get(w) ?? 0) + 1);
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, c] of tf) {
      const x = (1 + Math.log(c)) * Math.log(docs.length / (df.get(w) as number));
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
  const graph: Graph = new Map();
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      let dot = 0;
      for (const [w, x] of vectors[i]) dot += x * (vectors[j].get(w) ?? 0);
      if (dot <= 0) continue;
      if (!graph.has(i)) graph.set(i, new Map());
      if (!graph.has(j)) graph.set(j, new Map());
      (graph.get(i) as Map<number, number>).set(j, dot);
      (graph.get(j) as Map<number, number>).set(i, dot);
    }
  }
  return averageLink(docs.length, graph, threshold).map((g) => g.map((n) => docs[n].id));
}

/** A gold.json's clusters ({name: [document ids]}) as the event of each document. */
export function goldEvents(goldPath: string): Map<string, string> {
  const clusters = JSON.parse(readFileSync(goldPath, "utf8")).clusters as Record<string, string[]>;
  const gold = new Map<string, string>();
  for (const [name, ids] of Object.entries(clusters)) for (const id of ids) gold.set(id, name);
  return gold;
}

function loadEcb(): { docs: CleanDocument[]; gold: Map<string, string> } {
  const folder = corpus("ecbplus-dev");
  return { docs: documentsFromFolder(join(folder, "docs")), gold: goldEvents(join(folder, "gold.json")) };
}

function restrict(gold: Map<string, string>, keep: (cluster: string) => boolean): Map<string, string> {
  return new Map([...gold].filter(([, c]) => keep(c)));
}

function run(docs: CleanDocument[], gold: Map<string, string>, options?: ClusterOptions): Scores & { perSecond: number } {
  const started = performance.now();
  const clusters = clusterDocuments(docs, [], options);
  const seconds = (performance.now() - started) / 1000;
  return { ...bcubed(gold, clusters.map((c) => c.documents)), perSecond: docs.length / seconds };
}

const fmt = (s: Scores): string => `F1 ${s.f1.toFixed(3)}  P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  clusters ${s.predicted}`;

async function cleaned(folder: string): Promise<CleanDocument[]> {
  const { documents } = await readInputs([folder]);
  const chrome = learnChrome(documents.filter((d) => d.format === "text"));
  return documents.map((d) => cleanDocument(d, chrome));
}

/** crosscheck's clusters of the pipeline-cleaned ecbplus-dev reports, beside the gold events. */
export async function measureEcbClusters(folder: string): Promise<{ gold: Map<string, string>; clusters: string[][] }> {
  const docs = await cleaned(join(folder, "docs"));
  return { gold: goldEvents(join(folder, "gold.json")), clusters: clusterDocuments(docs, []).map((c) => c.documents) };
}

async function gvaTrain(split: boolean): Promise<void> {
  const folder = corpus("gva-train");
  const clusters = JSON.parse(readFileSync(join(folder, "gold.json"), "utf8")).clusters as Record<string, string[]>;
  const { documents } = await readInputs([join(folder, "reports.jsonl")]);
  const docs = cleanDocuments(documents).filter((d) => d.text.trim());
  const { links } = await findLineage(docs);
  const kept = new Set(docs.map((d) => d.id));
  const gold = new Map(Object.entries(clusters).flatMap(([name, ids]) => ids.filter((id) => kept.has(id)).map((id) => [id, name] as const)));
  const score = (g: Map<string, string>): Scores => {
    const part = docs.filter((d) => g.has(d.id));
    const partLinks = links.filter((l) => g.has(l.a) && g.has(l.b));
    return bcubed(g, clusterDocuments(part, partLinks).map((c) => c.documents));
  };
  console.log(`gva-train (${docs.length} of ${documents.length} docs kept by cleaning, ${new Set(gold.values()).size} incidents)`);
  const errors = process.argv.indexOf("--errors");
  if (errors > 0) listDevErrors(docs, gold, clusterDocuments(docs, links), Number(process.argv[errors + 1]) || 15);
  console.log(`  crosscheck                         ${fmt(score(gold))}`);
  console.log(`  baseline: every report alone       ${fmt(bcubed(gold, docs.map((d) => [d.id])))}`);
  if (!split) return;
  for (const half of [0, 1]) console.log(`  split: ${half === 0 ? "dev" : "held-out"} half    ${fmt(score(restrict(gold, (c) => halfOf(c) === (half === 0 ? "dev" : "held-out"))))}`);
}

/** The dev half's wrong merges (clusters holding dev reports of several incidents) and split incidents. */
function listDevErrors(docs: CleanDocument[], gold: Map<string, string>, clusters: Cluster[], limit: number): void {
  const lead = new Map(docs.map((d) => [d.id, (d.meta.title ?? d.text).replace(/\s+/g, " ").slice(0, 110)]));
  const dev = (id: string): boolean => gold.has(id) && halfOf(gold.get(id) as string) === "dev";
  const merges = clusters
    .map((c) => ({ c, members: c.documents.filter(dev) }))
    .filter(({ members }) => new Set(members.map((id) => gold.get(id))).size > 1)
    .sort((a, b) => b.members.length - a.members.length);
  console.log(`  dev half: ${merges.length} clusters join reports of different incidents`);
  for (const { c, members } of merges.slice(0, limit)) {
    console.log(`    ${members.length} dev reports of ${new Set(members.map((id) => gold.get(id))).size} incidents: ${c.evidence.join(" | ")}`);
    for (const id of members.slice(0, 4)) console.log(`      ${id} [${gold.get(id)}] ${lead.get(id)}`);
  }
  const clusterOf = new Map(clusters.flatMap((c, i) => c.documents.map((id) => [id, i] as const)));
  const incidents = new Map<string, string[]>();
  for (const [id, incident] of gold) if (dev(id)) incidents.set(incident, [...(incidents.get(incident) ?? []), id]);
  const splits = [...incidents].filter(([, ids]) => new Set(ids.map((id) => clusterOf.get(id))).size > 1).sort((a, b) => b[1].length - a[1].length);
  console.log(`  dev half: ${splits.length} incidents split across clusters`);
  for (const [incident, ids] of splits.slice(0, limit)) {
    console.log(`    ${incident}: ${ids.length} reports in ${new Set(ids.map((id) => clusterOf.get(id))).size} clusters`);
    for (const id of ids.slice(0, 4)) console.log(`      ${id} ${lead.get(id)}`);
  }
}

/** Two thirds at once, then one at a time read unsettled: how far streaming drifts from the settled answer, and what an add costs. */
function streamed(name: string, docs: CleanDocument[], links: Link[], gold: Map<string, string>): void {
  const clusterer = new EventClusterer();
  clusterer.orderLinks(links);
  const bulk = Math.ceil((docs.length * 2) / 3) + 1;
  clusterer.add(docs.slice(0, bulk), links);
  clusterer.clusters();
  const seconds: number[] = [];
  let rechecks = 0;
  for (const doc of docs.slice(bulk)) {
    const started = performance.now();
    clusterer.add([doc]);
    clusterer.clusters({ settle: false });
    seconds.push((performance.now() - started) / 1000);
    if (clusterer.settled) rechecks += 1;
  }
  const unsettled = clusterer.clusters({ settle: false }).map((c) => c.documents);
  const settled = clusterer.clusters().map((c) => c.documents);
  const batch = clusterDocuments(docs, links).map((c) => c.documents);
  const same = JSON.stringify(settled) === JSON.stringify(batch);
  const agreement = bcubed(new Map(settled.flatMap((ids, i) => ids.map((id) => [id, `s${i}`] as const))), unsettled);
  const sorted = [...seconds].sort((a, b) => a - b);
  console.log(`${name}: ${bulk} at once, ${docs.length - bulk} one at a time (${rechecks} re-checks on the growth schedule); settled equals one batch: ${same}`);
  for (const [label, g] of [
    ["all", gold],
    ["dev half", restrict(gold, (c) => halfOf(c) === "dev")],
    ["held-out half", restrict(gold, (c) => halfOf(c) === "held-out")],
  ] as const)
    console.log(`  ${label.padEnd(14)} unsettled ${fmt(bcubed(g, unsettled))} | settled ${fmt(bcubed(g, settled))}`);
  console.log(`  unsettled against settled: ${fmt(agreement)}`);
  console.log(`  one add read unsettled: median ${(sorted[sorted.length >> 1] * 1000).toFixed(1)} ms, max ${(sorted[sorted.length - 1] * 1000).toFixed(1)} ms`);
}

async function streaming(): Promise<void> {
  const ecb = await cleaned(corpus("ecbplus-dev", "docs"));
  streamed("ecbplus-dev", ecb, [], goldEvents(corpus("ecbplus-dev", "gold.json")));
  const { documents } = await readInputs([corpus("gva-train", "reports.jsonl")]);
  const docs = cleanDocuments(documents).filter((d) => d.text.trim());
  const { links } = await findLineage(docs);
  const kept = new Set(docs.map((d) => d.id));
  const gold = new Map([...goldEvents(corpus("gva-train", "gold.json"))].filter(([id]) => kept.has(id)));
  streamed("gva-train", docs, links, gold);
}

/** What an add costs the clusterer at scale: repeats of the corpora under new ids, dates a year later a pass. */
async function streamAt(size: number): Promise<void> {
  const { documents } = await readInputs([corpus("gva-train", "reports.jsonl"), corpus("ecbplus-dev", "docs")]);
  const base = cleanDocuments(documents).filter((d) => d.text.trim());
  const later = (published: string | null, years: number) => (published ? `${Number(published.slice(0, 4)) + years}${published.slice(4)}` : null);
  const all: CleanDocument[] = [];
  for (let pass = 0; all.length < size + 20; pass++) for (const d of base) all.push({ ...d, id: `${d.id}-p${pass}`, meta: { ...d.meta, published: later(d.meta.published, pass) } });
  const clusterer = new EventClusterer();
  let started = performance.now();
  clusterer.add(all.slice(0, size));
  clusterer.clusters();
  console.log(`${size} reports at once, settled: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const ms: number[] = [];
  for (const doc of all.slice(size, size + 20)) {
    started = performance.now();
    clusterer.add([doc]);
    clusterer.clusters({ settle: false });
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  console.log(`  one add read unsettled: median ${ms[ms.length >> 1].toFixed(1)} ms, max ${ms[ms.length - 1].toFixed(1)} ms (20 adds)`);
  started = performance.now();
  clusterer.settle();
  console.log(`  settle after them: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function main(): Promise<void> {
  console.log(`bench:cluster ${new Date().toISOString().slice(0, 10)}`);
  const at = process.argv.indexOf("--stream-at");
  if (at > 0) return streamAt(Number(process.argv[at + 1]));
  if (process.argv.includes("--stream")) return streaming();
  const { docs: rawDocs, gold } = loadEcb();
  const docs = await cleaned(corpus("ecbplus-dev", "docs"));
  const ours = run(docs, gold);
  console.log(`ecbplus-dev (${docs.length} docs, ${new Set(gold.values()).size} events)`);
  console.log(`  crosscheck, pipeline-cleaned docs  ${fmt(ours)}  ${ours.perSecond.toFixed(0)} reports/s`);
  const onRaw = run(rawDocs, gold);
  console.log(`  crosscheck, raw-text helper docs   ${fmt(onRaw)}  ${onRaw.perSecond.toFixed(0)} reports/s`);
  const thresholds = [0.05, 0.08, 0.1, 0.12, 0.15, 0.2];
  const base = thresholds.map((t) => ({ t, s: bcubed(gold, baseline(rawDocs, t)) })).sort((a, b) => b.s.f1 - a.s.f1)[0];
  console.log(`  baseline (raw text)                ${fmt(base.s)}  (TF-IDF average link, best threshold ${base.t} picked on dev)`);

  const founding = await cleaned(corpus("balochistan-2026-02"));
  const foundingClusters = clusterDocuments(founding, []);
  console.log(`balochistan-2026-02 (${founding.length} docs, 1 event): ${foundingClusters.length} cluster(s)`);
  for (const c of foundingClusters) console.log(`  ${c.documents.length} docs: ${c.evidence.join(" | ")}`);

  await gvaTrain(process.argv.includes("--split"));

  if (process.argv.includes("--split")) {
    const topic = (c: string): number => Number(c.split("_")[0]);
    const halves: [string, (c: string) => boolean][] = [
      ["odd topics", (c) => topic(c) % 2 === 1],
      ["even topics", (c) => topic(c) % 2 === 0],
    ];
    const grid = [0.08, 0.1, 0.12, 0.14, 0.16, 0.18];
    for (const [name, inTune] of halves) {
      const tuneGold = restrict(gold, inTune);
      const testGold = restrict(gold, (c) => !inTune(c));
      const tuneDocs = docs.filter((d) => tuneGold.has(d.id));
      const testDocs = docs.filter((d) => testGold.has(d.id));
      const best = grid.map((threshold) => ({ threshold, s: run(tuneDocs, tuneGold, { threshold }) })).sort((a, b) => b.s.f1 - a.s.f1)[0];
      const held = run(testDocs, testGold, { threshold: best.threshold });
      console.log(`split: tuned on ${name} -> threshold ${best.threshold} (tune ${best.s.f1.toFixed(3)}), held-out ${fmt(held)}`);
    }
  }
}

if (import.meta.filename === resolve(process.argv[1] ?? "")) await main();
