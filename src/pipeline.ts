// The pipeline: the one place that knows the stages and their order. Data flows one way:
//
//   ingest -> clean -> lineage -> cluster -> extract -> reconcile -> report
//
// Why this order: cleaning must come first, since chrome shared across outlets would
// otherwise look like copied text; lineage before clustering, so that copies stay together;
// extraction after clustering only because reconciliation needs both, extraction itself
// reads one document at a time. A stage that fails on one document costs that document, never
// the run: the failure becomes a problem naming the input and the reason. The stages run in
// the engine (src/engine/), which keeps what each document gives so that a set that grows
// is not derived again: this file reads the inputs and hands them to it.
import { Engine } from "./engine/index.ts";
import { defaultJobs } from "./parallel/index.ts";
import { cleanDocuments } from "./clean/index.ts";
import { findLineage } from "./lineage/index.ts";
import { splitSentences } from "./text/sentences.ts";
import { readInputs, type IngestOptions } from "./ingest/index.ts";
import type { CleanDocument, InputMessage, Problem, Report, SourceDocument } from "./types.ts";

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

/**
 * Runs the stages after ingest over documents already read (from files or from a store): the
 * engine (src/engine/) taking them all in at once, as `events` and the server take them in
 * as they come.
 */
export async function reportFromSources(sources: SourceDocument[], problems: Problem[], options: PipelineOptions): Promise<SourcesReport> {
  const engine = new Engine({ onProgress: options.onProgress, jobs: options.jobs ?? defaultJobs() });
  await engine.add(sources);
  return engine.report(options.generatedAt, problems);
}

/** "1 event", "2 events": the progress lines count in words a reader would write. */
function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** Texts longer than this are compared by their sentences alone: a request must not wait on cleaning them. */
const VERSION_LINEAGE_CHARS = 200_000;
/** Word-set Jaccard from which two texts lineage cannot judge are one document (a figure or a word changed, not the story). */
const SHORT_VERSION_WORDS = 0.5;

export interface VersionLink {
  /** Lineage's relation between the two texts, or "words" when they were compared by their words alone. */
  relation: "duplicate" | "version" | "rewrite" | "words";
  /** Sentences added, dropped or reworded from the older text to the newer. */
  sentencesChanged: number;
}

/**
 * Whether a new text from a source is a version of the text stored from it: lineage (each
 * text cleaned on its own, so that what they share is not taken for an outlet's chrome) links
 * the two. Texts too short for lineage to judge, or too long to clean on a request's time,
 * are one document when they share most of their words. Null: another document that came
 * from the same place.
 */
export async function versionLink(older: SourceDocument, newer: SourceDocument): Promise<VersionLink | null> {
  if (older.raw.length <= VERSION_LINEAGE_CHARS && newer.raw.length <= VERSION_LINEAGE_CHARS) {
    const [a] = cleanDocuments([{ ...older, id: "older", messages: [] }]);
    const [b] = cleanDocuments([{ ...newer, id: "newer", messages: [] }]);
    const link = (await findLineage([a, b])).links[0];
    if (link) return { relation: link.relation, sentencesChanged: link.relation === "version" ? link.changes.length : changedSentenceCount(a.text, b.text) };
    const shortest = Math.min(splitSentences(a.text).length, splitSentences(b.text).length);
    if (shortest >= LINEAGE_MIN_SENTENCES) return null;
    return sharedWords(a.text, b.text) >= SHORT_VERSION_WORDS ? { relation: "words", sentencesChanged: changedSentenceCount(a.text, b.text) } : null;
  }
  return sharedWords(older.raw, newer.raw) >= SHORT_VERSION_WORDS ? { relation: "words", sentencesChanged: changedSentenceCount(older.raw, newer.raw) } : null;
}

/** Lineage needs a shared block of a few sentences to link two texts: below that it cannot judge. */
const LINEAGE_MIN_SENTENCES = 4;

/** Sentences in one text and not the other, a rewritten one counted once (the larger side). */
function changedSentenceCount(before: string, after: string): number {
  const sentences = (text: string) => new Set(splitSentences(text).map((s) => text.slice(s.start, s.end).replace(/\s+/g, " ").trim()).filter(Boolean));
  const a = sentences(before);
  const b = sentences(after);
  const dropped = [...a].filter((s) => !b.has(s)).length;
  const added = [...b].filter((s) => !a.has(s)).length;
  return Math.max(dropped, added);
}

/** Jaccard of the two texts' sets of lower-cased words. */
function sharedWords(before: string, after: string): number {
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const a = words(before);
  const b = words(after);
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared / Math.max(1, a.size + b.size - shared);
}
