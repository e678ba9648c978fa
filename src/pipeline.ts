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
