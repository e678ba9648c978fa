// When new text from a stored document's source is its new version: the source is the same
// (compared as resolved, sourceKey) and lineage links the new text to the old (versionLink).
// Otherwise the store keeps it as a document of its own, saying why. Every writer (`ingest`,
// `watch`, the server's POST) stores through these options.
import { sourceKey } from "../ingest/index.ts";
import { versionLink } from "../pipeline.ts";
import type { PutDocumentsOptions, StoredDocument, VersionVerdict } from "../store/index.ts";
import type { SourceDocument } from "../types.ts";

/** How a version's note gives its count, for `watch`'s "(N sentences changed)" (changes.ts reads it back). */
export const SENTENCES_CHANGED = /: (\d+) sentences? changed/;

export async function versionVerdict(older: StoredDocument, newer: SourceDocument): Promise<VersionVerdict> {
  const link = await versionLink(older, newer);
  if (!link) return { isVersion: false, reason: `the new text from ${newer.source} is not a version of ${older.id} (lineage finds no story the two share)` };
  const changed = `${link.sentencesChanged} sentence${link.sentencesChanged === 1 ? "" : "s"} changed`;
  const how = link.relation === "words" ? "most of its words kept" : `lineage: ${link.relation}`;
  return { isVersion: true, message: { stage: "ingest", rule: "new-version", reason: `version ${older.version + 1} of ${older.id}: ${changed} (${how})` } };
}

/** The options every writer stores documents with. */
export function versionedPut(options: PutDocumentsOptions = {}): PutDocumentsOptions {
  return { ...options, sourceKey: (doc) => sourceKey(doc.source), isVersion: versionVerdict };
}
