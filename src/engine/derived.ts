// What one document gives on its own, derived once: the cleaned document and its own
// extraction, with what the derivation read of other documents (the chrome it asked about).
// Kept in memory by the engine and in the store's `derived` table (migration 4), so that a
// run cleans and reads only documents that are new or whose inputs changed.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { cleanDocument } from "../clean/index.ts";
import { featuresToStore, type StoredFeatures } from "../cluster/index.ts";
import { extractDocument } from "../extract/index.ts";
import { oversizeReason } from "../ingest/index.ts";
import { hash53 } from "../text/hash.ts";
import type { DerivedRecord } from "../store/index.ts";
import type { CleanDocument, Extraction, Problem, SourceDocument } from "../types.ts";

/** A document as the engine holds it: the source, its version, and what it gave. */
export interface DerivedDocument {
  source: SourceDocument;
  /** The stored version (1 for a document given outside a store). */
  version: number;
  /** Null when the document could not be used: `problems` says why. */
  cleaned: CleanDocument | null;
  /** Its own extraction (before the set-level pass); null when not cleaned or extraction failed. */
  extraction: Extraction | null;
  /** What cost the document, or its extraction. */
  problems: Problem[];
  /** Hashes of the paragraphs cleaning looked up as chrome. */
  probes: number[];
  /** The code and the chrome it read: equal fingerprints, equal derivations. */
  fingerprint: string;
  /** Its cluster features (src/cluster/stored-features.ts), so a load does not make them again; absent when not made. */
  clusterFeatures?: StoredFeatures;
}

/**
 * Derives one document with the chrome learnt over its set. Never throws: a stage failing on
 * the document becomes a problem, as the batch pipeline records it.
 */
export function deriveDocument(source: SourceDocument, version: number, chrome: Set<string>): DerivedDocument {
  const probe = new ChromeProbe(chrome);
  const derived: DerivedDocument = { source, version, cleaned: null, extraction: null, problems: [], probes: [], fingerprint: "" };
  const finish = (): DerivedDocument => {
    derived.probes = [...probe.probes].sort((a, b) => a - b);
    derived.fingerprint = fingerprintOf(derived.probes, probe.hits);
    return derived;
  };
  const oversize = oversizeReason(source.raw);
  if (oversize) {
    derived.problems.push({ stage: "ingest", rule: "too-large", source: source.source, reason: oversize, fatal: true });
    return finish();
  }
  let cleaned: CleanDocument;
  try {
    cleaned = cleanDocument(source, source.format === "text" ? probe : new Set());
  } catch (error) {
    derived.problems.push({ stage: "clean", rule: "stage-failed", source: source.source, reason: `clean failed: ${(error as Error).message}`, fatal: true });
    return finish();
  }
  if (!cleaned.text.trim()) {
    derived.problems.push({ stage: "clean", rule: "no-text-left", source: source.source, reason: "no article text left after cleaning (only boilerplate)", fatal: true });
    return finish();
  }
  derived.cleaned = cleaned;
  try {
    derived.clusterFeatures = featuresToStore(cleaned);
  } catch {
    // Left to the clusterer, which makes them itself (and records what that costs).
  }
  try {
    derived.extraction = extractDocument(cleaned);
  } catch (error) {
    derived.problems.push({ stage: "extract", rule: "stage-failed", source: source.source, reason: `extract failed: ${(error as Error).message}`, fatal: true });
  }
  return finish();
}

/**
 * Whether a derivation still holds under the chrome learnt now: the same code, and the same
 * answer for every paragraph it looked up (compared through their hashes).
 */
export function stillHolds(probes: number[], fingerprint: string, chromeHashes: Set<number>): boolean {
  return fingerprintOf(probes, probes.filter((p) => chromeHashes.has(p))) === fingerprint;
}

/** The hashes of a chrome set, to check derivations against. */
export function hashChrome(chrome: Set<string>): Set<number> {
  const out = new Set<number>();
  for (const paragraph of chrome) out.add(hash53(paragraph));
  return out;
}

/**
 * The chrome as cleaning sees it, recording every paragraph asked about. Cleaning only ever
 * asks `has` (src/clean/text.ts); the answers are the inner set's, so the cleaning is the same.
 */
class ChromeProbe extends Set<string> {
  readonly probes = new Set<number>();
  readonly hits: number[] = [];
  constructor(private readonly inner: Set<string>) {
    super();
  }
  override has(paragraph: string): boolean {
    const hash = hash53(paragraph);
    const found = this.inner.has(paragraph);
    if (!this.probes.has(hash)) {
      this.probes.add(hash);
      if (found) this.hits.push(hash);
    }
    return found;
  }
}

function fingerprintOf(probes: number[], hits: number[]): string {
  const sorted = [...new Set(hits)].sort((a, b) => a - b);
  return `${codeFingerprint()}:${createHash("sha1").update(sorted.join(",")).digest("hex").slice(0, 16)}`;
}

/** The derivation in the store's form: source fields left out (the store has them), `toRaw` as runs. */
export function toRecord(derived: DerivedDocument): DerivedRecord {
  let cleaned = "null";
  if (derived.cleaned) {
    const { id: _id, source: _source, raw: _raw, format: _format, given: _given, bodyStart: _bodyStart, toRaw, ...rest } = derived.cleaned;
    const clusterFeatures = derived.clusterFeatures && { ...derived.clusterFeatures, code: codeFingerprint(FEATURE_CODE) };
    cleaned = JSON.stringify({ ...rest, toRaw: encodeOffsets(toRaw), problems: derived.problems, clusterFeatures });
  } else cleaned = JSON.stringify({ problems: derived.problems });
  return { id: derived.source.id, version: derived.version, fingerprint: derived.fingerprint, probes: derived.probes, cleaned, extraction: JSON.stringify(derived.extraction) };
}

/** A stored derivation back onto its source document. */
export function fromRecord(source: SourceDocument, record: DerivedRecord): DerivedDocument {
  const { problems, toRaw, clusterFeatures, ...rest } = JSON.parse(record.cleaned) as { problems: Problem[]; toRaw?: number[]; clusterFeatures?: StoredFeatures & { code: string } } & Partial<CleanDocument>;
  const cleaned = toRaw ? ({ ...source, ...rest, toRaw: decodeOffsets(toRaw) } as CleanDocument) : null;
  const extraction = JSON.parse(record.extraction) as Extraction | null;
  const derived: DerivedDocument = { source, version: record.version, cleaned, extraction, problems, probes: record.probes, fingerprint: record.fingerprint };
  // Features made by other cluster code are made again by the clusterer; the rest of the derivation still holds.
  if (clusterFeatures?.code === codeFingerprint(FEATURE_CODE)) derived.clusterFeatures = { mask: clusterFeatures.mask, features: clusterFeatures.features };
  return derived;
}

/**
 * A map to raw offsets as runs `[rawStart, length, ...]`: cleaning keeps slices of the raw
 * text, so a paragraph is one run or a few, where the array held 4 bytes a character. A
 * separator cleaning inserted is a run starting at -1 (every unit -1).
 */
export function encodeOffsets(toRaw: Int32Array): number[] {
  const runs: number[] = [];
  let i = 0;
  while (i < toRaw.length) {
    const start = toRaw[i];
    let n = 1;
    if (start < 0) while (i + n < toRaw.length && toRaw[i + n] < 0 && toRaw[i + n] === start) n++;
    else while (i + n < toRaw.length && toRaw[i + n] === start + n) n++;
    runs.push(start, n);
    i += n;
  }
  return runs;
}

export function decodeOffsets(runs: number[]): Int32Array {
  let length = 0;
  for (let k = 1; k < runs.length; k += 2) length += runs[k];
  const out = new Int32Array(length);
  let at = 0;
  for (let k = 0; k < runs.length; k += 2) {
    const [start, n] = [runs[k], runs[k + 1]];
    for (let j = 0; j < n; j++) out[at + j] = start < 0 ? start : start + j;
    at += n;
  }
  return out;
}


/** The stages a derivation runs, and the shared code under them: a change to any re-derives. */
const DERIVING_CODE = ["../clean", "../extract", "../text", "../ingest/budget"];
/** The code cluster features are made by: a change re-makes the features alone. */
const FEATURE_CODE = ["../cluster", "../text"];
const codes = new Map<string, string>();

/**
 * A hash of the code that derives documents (the sources under tsx, the compiled files in
 * dist/), read once: a stored derivation made by other rules is stale, with no version to bump.
 */
export function codeFingerprint(parts: string[] = DERIVING_CODE): string {
  const known = codes.get(parts.join("\u0000"));
  if (known !== undefined) return known;
  const hash = createHash("sha1");
  const here = fileURLToPath(new URL(".", import.meta.url));
  const files: string[] = [];
  const walk = (path: string): void => {
    let entries: string[];
    try {
      entries = readdirSync(path).sort();
    } catch {
      for (const ext of [".ts", ".js"]) {
        try {
          if (statSync(path + ext).isFile()) files.push(path + ext);
        } catch {
          // not this extension
        }
      }
      return;
    }
    for (const entry of entries) {
      const full = join(path, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|js)$/.test(entry) && !/\.test\.(ts|js)$/.test(entry)) files.push(full);
    }
  };
  for (const part of parts) walk(join(here, part));
  for (const file of files) hash.update(relative(here, file)).update("\u0000").update(readFileSync(file)).update("\u0000");
  const code = hash.digest("hex").slice(0, 12);
  codes.set(parts.join("\u0000"), code);
  return code;
}
