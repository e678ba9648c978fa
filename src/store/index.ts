// The store: source documents (every version of each, raw text untouched), the problems met
// while reading inputs, and the report of each run. Two implementations with one schema and
// one behaviour: SQLite (a file; the default) and PostgreSQL (for teams; chosen by a
// postgres:// or postgresql:// URL). The store never reads the clock: callers pass the time.
import type { Store } from "./types.ts";

export type { DerivedRecord, FetchValidators, IdClash, PutDocumentsOptions, PutDocumentsResult, RunSummary, Store, StoredDocument, StoredProblem, StoredRun, StoredRunChanges, VersionVerdict } from "./types.ts";
export { KEEP_RUN_CHANGES, KEEP_RUNS, redactUrl, type VerifyResult } from "./types.ts";
export { storeValidators, type PendingValidators } from "./validators.ts";

export interface OpenStoreOptions {
  /** Time stamps for the migrations table (the store reads no clock of its own). */
  now?: () => Date;
}

/** The database used when neither --db nor CROSSCHECK_DB names one. */
export const DEFAULT_DB = "crosscheck.sqlite";

export const isPostgresUrl = (target: string): boolean => /^postgres(ql)?:\/\//i.test(target);

/** Opens (creating and migrating as needed) the store a path or URL names. */
export async function openStore(target: string, options: OpenStoreOptions = {}): Promise<Store> {
  const now = options.now ?? (() => new Date());
  if (isPostgresUrl(target)) {
    const { openPostgresStore } = await import("./postgres.ts");
    return openPostgresStore(target, now);
  }
  const { openSqliteStore } = await import("./sqlite.ts");
  return openSqliteStore(target, now);
}

export { MIGRATIONS } from "./schema.ts";
