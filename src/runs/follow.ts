// One look at the sources being followed: read the feeds and pages (asking each server only
// for what changed since the last look), store what is new or changed (a changed article
// under the same id is a new version), and when anything was, run the report again and say
// what changed against the run before. `crosscheck watch` calls this once a poll.
import { Fetcher, HostQueue, readInputs, type IngestResult } from "../ingest/index.ts";
import { storeValidators, type PutDocumentsResult, type Store } from "../store/index.ts";
import type { Problem } from "../types.ts";
import type { Change } from "./changes.ts";
import { reportFromStore } from "./stored.ts";
import { versionedPut } from "./versions.ts";

export interface FollowOptions {
  /** The time of this look, for the store and the run (nothing here reads the clock). */
  at: string;
  /** Shared by every look of one watch, so that politeness to a host outlasts a poll. */
  queue: HostQueue;
  fetchItems?: boolean;
  onProgress?: (stage: string, message: string) => void;
}

export interface FollowResult {
  read: IngestResult;
  put: PutDocumentsResult;
  /** The ingest problems and the documents the store refused. */
  problems: Problem[];
  /** The run made by this look, or null when nothing new was stored (no run is needed). */
  runId: number | null;
  changes: Change[];
}

/** Documents stored per transaction, as `ingest` does. */
const BATCH = 500;

export async function followOnce(store: Store, targets: string[], options: FollowOptions): Promise<FollowResult> {
  const validators = storeValidators(store, options.at);
  // A fresh fetcher a look: robots.txt is read again each poll; the host queue is kept.
  const fetcher = new Fetcher({ politeness: options.queue, validators });
  const read = await readInputs(targets, { fetcher, fetchItems: options.fetchItems });
  const put: PutDocumentsResult = { added: [], unchanged: [], versioned: [], rejected: [] };
  for (let i = 0; i < read.documents.length; i += BATCH) {
    const batch = await store.putDocuments(read.documents.slice(i, i + BATCH), options.at, versionedPut());
    put.added.push(...batch.added);
    put.unchanged.push(...batch.unchanged);
    put.versioned.push(...batch.versioned);
    put.rejected.push(...batch.rejected);
  }
  const problems = [...read.problems, ...put.rejected];
  await store.putProblems(problems, options.at);
  await validators.flush();
  const reportedBefore = (await store.runs()).length > 0;
  if (reportedBefore && !put.added.length && !put.versioned.length) return { read, put, problems, runId: null, changes: [] };
  const { runId, changes } = await reportFromStore(store, { generatedAt: options.at, onProgress: options.onProgress });
  return { read, put, problems, runId, changes };
}

