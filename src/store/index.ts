// The store: source documents (every version of each, raw text untouched), the problems met
// while reading inputs, and the report of each run. Two implementations with one schema and
// one behaviour: SQLite (a file; the default) and PostgreSQL (for teams; chosen by a
// postgres:// or postgresql:// URL). The store never reads the clock: callers pass the time.
import type { Problem, Report, SourceDocument } from "../types.ts";

export interface StoredDocument extends SourceDocument {
  /** 1 for the first text stored under this id, 2 for the next different one, ... */
  version: number;
  /** SHA-256 of `raw`, hex. */
  sha: string;
  /** When this version was stored, as the caller gave it (ISO-8601). */
  ingestedAt: string;
}

export interface StoredProblem extends Problem {
  ingestedAt: string;
}

export interface PutDocumentsResult {
  /** Ids stored for the first time. */
  added: string[];
  /** Ids whose identical raw text was already stored: nothing changed. */
  unchanged: string[];
  /** Ids stored before with other text: the new text is kept as a new version, the old one too. */
  versioned: string[];
  /** Documents the store cannot keep unchanged, and why. */
  rejected: Problem[];
  /** Ids of documents refused because another source holds the id (`idClash: "refuse"`). */
  conflicts?: string[];
  /** Documents stored under another id because theirs was another source's: [asked, given]. */
  renamed?: [string, string][];
}

/**
 * What to do with a document whose id is stored already from another source (another path,
 * URL or JSONL file) with other text: it is not that document's new version.
 * - `rename` (default): store it under `id-<8 hex of its source>`, the same id on every run;
 * - `refuse`: reject it as a conflict (the server's 409);
 * - `version`: store it as the next version all the same (the caller said it is one).
 */
export type IdClash = "rename" | "refuse" | "version";

export interface PutDocumentsOptions {
  idClash?: IdClash;
}

export interface RunSummary {
  id: number;
  generatedAt: string;
  /** How many documents the run reported on. */
  documents: number;
}

export interface StoredRun extends RunSummary {
  report: Report;
}

export interface Store {
  readonly kind: "sqlite" | "postgres";
  /** The file path, or the URL without its password. */
  readonly location: string;
  /** Stores a batch in one transaction. */
  putDocuments(documents: SourceDocument[], ingestedAt: string, options?: PutDocumentsOptions): Promise<PutDocumentsResult>;
  /** Stores problems once per (source, reason); returns how many were new. */
  putProblems(problems: Problem[], ingestedAt: string): Promise<number>;
  /** The newest version of every document, in the order documents were first ingested. */
  latestDocuments(): Promise<StoredDocument[]>;
  /** Every version of one document, oldest first; empty when the id is unknown. */
  documentVersions(id: string): Promise<StoredDocument[]>;
  problems(): Promise<StoredProblem[]>;
  /** Stores a run's report; returns the run id (1, 2, ...). */
  putRun(report: Report): Promise<number>;
  latestRun(): Promise<StoredRun | null>;
  runs(): Promise<RunSummary[]>;
  /** Changes whenever documents or problems are added (by this process or another). */
  revision(): Promise<string>;
  /** The highest migration applied. */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}

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

/** A URL with its password replaced, for messages. */
export function redactUrl(target: string): string {
  try {
    const url = new URL(target);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return target;
  }
}

export { MIGRATIONS } from "./schema.ts";
