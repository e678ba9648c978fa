// npm run gate: the quality gate. Scores every stage on the shared corpora in one process
// (bench/gate/measure.ts), compares each score with its floor in bench/gate-floors.json
// (bench/gate/floors.ts) and exits 1 when one fell past its noise margin, when the data a
// floor was measured on changed, or when a pinned metric was not measured.
//
//   npm run gate                                   check
//   npm run gate -- --update                       raise floors to this run's better scores, pin new metrics
//   npm run gate -- --update --allow-regression    also lower floors / re-pin on changed data
//   npm run gate -- --record                       also write the figures to docs/evaluation.md
//   npm run gate -- --floors FILE                  another floors file (to try the gate on a copy)
//
// Without ../shared (see test/support/shared.ts) there is nothing to measure: the gate says so
// and exits 0 on a developer's machine, 1 when CI is set, since there a missing corpus would
// otherwise pass every floor unseen.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { REPO_ROOT, SHARED_MISSING } from "../test/support/shared.ts";
import { compareToFloors, renderVerdicts, serializeFloors, updateFloors, type FloorsFile, type Verdict } from "./gate/floors.ts";
import { measureAll } from "./gate/measure.ts";

const floorsFlag = process.argv.indexOf("--floors");
const FLOORS_PATH = floorsFlag > 0 ? resolve(process.argv[floorsFlag + 1]) : join(REPO_ROOT, "bench", "gate-floors.json");
const EVALUATION_PATH = join(REPO_ROOT, "docs", "evaluation.md");
const SECTION = "## Quality gate (npm run gate)";

const EMPTY_FLOORS: FloorsFile = {
  note: "Floors of `npm run gate` (bench/gate.ts): each metric's floor (a ceiling for better=lower), noise margin, and the digest of the data it was measured on. Raise with `npm run gate -- --update`; lowering needs --allow-regression too.",
  pinned: "",
  floors: {},
};

function readFloors(): FloorsFile {
  return existsSync(FLOORS_PATH) ? (JSON.parse(readFileSync(FLOORS_PATH, "utf8")) as FloorsFile) : EMPTY_FLOORS;
}

/** The docs table: one row a metric, its whole-corpus score beside its two halves. */
function evaluationSection(verdicts: Verdict[], date: string, seconds: number): string {
  const rows = new Map<string, Partial<Record<"all" | "dev" | "held-out", Verdict>>>();
  for (const v of verdicts) {
    const [base, half] = v.metric.split("@") as [string, "dev" | "held-out" | undefined];
    rows.set(base, { ...rows.get(base), [half ?? "all"]: v });
  }
  const num = (v: Verdict | undefined): string => (v?.score === null || v?.score === undefined ? "-" : Number.isInteger(v.score) ? String(v.score) : v.score.toFixed(4));
  const lines = [...rows].map(([base, r]) => `| ${base} | ${r.all?.better === "lower" ? "lower" : "higher"} | ${num(r.all)} | ${num(r.dev)} | ${num(r["held-out"])} | ${r.all?.margin?.toFixed(4) ?? "-"} |`);
  return [
    SECTION,
    "",
    `Measured ${date} by \`npm run gate -- --record\` in ${seconds.toFixed(0)} s wall time on the shared 2-core machine; floors pinned at these scores in \`bench/gate-floors.json\`.`,
    "Halves (bench/gate/data.ts `halfOf`, the one split every bench uses): ECB+ events by topic, odd topics \"dev\" (the two similar events of a topic stay in one half); every other id by FNV-1a, even \"dev\", odd \"held-out\". Pages are split by page id,",
    "everything else by gold event (ecbplus-dev and gva-train clusters, the annotated statements' events, gva-train figures' incidents). The founding corpus is one event: no halves.",
    "A rule tuned on one half that does not carry to the other shows as a gap between the two columns.",
    "B-cubed on a half scores that half's gold documents only, so a wrong merge across the halves counts in neither: halves' cluster precision runs above the whole's.",
    "",
    "Margins (how far a score may move past its floor before the gate fails): a mean over N pages 1/N (one page from perfect to empty);",
    "B-cubed over N gold documents 2/N (one document in the wrong cluster); precision over P predictions 1/P, recall over G gold items 1/G (one item flipped);",
    "counts (empty pages, wrong links, founding failures), lineage pair fractions and the score-figures.py cross-check 0.",
    "A digest mismatch (the corpus files changed) fails with a message: re-pin after review with `--update --allow-regression`.",
    "`npm run gate -- --update` raises floors to better scores and pins new metrics; it never lowers one without `--allow-regression`.",
    "`.ci/run` runs the gate after `npm test`; without ../shared the gate exits 0 on a developer's machine and 1 when `CI` is set.",
    "Figures on gva-train are scored by a port of shared/check/score-figures.py (bench/gate/figures.ts), so the halves can be scored;",
    "each run also runs the Python on the whole set and pins their agreement (`figures.gva.port-matches-python`).",
    "",
    "| metric | better | score | dev | held-out | margin |",
    "| --- | --- | --- | --- | --- | --- |",
    ...lines,
    "",
  ].join("\n");
}

function record(section: string): void {
  let doc = readFileSync(EVALUATION_PATH, "utf8");
  const start = doc.indexOf(SECTION);
  if (start >= 0) {
    const next = doc.indexOf("\n## ", start + SECTION.length);
    doc = doc.slice(0, start) + section + (next >= 0 ? doc.slice(next + 1) : "");
  } else {
    // The first section, after the page's introduction: the gate's figures are the ones CI holds the code to.
    const first = doc.indexOf("\n## ");
    doc = first >= 0 ? `${doc.slice(0, first + 1)}${section}\n${doc.slice(first + 1)}` : `${doc.trimEnd()}\n\n${section}`;
  }
  writeFileSync(EVALUATION_PATH, doc);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const update = args.includes("--update");
  const allowRegression = args.includes("--allow-regression");
  if (SHARED_MISSING) {
    console.log(`gate: ${SHARED_MISSING}; nothing measured.`);
    return process.env.CI ? 1 : 0;
  }
  if (allowRegression && !update) console.log("gate: --allow-regression does nothing without --update");
  const date = new Date().toISOString().slice(0, 10);
  const started = performance.now();
  const timings: string[] = [];
  const run = await measureAll((stage, seconds) => timings.push(`${stage} ${seconds.toFixed(1)} s`));
  const seconds = (performance.now() - started) / 1000;

  let floors = readFloors();
  console.log(`gate ${date}: ${run.measured.length} metrics, ${seconds.toFixed(1)} s wall (${timings.join(", ")})`);
  for (const note of run.notes) console.log(`  ${note}`);
  if (update) {
    const result = updateFloors(run.measured, run.digests, floors, { allowRegression, date });
    floors = result.floors;
    writeFileSync(FLOORS_PATH, serializeFloors(floors));
    for (const line of result.changes) console.log(`  floor ${line}`);
    for (const line of result.refused) console.log(`  kept ${line}`);
    console.log(`gate: ${result.changes.length} floors moved, ${result.refused.length} kept; wrote ${FLOORS_PATH}`);
  }
  const verdicts = compareToFloors(run.measured, run.digests, floors);
  console.log("");
  console.log(renderVerdicts(verdicts));
  if (args.includes("--record")) {
    record(evaluationSection(verdicts, date, seconds));
    console.log(`\nwrote ${EVALUATION_PATH} ("${SECTION.slice(3)}")`);
  }
  const failing = verdicts.filter((v) => v.failing);
  console.log(`\ngate: ${failing.length === 0 ? "passed" : `FAILED (${failing.length} of ${verdicts.length})`}`);
  return failing.length === 0 ? 0 : 1;
}

process.exitCode = await main();
