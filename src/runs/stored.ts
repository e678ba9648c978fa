// Stored runs: the report over everything in a store, and the server's last report, updated
// behind the reads when the store changes. The CLI's `events`, `watch` and the server (on its
// worker, report-worker.ts) all report through reportFromStore, through the engine
// (src/engine/), which derives only documents the store keeps no derivation of.
import { Engine } from "../engine/index.ts";
import { changesBetween, type Change } from "./changes.ts";
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
  /** What this run changed against the run stored before it (stored with the run). */
  changes: Change[];
}

export interface StoredReportOptions {
  generatedAt: string;
  onProgress?: (stage: string, message: string) => void;
  /** Threads for deriving documents (see EngineOptions.jobs). */
  jobs?: number;
  /**
   * An engine kept over this store: brought up to date and asked, so that only what changed
   * since its last run is derived and reconciled. Without one, an engine is made for this run,
   * and still derives only documents the store holds no derivation of.
   */
  engine?: Engine;
}

/**
 * Computes the current report from the store, stores it as a run with what it changed, and
 * returns it: the one function the server's worker, `events` and `watch` call, kept small so
 * that an incremental engine can take the place of `currentReport` below.
 */
export async function reportFromStore(store: Store, options: StoredReportOptions): Promise<StoredReportResult> {
  const timed = phaseTimer(options.onProgress);
  const [computed, previous] = await Promise.all([currentReport(store, options, timed), store.latestRun()]);
  timed("the run before read");
  let changes: Change[] = [];
  const runId = await store.putRun(computed.report, (id) => (changes = changesBetween(previous?.report ?? null, computed.report, { id, generatedAt: computed.report.generatedAt })));
  timed(`run ${runId} stored with ${changes.length} changes`);
  return { ...computed, runId, changes };
}

/** Progress lines ("run: …, 0.42 s") timing each step of a stored run since the one before. */
function phaseTimer(onProgress: StoredReportOptions["onProgress"]): (what: string) => void {
  let last = performance.now();
  return (what) => {
    const now = performance.now();
    onProgress?.("run", `${what}, ${((now - last) / 1000).toFixed(2)} s`);
    last = now;
  };
}

/**
 * Runs every stage after ingest over the newest version of each stored document. The report's
 * problems are the ingest problems still standing (a source later stored as a document is no
 * longer a problem) followed by this run's own.
 */
async function currentReport(store: Store, options: StoredReportOptions, timed: (what: string) => void): Promise<Omit<StoredReportResult, "runId" | "changes">> {
  const problems = await store.problems();
  const standing = (held: { source: string }[]): Problem[] => {
    const stored = new Set(held.map((d) => d.source));
    return problems.filter((p) => !stored.has(p.source)).map((p): Problem => ({ stage: "ingest", rule: "stored-problem", source: p.source, reason: p.reason, fatal: true }));
  };
  // An engine kept over the store reads only what was stored since its last run (not every
  // stored document: 3-7 s at 20,000 reports), and holds every document, so the sources are
  // its own: the stored documents as the store gave them (the engine never changes them).
  if (options.engine) {
    let given = 0;
    const { report, documents, sources } = await options.engine.syncedReport(options.generatedAt, (held) => {
      const found = standing(held);
      given = found.length;
      return found;
    });
    timed(`synced and the report built (${report.events.length} events, ${sources.length} documents held)`);
    return { report, sources: sources as StoredDocument[], cleaned: documents, runProblems: report.problems.slice(given) };
  }
  const sources = await store.latestDocuments();
  timed(`${sources.length} stored documents read`);
  const given = standing(sources);
  const engine = new Engine({ store, onProgress: options.onProgress, jobs: options.jobs });
  const { report, documents } = await engine.syncedReport(options.generatedAt, given, sources);
  timed(`synced and the report built (${report.events.length} events)`);
  return { report, sources, cleaned: documents, runProblems: report.problems.slice(given.length) };
}

export interface CurrentReport extends StoredReportResult {
  /** The store revision the report was made at ("" for a run read back at start-up). */
  revision: string;
  /** One document as cleaning left it in this run, with its map back to raw offsets (null in a run read back). */
  cleanedDocument(id: string): CleanDocument | null;
  /** The stored document (newest version) the report used, by id. */
  source(id: string): StoredDocument | null;
}

/** How a report is computed over the store: on a worker thread, or in this one. */
export type ComputeReport = (generatedAt: string) => Promise<StoredReportResult>;

export interface ReportCacheOptions {
  /** Where the computation runs; in this thread (reportFromStore) unless given. */
  compute?: ComputeReport;
  onProgress?: (stage: string, message: string) => void;
  /** A computation that failed, one line (the last report keeps being served). */
  onError?: (message: string) => void;
}

/**
 * The last report, and its update when the store's revision moves on (documents added by this
 * server or by another process). A read never waits for an update: it gets the last report
 * while the next one is computed (off this thread when `compute` runs on a worker), and the
 * new one is swapped in whole when done. Only a store never reported on makes the first
 * reads wait, since there is nothing yet to show. Updates run one at a time; writes that
 * arrive meanwhile are taken in by one more update after it.
 */
export class ReportCache {
  private current: CurrentReport | null = null;
  private first: Promise<CurrentReport> | null = null;
  /** The newest revision seen, and the one an update is working on. */
  private seen = "";
  private running: Promise<void> | null = null;
  /** The revision query out now, shared by the reads that arrive meanwhile. */
  private revisionQuery: Promise<string> | null = null;
  private failedAt: string | null = null;
  private readonly compute: ComputeReport;

  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
    private readonly options: ReportCacheOptions = {},
  ) {
    // In this thread, one engine is kept across updates: each takes in only what was stored
    // since, and streams (a new report joins its event at once; the clusterer re-checks on its
    // growth schedule, so an update never runs over the whole store). One that threw part-way
    // may hold half an update, so the next starts a new one.
    const fresh = (): Engine => new Engine({ store, onProgress: options.onProgress, streaming: true });
    let engine = fresh();
    this.compute =
      options.compute ??
      ((generatedAt) =>
        reportFromStore(store, { generatedAt, onProgress: options.onProgress, engine }).catch((error: unknown) => {
          engine = fresh();
          throw error;
        }));
  }

  /** True while the report served is older than the store (an update is running or due). */
  get updating(): boolean {
    return this.current === null || this.current.revision !== this.seen;
  }

  /** The newest store revision a read has seen. */
  get storeRevision(): string {
    return this.seen;
  }

  /**
   * The last report, and an update started when the store has moved on. Reads arriving while
   * a revision query is out share its answer (under many readers that was most of the queries
   * a read made, and on PostgreSQL each one waits for a pooled connection); `fresh` asks the
   * store anew, for a caller that has just written and must see its own write.
   */
  async get(options: { fresh?: boolean } = {}): Promise<CurrentReport> {
    this.seen = await this.revisionNow(options.fresh === true);
    if (this.current === null) {
      // Shared by the reads that arrive meanwhile; forgotten if it fails, so the next read tries again.
      this.first ??= this.start().finally(() => (this.first = null));
      this.current = await this.first;
    }
    if (this.current.revision !== this.seen && this.failedAt !== this.seen) this.update();
    return this.current;
  }

  /** The store's revision: the query out now when there is one and `fresh` is not asked. */
  private revisionNow(fresh: boolean): Promise<string> {
    if (this.revisionQuery && !fresh) return this.revisionQuery;
    const query = this.store.revision().finally(() => {
      if (this.revisionQuery === query) this.revisionQuery = null;
    });
    this.revisionQuery = query;
    return query;
  }

  /** Resolves once no update is running or due (tests, and a server shutting down). */
  async settled(): Promise<void> {
    for (;;) {
      await this.get({ fresh: true });
      if (!this.running) return;
      await this.running;
    }
  }

  /** At start-up: the last stored run when there is one (then updated behind it), else a first computation. */
  private async start(): Promise<CurrentReport> {
    const run = await this.store.latestRun();
    if (!run) return this.computed(this.seen);
    const sources = await this.store.latestDocuments();
    return cached({ report: run.report, runId: run.id, sources, cleaned: [], runProblems: [], changes: [] }, "");
  }

  private update(): void {
    if (this.running) return;
    this.running = (async () => {
      try {
        while (this.current && this.current.revision !== this.seen) {
          const revision = this.seen;
          try {
            this.current = await this.computed(revision);
            this.failedAt = null;
          } catch (error) {
            // Served as it was; tried again when the store next changes.
            this.failedAt = revision;
            this.options.onError?.(`the report could not be updated: ${(error as Error).message}`);
            return;
          }
          this.seen = await this.revisionNow(true);
        }
      } finally {
        this.running = null;
      }
    })();
  }

  private async computed(revision: string): Promise<CurrentReport> {
    return cached(await this.compute(this.now().toISOString()), revision);
  }
}

function cached(result: StoredReportResult, revision: string): CurrentReport {
  const byId = new Map(result.sources.map((d) => [d.id, d]));
  const cleanedById = new Map(result.cleaned.map((d) => [d.id, d]));
  return { ...result, revision, cleanedDocument: (id) => cleanedById.get(id) ?? null, source: (id) => byId.get(id) ?? null };
}
