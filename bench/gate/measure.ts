// Everything the gate scores, in one process, through the benches' own measuring code: each
// corpus is scored whole and on its two halves (see `halfOf`), each metric with the noise
// margin its data size justifies. Margins (documented in docs/evaluation.md):
//   - a mean over N pages (cleaning F1): 1/N, one page gone from perfect to empty;
//   - B-cubed over N gold documents: 2/N, one document put in the wrong cluster;
//   - precision over P predictions, recall over G gold items: 1/P and 1/G, one item flipped;
//   - counts (empty pages, wrong links, founding failures) and the lineage pair fractions
//     (a handful of pairs, each one a requirement of issue 4): 0.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bcubed } from "../../src/cluster/score.ts";
import { runPipeline } from "../../src/pipeline.ts";
import type { Report } from "../../src/types.ts";
import { checker, corpus, REPO_ROOT } from "../../test/support/shared.ts";
import { measureCleaning, summarizePages } from "../clean.ts";
import { goldEvents, measureEcbClusters } from "../cluster.ts";
import { measureStatements, statementFiles } from "../extract.ts";
import { linkedAsExpected, measureEcbLineage } from "../lineage.ts";
import { digestFiles, HALVES, halfOf, type Half } from "./data.ts";
import { parsePythonFigures, scoreFigures, type GoldFigure } from "./figures.ts";
import type { Direction, Measured } from "./floors.ts";

export interface GateRun {
  measured: Measured[];
  /** Digest of the files each data set was read from. */
  digests: Record<string, string>;
  /** Lines worth printing beside the table (cross-checks, sizes). */
  notes: string[];
}

/** The report's timestamp: stages never read the clock, and the gate's reports stay comparable. */
const GENERATED_AT = "2026-12-01T00:00:00.000Z";

type Scope = "all" | Half;
const SCOPES: Scope[] = ["all", ...HALVES];
const named = (metric: string, scope: Scope): string => (scope === "all" ? metric : `${metric}@${scope}`);

/** Adds one metric on the whole data and on each half: `score(keep)` scores the items `keep` accepts. */
function withHalves(out: Measured[], metric: string, data: string, better: Direction, score: (keep: (id: string) => boolean) => { score: number; margin: number }): void {
  for (const scope of SCOPES) {
    const keep = scope === "all" ? () => true : (id: string) => halfOf(id) === scope;
    out.push({ metric: named(metric, scope), data, better, ...score(keep) });
  }
}

const restrict = (gold: Map<string, string>, keep: (event: string) => boolean): Map<string, string> => new Map([...gold].filter(([, event]) => keep(event)));

function cleaning(run: GateRun, name: string, short: string): void {
  const folder = corpus(name);
  run.digests[name] = digestFiles(folder, [join(folder, "ground-truth.json"), join(folder, "html")]);
  const { scores } = measureCleaning(folder);
  const pick = (keep: (id: string) => boolean) => scores.filter((s) => keep(s.id));
  withHalves(run.measured, `clean.${short}.f1`, name, "higher", (keep) => ({ score: summarizePages(pick(keep)).f1, margin: 1 / pick(keep).length }));
  withHalves(run.measured, `clean.${short}.empty`, name, "lower", (keep) => ({ score: summarizePages(pick(keep)).empty, margin: 0 }));
  run.notes.push(`${name}: ${scores.length} pages`);
}

async function lineage(run: GateRun): Promise<void> {
  const folder = corpus("ecbplus-dev");
  const { near, links, eventOf } = await measureEcbLineage(folder);
  const pairsIn = (minimum: number, keep: (event: string) => boolean) => near.filter((p) => p.jaccard >= minimum && keep(eventOf.get(p.a) ?? p.a));
  const fraction = (minimum: number) => (keep: (event: string) => boolean) => {
    const pairs = pairsIn(minimum, keep);
    // No pair in a half is no failure: the fraction is 1 and the count is in the notes.
    return { score: pairs.length === 0 ? 1 : pairs.filter(linkedAsExpected).length / pairs.length, margin: 0 };
  };
  withHalves(run.measured, "lineage.ecbplus.j80-dup-or-version", "ecbplus-dev", "higher", fraction(0.8));
  withHalves(run.measured, "lineage.ecbplus.j50-linked", "ecbplus-dev", "higher", fraction(0.5));
  withHalves(run.measured, "lineage.ecbplus.cross-event-links", "ecbplus-dev", "lower", (keep) => ({
    score: links.filter((l) => eventOf.get(l.a) !== eventOf.get(l.b) && keep(eventOf.get(l.a) ?? l.a)).length,
    margin: 0,
  }));
  const halves = HALVES.map((h) => `${h} ${pairsIn(0.8, (e) => halfOf(e) === h).length}/${pairsIn(0.5, (e) => halfOf(e) === h).length}`).join(", ");
  run.notes.push(`ecbplus-dev lineage: ${pairsIn(0.8, () => true).length} pairs at Jaccard >= 0.8, ${near.length} at >= 0.5 (${halves}), ${links.length} links`);
}

function clusterMetrics(run: GateRun, short: string, data: string, gold: Map<string, string>, clusters: string[][]): void {
  for (const measure of ["f1", "precision", "recall"] as const) {
    withHalves(run.measured, `cluster.${short}.${measure}`, data, "higher", (keep) => {
      const half = restrict(gold, keep);
      return { score: bcubed(half, clusters)[measure], margin: 2 / half.size };
    });
  }
}

async function statements(run: GateRun): Promise<void> {
  const docs = corpus("ecbplus-dev", "docs");
  const files = statementFiles(docs);
  // Two roots, so the digest names files the same wherever the repository and ../shared sit.
  run.digests["extract-fixtures"] = digestFiles(REPO_ROOT, files.annotations).slice(0, 32) + digestFiles(docs, files.documents).slice(0, 32);
  for (const scope of SCOPES) {
    const result = await measureStatements(docs, scope === "all" ? undefined : (event) => halfOf(event) === scope);
    if (typeof result === "string") {
      run.notes.push(`statements (${scope}): not measured: ${result}`);
      continue;
    }
    const base = { data: "extract-fixtures", better: "higher" as const };
    run.measured.push({ ...base, metric: named("extract.ecbplus.precision", scope), score: result.precision, margin: 1 / Math.max(1, result.predicted) });
    run.measured.push({ ...base, metric: named("extract.ecbplus.recall", scope), score: result.recall, margin: 1 / Math.max(1, result.gold) });
    if (scope === "all") run.notes.push(`statements: ${result.gold} gold, ${result.predicted} predicted, ${result.crashes} crashes`);
  }
}

async function report(paths: string[], scratch: string, name: string): Promise<{ report: Report; path: string }> {
  const { report } = await runPipeline(paths, { generatedAt: GENERATED_AT });
  const path = join(scratch, `${name}.json`);
  writeFileSync(path, JSON.stringify(report));
  return { report, path };
}

async function gva(run: GateRun, scratch: string): Promise<void> {
  const folder = corpus("gva-train");
  const goldPath = join(folder, "gold.json");
  run.digests["gva-train"] = digestFiles(folder, [join(folder, "reports.jsonl"), goldPath]);
  const { report: gvaReport, path } = await report([join(folder, "reports.jsonl")], scratch, "gva-train");
  clusterMetrics(run, "gva", "gva-train", goldEvents(goldPath), gvaReport.events.map((e) => e.documents));

  const gold = (JSON.parse(readFileSync(goldPath, "utf8")) as { figures: GoldFigure[] }).figures;
  const scored = (keep: (event: string) => boolean) => scoreFigures(gold.filter((f) => keep(f.event)), gvaReport);
  for (const view of ["event", "doc"] as const) {
    withHalves(run.measured, `figures.gva.${view}.precision`, "gva-train", "higher", (keep) => {
      const v = scored(keep)[view];
      return { score: v.precision, margin: 1 / Math.max(1, v.pred) };
    });
    withHalves(run.measured, `figures.gva.${view}.recall`, "gva-train", "higher", (keep) => {
      const v = scored(keep)[view];
      return { score: v.recall, margin: 1 / Math.max(1, v.gold) };
    });
  }
  // The port must agree with the shared Python scorer, count for count, on the whole set.
  const python = spawnSync("python3", [checker("score-figures.py"), goldPath, path], { encoding: "utf8" });
  const expected = python.status === 0 ? parsePythonFigures(python.stdout) : null;
  const ours = scored(() => true);
  const same = expected !== null && (["event", "doc"] as const).every((v) => (["gold", "pred", "tp", "predOk", "fpZero"] as const).every((k) => expected[v][k] === ours[v][k]));
  run.measured.push({ metric: "figures.gva.port-matches-python", data: "gva-train", better: "higher", score: same ? 1 : 0, margin: 0 });
  run.notes.push(`gva-train: ${gvaReport.documents.length} reports, ${gvaReport.events.length} events; score-figures.py ${expected === null ? `did not run (${python.stderr.trim().split("\n").pop() ?? python.status})` : same ? "agrees with the port" : "DISAGREES with the port"}`);
}

async function founding(run: GateRun, scratch: string): Promise<void> {
  const folder = corpus("balochistan-2026-02");
  run.digests["balochistan-2026-02"] = digestFiles(folder, [folder]);
  const { path } = await report([folder], scratch, "balochistan");
  const checked = spawnSync(process.execPath, [checker("check-report.mjs"), join(folder, "gold.json"), path], { encoding: "utf8" });
  const m = /(\d+) passed, (\d+) failed/.exec(checked.stdout);
  // One event only: no halves. A checker that did not run counts as one failure.
  const passed = m ? Number(m[1]) : 0;
  const failed = m ? Number(m[2]) : 1;
  run.measured.push({ metric: "founding.checks-passed", data: "balochistan-2026-02", better: "higher", score: passed, margin: 0 });
  run.measured.push({ metric: "founding.checks-failed", data: "balochistan-2026-02", better: "lower", score: failed, margin: 0 });
}

/** Runs every scorer; `onStage` hears each stage's name and seconds (for the wall-time line). */
export async function measureAll(onStage: (stage: string, seconds: number) => void = () => {}): Promise<GateRun> {
  const run: GateRun = { measured: [], digests: {}, notes: [] };
  const scratch = mkdtempSync(join(tmpdir(), "gate-"));
  // A scorer that fails (a corpus file missing, a crash) costs its own metrics, which then show
  // as "not measured" against their floors, never the rest of the run.
  const timed = async (stage: string, work: () => void | Promise<void>): Promise<void> => {
    const started = performance.now();
    try {
      await work();
    } catch (error) {
      run.notes.push(`${stage}: not measured: ${(error as Error).message.split("\n")[0]}`);
    }
    onStage(stage, (performance.now() - started) / 1000);
  };
  await timed("clean", () => {
    cleaning(run, "article-extraction-benchmark", "aeb");
    cleaning(run, "readability-test-pages", "readability");
  });
  const ecbplus = corpus("ecbplus-dev");
  run.digests["ecbplus-dev"] = digestFiles(ecbplus, [join(ecbplus, "docs"), join(ecbplus, "gold.json")]);
  await timed("lineage", () => lineage(run));
  await timed("cluster", async () => {
    const folder = ecbplus;
    const { gold, clusters } = await measureEcbClusters(folder);
    clusterMetrics(run, "ecbplus", "ecbplus-dev", gold, clusters);
  });
  await timed("extract", () => statements(run));
  await timed("gva-train pipeline", () => gva(run, scratch));
  await timed("founding", () => founding(run, scratch));
  return run;
}
