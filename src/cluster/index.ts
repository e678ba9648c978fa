// The cluster stage: group the reports of one real-world event, keep similar events apart.
//
// Reports arrive one at a time or in bulk. Each is reduced to light features (features.ts),
// put in an inverted index, and linked to its best candidates (found through shared rare
// terms, names and places, never by comparing all pairs). A new report joins the cluster it is
// closest to on average, or starts one. Every time the collection has grown by half (and
// whenever `clusters()` is asked after new reports), a re-check recomputes the candidate links
// with the current document frequencies and re-runs average-link agglomeration over the sparse
// graph: clusters whose members have converged merge, and a cluster whose members fall into two
// groups splits. Lineage links (copies) always stay together.
import type { CleanDocument, Cluster, Link } from "../types.ts";
import { averageLink, type Graph } from "./average-link.ts";
import { ChromeModel, maskSpans } from "./chrome.ts";
import { describeCluster, type ClusterContext } from "./evidence.ts";
import { eventIdOf } from "./event-id.ts";
import { describeIncident, lowerCaseWords, settlePeople } from "./incident.ts";
import { extractFeatures, type DocumentFeatures } from "./features.ts";
import { DEFAULT_SPLIT, splitCluster, type SplitOptions } from "./split.ts";
import { FeatureStats, similarity, vectorsOf, type DocumentVectors, type SimilarityWeights } from "./similarity.ts";
import { appendAll } from "../arrays.ts";

export interface ClusterOptions {
  /** Average similarity at or above which two clusters are one event. */
  threshold?: number;
  /** Channel weights and the date rule (see similarity.ts). */
  weights?: Partial<SimilarityWeights>;
  /** When a cluster is cut in two (see split.ts). */
  split?: Partial<SplitOptions>;
  /** Clusters this small may join the cluster they link to best ... */
  strayMaxSize?: number;
  /** ... when that average link reaches this share of `threshold`. */
  strayFactor?: number;
  /** How many candidate reports each report is compared with. */
  candidates?: number;
  /** How many of a report's strongest features are used to find candidates. */
  blockingKeys?: number;
}

export const DEFAULT_WEIGHTS: SimilarityWeights = {
  terms: 0.5,
  names: 0.35,
  places: 0.15,
  lead: 0.3,
  when: 0.2,
  dayWindow: 120,
  datePenalty: 0.6,
  contextGate: 0.1,
};

/** A re-check runs when the collection has grown by this factor since the last one. */
const RECHECK_GROWTH = 1.5;

const DEFAULTS = { strayMaxSize: 3, strayFactor: 0.5, threshold: 0.12, candidates: 40, blockingKeys: 25 };

export class EventClusterer {
  private readonly threshold: number;
  private readonly weights: SimilarityWeights;
  private readonly candidateCount: number;
  private readonly blockingKeys: number;
  private readonly split: SplitOptions;
  private readonly strayMaxSize: number;
  private readonly strayFactor: number;
  private stats = new FeatureStats();
  private readonly features: DocumentFeatures[] = [];
  /** Chrome learned across the collection, and for each report the chrome its features left out. */
  private readonly chrome = new ChromeModel();
  private readonly documents: CleanDocument[] = [];
  private readonly maskedChrome: string[] = [];
  /** Words the collection writes in lower case: a name made of them is not a person's (incident.ts). */
  private readonly commonWords = new Set<string>();
  private readonly indexOf = new Map<string, number>();
  private vectors: DocumentVectors[] = [];
  private readonly postings = new Map<string, number[]>();
  private graph: Graph = new Map();
  private readonly mustLink: [number, number][] = [];
  private pendingLinks: Link[] = [];
  /** Current assignment: node -> cluster key; clusters as member lists. */
  private groups: number[][] = [];
  private groupOf: number[] = [];
  private checkedAt = 0;
  private dirty = false;

  constructor(options: ClusterOptions = {}) {
    this.threshold = options.threshold ?? DEFAULTS.threshold;
    this.weights = { ...DEFAULT_WEIGHTS, ...options.weights };
    this.candidateCount = options.candidates ?? DEFAULTS.candidates;
    this.blockingKeys = options.blockingKeys ?? DEFAULTS.blockingKeys;
    this.split = { ...DEFAULT_SPLIT, ...options.split };
    this.strayMaxSize = options.strayMaxSize ?? DEFAULTS.strayMaxSize;
    this.strayFactor = options.strayFactor ?? DEFAULTS.strayFactor;
  }

  /** Add reports one at a time or in bulk, in any order; `links` are lineage links (copies must stay together). */
  add(docs: CleanDocument[], links: Link[] = []): void {
    // The whole batch teaches chrome before any of it is reduced to features.
    const batch = new Set<string>();
    const fresh = docs.filter((doc) => !this.indexOf.has(doc.id) && !batch.has(doc.id) && batch.add(doc.id));
    for (const doc of fresh) {
      this.documents[this.chrome.add(doc.text)] = doc;
      for (const word of lowerCaseWords(doc.text)) this.commonWords.add(word);
    }
    // A batch that ends in a re-check (every batch clustered at once does) gets its vectors,
    // postings, edges and groups rebuilt there from scratch: linking and assigning each report
    // on the way in would be thrown away, and cost as much as the re-check's own pass.
    const total = this.features.length + fresh.length;
    const rechecking = total >= 8 && total >= this.checkedAt * RECHECK_GROWTH;
    for (const doc of fresh) {
      const node = this.features.length;
      const f = this.featuresOf(node, doc);
      this.features.push(f);
      this.indexOf.set(doc.id, node);
      this.stats.count(f);
      this.dirty = true;
      if (rechecking) continue;
      const v = vectorsOf(f, this.stats);
      this.vectors.push(v);
      this.connect(node);
      for (const key of [...v.terms.keys(), ...v.names.keys(), ...v.places.keys()]) {
        const list = this.postings.get(key);
        if (list) list.push(node);
        else this.postings.set(key, [node]);
      }
      this.assign(node);
    }
    appendAll(this.pendingLinks, links);
    this.resolveLinks();
    // Periodic re-check, amortised: each one after the collection grew by half.
    if (this.features.length >= 8 && this.features.length >= this.checkedAt * RECHECK_GROWTH) this.recheck();
  }

  clusters(): Cluster[] {
    if (this.dirty) this.recheck();
    const familyOfNode = new Map<number, number>();
    for (const [family, group] of linkGroups(this.features.length, this.mustLink).entries()) for (const node of group) familyOfNode.set(node, family);
    const context: ClusterContext = {
      familyOf: (id) => { const node = this.indexOf.get(id)!; return String(familyOfNode.has(node) ? `f${familyOfNode.get(node)}` : id); },
      textOf: (id) => this.documents[this.indexOf.get(id)!]?.text ?? "",
    };
    return this.groups
      .filter((g) => g.length > 0)
      .map((members) => members.map((n) => this.features[n]))
      .sort((a, b) => b.length - a.length || a[0].id.localeCompare(b[0].id))
      .map((members) => ({
        id: eventIdOf(members.map((f) => this.documents[this.indexOf.get(f.id)!])),
        documents: members.map((f) => f.id),
        evidence: describeCluster(members, this.stats, this.commonWords, context),
      }));
  }

  /** Features of a report with the chrome known so far left out. */
  private featuresOf(node: number, doc: CleanDocument): DocumentFeatures {
    const spans = this.chrome.spansOf(node, doc.text);
    this.maskedChrome[node] = spans.map((s) => `${s.start}-${s.end}`).join(",");
    const masked = { ...doc, text: maskSpans(doc.text, spans) };
    const features = extractFeatures(masked);
    features.incident = describeIncident(masked, features, features.eventDayStated);
    settlePeople(features.incident, this.commonWords);
    return features;
  }

  /** Chrome learned since a report was reduced to features: its features are taken again. */
  private refreshChrome(): void {
    let changed = false;
    this.documents.forEach((doc, node) => {
      const spans = this.chrome.spansOf(node, doc.text);
      if (spans.map((s) => `${s.start}-${s.end}`).join(",") === this.maskedChrome[node]) return;
      this.features[node] = this.featuresOf(node, doc);
      changed = true;
    });
    if (!changed) return;
    this.stats = new FeatureStats();
    for (const f of this.features) this.stats.count(f);
  }

  /** Link a new node to its best candidates found through the inverted index. */
  private connect(node: number): void {
    const v = this.vectors[node];
    const keys = [...v.terms, ...v.names, ...v.places].sort((a, b) => b[1] - a[1]).slice(0, this.blockingKeys);
    const votes = new Map<number, number>();
    const common = Math.max(50, this.features.length * 0.2);
    for (const [key, w] of keys) {
      const list = this.postings.get(key);
      if (!list || list.length > common) continue; // too common to tell events apart
      for (const other of list) if (other !== node) votes.set(other, (votes.get(other) ?? 0) + w);
    }
    const candidates = [...votes].sort((a, b) => b[1] - a[1]).slice(0, this.candidateCount);
    for (const [other] of candidates) {
      const s = similarity(v, this.vectors[other], this.weights);
      if (s > 0.02) this.setEdge(node, other, s);
    }
  }

  private setEdge(a: number, b: number, s: number): void {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ]) {
      let m = this.graph.get(x);
      if (!m) this.graph.set(x, (m = new Map()));
      m.set(y, Math.max(s, m.get(y) ?? 0));
    }
  }

  /** Streaming assignment: join the cluster with the best average link, or start a new one. */
  private assign(node: number): void {
    const sums = new Map<number, number>();
    for (const [other, s] of this.graph.get(node) ?? []) {
      const g = this.groupOf[other];
      if (g !== undefined) sums.set(g, (sums.get(g) ?? 0) + s);
    }
    let best = -1;
    let bestScore = this.threshold;
    for (const [g, sum] of sums) {
      const score = sum / this.groups[g].length;
      if (score >= bestScore) [best, bestScore] = [g, score];
    }
    if (best === -1) {
      best = this.groups.length;
      this.groups.push([]);
    }
    this.groups[best].push(node);
    this.groupOf[node] = best;
  }

  private resolveLinks(): void {
    const waiting: Link[] = [];
    for (const link of this.pendingLinks) {
      const a = this.indexOf.get(link.a);
      const b = this.indexOf.get(link.b);
      if (a === undefined || b === undefined) waiting.push(link);
      else {
        this.mustLink.push([a, b]);
        this.setEdge(a, b, 1);
        this.dirty = true;
      }
    }
    this.pendingLinks = waiting;
  }

  /**
   * A report left alone (or in a pair) by average link is often a short or oddly angled report
   * of an event that does have a cluster: it joins the cluster it links to best, at a lower bar.
   */
  private attachStrays(groups: number[][]): number[][] {
    const groupOf: number[] = [];
    groups.forEach((g, i) => g.forEach((n) => (groupOf[n] = i)));
    const result = groups.map((g) => [...g]);
    groups.forEach((g, i) => {
      if (g.length > this.strayMaxSize) return;
      const sums = new Map<number, number>();
      for (const n of g)
        for (const [other, s] of this.graph.get(n) ?? []) {
          const target = groupOf[other];
          if (target !== i && groups[target].length > g.length) sums.set(target, (sums.get(target) ?? 0) + s);
        }
      let best = -1;
      let bestScore = this.threshold * this.strayFactor;
      for (const [target, sum] of sums) {
        const score = sum / (g.length * groups[target].length);
        if (score >= bestScore) [best, bestScore] = [target, score];
      }
      if (best === -1) return;
      appendAll(result[best], g);
      result[i] = [];
    });
    return result.filter((g) => g.length > 0);
  }

  /** Recompute vectors and candidate links with current statistics, then re-cluster: merges and splits. */
  private recheck(): void {
    this.refreshChrome();
    for (const f of this.features) if (f.incident) settlePeople(f.incident, this.commonWords);
    this.vectors = this.features.map((f) => vectorsOf(f, this.stats));
    this.postings.clear();
    this.graph = new Map();
    this.vectors.forEach((v, node) => {
      for (const key of [...v.terms.keys(), ...v.names.keys(), ...v.places.keys()]) {
        const list = this.postings.get(key);
        if (list) list.push(node);
        else this.postings.set(key, [node]);
      }
    });
    for (let node = 0; node < this.vectors.length; node++) this.connect(node);
    for (const [a, b] of this.mustLink) this.setEdge(a, b, 1);
    const linked = linkGroups(this.features.length, this.mustLink);
    const merged = averageLink(this.features.length, this.graph, this.threshold, linked, this.candidateCount / 2);
    const groups: number[][] = [];
    const pairsFrom = pairsByFirst(this.mustLink);
    for (const g of merged) {
      const parts = splitCluster(g.map((n) => this.features[n]), this.stats, this.weights, this.split).map((p) => p.map((i) => g[i]));
      appendAll(groups, rejoinLinked(parts, this.mustLink, pairsFrom));
    }
    this.groups = this.attachStrays(groups);
    // Indexed by the groups kept (strays attached, empty ones dropped), which the next add reads.
    this.groupOf = [];
    this.groups.forEach((g, i) => g.forEach((n) => (this.groupOf[n] = i)));
    this.checkedAt = this.features.length;
    this.dirty = false;
  }
}

/** The positions in `pairs` of the pairs each report is first in. */
function pairsByFirst(pairs: [number, number][]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  pairs.forEach(([a], k) => {
    const list = out.get(a);
    if (list) list.push(k);
    else out.set(a, [k]);
  });
  return out;
}

/** Parts of a split that hold two copies of one report go back together. */
function rejoinLinked(parts: number[][], pairs: [number, number][], pairsFrom: Map<number, number[]>): number[][] {
  if (parts.length < 2 || pairs.length === 0) return parts;
  const partOf = new Map<number, number>();
  parts.forEach((p, i) => p.forEach((n) => partOf.set(n, i)));
  // Only pairs starting in these parts can join them: found through the index, in their order,
  // instead of reading every must-link pair of the run for every event split.
  const within = parts.flat().flatMap((n) => pairsFrom.get(n) ?? []).sort((x, y) => x - y);
  const joined = linkGroups(parts.length, within.flatMap((k): [number, number][] => {
    const [a, b] = pairs[k];
    const pa = partOf.get(a);
    const pb = partOf.get(b);
    return pa !== undefined && pb !== undefined && pa !== pb ? [[pa, pb]] : [];
  }));
  const used = new Set(joined.flat());
  return [...joined.map((g) => g.flatMap((i) => parts[i])), ...parts.filter((_, i) => !used.has(i))];
}

/** Connected components of the must-link pairs (only groups of two or more). */
function linkGroups(n: number, pairs: [number, number][]): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (const [a, b] of pairs) parent[find(a)] = find(b);
  // Members kept in a Set per group (in order of first appearance): a list's `includes` made a
  // group of thousands of copies quadratic to gather.
  const groups = new Map<number, Set<number>>();
  for (const [a, b] of pairs)
    for (const x of [a, b]) {
      const r = find(x);
      const g = groups.get(r) ?? new Set<number>();
      g.add(x);
      groups.set(r, g);
    }
  return [...groups.values()].map((g) => [...g]);
}

/** Cluster a whole set of reports at once. */
export function clusterDocuments(docs: CleanDocument[], links: Link[], options?: ClusterOptions): Cluster[] {
  const clusterer = new EventClusterer(options);
  clusterer.add(docs, links);
  return clusterer.clusters();
}
