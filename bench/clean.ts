// bench:clean — main-text extraction on the article-extraction-benchmark pages:
// crosscheck's extractHtml against Readability.js (with linkedom) and a tag-stripping
// baseline, on the same pages in the same run. Metric as in shared/check/score-extraction.mjs:
// word 4-gram shingles, per-page precision and recall averaged over pages, F1 of the means.
//
//   npm run bench:clean [-- --weak 15] [--write] [--only crosscheck] [--corpus readability-test-pages]
//
// Prints figures, the date and the Markdown of the page set's part of docs/evaluation.md
// ("### <corpus> (N pages)" under "## Cleaning (bench:clean)"). With --write it replaces that
// part only: the section's introduction, the other page set and the hand-written notes stay
// as they are. `measureCleaning` is what the gate (bench/gate.ts) scores.

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { extractHtml } from "../src/clean/html.ts";
import { decodeHtmlBytes } from "../src/text/charset.ts";
import { checker, corpus as sharedCorpus, REPO_ROOT } from "../test/support/shared.ts";
import { HALVES, halfOf } from "./gate/data.ts";

interface Truth {
  articleBody: string;
  url?: string;
}

/** A page set in the article-extraction-benchmark format: ground-truth.json beside html/<id>.html(.gz). */
export interface PageSet {
  folder: string;
  ids: string[];
  truth: Record<string, Truth>;
  pages: string[];
}

/** Reads a page set; pages stored gzipped (the benchmark) or plain (readability-test-pages). */
export function loadPageSet(folder: string): PageSet {
  const truth = JSON.parse(readFileSync(join(folder, "ground-truth.json"), "utf8")) as Record<string, Truth>;
  const files = new Map(
    readdirSync(join(folder, "html"))
      .filter((f) => /\.html(\.gz)?$/.test(f))
      .map((f) => [f.replace(/\.html(\.gz)?$/, ""), f] as const),
  );
  const ids = [...files.keys()].filter((id) => id in truth).sort();
  const pages = ids.map((id) => {
    const file = files.get(id) as string;
    const bytes = readFileSync(join(folder, "html", file));
    return decodeHtmlBytes(file.endsWith(".gz") ? gunzipSync(bytes) : bytes);
  });
  return { folder, ids, truth, pages };
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - 3); i++) {
    const key = tokens.slice(i, i + 4).join(" ");
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  id: string;
  precision: number | null;
  recall: number | null;
  /** The method gave no text at all for the page (or crashed on it). */
  empty: boolean;
}

/** One page scored against its truth as shared/check/score-extraction.mjs does. */
export function scorePage(id: string, truthText: string, predicted: string): PageScore {
  const t = shingles(truthText);
  const p = shingles(predicted);
  let tp = 0, fp = 0, fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const empty = predicted.trim() === "";
  if (fp === 0 && fn === 0) return { id, precision: 1, recall: 1, empty };
  return { id, precision: tp + fp === 0 ? null : tp / (tp + fp), recall: tp + fn === 0 ? null : tp / (tp + fn), empty };
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Precision and recall averaged over pages (pages where one is undefined left out), F1 of the means. */
export function summarizePages(scores: PageScore[]): { precision: number; recall: number; f1: number; empty: number } {
  const precision = mean(scores.flatMap((s) => (s.precision === null ? [] : [s.precision])));
  const recall = mean(scores.flatMap((s) => (s.recall === null ? [] : [s.recall])));
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall), empty: scores.filter((s) => s.empty).length };
}

export interface MethodResult {
  name: string;
  precision: number;
  recall: number;
  f1: number;
  pagesPerSecond: number;
  crashes: number;
  scores: PageScore[];
  outputs: string[];
}

/** Runs one method over every page; a crash is an empty page (a miss), as in trafilatura's bench. */
export function runMethod(set: PageSet, name: string, extract: (html: string) => string): MethodResult {
  const outputs: string[] = [];
  let crashes = 0;
  const started = process.hrtime.bigint();
  for (const html of set.pages) {
    try {
      outputs.push(extract(html));
    } catch {
      crashes++;
      outputs.push("");
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const scores = set.ids.map((id, i) => scorePage(id, set.truth[id].articleBody, outputs[i]));
  const { precision, recall, f1 } = summarizePages(scores);
  return { name, precision, recall, f1, pagesPerSecond: set.pages.length / seconds, crashes, scores, outputs };
}

export const crosscheckExtract = (html: string): string => extractHtml(html).paragraphs.map((p) => p.text).join("\n\n");

/** crosscheck's cleaning on one page set: per-page scores, for the gate to split and sum. */
export function measureCleaning(folder: string): MethodResult {
  return runMethod(loadPageSet(folder), "crosscheck", crosscheckExtract);
}

const readability = (html: string): string => {
  const { document } = parseHTML(html);
  return new Readability(document as unknown as Document).parse()?.textContent ?? "";
};
const tagStripping = (html: string): string =>
  html
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

/** The section of docs/evaluation.md this bench writes a part of. */
export const SECTION = "## Cleaning (bench:clean)";

/** Figures others published on a page set, printed beside ours. */
const PUBLISHED: Record<string, string> = {
  "article-extraction-benchmark": "Readability.js 0.947, trafilatura 0.958, go-trafilatura 0.960, rs-trafilatura 0.970, tag stripping 0.663",
};

export interface SubsectionInput {
  corpusName: string;
  /** The day of the run, YYYY-MM-DD. */
  date: string;
  pages: number;
  /** Every method of the run, crosscheck first. */
  results: Pick<MethodResult, "name" | "f1" | "precision" | "recall" | "pagesPerSecond" | "scores">[];
  officialLine: string;
  /** Lines listing the weakest dev pages. */
  weakest: string[];
}

/** One page set's part of the Cleaning section, in the layout the section uses for both sets. */
export function renderSubsection(input: SubsectionInput): string {
  const rows = input.results.map((r) => {
    const [dev, heldOut] = HALVES.map((half) => summarizePages(r.scores.filter((x) => halfOf(x.id) === half)).f1.toFixed(3));
    const empty = r.scores.filter((x) => x.empty).length;
    return `| ${r.name} | ${r.f1.toFixed(3)} | ${r.precision.toFixed(3)} | ${r.recall.toFixed(3)} | ${dev} | ${heldOut} | ${empty} | ${r.pagesPerSecond.toFixed(1)} |`;
  });
  const published = PUBLISHED[input.corpusName];
  return [
    `### ${input.corpusName} (${input.pages} pages)`,
    "",
    `Run ${input.date}, \`npm run bench:clean -- --corpus ${input.corpusName} --write\`.`,
    "",
    "| method | F1 | precision | recall | dev F1 | held-out F1 | empty | pages/s |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    `Official scorer on crosscheck's output: \`${input.officialLine}\`.`,
    ...(published ? ["", `Published figures on ${input.corpusName}: ${published}.`] : []),
    "",
    "Weakest crosscheck dev pages this run (precision / recall):",
    "",
    ...input.weakest,
  ].join("\n");
}

/**
 * The evaluation page with one page set's part of the Cleaning section replaced (from its
 * "### <corpus> (" heading to the next heading), or added before the section's "### Notes" when
 * missing. Everything else is kept byte for byte. Null when the page has no Cleaning section:
 * the bench does not invent one.
 */
export function replaceSubsection(doc: string, corpusName: string, subsection: string): string | null {
  const start = doc.indexOf(`${SECTION}\n`);
  if (start < 0) return null;
  const nextSection = doc.indexOf("\n## ", start);
  const end = nextSection >= 0 ? nextSection + 1 : doc.length;
  const heading = doc.indexOf(`\n### ${corpusName} (`, start);
  let from: number;
  let to: number;
  if (heading >= 0 && heading < end) {
    from = heading + 1;
    const next = doc.indexOf("\n### ", from);
    to = next >= 0 && next < end ? next + 1 : end;
  } else {
    const notes = doc.indexOf("\n### Notes", start);
    from = to = notes >= 0 && notes < end ? notes + 1 : end;
  }
  const before = doc.slice(0, from).trimEnd();
  const after = doc.slice(to);
  return `${before}\n\n${subsection.trim()}\n${after ? `\n${after}` : ""}`;
}

function main(): void {
  const args = process.argv.slice(2);
  const corpusName = args.includes("--corpus") ? args[args.indexOf("--corpus") + 1] : "article-extraction-benchmark";
  const corpus = sharedCorpus(corpusName);
  if (!existsSync(join(corpus, "ground-truth.json"))) {
    console.error(`bench:clean: ${corpusName} corpus not found at ${corpus} (set CROSSCHECK_SHARED)`);
    process.exit(2);
  }
  const weakCount = args.includes("--weak") ? Number(args[args.indexOf("--weak") + 1]) : 5;
  const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
  // Figures are printed; only --write records them, and only when every method ran (the table compares them).
  const write = args.includes("--write") && !args.includes("--no-write") && !only;
  const set = loadPageSet(corpus);
  const { ids, truth, pages } = set;

  const methods: [string, (html: string) => string][] = [
    ["crosscheck", crosscheckExtract],
    ["Readability.js + linkedom", readability],
    ["tag-stripping baseline", tagStripping],
  ];
  // Warm up the JIT on a few pages so the first method measured is not penalised.
  for (const [, extract] of methods) for (const html of pages.slice(0, 5)) {
    try { extract(html); } catch { /* counted in the measured run */ }
  }
  const results = methods.filter(([name]) => !only || name.startsWith(only)).map(([name, extract]) => runMethod(set, name, extract));

  const date = new Date().toISOString().slice(0, 10);
  console.log(`bench:clean ${date}: ${pages.length} pages of ${corpusName}`);
  for (const r of results) {
    console.log(
      `${r.name.padEnd(28)} F1 ${r.f1.toFixed(3)}  precision ${r.precision.toFixed(3)}  recall ${r.recall.toFixed(3)}  ${r.pagesPerSecond.toFixed(1)} pages/s${r.crashes ? `  crashes ${r.crashes}` : ""}`,
    );
  }
  const ours = results[0];
  for (const half of HALVES) {
    const part = summarizePages(ours.scores.filter((x) => halfOf(x.id) === half));
    console.log(`${ours.name} on the ${half} half: F1 ${part.f1.toFixed(3)}  precision ${part.precision.toFixed(3)}  recall ${part.recall.toFixed(3)}`);
  }
  // Only dev-half pages are listed: rules are written looking at these, never at the held-out half.
  const weakest = [...ours.scores].filter((x) => halfOf(x.id) === "dev").sort((a, b) => (a.precision ?? 0) + (a.recall ?? 0) - ((b.precision ?? 0) + (b.recall ?? 0)));
  for (const s of weakest.slice(0, weakCount)) console.log(`weakest ${s.id.slice(0, 12)} precision ${(s.precision ?? 0).toFixed(2)} recall ${(s.recall ?? 0).toFixed(2)} ${truth[s.id].url ?? ""}`);

  // Confirm once with the official scorer, on crosscheck's output.
  const predictionPath = join(tmpdir(), "crosscheck-bench-clean.json");
  writeFileSync(predictionPath, JSON.stringify(Object.fromEntries(ids.map((id, i) => [id, { articleBody: ours.outputs[i] }]))));
  const official = execFileSync(process.execPath, [checker("score-extraction.mjs"), join(corpus, "ground-truth.json"), predictionPath], { encoding: "utf8" });
  const officialLine = official.trim().split("\n").pop() ?? "";
  console.log(`official scorer (${ours.name}): ${officialLine}`);

  const subsection = renderSubsection({
    corpusName,
    date,
    pages: pages.length,
    results,
    officialLine,
    weakest: weakest.slice(0, 5).map((s) => `- ${truth[s.id].url || s.id} ${(s.precision ?? 0).toFixed(2)} / ${(s.recall ?? 0).toFixed(2)}`),
  });
  if (!write) {
    console.log(`\n${subsection}`);
    console.log(`(not written; \`--write\` replaces "### ${corpusName} (" in docs/evaluation.md with this)`);
    return;
  }
  const docPath = join(REPO_ROOT, "docs", "evaluation.md");
  const doc = existsSync(docPath) ? readFileSync(docPath, "utf8") : "";
  const updated = replaceSubsection(doc, corpusName, subsection);
  if (updated === null) {
    console.error(`bench:clean: no "${SECTION}" section in ${docPath}; nothing written`);
    process.exit(2);
  }
  writeFileSync(docPath, updated);
  console.log(`wrote the ${corpusName} part of "${SECTION}" in ${docPath}`);
}

if (import.meta.filename === resolve(process.argv[1] ?? "")) main();
