// Builds CleanDocuments from plain text files for tests and the benchmark, until the
// pipeline (ingest + clean) is wired: id = file name up to the first dot, text = raw,
// toRaw = identity, published from a " date YYYY-MM-DD " header, a dated URL or a short
// date line near the top, else null.
import * as chrono from "chrono-node";
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { CleanDocument, Span } from "../types.ts";

function publishedFrom(raw: string): string | null {
  const header = /^\s*date (\d{4}-\d{2}-\d{2})\b/.exec(raw);
  if (header) return header[1];
  const lines = raw.split("\n").map((l) => l.trim()).filter(Boolean).slice(0, 4);
  for (const line of lines) {
    const url = /^https?:\/\/\S*?\/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:\/|[^\d])/.exec(line);
    if (url) return `${url[1]}-${url[2]}-${url[3]}`;
  }
  for (const line of lines) {
    if (line.length > 60 || /^https?:/.test(line)) continue;
    const [r] = chrono.parse(line.replace(/(\d),(\d{4})/, "$1, $2"));
    if (r && /\b(19|20)\d\d\b/.test(r.text) && r.start.isCertain("year") && r.start.isCertain("month") && r.start.isCertain("day")) {
      const y = r.start.get("year") ?? 0;
      const m = r.start.get("month") ?? 0;
      const d = r.start.get("day") ?? 0;
      return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    }
  }
  return null;
}

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
