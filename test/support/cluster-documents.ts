// Builds CleanDocuments from plain text files for tests and the benchmark, until the
// pipeline (ingest + clean) is wired: id = file name up to the first dot, text = raw,
// toRaw = identity, published from a " date YYYY-MM-DD " header, a dated URL or a short
// date line near the top, else null.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { cleanDocumentFromText } from "./documents.ts";
import { publishedFrom } from "../../src/clean/text-published.ts";
import type { CleanDocument } from "../../src/types.ts";

export function documentFromText(id: string, raw: string, source = id): CleanDocument {
  return cleanDocumentFromText(id, raw, { source, paragraphs: "blank-lines", meta: { published: publishedFrom(raw) } });
}

/** Every .txt file of a folder as a CleanDocument, sorted by file name. */
export function documentsFromFolder(folder: string): CleanDocument[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => documentFromText(basename(f).split(".")[0], readFileSync(join(folder, f), "utf8"), join(folder, f)));
}
