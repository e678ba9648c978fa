// Builds CleanDocuments from plain text files for tests and the benchmark, until the
// pipeline (ingest + clean) is wired: id = file name up to the first dot, text = raw,
// toRaw = identity, published from a " date YYYY-MM-DD " header, a dated URL or a short
// date line near the top, else null.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { CleanDocument, Span } from "../types.ts";
import { publishedFrom } from "./reference-date.ts";

export function documentFromText(id: string, raw: string, source = id): CleanDocument {
  const toRaw = new Int32Array(raw.length);
  for (let i = 0; i < raw.length; i++) toRaw[i] = i;
  const paragraphs: Span[] = [];
  for (const m of raw.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g)) {
    const start = m.index ?? 0;
    paragraphs.push({ start, end: start + m[0].length });
  }
  return {
    id,
    source,
    raw,
    format: "text",
    given: {},
    messages: [],
    text: raw,
    toRaw,
    paragraphs,
    removed: [],
    meta: { title: null, outlet: null, wire: null, dateline: null, published: publishedFrom(raw), language: "en" },
  };
}

/** Every .txt file of a folder as a CleanDocument, sorted by file name. */
export function documentsFromFolder(folder: string): CleanDocument[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => documentFromText(basename(f).split(".")[0], readFileSync(join(folder, f), "utf8"), join(folder, f)));
}
