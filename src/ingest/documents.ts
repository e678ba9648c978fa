// A SourceDocument from an input's text, and the id of a text that comes with none: shared by
// every reader (files, JSONL records, feed items) and by the server's POST.
import { sanitiseId } from "../text/ids.ts";
import { createHash } from "node:crypto";
import type { GivenMetadata, SourceDocument } from "../types.ts";

/** The ` date YYYY-MM-DD ` header some corpora open their text files with. */
const DATE_HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/;

export function makeDocument(id: string, source: string, raw: string, format: "text" | "html", given: GivenMetadata): SourceDocument {
  const header = format === "text" ? DATE_HEADER.exec(raw) : null;
  return {
    id: sanitiseId(id) || contentId(raw),
    source,
    raw,
    format,
    given: header && !given.published ? { ...given, published: header[1] } : given,
    bodyStart: header ? header[0].length : 0,
    messages: [],
  };
}

/** A stable id for text with no file name: the first 16 hex digits of its SHA-1. */
export function contentId(text: string): string {
  return createHash("sha1").update(text).digest("hex").slice(0, 16);
}
