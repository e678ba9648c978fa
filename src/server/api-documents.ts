// POST /api/documents: one article in the JSONL shape, read by ingest's record parser (the
// same rules as a JSONL line), so that a bad request is told exactly what is wrong instead of
// being stored half-right: here a bad optional field refuses the request, where a JSONL line
// would keep its article without the field.
import { makeDocument, parseArticleRecord } from "../ingest/index.ts";
import type { SourceDocument } from "../types.ts";

/** The largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export type ParsedDocument = { document: SourceDocument; error?: undefined } | { document?: undefined; error: string };

/** A request body's text to a SourceDocument, or the reason it cannot be one. */
export function documentFromBody(text: string): ParsedDocument {
  const parsed = parseArticleRecord(text);
  // "not valid JSON", "not one JSON object" say what the body is; the others name a field.
  if (parsed.error !== undefined) return { error: parsed.error.startsWith("not ") ? `the body is ${parsed.error}` : parsed.error };
  const { id, raw, format, given, fieldProblems } = parsed.record;
  if (fieldProblems.length) return { error: fieldProblems[0] };
  return { document: makeDocument(id, given.url ?? `api#${id}`, raw, format, given) };
}
