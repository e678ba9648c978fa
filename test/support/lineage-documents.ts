// Test and bench helper: a CleanDocument straight from a plain-text file, as the clean stage
// would hand it over if it removed nothing but a leading ` date YYYY-MM-DD ` header or URL line.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CleanDocument, Span } from "../../src/types.ts";

const HEADER = /^(?: date (\d{4}-\d{2}-\d{2}) |https?:\/\/\S+\s*)/;

export function cleanDocumentFrom(id: string, raw: string, published: string | null = null): CleanDocument {
  const header = HEADER.exec(raw);
  const offset = header ? header[0].length : 0;
  const text = raw.slice(offset);
  const toRaw = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) toRaw[i] = i + offset;
  const paragraphs: Span[] = [];
  for (const match of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g)) {
    if (match[0].trim()) paragraphs.push({ start: match.index, end: match.index + match[0].length });
  }
  return {
    id,
    source: id,
    raw,
    format: "text",
    given: {},
    messages: [],
    text,
    toRaw,
    paragraphs,
    removed: [],
    meta: { title: null, outlet: null, wire: null, dateline: null, published: header?.[1] ?? published, language: "en" },
  };
}

/** Every .txt file of a folder, id = file name without extension. */
export function readFolder(folder: string): CleanDocument[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => cleanDocumentFrom(name.replace(/\.txt$/, ""), readFileSync(join(folder, name), "utf8")));
}
