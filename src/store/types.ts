// What a store is, apart from how one is opened: the interface both implementations keep
// and the records they hand back. Here rather than in index.ts so that the implementations,
// which index.ts loads, do not import index.ts back.
import type { Message, Problem, Report, SourceDocument } from "../types.ts";

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
  /** Ids of documents refused because another source holds the id (`idClash: "refuse"`). */
  conflicts?: string[];
  /** Documents stored under another id: [asked, given, why] (another source's id, or not a version of its source's document). */
  renamed?: [string, string, string][];
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
  /**
   * What two sources are compared by: a file's resolved path (`./a.txt` and `/abs/a.txt` are
   * one source), kept beside the source as typed. The source itself when absent.
   */
  sourceKey?: (doc: SourceDocument) => string;
  /**
   * Asked, before the write, whether new text from a stored document's own source is a
   * version of it (lineage links the two): one it says is not is stored as a document of its
   * own, under the id and the first 8 hex of its SHA-256, with the reason as a message.
   * Absent: new text from the same source is always the next version.
   */
  isVersion?: (older: StoredDocument, newer: SourceDocument) => Promise<VersionVerdict>;
}

/** A new text from a source, against the stored one: its version (with a note for it), or another document and why. */
export type VersionVerdict = { isVersion: true; message?: Message } | { isVersion: false; reason: string };

export interface RunSummary {
  id: number;
  generatedAt: string;
  /** How many documents the run reported on. */
  documents: number;
}

export interface StoredRun extends RunSummary {
  report: Report;
}

/**
 * What one document version gives, derived once and kept (migration 4). The store keeps the
 * JSON as given and reads nothing in it: its shape is the engine's (src/engine/derived.ts).
 */
export interface DerivedRecord {
  id: string;
  version: number;
  /** Of the code that derived it and of the inputs from other documents it read. */
  fingerprint: string;
  /** Hashes of what the derivation asked of other documents (the paragraphs it looked up as chrome). */
  probes: number[];
  /** The cleaned document without its source fields, `toRaw` in compact form (JSON). */
  cleaned: string;
  /** Its extraction (JSON), or "null" when extraction failed on it. */
  extraction: string;
}

/** What one run changed against the run before, as stored with it (src/runs/changes.ts makes them). */
export interface StoredRunChanges {
  run: number;
  generatedAt: string;
  changes: unknown[];
}

/** A server's ETag and Last-Modified for a URL, as it sent them. */
export interface FetchValidators {
  etag?: string;
  lastModified?: string;
}

export interface Store {
  readonly kind: "sqlite" | "postgres";
  /** The file path, or the URL without its password. */
  readonly location: string;
  /** Stores a batch in one transaction. */
  putDocuments(documents: SourceDocument[], ingestedAt: string, options?: PutDocumentsOptions): Promise<PutDocumentsResult>;
  /** Stores problems once per (source, reason); returns how many were new. */
  putProblems(problems: Pick<Problem, "source" | "reason">[], ingestedAt: string): Promise<number>;
  /** The newest version of every document, in the order documents were first ingested. */
  latestDocuments(): Promise<StoredDocument[]>;
  /**
   * What was stored after `seq` (0: everything): the newest version of each document with a
   * version stored since, in the order they were stored, and the highest seq read, to ask
   * from next time. A kept engine reads only these rows, not every raw text.
   */
  documentsSince(seq: number): Promise<{ documents: StoredDocument[]; seq: number }>;
  /** Every version of one document, oldest first; empty when the id is unknown. */
  documentVersions(id: string): Promise<StoredDocument[]>;
  problems(): Promise<StoredProblem[]>;
  /**
   * Checks the store: the database's own integrity check (SQLite), and that every stored
   * version's raw text still has the SHA-256 it was stored with.
   */
  verify(): Promise<VerifyResult>;
  /**
   * Stores a run's report, with what it changed when given (in one transaction); returns the
   * run id (1, 2, ...). Only the newest `KEEP_RUNS` runs are kept, and the changes of the
   * newest `KEEP_RUN_CHANGES`.
   */
  putRun(report: Report, changes?: (run: number) => unknown[]): Promise<number>;
  /** The stored changes of the runs made after `since` (ISO time; all when null), oldest first. */
  runChanges(since: string | null): Promise<StoredRunChanges[]>;
  /** A value kept under a name (the server's token), or null. */
  setting(name: string): Promise<string | null>;
  /** Keeps `value` under `name` unless one is kept already; returns the one kept (two servers starting at once agree). */
  putSettingOnce(name: string, value: string): Promise<string>;
  latestRun(): Promise<StoredRun | null>;
  runs(): Promise<RunSummary[]>;
  /** One stored run by id, or null. */
  run(id: number): Promise<StoredRun | null>;
  /** What a URL's server last sent to identify its answer (for conditional requests), or null. */
  fetchValidators(url: string): Promise<FetchValidators | null>;
  /** Keeps a URL's validators, replacing the ones before. */
  putFetchValidators(url: string, validators: FetchValidators, fetchedAt: string): Promise<void>;
  /**
   * Full-text search over the events of the latest stored run (title, places, actors and the
   * cleaned text of its reports): their ids, best match first; [] for any other run or an
   * empty query. SQLite FTS5 (every word, prefixes match) or PostgreSQL `websearch_to_tsquery`.
   */
  searchEvents(runId: number, query: string): Promise<string[]>;
  /** Keeps what documents give, replacing an earlier derivation of the same version and dropping older versions'. */
  putDerived(records: DerivedRecord[]): Promise<void>;
  /** The stored derivations of these ids, or of every document (the caller checks version and fingerprint). */
  derived(ids?: string[]): Promise<DerivedRecord[]>;
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

/** What `verify` found: empty `problems` means the store is sound. */
export interface VerifyResult {
  /** Document versions whose raw text was read and hashed. */
  versions: number;
  /** What is wrong, one line each, naming the document and version or the database's own words. */
  problems: string[];
}

/**
 * Runs kept in the store: a run is a whole report, and recomputing after every change would
 * otherwise grow the store without bound. Older runs are deleted when a new one is stored.
 */
export const KEEP_RUNS = 50;

/** Runs whose changes are kept: ten times the runs, since a follower wants history and a row is small. */
export const KEEP_RUN_CHANGES = 500;
