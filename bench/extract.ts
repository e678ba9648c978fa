// bench:extract: scores casualty-statement extraction against hand-annotated ECB+ documents
// (test/fixtures/extract/ecbplus/*.json, conventions in test/fixtures/extract/README.md) and
// against sentences that must give nothing (test/fixtures/extract/negatives.txt). The real
// pipeline (readInputs -> cleanDocument -> extractDocument) is scored beside a deliberately
// simple baseline, "a number right before a harm word", so the figures say what the rules add.
//
//   npm run bench:extract [-- --verbose] [--corpus DIR] [--no-write] [--extractor MODULE]
//
// --extractor scores another module exporting extractDocument(doc: CleanDocument): Extraction
// in place of src/extract/index.ts (to compare a variant, or to check this bench).
//
// Halves (2026-12-01): fixtures split by ECB+ topic number (the number before "_" in
// `event`): odd topics are the dev half rules may be written on, even topics the held-out
// half no rule was written on; both are printed, so the gap says how much the rules overfit.
//
// A predicted statement matches a gold one when document, value, measure and group agree
// (strict) or document, value and measure agree (loose); among several candidates the one
// nearest in the text wins. Background gold statements must not come out as main-event
// statements: a non-background prediction that matches one is a false positive. A document
// the pipeline crashes on counts every gold statement in it as missed.
// `measureStatements` is what the gate (bench/gate.ts) scores.
import { readFileSync, readdirSync, existsSync, writeFileSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { execFileSync } from "node:child_process";
import { corpus } from "../test/support/shared.ts";
import { halfOf } from "./gate/data.ts";
import type { CleanDocument, Extraction, SourceDocument, Statement } from "../src/types.ts";

/** One hand-annotated statement, as stored in a fixture file. */
type GoldStatement = Pick<Statement, "measure" | "group" | "value" | "qualifier" | "scope" | "scopeText" | "attribution"> & {
  background: boolean;
  text: string;
  sentence: string;
};

interface Fixture {
  document: string;
  event: string;
  statements: GoldStatement[];
  negatives: string[];
}

/** The fields of a predicted statement the bench reads (a subset of `Statement`). */
interface Predicted {
  measure: string;
  group: string;
  value: number;
  qualifier: string;
  scope: string;
  attribution: string | null;
  background: string | null;
  start: number;
  end: number;
  quote: string;
  rule?: string;
}

type Extractor = (source: SourceDocument) => Predicted[];

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  backgroundLeaks: number;
  crashes: number;
  negativeHits: number;
  fields: { qualifier: number; scope: number; attribution: number; pairs: number };
  background: { found: number; gold: number; predicted: number };
  errors: string[];
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const fixtureDir = join(root, "test/fixtures/extract");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
// A variant extractor's figures are printed, never recorded.
const write = !args.includes("--no-write") && !args.includes("--extractor") && !args.includes("--half");
const corpusFlag = args.indexOf("--corpus");
const corpusDir = corpusFlag >= 0 ? resolve(args[corpusFlag + 1]) : corpus("ecbplus-dev", "docs");
const extractorFlag = args.indexOf("--extractor");
// --half dev|held-out scores (and lists the errors of) one half only; such a run is never recorded.
const halfFlag = args.indexOf("--half");
const onlyHalf = halfFlag >= 0 ? args[halfFlag + 1] : undefined;
/** Predictions outside what the annotations judge (see loadPipeline), counted per run. */
const setAside = { named: 0 };
const extractorModule = extractorFlag >= 0 ? resolve(args[extractorFlag + 1]) : join(root, "src/extract/index.ts");

function loadFixtures(): Fixture[] {
  const dir = join(fixtureDir, "ecbplus");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Fixture);
}

function loadNegativeSentences(): string[] {
  return readFileSync(join(fixtureDir, "negatives.txt"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"));
}

function isFunction(value: unknown): value is (...args: never[]) => unknown {
  return typeof value === "function";
}

/** Loads a module of the project if it exists; null (with the reason) otherwise. */
async function loadModule(path: string, name: string): Promise<{ fn: unknown } | string> {
  const file = resolve(root, path);
  if (!existsSync(file)) return `${path} does not exist yet`;
  try {
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    if (!isFunction(mod[name])) return `${path} has no export ${name}()`;
    return { fn: mod[name] };
  } catch (error) {
    return `${path} failed to load: ${(error as Error).message}`;
  }
}

/** The project's pipeline, clean then extract, or the reasons it is not there yet. */
async function loadPipeline(): Promise<{ extract: Extractor; read: (paths: string[]) => Promise<SourceDocument[]> } | string[]> {
  const ingest = await loadModule("src/ingest/index.ts", "readInputs");
  const clean = await loadModule("src/clean/index.ts", "cleanDocument");
  const extract = await loadModule(extractorModule, "extractDocument");
  const missing = [ingest, clean, extract].filter((m): m is string => typeof m === "string");
  if (missing.length > 0 || typeof ingest === "string" || typeof clean === "string" || typeof extract === "string") return missing;
  const readInputs = ingest.fn as (paths: string[]) => Promise<{ documents: SourceDocument[] }>;
  const cleanDocument = clean.fn as (doc: SourceDocument) => CleanDocument;
  const extractDocument = extract.fn as (doc: CleanDocument) => Extraction;
  return {
    read: async (paths) => (await readInputs(paths)).documents,
    // The annotation convention gives named or known persons without a count ("the victim
    // died", "Ana Ruiz was shot") no statement, so the annotations cannot judge counts read
    // from them (rule implicit:named-*): they are set aside, and how many is printed.
    extract: (source) => extractDocument(cleanDocument(source)).statements.filter((s) => {
      const named = s.rule.startsWith("implicit:named-");
      if (named) setAside.named++;
      return !named;
    }),
  };
}

// The baseline: a cardinal (digits or a small number word) directly before a harm word.
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, dozen: 12,
};
const BASELINE = /\b(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|dozen)\s+(?:\w+\s+){0,2}?(killed|dead|died|injured|wounded|hurt)\b/gi;

function baselineExtract(source: SourceDocument): Predicted[] {
  const out: Predicted[] = [];
  for (const m of source.raw.matchAll(BASELINE)) {
    const word = m[1].toLowerCase();
    const value = NUMBER_WORDS[word] ?? Number(word.replace(/,/g, ""));
    const harm = m[2].toLowerCase();
    const measure = /killed|dead|died/.test(harm) ? "killed" : "injured";
    const start = m.index ?? 0;
    out.push({ measure, group: "victims", value, qualifier: "exact", scope: "total", attribution: null, background: null, start, end: start + m[1].length, quote: m[0] });
  }
  return out;
}

function normalizeSource(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, " ").replace(/\s+/g, " ").trim();
}

function sameAttribution(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const a = normalizeSource(gold);
  const b = normalizeSource(predicted);
  return a !== "" && b !== "" && (a.includes(b) || b.includes(a));
}

function emptyTally(): Tally {
  return {
    tp: 0, fp: 0, fn: 0, backgroundLeaks: 0, crashes: 0, negativeHits: 0,
    fields: { qualifier: 0, scope: 0, attribution: 0, pairs: 0 },
    background: { found: 0, gold: 0, predicted: 0 },
    errors: [],
  };
}

function describe(p: { value: number; measure: string; group: string }): string {
  return `${p.measure}/${p.group}=${p.value}`;
}

/** Pairs predictions with gold statements of the same key, nearest first; returns gold index per prediction. */
function pair(gold: { key: string; at: number }[], predicted: { key: string; at: number }[]): (number | null)[] {
  const candidates: [number, number, number][] = [];
  predicted.forEach((p, i) => gold.forEach((g, j) => { if (p.key === g.key) candidates.push([Math.abs(p.at - g.at), i, j]); }));
  candidates.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
  const byPrediction: (number | null)[] = predicted.map(() => null);
  const taken = new Set<number>();
  for (const [, i, j] of candidates) {
    if (byPrediction[i] !== null || taken.has(j)) continue;
    byPrediction[i] = j;
    taken.add(j);
  }
  return byPrediction;
}

function scoreDocument(fixture: Fixture, raw: string, predicted: Predicted[], strict: boolean, tally: Tally): void {
  const keyOf = (s: { value: number; measure: string; group: string }) => (strict ? `${s.value}|${s.measure}|${s.group}` : `${s.value}|${s.measure}`);
  const gold = fixture.statements.map((s) => ({ key: keyOf(s), at: raw.indexOf(s.sentence) + s.sentence.indexOf(s.text) }));
  const pairs = pair(gold, predicted.map((p) => ({ key: keyOf(p), at: p.start })));
  const matchedGold = new Set<number>();
  const where = (at: number) => raw.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, " ");
  predicted.forEach((p, i) => {
    const j = pairs[i];
    const g = j === null ? null : fixture.statements[j];
    if (p.background !== null) {
      tally.background.predicted++;
      if (g !== null && g.background) tally.background.found++;
      else if (g !== null) tally.errors.push(`${fixture.document}: main-event ${describe(g)} marked background ("${g.text}")`);
      if (j !== null) matchedGold.add(j);
      return;
    }
    if (g === null) {
      tally.fp++;
      tally.errors.push(`${fixture.document}: false ${describe(p)} at "…${where(p.start)}…"`);
      return;
    }
    matchedGold.add(j as number);
    if (g.background) {
      tally.fp++;
      tally.backgroundLeaks++;
      tally.errors.push(`${fixture.document}: background ${describe(g)} ("${g.text}") given as main-event`);
      return;
    }
    tally.tp++;
    tally.fields.pairs++;
    if (p.qualifier === g.qualifier) tally.fields.qualifier++;
    else tally.errors.push(`${fixture.document}: qualifier ${p.qualifier}, gold ${g.qualifier} ("${g.text}")`);
    if (p.scope === g.scope) tally.fields.scope++;
    else tally.errors.push(`${fixture.document}: scope ${p.scope}, gold ${g.scope} ("${g.text}")`);
    if (sameAttribution(g.attribution, p.attribution)) tally.fields.attribution++;
    else tally.errors.push(`${fixture.document}: attribution ${JSON.stringify(p.attribution)}, gold ${JSON.stringify(g.attribution)} ("${g.text}")`);
  });
  fixture.statements.forEach((g, j) => {
    if (g.background) tally.background.gold++;
    if (!g.background && !matchedGold.has(j)) {
      tally.fn++;
      tally.errors.push(`${fixture.document}: missed ${describe(g)} "${g.text}" in "${g.sentence.slice(0, 100)}"`);
    }
  });
  // Predictions landing on a snippet annotated as a negative (an age, a magnitude...).
  for (const snippet of fixture.negatives) {
    const at = raw.indexOf(snippet);
    const hits = predicted.filter((p) => p.start < at + snippet.length && p.end > at);
    if (hits.length > 0) {
      tally.negativeHits++;
      tally.errors.push(`${fixture.document}: statement from negative snippet "${snippet}"`);
    }
  }
}

interface Run {
  name: string;
  strict: Tally;
  loose: Tally;
  negativeSentences: { total: number; withStatements: number; offenders: string[] };
}

async function runExtractor(name: string, extract: Extractor, fixtures: Fixture[], docs: Map<string, SourceDocument>, negatives: string[]): Promise<Run> {
  const run: Run = { name, strict: emptyTally(), loose: emptyTally(), negativeSentences: { total: negatives.length, withStatements: 0, offenders: [] } };
  for (const fixture of fixtures) {
    const source = docs.get(fixture.document);
    if (source === undefined) {
      for (const t of [run.strict, run.loose]) { t.crashes++; t.fn += fixture.statements.filter((s) => !s.background).length; t.errors.push(`${fixture.document}: not read`); }
      continue;
    }
    let predicted: Predicted[];
    try {
      predicted = extract(source);
    } catch (error) {
      for (const t of [run.strict, run.loose]) { t.crashes++; t.fn += fixture.statements.filter((s) => !s.background).length; t.errors.push(`${fixture.document}: crashed: ${(error as Error).message}`); }
      continue;
    }
    scoreDocument(fixture, source.raw, predicted, true, run.strict);
    scoreDocument(fixture, source.raw, predicted, false, run.loose);
  }
  negatives.forEach((sentence, i) => {
    const source: SourceDocument = { id: `negative-${i + 1}`, source: "negatives.txt", raw: `${sentence}\n`, format: "text", given: {}, messages: [] };
    let found: Predicted[] = [];
    try { found = extract(source); } catch { found = []; }
    const main = found.filter((p) => p.background === null);
    if (main.length > 0) {
      run.negativeSentences.withStatements++;
      run.negativeSentences.offenders.push(`${main.map(describe).join(", ")} <- ${sentence}`);
    }
  });
  return run;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const fmt = (x: number) => x.toFixed(3);

function figures(t: Tally) {
  const precision = ratio(t.tp, t.tp + t.fp);
  const recall = ratio(t.tp, t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function tableRows(runs: Run[]): string[] {
  const rows = ["| extractor | P (strict) | R (strict) | F1 (strict) | P (no group) | R (no group) | background leaks | negative snippets hit | negative sentences hit | crashes |", "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"];
  for (const r of runs) {
    const s = figures(r.strict);
    const l = figures(r.loose);
    rows.push(`| ${r.name} | ${fmt(s.precision)} | ${fmt(s.recall)} | ${fmt(s.f1)} | ${fmt(l.precision)} | ${fmt(l.recall)} | ${r.strict.backgroundLeaks} | ${r.strict.negativeHits} | ${r.negativeSentences.withStatements}/${r.negativeSentences.total} | ${r.strict.crashes} |`);
  }
  return rows;
}

function fieldRows(runs: Run[]): string[] {
  const rows = ["| extractor | matched pairs | qualifier | scope | attribution | background found |", "| --- | --- | --- | --- | --- | --- |"];
  for (const r of runs) {
    const f = r.strict.fields;
    const b = r.strict.background;
    rows.push(`| ${r.name} | ${f.pairs} | ${fmt(ratio(f.qualifier, f.pairs))} | ${fmt(ratio(f.scope, f.pairs))} | ${fmt(ratio(f.attribution, f.pairs))} | ${b.found}/${b.gold} |`);
  }
  return rows;
}

/** The files the statement scores read: the annotations (in the repository) and their corpus texts. */
export function statementFiles(docs: string): { annotations: string[]; documents: string[] } {
  return { annotations: [join(fixtureDir, "ecbplus"), join(fixtureDir, "negatives.txt")], documents: loadFixtures().map((f) => join(docs, `${f.document}.txt`)) };
}

/**
 * Strict precision and recall of the real pipeline on the annotated documents whose event
 * `keep` accepts (all by default); null when the pipeline or the corpus is not there.
 */
export async function measureStatements(docs: string, keep: (event: string) => boolean = () => true): Promise<{ precision: number; recall: number; f1: number; gold: number; predicted: number; crashes: number } | string> {
  const fixtures = loadFixtures().filter((f) => keep(f.event));
  const paths = fixtures.map((f) => join(docs, `${f.document}.txt`));
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length > 0) return `${missing.length} annotated documents missing from ${docs}`;
  const pipeline = await loadPipeline();
  if (Array.isArray(pipeline)) return pipeline.join("; ");
  const read = new Map((await pipeline.read(paths)).map((d) => [d.id, d]));
  const run = await runExtractor("crosscheck", pipeline.extract, fixtures, read, []);
  const { tp, fp, fn, crashes } = run.strict;
  return { ...figures(run.strict), gold: tp + fn, predicted: tp + fp, crashes };
}

const SECTION = "## Extraction (bench:extract)";

/** The commit measured, so dated figures can be traced to code; "unknown" outside a git checkout. */
function currentCommit(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

function writeEvaluation(body: string): void {
  const path = join(root, "docs/evaluation.md");
  const current = existsSync(path) ? readFileSync(path, "utf8") : "# Evaluation\n";
  const start = current.indexOf(SECTION);
  let next: string;
  if (start < 0) next = `${current.trimEnd()}\n\n${body}\n`;
  else {
    const after = current.indexOf("\n## ", start + SECTION.length);
    next = `${current.slice(0, start)}${body}\n${after < 0 ? "" : current.slice(after + 1)}`;
  }
  writeFileSync(path, next);
}

async function main(): Promise<void> {
  const date = new Date().toISOString().slice(0, 10);
  const fixtures = loadFixtures().filter((f) => onlyHalf === undefined || halfOf(f.event) === onlyHalf);
  const negatives = loadNegativeSentences();
  const goldMain = fixtures.reduce((n, f) => n + f.statements.filter((s) => !s.background).length, 0);
  const goldBackground = fixtures.reduce((n, f) => n + f.statements.filter((s) => s.background).length, 0);
  const events = new Set(fixtures.map((f) => f.event)).size;
  console.log(`bench:extract ${date}: ${fixtures.length} documents, ${events} events, ${goldMain} main-event and ${goldBackground} background statements, ${negatives.length} negative sentences`);

  const paths = fixtures.map((f) => join(corpusDir, `${f.document}.txt`));
  const missingDocs = paths.filter((p) => !existsSync(p));
  if (missingDocs.length > 0) {
    console.log(`The corpus is not at ${corpusDir} (${missingDocs.length} documents missing); pass --corpus DIR.`);
    return;
  }

  const pipeline = await loadPipeline();
  const runs: Run[] = [];
  const rawDocs = new Map<string, SourceDocument>(fixtures.map((f) => [f.document, { id: f.document, source: join(corpusDir, `${f.document}.txt`), raw: readFileSync(join(corpusDir, `${f.document}.txt`), "utf8"), format: "text", given: {}, messages: [] }]));
  runs.push(await runExtractor("baseline: number before a harm word", baselineExtract, fixtures, rawDocs, negatives));
  if (Array.isArray(pipeline)) {
    console.log(`The extraction pipeline is not available yet, so only the baseline is scored:\n  ${pipeline.join("\n  ")}`);
  } else {
    const read = await pipeline.read(paths);
    const docs = new Map(read.map((d) => [d.id, d]));
    const name = extractorFlag >= 0 ? `variant: clean + ${args[extractorFlag + 1]}` : "crosscheck: clean + extract";
    setAside.named = 0;
    runs.push(await runExtractor(name, pipeline.extract, fixtures, docs, negatives));
    console.log(`${setAside.named} statement(s) read from named or known persons set aside (the annotations give such persons no statement)`);
  }

  const halfRows: string[] = [];
  if (!Array.isArray(pipeline)) {
    const read = await pipeline.read(paths);
    const docs = new Map(read.map((d) => [d.id, d]));
    halfRows.push("| half (ECB+ topics) | documents | P (strict) | R (strict) | F1 (strict) | background leaks | crashes |", "| --- | --- | --- | --- | --- | --- | --- |");
    for (const [half, odd] of [["dev (odd)", 1], ["held-out (even)", 0]] as const) {
      const part = fixtures.filter((f) => Number.parseInt(f.event, 10) % 2 === odd);
      const run = await runExtractor(half, pipeline.extract, part, docs, []);
      const h = figures(run.strict);
      halfRows.push(`| ${half} | ${part.length} | ${fmt(h.precision)} | ${fmt(h.recall)} | ${fmt(h.f1)} | ${run.strict.backgroundLeaks} | ${run.strict.crashes} |`);
    }
  }
  const table = [...tableRows(runs), ...(halfRows.length ? ["", "By half, crosscheck:", "", ...halfRows] : [])];
  const fields = fieldRows(runs);
  console.log(["", ...table, "", "On matched pairs (strict):", ...fields].join("\n"));
  for (const run of runs) {
    if (!verbose) continue;
    console.log(`\n${run.name}: errors`);
    for (const line of run.strict.errors) console.log(`  ${line}`);
    for (const line of run.negativeSentences.offenders) console.log(`  negative sentence: ${line}`);
  }
  const real = runs.length > 1 ? runs[runs.length - 1] : undefined;
  if (real !== undefined) {
    const s = figures(real.strict);
    console.log(`\nTargets (issue 6): precision >= 0.95 (${fmt(s.precision)}), recall >= 0.90 (${fmt(s.recall)}): ${s.precision >= 0.95 && s.recall >= 0.9 ? "met" : "not met"}`);
  }
  if (!write) return;
  writeEvaluation([
    SECTION,
    "",
    `Measured ${date} (commit ${currentCommit()}) by \`npm run bench:extract\` on ${fixtures.length} hand-annotated documents of the ECB+ development corpus (${events} events: shootings, earthquakes, hit-and-runs, murders, climbing deaths, a fire), ${goldMain} main-event statements and ${goldBackground} background ones, plus ${negatives.length} sentences that must give nothing. Annotation conventions: \`test/fixtures/extract/README.md\`.`,
    "",
    "A prediction matches a gold statement when document, value, measure and group agree (strict), or document, value and measure (no group). A background figure given as a main-event one is a false positive (a leak). The baseline takes any number right before killed/dead/died/injured/wounded/hurt. Targets (issue 6): precision >= 0.95 and recall >= 0.90 (strict).",
    "",
    ...table,
    "",
    "Per field, on strictly matched pairs:",
    "",
    ...fields,
    ...(real === undefined ? ["", "The extractor (src/extract) was not available at this run; only the baseline was scored."] : []),
    "",
  ].join("\n"));
  console.log("\nWrote docs/evaluation.md (section \"Extraction (bench:extract)\").");
}

if (import.meta.filename === resolve(process.argv[1] ?? "")) await main();
