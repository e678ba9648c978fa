// The per-document stages over a pool, as the pipeline (and the incremental engine) call
// them: documents in, one result per document in the same order, a failure as a message.
import type { CleanDocument, Extraction, SourceDocument } from "../types.ts";
import type { Outcome, Pool } from "./index.ts";

/** A stage's result for one document, or why it failed on it. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Cleans each document with chrome learned beforehand over the whole set. */
export async function cleanAll(pool: Pool, docs: SourceDocument[], chrome: Set<string>): Promise<Result<CleanDocument>[]> {
  const outcomes = await pool.run("clean", docs, [...chrome]);
  // The task leaves `raw` out of what it sends back; each document gets its own original again.
  return outcomes.map((outcome, i): Outcome<CleanDocument> => (outcome.ok ? { ok: true, value: { ...outcome.value, raw: docs[i].raw } } : outcome));
}

/** Reads each document on its own; what spans documents (actors unified, surnames named) is the caller's. */
export function extractEach(pool: Pool, docs: CleanDocument[]): Promise<Result<Extraction>[]> {
  return pool.run("extract", docs, null);
}
