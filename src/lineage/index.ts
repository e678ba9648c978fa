// Lineage: which reports are copies, updated versions or rewrites of one another, and what
// changed; and which reports repeat themselves. Never compares all pairs: two LSH channels
// propose candidates (MinHash of word 5-shingles for copies and versions; MinHash of each
// sentence's content-word stems for rewrites), and each candidate is verified exactly. The
// work is kept in a LineageIndex (lineage-index.ts), which takes reports in as they come;
// findLineage is one index filled once.
import type { CleanDocument, Family, Link, Message } from "../types.ts";
import { LineageIndex } from "./lineage-index.ts";

export { familiesOf } from "./families.ts";
export { LineageIndex, type LineageChange, type LineageIndexOptions } from "./lineage-index.ts";
export { verifyPair, viewOf } from "./verify.ts";

export interface LineageResult {
  links: Link[];
  /** The sources the links make: linked reports grouped, ordered where known. */
  families: Family[];
  /** Per document id: repetition found inside it. */
  messages: Map<string, Message[]>;
}

export interface LineageOptions {
  /** Also propose pairs through sentence signatures, which finds rewrites (default true). */
  rewrites?: boolean;
  /** Filled in with counts, for benchmarks. */
  stats?: LineageStats;
}

export interface LineageStats {
  shingleCandidates: number;
  sentenceCandidates: number;
  verified: number;
  linked: number;
}

export async function findLineage(docs: CleanDocument[], options: LineageOptions = {}): Promise<LineageResult> {
  const index = new LineageIndex({ rewrites: options.rewrites });
  await index.add(docs);
  const links = index.allLinks();
  if (options.stats) {
    const candidates = index.candidateCounts();
    options.stats.shingleCandidates = candidates.shingles;
    options.stats.sentenceCandidates = candidates.sentences;
    options.stats.verified = candidates.shingles + candidates.sentences;
    options.stats.linked = links.length;
  }
  return { links, families: index.families(), messages: index.messages() };
}
