// bench:reconcile: scores figure reconciliation against the founding corpus's gold figures
// (best, low, high, status) and times reconcile + report on a larger corpus.
//
//   npm run bench:reconcile [-- --corpus DIR]
//
// Two inputs: statements built by hand from the reports' sentences (what reconciliation
// alone gets right), and the real stages (ingest -> clean -> lineage -> extract) with the
// five reports given as one cluster (what it gets right on real extraction, clustering
// set aside). Beside it, two deliberately simple baselines on the same statements: "the
// largest number" and "the latest statement". `--corpus DIR` (default the ECB+ dev corpus
// under ../shared) runs the real pipeline there and times reconcile and the renderers.
import { existsSync, readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { Figure, Link, Statement } from "../src/types.ts";
import { readInputs } from "../src/ingest/index.ts";
import { cleanDocuments } from "../src/clean/index.ts";
import { familiesOf, findLineage } from "../src/lineage/index.ts";
import { extractDocuments } from "../src/extract/index.ts";
import { clusterDocuments } from "../src/cluster/index.ts";
import { reconcileEvent, reconcileFigures } from "../src/reconcile/index.ts";
import { buildReport, renderCsv, renderHtml, renderMarkdown } from "../src/report/index.ts";
import { PUBLISHED, foundingLinks, foundingStatements } from "../test/support/founding-fixture.ts";
import { corpus as sharedCorpus } from "../test/support/shared.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const founding = `${root}examples/balochistan-2026-02`;
const argCorpus = process.argv.indexOf("--corpus");
const corpus = argCorpus > 0 ? process.argv[argCorpus + 1] : sharedCorpus("ecbplus-dev", "docs");

interface GoldFigure {
  measure: string;
  group: string;
  best: number;
  low?: number;
  high?: number;
  statusNot?: string[];
  status?: string;
}
const gold = JSON.parse(readFileSync(`${founding}/gold.json`, "utf8")) as { events: { figures: GoldFigure[] }[] };
const goldFigures = gold.events[0].figures;

type Reconciler = (statements: Statement[], links: Link[], published: Record<string, string | null>) => Pick<Figure, "measure" | "group" | "best" | "low" | "high" | "status">[];

const groupBy = (statements: Statement[]) => {
  const groups = new Map<string, Statement[]>();
  for (const s of statements) {
    const key = `${s.measure}/${s.group}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(s);
  }
  return [...groups.values()];
};

const largest: Reconciler = (statements) =>
  groupBy(statements).map((list) => {
    const values = list.map((s) => s.value);
    return { measure: list[0].measure, group: list[0].group, best: Math.max(...values), low: Math.min(...values), high: Math.max(...values), status: "agreed" };
  });

const latest: Reconciler = (statements) =>
  groupBy(statements).map((list) => {
    const values = list.map((s) => s.value);
    const last = [...list].sort((a, b) => (a.reported ?? "").localeCompare(b.reported ?? "")).pop()!;
    return { measure: list[0].measure, group: list[0].group, best: last.value, low: Math.min(...values), high: Math.max(...values), status: new Set(values).size > 1 ? "updated" : "agreed" };
  });

const crosscheck: Reconciler = (statements, links, published) => reconcileFigures(statements, familiesOf(links, published));

function score(figures: ReturnType<Reconciler>): { best: number; range: number; status: number; total: number } {
  let best = 0;
  let range = 0;
  let status = 0;
  for (const g of goldFigures) {
    const f = figures.find((x) => x.measure === g.measure && x.group === g.group);
    if (!f) continue;
    if (f.best === g.best) best++;
    if ((g.low === undefined || f.low === g.low) && (g.high === undefined || f.high === g.high)) range++;
    if ((!g.status || f.status === g.status) && !(g.statusNot ?? []).includes(f.status)) status++;
  }
  return { best, range, status, total: goldFigures.length };
}

async function realStatements(): Promise<{ statements: Statement[]; links: Link[]; published: Record<string, string | null>; seconds: number }> {
  const t0 = performance.now();
  const ingested = await readInputs([founding], {});
  const documents = cleanDocuments(ingested.documents);
  const lineage = await findLineage(documents);
  const extractions = extractDocuments(documents);
  const published = Object.fromEntries(documents.map((d) => [d.id, d.meta.published]));
  const event = reconcileEvent({ cluster: { id: "founding", documents: documents.map((d) => d.id), evidence: [] }, documents, extractions, families: lineage.families });
  const statements = extractions.flatMap((x) => x.statements).filter((s) => !s.background);
  void event;
  return { statements, links: lineage.links, published, seconds: (performance.now() - t0) / 1000 };
}

const commit = (() => {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root }).toString().trim();
  } catch {
    return "unknown";
  }
})();
console.log(`bench:reconcile ${new Date().toISOString().slice(0, 10)} (commit ${commit})`);
console.log(`founding corpus: ${goldFigures.length} gold figures; columns: best right / low+high right / status allowed`);
console.log("| input | reconciler | best | low & high | status |");
console.log("| --- | --- | --- | --- | --- |");
const hand = foundingStatements().filter((s) => !s.background);
const real = await realStatements();
for (const [input, statements, links, published] of [
  ["hand-built statements", hand, foundingLinks, PUBLISHED],
  ["real clean + lineage + extract", real.statements, real.links, real.published],
] as const) {
  for (const [name, reconciler] of [["baseline: largest number", largest], ["baseline: latest statement", latest], ["crosscheck", crosscheck]] as const) {
    const s = score(reconciler(statements as Statement[], links as Link[], published as Record<string, string | null>));
    console.log(`| ${input} | ${name} | ${s.best}/${s.total} | ${s.range}/${s.total} | ${s.status}/${s.total} |`);
  }
}

if (existsSync(corpus)) {
  const ingested = await readInputs([corpus], {});
  const documents = cleanDocuments(ingested.documents);
  const lineage = await findLineage(documents);
  const clusters = clusterDocuments(documents, lineage.links);
  const extractions = extractDocuments(documents);
  const t0 = performance.now();
  const events = clusters.map((cluster) => reconcileEvent({ cluster, documents, extractions, families: lineage.families }));
  const t1 = performance.now();
  const report = buildReport({ documents, links: lineage.links, families: lineage.families, events, problems: ingested.problems, generatedAt: "bench" });
  const t2 = performance.now();
  const sizes = [renderMarkdown(report).length, renderHtml(report).length, renderCsv(report).length];
  const t3 = performance.now();
  const figures = events.flatMap((e) => e.figures);
  const statuses = ["agreed", "updated", "disputed"].map((st) => `${figures.filter((f) => f.status === st).length} ${st}`).join(", ");
  console.log(`\n${corpus}: ${documents.length} documents, ${events.length} events, ${figures.length} figures (${statuses})`);
  console.log(`reconcile ${(t1 - t0).toFixed(0)} ms, buildReport ${(t2 - t1).toFixed(0)} ms, md+html+csv ${(t3 - t2).toFixed(0)} ms (${sizes.map((n) => `${Math.round(n / 1024)} KiB`).join(" / ")})`);
} else {
  console.log(`\n${corpus} not found: timing skipped`);
}
