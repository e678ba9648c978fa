// Ingest: paths, folders, standard input, gzip, JSONL and feeds in; SourceDocuments out, each
// holding its original text untouched. An input that cannot be read becomes a Problem naming
// it and the reason; it never stops the others.
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { idForSource } from "../text/ids.ts";
import type { InputMessage, Message, Problem, SourceDocument } from "../types.ts";
import { oversizeReason } from "./budget.ts";
import { decodeBytes, looksBinary } from "./charset.ts";
import { contentId, makeDocument } from "./documents.ts";
import { itemDateMessage, parseFeed } from "./feed.ts";
import { readGivenDate } from "./given-dates.ts";
import { isJsonFeed, parseJsonFeed } from "./json-feed.ts";
import { parseArticleRecord } from "./records.ts";
import { Fetcher } from "./fetch.ts";
import { isUrl, readUrl } from "./remote.ts";
import { decodeWide, wideBom } from "./unicode-bom.ts";
import { appendAll } from "../arrays.ts";

export { contentId, makeDocument } from "./documents.ts";
export { Fetcher, USER_AGENT, type FetchOptions, type Validators, type ValidatorStore } from "./fetch.ts";
export { HostQueue, type PolitenessOptions } from "./politeness.ts";
export { isUrl, urlId } from "./remote.ts";
export { MAX_RECORD_ID_LENGTH, parseArticleRecord, type ArticleRecord, type ParsedRecord } from "./records.ts";
export { MAX_DOCUMENT_CHARS, oversizeReason } from "./budget.ts";
export { sourceKey } from "./source-key.ts";

export interface IngestResult {
  documents: SourceDocument[];
  problems: Problem[];
  /** Files a folder walk passed over because they are not article formats (data, images, code). */
  skipped: InputMessage[];
}

export interface IngestOptions {
  /** Where `-` reads from; process.stdin by default. */
  stdin?: AsyncIterable<Buffer | string>;
  /** Called once per input file read, for progress on long runs. */
  onFile?: (source: string) => void;
  /** Reads http(s) inputs (pages and feeds); a default one is made when a URL arrives without it. */
  fetcher?: Fetcher;
  /** Reads each feed item's link for the full text. */
  fetchItems?: boolean;
}

const TEXT_EXTENSIONS = /\.(txt|text|md)$/i;
const HTML_EXTENSIONS = /\.(html?|xhtml)$/i;
const FEED_EXTENSIONS = /\.(xml|rss|atom)$/i;
/** Files a folder walk passes over: formats that never hold an article. */
const NOT_ARTICLES = /\.(json|csv|tsv|ya?ml|toml|lock|png|jpe?g|gif|webp|svg|ico|pdf|zip|tar|tgz|js|mjs|cjs|ts|py|css|map|sqlite|db)$/i;
const JSONL_EXTENSIONS = /\.(jsonl|ndjson)$/i;

export async function readInputs(paths: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const result: IngestResult = { documents: [], problems: [], skipped: [] };
  let fetcher = options.fetcher;
  for (const path of paths) {
    if (path === "-") {
      const bytes = await readAll(options.stdin ?? process.stdin);
      options.onFile?.("-");
      await addBytes(result, "-", bytes, null);
      continue;
    }
    if (isUrl(path)) {
      fetcher ??= new Fetcher();
      options.onFile?.(path);
      const read = await readUrl(path, { fetcher, fetchItems: options.fetchItems });
      result.documents.push(...read.documents);
      result.problems.push(...read.problems);
      result.skipped.push(...read.skipped);
      continue;
    }
    for (const file of await expand(path, result)) {
      options.onFile?.(file);
      let bytes: Uint8Array;
      try {
        bytes = await readFile(file);
      } catch (error) {
        result.problems.push(problem(file, "unreadable", readFailure(error)));
        continue;
      }
      await addBytes(result, file, bytes, basename(file));
    }
  }
  const withinBudget = result.documents.filter((doc) => {
    const oversize = oversizeReason(doc.raw);
    if (oversize) result.problems.push(problem(doc.source, "too-large", oversize));
    return !oversize;
  });
  return { ...result, documents: disambiguateIds(withinBudget) };
}

/** A path to the files it names: a file itself, a folder's files recursively in name order. */
async function expand(path: string, result: IngestResult, walking = false, folders = new Set<string>()): Promise<string[]> {
  const problems = result.problems;
  let info;
  try {
    // stat follows symbolic links: a linked file or folder is read like any other.
    info = await stat(path);
  } catch (error) {
    const broken = walking && (error as NodeJS.ErrnoException).code === "ENOENT";
    problems.push(problem(path, broken ? "broken-link" : "unreadable", broken ? "broken symbolic link: its target does not exist" : readFailure(error)));
    return [];
  }
  if (info.isFile()) {
    if (walking && NOT_ARTICLES.test(path.replace(/\.gz$/i, ""))) {
      result.skipped.push({ stage: "ingest", rule: "not-an-article", source: path, reason: "not an article format (data, image or code file)" });
      return [];
    }
    return [path];
  }
  if (!info.isDirectory()) {
    problems.push(problem(path, "not-a-file", "not a regular file or folder"));
    return [];
  }
  // A folder met again through a link (a link to its own parent) would be walked forever.
  const real = await realpath(path);
  if (folders.has(real)) {
    problems.push(problem(path, "link-loop", "symbolic link loop: this folder was already read on the way here"));
    return [];
  }
  folders = new Set(folders).add(real);
  const entries = (await readdir(path, { withFileTypes: true })).filter((e) => !e.name.startsWith("."));
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    const child = join(path, entry.name);
    if (entry.isDirectory() || entry.isFile() || entry.isSymbolicLink()) appendAll(files, await expand(child, result, true, folders));
  }
  if (!files.length && !entries.length) problems.push(problem(path, "empty-folder", "empty folder: no files to read"));
  return files;
}

async function addBytes(result: IngestResult, source: string, input: Uint8Array, fileName: string | null): Promise<void> {
  let bytes = input;
  let name = fileName ?? "";
  if (name.toLowerCase().endsWith(".gz") || (bytes[0] === 0x1f && bytes[1] === 0x8b)) {
    try {
      bytes = gunzipSync(bytes);
    } catch (error) {
      result.problems.push(problem(source, "bad-gzip", `not a readable gzip file (${(error as Error).message})`));
      return;
    }
    name = name.replace(/\.gz$/i, "");
  }
  const wide = wideBom(bytes);
  const text = wide ? decodeWide(bytes, wide) : null;
  if (bytes.length === 0 || !/\S/.test(text?.slice(0, 4096) ?? new TextDecoder().decode(bytes.subarray(0, 4096)))) {
    result.problems.push(problem(source, "empty-file", "empty file: no text to read"));
    return;
  }
  if (text === null && looksBinary(bytes)) {
    result.problems.push(problem(source, "binary-file", "binary file: not text, HTML, JSONL or a feed"));
    return;
  }
  await addText(result, source, text ?? decodeBytes(bytes), name, fileName);
}

async function addText(result: IngestResult, source: string, text: string, name: string, fileName: string | null): Promise<void> {
  const id = fileName ? fileName.split(".")[0] || contentId(text) : contentId(text);
  const kind = sniff(name, text);
  if (kind === "jsonl") readJsonl(result, source, text);
  else if (kind === "feed") await readFeed(result, source, text);
  else result.documents.push(makeDocument(id, source, text, kind, {}));
}

function sniff(name: string, text: string): "text" | "html" | "jsonl" | "feed" {
  if (JSONL_EXTENSIONS.test(name)) return "jsonl";
  if (FEED_EXTENSIONS.test(name)) return "feed";
  if (HTML_EXTENSIONS.test(name)) return "html";
  if (TEXT_EXTENSIONS.test(name)) return "text";
  const head = text.slice(0, 1024).trimStart();
  if (/^(<\?xml[^>]*>\s*)?<(rss|feed)\b/i.test(head)) return "feed";
  if (/^(<!doctype html|<html|<head|<body)/i.test(head)) return "html";
  if (isJsonFeed(text)) return "feed";
  if (head.startsWith("{") && /^\{.*\}\s*$/m.test(head.split("\n")[0])) return "jsonl";
  return "text";
}

/** One article a line; a line that is no usable record is a problem naming `file:line`. */
function readJsonl(result: IngestResult, source: string, text: string): void {
  text.split("\n").forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${source}:${index + 1}`;
    const parsed = parseArticleRecord(line);
    if (parsed.error !== undefined) {
      result.problems.push(problem(where, "bad-record", parsed.error));
      return;
    }
    const { id, raw, format, given, fieldProblems } = parsed.record;
    const document = makeDocument(id, `${source}#${id}`, raw, format, given);
    const messages = fieldProblems.map((reason): Message => ({ stage: "ingest", rule: "record-field", reason: `${reason}; the field is left out` }));
    result.documents.push(messages.length ? { ...document, messages: [...document.messages, ...messages] } : document);
  });
}

async function readFeed(result: IngestResult, source: string, text: string): Promise<void> {
  const { items, error, truncated } = isJsonFeed(text) ? parseJsonFeed(text) : await parseFeed(text);
  if (error) {
    result.problems.push(problem(source, "bad-feed", error));
    return;
  }
  if (truncated) result.problems.push(problem(source, "truncated-feed", truncated));
  for (const item of items) {
    if (!item.body.trim()) {
      result.problems.push(problem(`${source}#${item.id}`, "empty-feed-item", "feed item has no content"));
      continue;
    }
    const doc = makeDocument(item.id, `${source}#${item.id}`, item.body, item.html ? "html" : "text", item.given);
    const dateMessage = itemDateMessage(item);
    result.documents.push(dateMessage ? { ...doc, messages: [...doc.messages, dateMessage] } : doc);
  }
}

/**
 * Two inputs of one run with one id (report.txt in two folders): the later one's id gets its
 * source's tag, which is the same on every run, so separate runs agree on who is who.
 */
function disambiguateIds(documents: SourceDocument[]): SourceDocument[] {
  const taken = new Set<string>();
  return documents.map((doc) => {
    if (!taken.has(doc.id)) {
      taken.add(doc.id);
      return doc;
    }
    let id = idForSource(doc.id, doc.source);
    for (let n = 2; taken.has(id); n++) id = `${doc.id}-${n}`;
    taken.add(id);
    const message: Message = { stage: "ingest", rule: "duplicate-id", reason: `id ${doc.id} was already taken by another input; this input is ${id}` };
    return { ...doc, id, messages: [...doc.messages, message] };
  });
}

/** An input that could not be read: a fatal ingest message naming it. */
function problem(source: string, rule: string, reason: string): Problem {
  return { stage: "ingest", rule, reason, source, fatal: true };
}

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES") return "permission denied";
  if (code === "EISDIR") return "is a folder";
  return (error as Error).message;
}
