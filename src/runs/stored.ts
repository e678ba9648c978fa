// Stored runs: the report over everything in a store, and a cache of it that lasts until the
// store changes. The CLI's `events` and the server both report through here, through the
// engine (src/engine/), which derives only documents the store keeps no derivation of.
import { Engine } from "../engine/index.ts";
import type { StoredDocument, Store } from "../store/index.ts";
import type { CleanDocument, Problem, Report } from "../types.ts";

export interface StoredReportResult {
  report: Report;
  /** The run id under which the report was stored. */
  runId: number;
  /** The documents the report was made from (newest version of each). */
  sources: StoredDocument[];
  /** The same documents as cleaning left them in this run, with their maps back to raw offsets. */
  cleaned: CleanDocument[];
  /** Problems that arose in this run (documents that could not be used), not at ingest. */
  runProblems: Problem[];
}

export interface StoredReportOptions {
  generatedAt: string;
  onProgress?: (stage: string, message: string) => void;
  /** Threads for the per-document stages (see PipelineOptions). */
  jobs?: number;
  /**
   * An engine kept over this store (`Engine.fromStore`): brought up to date and asked, so only
   * what changed since its last run is derived and reconciled. Without one, an engine is made
   * for this run, and still derives only documents the store holds no derivation of.
   */
  engine?: Engine;
}

/**
 * Runs every stage after ingest over the newest version of each stored document, stores the
 * run and returns it. The report's problems are the ingest problems still standing (a source
 * later stored as a document is no longer a problem) followed by this run's own.
 */
export async function reportFromStore(store: Store, options: StoredReportOptions): Promise<StoredReportResult> {
  const sources = await store.latestDocuments();
  const stored = new Set(sources.map((d) => d.source));
  const standing = (await store.problems())
    .filter((p) => !stored.has(p.source))
    .map((p): Problem => ({ stage: "ingest", rule: "stored-problem", source: p.source, reason: p.reason, fatal: true }));
  // The engine never changes the documents it is given: the stored ones go in as they are.
  const engine = options.engine ?? new Engine({ store, onProgress: options.onProgress, jobs: options.jobs });
  const { report, documents } = await engine.syncedReport(options.generatedAt, standing, sources);
  const runId = await store.putRun(report);
  return { report, runId, sources, cleaned: documents, runProblems: report.problems.slice(standing.length) };
}

export interface CurrentReport extends StoredReportResult {
  /** The store revision the report was made at. */
  revision: string;
  /** One document as cleaning left it in this run, with its map back to raw offsets. */
  cleanedDocument(id: string): CleanDocument | null;
  /** The stored document (newest version) the report used, by id. */
  source(id: string): StoredDocument | null;
}

/**
 * The last report, recomputed only when the store's revision has moved on (documents added by
 * this server or by another process). Concurrent requests share one computation. One engine
 * is kept across computations, so a recomputation derives only the documents stored since
 * and reconciles only the events they changed (lineage and clustering still see the whole set).
 */
export class ReportCache {
  private current: CurrentReport | null = null;
  private pending: { revision: string; promise: Promise<CurrentReport> } | null = null;
  /** Kept between computations: each takes in only what was stored since the last. */
  private readonly engine: Engine;

  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
    private readonly onProgress?: (stage: string, message: string) => void,
  ) {
    this.engine = new Engine({ store, onProgress });
  }

  async get(): Promise<CurrentReport> {
    const revision = await this.store.revision();
    if (this.current?.revision === revision) return this.current;
    if (this.pending?.revision === revision) return this.pending.promise;
    const promise = this.compute(revision);
    this.pending = { revision, promise };
    try {
      const current = await promise;
      if (!this.current || this.current.revision !== revision) this.current = current;
      return current;
    } finally {
      if (this.pending?.promise === promise) this.pending = null;
    }
  }

  private async compute(revision: string): Promise<CurrentReport> {
    const result = await reportFromStore(this.store, { generatedAt: this.now().toISOString(), onProgress: this.onProgress, engine: this.engine });
    const byId = new Map(result.sources.map((d) => [d.id, d]));
    const cleanedById = new Map(result.cleaned.map((d) => [d.id, d]));
    return { ...result, revision, cleanedDocument: (id) => cleanedById.get(id) ?? null, source: (id) => byId.get(id) ?? null };
  }
}
