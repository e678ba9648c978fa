// One article record, `{id?, text | html, url?, published?, outlet?, title?}`, read by the same
// rules wherever it comes from: a JSONL line or a POST /api/documents body. What makes a
// record unusable (no JSON object, no text, a bad id) is an error for both; a bad optional
// field is a field problem, which each caller handles as suits it (a request is refused so
// the client can fix it; a line of a large file keeps its article, drops the field and says
// so in a message).
import { readGivenDate } from "./given-dates.ts";
import type { GivenMetadata } from "../types.ts";
import { contentId } from "./documents.ts";

/** The longest id a record may give: ids name pages and rows, not texts. */
export const MAX_RECORD_ID_LENGTH = 200;
const OPTIONAL_STRINGS = ["url", "outlet", "title"] as const;
const RECORD_SHAPE = '{"id", "text" or "html", "url", "published", "outlet", "title"}';

export interface ArticleRecord {
  /** The record's id (a number written as a string, trimmed), else the text's content id. */
  id: string;
  raw: string;
  format: "text" | "html";
  given: GivenMetadata;
  /** Optional fields left out because they were not usable, each with the reason. */
  fieldProblems: string[];
}

export type ParsedRecord = { record: ArticleRecord; error?: undefined } | { record?: undefined; error: string };

/** One record's JSON text to an article record, or the reason it cannot be one. */
export function parseArticleRecord(json: string): ParsedRecord {
  let item: unknown;
  try {
    item = JSON.parse(json);
  } catch (error) {
    return { error: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof item !== "object" || item === null || Array.isArray(item)) return { error: `not one JSON object: ${RECORD_SHAPE}` };
  const fields = item as Record<string, unknown>;

  const { html, text } = fields;
  if (html !== undefined && typeof html !== "string") return { error: '"html" must be a string' };
  if (text !== undefined && typeof text !== "string") return { error: '"text" must be a string' };
  // html wins: a record carrying both usually has text as a plain-text rendering of it.
  const format = typeof html === "string" ? "html" : "text";
  const raw = typeof html === "string" ? html : text;
  if (typeof raw !== "string") return { error: 'a "text" or "html" field is required' };
  if (!raw.trim()) return { error: `"${format}" is empty` };

  let id: string;
  if (fields.id === undefined || fields.id === null) id = contentId(raw);
  else if (typeof fields.id === "number" && Number.isFinite(fields.id)) id = String(fields.id);
  else if (typeof fields.id === "string" && fields.id.trim()) id = fields.id.trim();
  else return { error: '"id" must be a non-empty string or a number' };
  if (id.length > MAX_RECORD_ID_LENGTH) return { error: `"id" is longer than ${MAX_RECORD_ID_LENGTH} characters` };

  const given: GivenMetadata = {};
  const fieldProblems: string[] = [];
  for (const key of OPTIONAL_STRINGS) {
    const value = fields[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== "string") fieldProblems.push(`"${key}" must be a string`);
    else if (value.trim()) given[key] = value.trim();
  }
  if (given.url && !/^https?:\/\/\S+$/i.test(given.url)) {
    fieldProblems.push('"url" must be an http:// or https:// URL');
    delete given.url;
  }
  // "date" is what several news dumps call it; "published" wins when both are there.
  const dateKey = fields.published !== undefined && fields.published !== null ? "published" : "date";
  const published = fields[dateKey];
  if (published !== undefined && published !== null) {
    const written = typeof published === "string" && /^\s*\d{4}-\d{2}-\d{2}(?:$|[T\s])/.test(published);
    // Date.parse would read "2026-02-30" as 2 March: the calendar is checked, not guessed.
    const date = written ? readGivenDate(published as string) : null;
    if (date?.date) given.published = date.date;
    else fieldProblems.push(date?.reason ? `"${dateKey}": ${date.reason}` : `"${dateKey}" must be a date written YYYY-MM-DD (a time may follow)`);
  }
  return { record: { id, raw, format, given, fieldProblems } };
}
