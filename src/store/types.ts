// What a store is, apart from how one is opened: the interface both implementations keep
// and the records they hand back. Here rather than in index.ts so that the implementations,
// which index.ts loads, do not import index.ts back.
import type { Problem, Report, SourceDocument } from "../types.ts";

export interface StoredDocument extends SourceDocument {
  /** 1 for the first text stored under this id, 2 for the next different one, ... */
  version: number;
  /** SHA-256 of `raw`, hex. */
  sha: string;
  /** When this version was stored, as the caller gave it (ISO-8601). */
  ingestedAt: string;
}

/** A problem as the store keeps it: the input and the reason (not the rule that found it). */
export interface StoredProblem extends Pick<Problem, "source" | "reason"> {
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
  putDocuments(documents: SourceDocument[], ingestedAt: string): Promise<PutDocumentsResult>;
  /** Stores problems once per (source, reason); returns how many were new. */
  putProblems(problems: Pick<Problem, "source" | "reason">[], ingestedAt: string): Promise<number>;
  /** The newest version of every document, in the order documents were first ingested. */
  latestDocuments(): Promise<StoredDocument[]>;
  /** Every version of one document, oldest first; empty when the id is unknown. */
  documentVersions(id: string): Promise<StoredDocument[]>;
  problems(): Promise<StoredProblem[]>;
  /** Stores a run's report; returns the run id (1, 2, ...). */
  putRun(report: Report): Promise<number>;
  latestRun(): Promise<StoredRun | null>;
  runs(): Promise<RunSummary[]>;
  /**
   * Full-text search over the events of the latest stored run (title, places, actors and the
   * cleaned text of its reports): their ids, best match first; [] for any other run or an
   * empty query. SQLite FTS5 (every word, prefixes match) or PostgreSQL `websearch_to_tsquery`.
   */
  searchEvents(runId: number, query: string): Promise<string[]>;
  /** Changes whenever documents or problems are added (by this process or another). */
  revision(): Promise<string>;
  /** The highest migration applied. */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
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
