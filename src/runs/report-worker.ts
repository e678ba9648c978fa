// The report worker: a thread that opens the server's store itself (the same SQLite file or
// PostgreSQL URL) and computes the current report there, so that cleaning a 10 MB article
// never stops the server's thread from answering reads. One job at a time; the store stays
// open between jobs. Started by off-thread.ts, never imported by anything else.
import { parentPort, workerData } from "node:worker_threads";
import { openStore, type Store } from "../store/index.ts";
import { Engine } from "../engine/index.ts";
import { reportFromStore, type StoredReportResult } from "./stored.ts";

export interface WorkerJob {
  generatedAt: string;
}

export type WorkerAnswer =
  | { result: StoredReportResult; error?: undefined; progress?: undefined }
  | { result?: undefined; error: string; progress?: undefined }
  /** A progress line of the job under way (the server logs it); the answer follows. */
  | { result?: undefined; error?: undefined; progress: [stage: string, message: string] };

const onProgress = (stage: string, message: string) => parentPort?.postMessage({ progress: [stage, message] } satisfies WorkerAnswer);

const target = (workerData as { target: string }).target;
let store: Promise<Store> | null = null;
/**
 * Kept between jobs: each update derives only the documents stored since, and reconciles only
 * the events they changed. It streams: a new report joins its event at once, and the
 * clusterer's re-check (which makes events what a batch run gives) waits until the worker has
 * had no job for a while; the next update's report then shows the settled events.
 */
let engine: Engine | null = null;
const SETTLE_WHEN_IDLE_MS = 30_000;
let settleTimer: ReturnType<typeof setTimeout> | null = null;

parentPort?.on("message", async (job: WorkerJob) => {
  if (settleTimer) clearTimeout(settleTimer);
  settleTimer = null;
  let answer: WorkerAnswer;
  try {
    store ??= openStore(target);
    const opened = await store;
    engine ??= new Engine({ store: opened, streaming: true, onProgress });
    answer = { result: await reportFromStore(opened, { generatedAt: job.generatedAt, engine, onProgress }) };
  } catch (error) {
    // An engine that threw part-way may hold half an update: the next job starts from a new
    // one, which takes the derivations back from the store rather than deriving again.
    engine = null;
    answer = { error: (error as Error).message };
  }
  // Copied, not transferred: the engine kept here still holds these documents and their
  // offset maps for the next job (a transferred buffer is detached on this side).
  parentPort?.postMessage(answer);
  if (engine && !engine.settled) {
    const held = engine;
    settleTimer = setTimeout(() => void held.settle().catch(() => undefined), SETTLE_WHEN_IDLE_MS);
    settleTimer.unref();
  }
});
