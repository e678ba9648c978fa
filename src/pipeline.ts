// The pipeline: the one place that knows the stages and their order. Data flows one way:
//
//   ingest -> clean -> lineage -> cluster -> extract -> reconcile -> report
//
// Why this order: cleaning must come first, since chrome shared across outlets would
// otherwise look like copied text; lineage before clustering, so that copies stay together;
// extraction after clustering only because reconciliation needs both, extraction itself
// reads one document at a time. A stage that fails on one document costs that document, never
// the run: the failure becomes a problem naming the input and the reason.
import { learnChrome } from "./clean/index.ts";
import { clusterDocuments } from "./cluster/index.ts";
import { FIGURE_LANGUAGES, unifyExtractions } from "./extract/index.ts";
import { oversizeReason, readInputs, type IngestOptions } from "./ingest/index.ts";
import { findLineage } from "./lineage/index.ts";
import { reconcileEvent } from "./reconcile/index.ts";
import { buildReport } from "./report/index.ts";
import type { CleanDocument, Event, Extraction, Family, InputMessage, Problem, Report, SourceDocument } from "./types.ts";
import { createPool, type Pool } from "./parallel/index.ts";
import { cleanAll, extractEach, type Result } from "./parallel/stages.ts";

/** Text below this length is too short for its detected language to be trusted (see clean/language.ts). */
const LANGUAGE_EVIDENCE_CHARS = 200;

export interface PipelineOptions {
  /** The run's timestamp, for the report (stages never read the clock). */
  generatedAt: string;
  /** Progress for long runs: a stage name and a short message. */
  onProgress?: (stage: string, message: string) => void;
  stdin?: IngestOptions["stdin"];
  /** For feeds given by URL: read each item's link for the full text. */
  fetchItems?: boolean;
  /** Threads for the per-document stages (cleaning, extraction); default: the cores available. */
  jobs?: number;
}

export interface SourcesReport {
  report: Report;
  /**
   * The documents the report was made from, as cleaning left them (with `toRaw`, which the
   * report does not carry): what a document page needs to mark a statement in the text
   * without cleaning it a second time.
   */
  documents: CleanDocument[];
}

export interface PipelineResult extends SourcesReport {
  /** Inputs a folder walk passed over (not article formats): worth a notice, not a failure. */
  skipped: InputMessage[];
}

/** Reads the inputs and runs every stage: the `crosscheck report` job. */
export async function runPipeline(paths: string[], options: PipelineOptions): Promise<PipelineResult> {
  const progress = options.onProgress ?? (() => {});
  let read = 0;
  const ingested = await readInputs(paths, {
    stdin: options.stdin,
    fetchItems: options.fetchItems,
    onFile: () => {
      if (++read % 500 === 0) progress("ingest", `${read} files read`);
    },
  });
  progress("ingest", `${plural(ingested.documents.length, "document")} from ${plural(read, "input")}, ${plural(ingested.problems.length, "problem")}`);
  const { report, documents } = await reportFromSources(ingested.documents, ingested.problems, options);
  return { report, documents, skipped: ingested.skipped };
}

/** Runs the stages after ingest over documents already read (from files or from a store). */
export async function reportFromSources(sources: SourceDocument[], problems: Problem[], options: PipelineOptions): Promise<SourcesReport> {
  const progress = options.onProgress ?? (() => {});
  const allProblems = [...problems];
  // Documents stored before the size budget existed are held to it here too.
  const withinBudget = sources.filter((doc) => {
    const oversize = oversizeReason(doc.raw);
    if (oversize) allProblems.push({ stage: "ingest", rule: "too-large", source: doc.source, reason: oversize, fatal: true });
    return !oversize;
  });
  const pool = createPool({ jobs: options.jobs });
  try {
    return await stagesAfterIngest(withinBudget, allProblems, options, pool);
  } finally {
    await pool.close();
  }
}

async function stagesAfterIngest(withinBudget: SourceDocument[], allProblems: Problem[], options: PipelineOptions, pool: Pool): Promise<SourcesReport> {
  const progress = options.onProgress ?? (() => {});
  // Chrome is learned over the whole set first; then each document is cleaned on its own.
  const chrome = learnedChrome(withinBudget);
  const documents = kept(allProblems, "clean", withinBudget, await cleanAll(pool, withinBudget, chrome));
  const usable = documents.filter((d) => {
    if (d.text.trim()) return true;
    allProblems.push({ stage: "clean", rule: "no-text-left", source: d.source, reason: "no article text left after cleaning (only boilerplate)", fatal: true });
    return false;
  });
  progress("clean", `${plural(usable.length, "document")} cleaned`);

  const lineage = await findLineage(usable);
  // The documents go on carrying lineage's messages; the ones given stay as they were.
  const traced = usable.map((doc): CleanDocument => {
    const found = lineage.messages.get(doc.id);
    return found ? { ...doc, messages: [...doc.messages, ...found] } : doc;
  });
  progress("lineage", `${lineage.links.length} links`);

  const clusters = clusterDocuments(traced, lineage.links);
  progress("cluster", plural(clusters.length, "event"));

  const extractions = unifyExtractions(kept(allProblems, "extract", traced, await extractEach(pool, traced)));
  const languages = new Map<string, number>();
  for (const d of traced) languages.set(d.meta.language, (languages.get(d.meta.language) ?? 0) + 1);
  const read = [...languages].map(([language, n]) => `${language} ${n}`).join(", ");
  progress("extract", `${plural(extractions.reduce((n, x) => n + x.statements.length, 0), "statement")}; languages: ${read}`);
  // A report in a language extraction does not read says so, rather than showing no figures in
  // silence. Only where the language was read from enough text to trust it, and nothing was found.
  const found = new Set(extractions.filter((x) => x.statements.length > 0).map((x) => x.document));
  const noticed = traced.map((doc): CleanDocument => {
    const language = doc.meta.language;
    if (FIGURE_LANGUAGES.has(language) || language === "und" || found.has(doc.id) || doc.text.length < LANGUAGE_EVIDENCE_CHARS) return doc;
    const reason = `written in ${language}: figures are read from English text only, so any figures this report gives were not read`;
    return { ...doc, messages: [...doc.messages, { stage: "extract", rule: "language-without-figures", reason }] };
  });

  // Each event is given only the families with a member in it (reconciliation keeps to the
  // event's members anyway): reading every family's ordered pairs for every event grew with
  // events × families, and a family of copies holds pairs in the square of its size.
  const familyOfDocument = new Map<string, number>();
  lineage.families.forEach((family, i) => family.members.forEach((member) => familyOfDocument.set(member, i)));
  const familiesIn = (documents: string[]): Family[] => {
    const held = new Set<number>();
    for (const id of documents) {
      const i = familyOfDocument.get(id);
      if (i !== undefined) held.add(i);
    }
    return [...held].sort((x, y) => x - y).map((i) => lineage.families[i]);
  };
  // Likewise only its own documents and extractions, in the run's order (what reconciliation's
  // own filter keeps): handing it every document made the run events × documents.
  const position = new Map<string, number>();
  noticed.forEach((doc, i) => position.set(doc.id, i));
  const extractionAt = new Map<number, Extraction[]>();
  for (const x of extractions) {
    const at = position.get(x.document);
    if (at !== undefined) extractionAt.set(at, [...(extractionAt.get(at) ?? []), x]);
  }
  const events: Event[] = clusters.map((cluster) => {
    const members = [...new Set(cluster.documents)].map((id) => position.get(id)).filter((at) => at !== undefined).sort((x, y) => x - y);
    const documents = members.map((at) => noticed[at]);
    const own = members.flatMap((at) => extractionAt.get(at) ?? []);
    return reconcileEvent({ cluster, documents, extractions: own, families: familiesIn(cluster.documents) });
  });
  progress("reconcile", plural(events.reduce((n, e) => n + e.figures.length, 0), "figure"));

  const report = buildReport({ documents: noticed, links: lineage.links, families: lineage.families, events, problems: allProblems, generatedAt: options.generatedAt });
  return { report, documents: noticed };
}

/** Chrome learned across the documents; none if learning fails, so that each is still cleaned on its own. */
function learnedChrome(docs: SourceDocument[]): Set<string> {
  try {
    return learnChrome(docs.filter((d) => d.format === "text"));
  } catch {
    return new Set();
  }
}

/** The results a stage gave; each document it failed on is lost alone, recorded as a problem. */
function kept<T>(problems: Problem[], stage: string, items: { id: string; source?: string }[], results: Result<T>[]): T[] {
  const out: T[] = [];
  results.forEach((result, i) => {
    if (result.ok) out.push(result.value);
    else problems.push({ stage, rule: "stage-failed", source: items[i].source ?? items[i].id, reason: `${stage} failed: ${result.error}`, fatal: true });
  });
  return out;
}

/** "1 event", "2 events": the progress lines count in words a reader would write. */
function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
