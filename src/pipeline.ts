// The pipeline: the one place that knows the stages and their order. Data flows one way:
//
//   ingest -> clean -> lineage -> cluster -> extract -> reconcile -> report
//
// Why this order: cleaning must come first, since chrome shared across outlets would
// otherwise look like copied text; lineage before clustering, so that copies stay together;
// extraction after clustering only because reconciliation needs both, extraction itself
// reads one document at a time. A stage that fails on one document costs that document, never
// the run: the failure becomes a problem naming the input and the reason.
import { cleanDocuments, cleanDocument } from "./clean/index.ts";
import { clusterDocuments } from "./cluster/index.ts";
import { extractDocuments } from "./extract/index.ts";
import { oversizeReason, readInputs, type IngestOptions } from "./ingest/index.ts";
import { findLineage } from "./lineage/index.ts";
import { reconcileEvent } from "./reconcile/index.ts";
import { buildReport } from "./report/index.ts";
import type { Event, Problem, Report, SourceDocument } from "./types.ts";

/** What the store, the server and the CLI need of single stages goes through here. */
export { contentId, makeDocument, oversizeReason, readInputs } from "./ingest/index.ts";
export { cleanDocument, learnChrome } from "./clean/index.ts";

export interface PipelineOptions {
  /** The run's timestamp, for the report (stages never read the clock). */
  generatedAt: string;
  /** Progress for long runs: a stage name and a short message. */
  onProgress?: (stage: string, message: string) => void;
  stdin?: IngestOptions["stdin"];
}

export interface PipelineResult {
  report: Report;
  /** Inputs a folder walk passed over (not article formats): worth a notice, not a failure. */
  skipped: Problem[];
}

/** Reads the inputs and runs every stage: the `crosscheck report` job. */
export async function runPipeline(paths: string[], options: PipelineOptions): Promise<PipelineResult> {
  const progress = options.onProgress ?? (() => {});
  let read = 0;
  const ingested = await readInputs(paths, {
    stdin: options.stdin,
    onFile: () => {
      if (++read % 500 === 0) progress("ingest", `${read} files read`);
    },
  });
  progress("ingest", `${ingested.documents.length} documents from ${read} inputs, ${ingested.problems.length} problems`);
  const report = await reportFromSources(ingested.documents, ingested.problems, options);
  return { report, skipped: ingested.skipped };
}

/** Runs the stages after ingest over documents already read (from files or from a store). */
export async function reportFromSources(sources: SourceDocument[], problems: Problem[], options: PipelineOptions): Promise<Report> {
  const progress = options.onProgress ?? (() => {});
  const allProblems = [...problems];
  // Documents stored before the size budget existed are held to it here too.
  const withinBudget = sources.filter((doc) => {
    const oversize = oversizeReason(doc.raw);
    if (oversize) allProblems.push({ source: doc.source, reason: oversize });
    return !oversize;
  });
  const documents = guarded(allProblems, "clean", withinBudget, (batch) => cleanDocuments(batch), (doc) => [cleanDocument(doc)]);
  const usable = documents.filter((d) => {
    if (d.text.trim()) return true;
    allProblems.push({ source: d.source, reason: "no article text left after cleaning (only boilerplate)" });
    return false;
  });
  progress("clean", `${usable.length} documents cleaned`);

  const lineage = await findLineage(usable);
  for (const doc of usable) doc.messages.push(...(lineage.messages.get(doc.id) ?? []));
  progress("lineage", `${lineage.links.length} links`);

  const clusters = clusterDocuments(usable, lineage.links);
  progress("cluster", `${clusters.length} events`);

  const extractions = guarded(allProblems, "extract", usable, (batch) => extractDocuments(batch), (doc) => extractDocuments([doc]));
  progress("extract", `${extractions.reduce((n, x) => n + x.statements.length, 0)} statements`);

  const events: Event[] = clusters.map((cluster) => reconcileEvent({ cluster, documents: usable, extractions, links: lineage.links }));
  progress("reconcile", `${events.reduce((n, e) => n + e.figures.length, 0)} figures`);

  return buildReport({ documents: usable, links: lineage.links, events, problems: allProblems, generatedAt: options.generatedAt });
}

/**
 * Runs a set-level stage; if it throws, runs it one document at a time so that only the
 * documents it fails on are lost, each recorded as a problem.
 */
function guarded<T extends { id: string; source?: string }, R>(
  problems: Problem[],
  stage: string,
  items: T[],
  all: (items: T[]) => R[],
  one: (item: T) => R[],
): R[] {
  try {
    return all(items);
  } catch {
    const out: R[] = [];
    for (const item of items) {
      try {
        out.push(...one(item));
      } catch (error) {
        problems.push({ source: item.source ?? item.id, reason: `${stage} failed: ${(error as Error).message}` });
      }
    }
    return out;
  }
}
