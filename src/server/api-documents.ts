// POST /api/documents: one article in the JSONL shape, checked field by field, so that a bad
// request is told exactly what is wrong instead of being stored half-right.
import { contentId, makeDocument } from "../ingest/index.ts";
import type { GivenMetadata, SourceDocument } from "../types.ts";

/** The largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
const MAX_ID_LENGTH = 200;
const OPTIONAL_STRINGS = ["url", "outlet", "title"] as const;

export type ParsedDocument = { document: SourceDocument; error?: undefined } | { document?: undefined; error: string };

/** A request body's text to a SourceDocument, or the reason it cannot be one. */
export function documentFromBody(text: string): ParsedDocument {
  let item: unknown;
  try {
    item = JSON.parse(text);
  } catch (error) {
    return { error: `the body is not valid JSON (${(error as Error).message})` };
  }
  if (typeof item !== "object" || item === null || Array.isArray(item)) {
    return { error: 'the body must be one JSON object: {"id", "text" or "html", "url", "published", "outlet", "title"}' };
  }
  const fields = item as Record<string, unknown>;
  const html = fields.html;
  const body = fields.text;
  if (html !== undefined && typeof html !== "string") return { error: '"html" must be a string' };
  if (body !== undefined && typeof body !== "string") return { error: '"text" must be a string' };
  const raw = typeof html === "string" ? html : body;
  if (typeof raw !== "string") return { error: 'a "text" or "html" field is required' };
  if (!raw.trim()) return { error: `"${typeof html === "string" ? "html" : "text"}" is empty` };

  let id: string;
  if (fields.id === undefined || fields.id === null) id = contentId(raw);
  else if (typeof fields.id === "number" && Number.isFinite(fields.id)) id = String(fields.id);
  else if (typeof fields.id === "string" && fields.id.trim()) id = fields.id.trim();
  else return { error: '"id" must be a non-empty string or a number' };
  if (id.length > MAX_ID_LENGTH) return { error: `"id" is longer than ${MAX_ID_LENGTH} characters` };

  const given: GivenMetadata = {};
  for (const key of OPTIONAL_STRINGS) {
    const value = fields[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== "string") return { error: `"${key}" must be a string` };
    if (value.trim()) given[key] = value.trim();
  }
  if (given.url && !/^https?:\/\/\S+$/i.test(given.url)) return { error: '"url" must be an http:// or https:// URL' };
  const published = fields.published;
  if (published !== undefined && published !== null) {
    if (typeof published !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(published.trim()) || Number.isNaN(Date.parse(published.trim().slice(0, 10)))) {
      return { error: '"published" must be a date written YYYY-MM-DD (a time may follow)' };
    }
    given.published = published.trim().slice(0, 10);
  }
  const source = given.url ?? `api#${id}`;
  return { document: makeDocument(id, source, raw, typeof html === "string" ? "html" : "text", given) };
}
