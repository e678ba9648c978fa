// bench:clean — main-text extraction on two page sets: article-extraction-benchmark (news
// pages) and readability-test-pages (Mozilla Readability's test pages: news, blogs, docs,
// recipes, several languages). crosscheck's extractHtml against Readability.js (with linkedom)
// and a tag-stripping baseline, on the same pages in the same run. Metric as in
// shared/check/score-extraction.mjs: word 4-gram shingles, per-page precision and recall averaged
// over pages, F1 of the means.
//
// Guard against fitting: each set is split in two halves by a stable hash of the page id
// (FNV-1a 32-bit of the id; even hash: dev, odd: held-out). Rules are written looking only at
// the dev half's failures (`--weak` lists dev pages only); F1 is reported on both halves.
//
//   npm run bench:clean [-- --weak 15] [--no-write] [--only crosscheck] [--set readability]
//
// Prints figures and the date; writes them to docs/evaluation.md ("Cleaning (bench:clean)").

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { extractHtml } from "../src/clean/html.ts";
import { decodeHtmlBytes } from "../src/text/charset.ts";
import { REPO_ROOT as repo, SHARED as shared, checker, corpus as sharedCorpus } from "../test/support/shared.ts";

if (!existsSync(sharedCorpus("article-extraction-benchmark"))) {
  console.error(`bench:clean: article-extraction-benchmark corpus not found under ${shared} (set CROSSCHECK_SHARED)`);
  process.exit(2);
}
const args = process.argv.slice(2);
const weakCount = args.includes("--weak") ? Number(args[args.indexOf("--weak") + 1]) : 5;
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
const onlySet = args.includes("--set") ? args[args.indexOf("--set") + 1] : null;
const writeDocs = !args.includes("--no-write") && !only && !onlySet;

interface Truth {
  articleBody: string;
  url?: string;
}

interface PageSet {
  name: string;
  ids: string[];
  pages: string[];
  truth: Record<string, Truth>;
  /** Whether each page is in the dev half. */
  dev: boolean[];
}

/** FNV-1a, 32 bits: a stable hash of the page id, the same on every machine and run. */
export function pageHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The dev half: pages whose id hashes even. Rules may be written looking at these only. */
export const isDevPage = (id: string): boolean => pageHash(id) % 2 === 0;

function loadSet(name: string): PageSet {
  const folder = sharedCorpus(name);
  const truth = JSON.parse(readFileSync(join(folder, "ground-truth.json"), "utf8")) as Record<string, Truth>;
  const files = readdirSync(join(folder, "html"));
  const ids = files
    .filter((f) => f.endsWith(".html.gz") || f.endsWith(".html"))
    .map((f) => f.replace(/\.html(\.gz)?$/, ""))
    .filter((id) => id in truth)
    .sort();
  const pages = ids.map((id) => {
    const gz = join(folder, "html", `${id}.html.gz`);
    return decodeHtmlBytes(existsSync(gz) ? gunzipSync(readFileSync(gz)) : readFileSync(join(folder, "html", `${id}.html`)));
  });
  return { name, ids, pages, truth, dev: ids.map(isDevPage) };
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

interface PageScore {
  id: string;
  precision: number | null;
  recall: number | null;
}

function scorePage(id: string, expected: string, predicted: string): PageScore {
  const t = shingles(expected);
  const p = shingles(predicted);
  let tp = 0, fp = 0, fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  if (fp === 0 && fn === 0) return { id, precision: 1, recall: 1 };
  return { id, precision: tp + fp === 0 ? null : tp / (tp + fp), recall: tp + fn === 0 ? null : tp / (tp + fn) };
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

interface Figures {
  precision: number;
  recall: number;
  f1: number;
}

function figures(scores: PageScore[]): Figures {
  const precision = mean(scores.flatMap((s) => (s.precision === null ? [] : [s.precision])));
  const recall = mean(scores.flatMap((s) => (s.recall === null ? [] : [s.recall])));
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

interface MethodResult extends Figures {
  name: string;
  dev: Figures;
  heldOut: Figures;
  pagesPerSecond: number;
  crashes: number;
  /** Pages with no text at all. */
  empty: number;
  scores: PageScore[];
  outputs: string[];
}

function run(set: PageSet, name: string, extract: (html: string) => string): MethodResult {
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
  const empty = outputs.filter((o) => o.trim() === "").length;
  return {
    name,
    ...figures(scores),
    dev: figures(scores.filter((_, i) => set.dev[i])),
    heldOut: figures(scores.filter((_, i) => !set.dev[i])),
    pagesPerSecond: set.pages.length / seconds,
    crashes,
    empty,
    scores,
    outputs,
  };
}

const crosscheck = (html: string): string => extractHtml(html).paragraphs.map((p) => p.text).join("\n\n");
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

const methods: [string, (html: string) => string][] = [
  ["crosscheck", crosscheck],
  ["Readability.js + linkedom", readability],
  ["tag-stripping baseline", tagStripping],
];

interface SetRun {
  set: PageSet;
  results: MethodResult[];
  /** Dev pages only, weakest first. */
  weakest: PageScore[];
  officialLine: string;
}

function benchSet(name: string): SetRun {
  const set = loadSet(name);
  // Warm up the JIT on a few pages so the first method measured is not penalised.
  for (const [, extract] of methods) for (const html of set.pages.slice(0, 5)) extract(html);
  const results = methods.filter(([method]) => !only || method.startsWith(only)).map(([method, extract]) => run(set, method, extract));
  const ours = results[0];
  const devScores = ours.scores.filter((_, i) => set.dev[i]);
  const weakest = [...devScores].sort((a, b) => (a.precision ?? 0) + (a.recall ?? 0) - ((b.precision ?? 0) + (b.recall ?? 0)));
  // Confirm once with the official scorer, on the first method's output.
  const predictionPath = join(tmpdir(), `crosscheck-bench-clean-${name}.json`);
  writeFileSync(predictionPath, JSON.stringify(Object.fromEntries(set.ids.map((id, i) => [id, { articleBody: ours.outputs[i] }]))));
  const official = execFileSync(process.execPath, [checker("score-extraction.mjs"), join(sharedCorpus(name), "ground-truth.json"), predictionPath], { encoding: "utf8" });
  return { set, results, weakest, officialLine: official.trim().split("\n").pop() ?? "" };
}

const date = new Date().toISOString().slice(0, 10);
const setNames = ["article-extraction-benchmark", "readability-test-pages"].filter((n) => !onlySet || n.startsWith(onlySet));
const runs: SetRun[] = [];
for (const name of setNames) {
  if (!existsSync(sharedCorpus(name))) {
    console.log(`bench:clean: ${name} not found under ${shared}, skipped`);
    continue;
  }
  const r = benchSet(name);
  runs.push(r);
  const devCount = r.set.dev.filter(Boolean).length;
  console.log(`bench:clean ${date}: ${r.set.pages.length} pages of ${name} (dev ${devCount}, held-out ${r.set.pages.length - devCount})`);
  for (const m of r.results) {
    console.log(
      `${m.name.padEnd(28)} F1 ${m.f1.toFixed(3)}  precision ${m.precision.toFixed(3)}  recall ${m.recall.toFixed(3)}  ${m.pagesPerSecond.toFixed(1)} pages/s` +
        `  dev F1 ${m.dev.f1.toFixed(3)}  held-out F1 ${m.heldOut.f1.toFixed(3)}  empty ${m.empty}${m.crashes ? `  crashes ${m.crashes}` : ""}`,
    );
  }
  for (const s of r.weakest.slice(0, weakCount)) {
    console.log(`weakest (dev) ${s.id.slice(0, 24)} precision ${(s.precision ?? 0).toFixed(2)} recall ${(s.recall ?? 0).toFixed(2)} ${r.set.truth[s.id].url ?? ""}`);
  }
  console.log(`official scorer (${r.results[0].name}): ${r.officialLine}`);
}

if (writeDocs) {
  const docPath = join(repo, "docs", "evaluation.md");
  const lines = [
    "## Cleaning (bench:clean)",
    "",
    `Run ${date}, \`npm run bench:clean\`: main-text extraction, all methods on the same decoded pages in one run`,
    "(2-core machine; timings exclude gunzip and charset decoding). Metric: word 4-gram shingles per page, precision and",
    "recall averaged over pages, F1 of the means (as shared/check/score-extraction.mjs). Each set is split in two halves by",
    "a stable hash of the page id (FNV-1a 32-bit; even: dev, odd: held-out): rules are written looking only at the dev",
    "half's failures, and both halves are reported. \"empty\": pages with no text at all.",
    "",
  ];
  for (const r of runs) {
    lines.push(`### ${r.set.name} (${r.set.pages.length} pages)`, "");
    lines.push("| method | F1 | precision | recall | dev F1 | held-out F1 | empty | pages/s |", "| --- | --- | --- | --- | --- | --- | --- | --- |");
    for (const m of r.results) {
      lines.push(`| ${m.name} | ${m.f1.toFixed(3)} | ${m.precision.toFixed(3)} | ${m.recall.toFixed(3)} | ${m.dev.f1.toFixed(3)} | ${m.heldOut.f1.toFixed(3)} | ${m.empty} | ${m.pagesPerSecond.toFixed(1)} |`);
    }
    lines.push("", `Official scorer on crosscheck's output: \`${r.officialLine}\`.`, "", "Weakest crosscheck dev pages this run (precision / recall):", "");
    lines.push(...r.weakest.slice(0, 5).map((s) => `- ${r.set.truth[s.id].url ?? s.id} ${(s.precision ?? 0).toFixed(2)} / ${(s.recall ?? 0).toFixed(2)}`), "");
  }
  lines.push(
    "Published figures on article-extraction-benchmark: Readability.js 0.947, trafilatura 0.958, go-trafilatura 0.960, rs-trafilatura 0.970, tag stripping 0.663.",
    "",
  );
  const section = lines.join("\n");
  let doc = existsSync(docPath) ? readFileSync(docPath, "utf8") : "# Evaluation\n\n";
  const start = doc.indexOf("## Cleaning (bench:clean)");
  if (start >= 0) {
    // The section ends at the next second-level heading; hand-written notes go under "### Notes" and are kept.
    const next = doc.indexOf("\n## ", start + 3);
    const old = doc.slice(start, next >= 0 ? next + 1 : undefined);
    const notesAt = old.indexOf("### Notes");
    const notes = notesAt >= 0 ? old.slice(notesAt) : "";
    doc = doc.slice(0, start) + section + (notes ? `\n${notes.trimEnd()}\n` : "") + (next >= 0 ? `\n${doc.slice(next + 1)}` : "");
  } else doc = doc.trimEnd() + "\n\n" + section;
  writeFileSync(docPath, doc);
  console.log(`wrote ${docPath}`);
}
