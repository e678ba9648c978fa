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
//
// Between re-checks the streaming assignment can be read as it stands (`clusters({ settle:
// false })`): a new report then costs its candidates, found through the posting lists, and the
// events they belong to, never a pass over every report or event; `settle()` runs the re-check
// that makes the answer what one batch over the same reports gives. A report can be taken back
// (`remove`) or given again in a new version (`replace`) without starting over.
import type { CleanDocument, Cluster, Link } from "../types.ts";
import { attachStrays, averageLink, type Graph } from "./average-link.ts";
import { ChromeModel } from "./chrome.ts";
import { describeCluster, type ClusterContext } from "./evidence.ts";
import { eventIdOf } from "./event-id.ts";
import { lowerCaseWords, settlePeople } from "./incident.ts";
import type { DocumentFeatures } from "./features.ts";
import { featuresOf, maskKey, storedFeatures, type StoredFeatures } from "./stored-features.ts";
import { DEFAULT_SPLIT, splitCluster, type SplitOptions } from "./split.ts";
import { FeatureStats, similarity, vectorsOf, type DocumentVectors, type SimilarityWeights } from "./similarity.ts";
import { appendAll, insertSorted } from "../arrays.ts";
import { linkGroups, MustLinks, pairsByFirst, rejoinLinked } from "./must-link.ts";

export { featuresToStore, type StoredFeatures } from "./stored-features.ts";

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

export interface ReadOptions {
  /**
   * Run the re-check first when reports came or went since the last one (the default): the
   * answer is then the one a batch over the same reports gives. With false, the streaming
   * assignment as it stands: cheap, and left to the growth schedule or `settle()` to correct.
   */
  settle?: boolean;
}

export class EventClusterer {
  private readonly threshold: number;
  private readonly weights: SimilarityWeights;
  private readonly candidateCount: number;
  private readonly blockingKeys: number;
  private readonly split: SplitOptions;
  private readonly strayMaxSize: number;
  private readonly strayFactor: number;
  private stats = new FeatureStats();
  /** Per node (a report's place, kept by its new versions); undefined once removed, until the re-check closes up. */
  private features: (DocumentFeatures | undefined)[] = [];
  /** Chrome learned across the collection, and for each report the chrome its features left out. */
  private readonly chrome = new ChromeModel();
  private documents: (CleanDocument | undefined)[] = [];
  private maskedChrome: string[] = [];
  /** Words the collection writes in lower case: a name made of them is not a person's (incident.ts). */
  private readonly commonWords = new Set<string>();
  /** How many reports write each of `commonWords`, so a report taken back takes its words back. */
  private readonly wordHolders = new Map<string, number>();
  private readonly indexOf = new Map<string, number>();
  private vectors: (DocumentVectors | undefined)[] = [];
  private readonly postings = new Map<string, number[]>();
  private graph: Graph = new Map();
  /** Lineage links between reports held: copies stay together. */
  private readonly links = new MustLinks();
  private pendingLinks: Link[] = [];
  /** Current assignment: node -> cluster key; clusters as member lists (emptied ones stay until the re-check). */
  private groups: number[][] = [];
  private groupOf: number[] = [];
  /** Each group as last read, and the groups changed since: an unchanged event is not described again. */
  private shown: (Cluster | undefined)[] = [];
  private readonly touched = new Set<number>();
  private live = 0;
  private removed = 0;
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

  /** Reports held now. */
  get size(): number {
    return this.live;
  }

  /** Whether the streaming assignment is what a re-check over the same reports gives (nothing came or went since). */
  get settled(): boolean {
    return !this.dirty;
  }

  /**
   * Add reports one at a time or in bulk, in any order; `links` are lineage links (copies must
   * stay together); `stored`, features kept from `featuresToStore`, by report id, used where
   * they still hold.
   */
  add(docs: CleanDocument[], links: Link[] = [], stored?: ReadonlyMap<string, StoredFeatures>): void {
    // The whole batch teaches chrome before any of it is reduced to features.
    const batch = new Set<string>();
    const fresh = docs.filter((doc) => !this.indexOf.has(doc.id) && !batch.has(doc.id) && batch.add(doc.id));
    for (const doc of fresh) {
      this.documents[this.chrome.add(doc.text)] = doc;
      this.countWords(doc.text, 1);
    }
    // A batch that ends in a re-check (every batch clustered at once does) gets its vectors,
    // postings, edges and groups rebuilt there from scratch: linking and assigning each report
    // on the way in would be thrown away, and cost as much as the re-check's own pass.
    // Periodic re-check, amortised: each one after the collection grew by half.
    const total = this.live + fresh.length;
    const rechecking = total >= 8 && total >= this.checkedAt * RECHECK_GROWTH;
    const nodes: number[] = [];
    for (const doc of fresh) {
      const node = this.features.length;
      const f = this.describe(node, doc, stored?.get(doc.id));
      this.features.push(f);
      this.indexOf.set(doc.id, node);
      this.stats.count(f);
      this.live += 1;
      this.dirty = true;
      nodes.push(node);
    }
    appendAll(this.pendingLinks, links);
    this.resolveLinks();
    if (rechecking) return this.recheck();
    for (const node of nodes) {
      this.index(node);
      this.assign(node);
    }
  }

  /** A new version of a report held (one not held is added): it keeps its place, its links and its event's id where it stays. */
  replace(doc: CleanDocument, stored?: StoredFeatures): void {
    const node = this.indexOf.get(doc.id);
    if (node === undefined) return this.add([doc], [], stored && new Map([[doc.id, stored]]));
    this.takeBack(node);
    this.chrome.put(node, doc.text);
    this.documents[node] = doc;
    this.countWords(doc.text, 1);
    const f = this.describe(node, doc, stored);
    this.features[node] = f;
    this.stats.count(f);
    this.dirty = true;
    this.index(node);
    for (const other of this.links.partnersOf(node)) this.setEdge(node, other, 1);
    this.assign(node);
  }

  /** Takes a report back, with the links naming it; false when it is not held. */
  remove(id: string): boolean {
    const node = this.indexOf.get(id);
    if (node === undefined) return false;
    this.takeBack(node);
    this.chrome.put(node, null);
    this.features[node] = this.documents[node] = this.vectors[node] = undefined;
    this.indexOf.delete(id);
    this.links.drop(node);
    this.live -= 1;
    this.removed += 1;
    this.dirty = true;
    return true;
  }

  /** Lineage links gone (a version re-traced): they no longer hold their reports together once settled. */
  unlink(links: Link[]): void {
    for (const link of links) {
      if (this.links.unlink(linkKey(link))) this.dirty = true;
      else if (this.pendingLinks.includes(link)) this.pendingLinks.splice(this.pendingLinks.indexOf(link), 1);
    }
  }

  /**
   * The links as lineage lists them now, in its order. Links come to the clusterer as they are
   * found, so a stream holds them in another order than one batch would; the re-check takes
   * them in this order, and so ends where one batch given these links ends (members of an
   * event in the same order, the same evidence).
   */
  orderLinks(links: Link[]): void {
    this.links.orderBy(() => links.map(linkKey));
  }

  /** Runs the re-check now if reports came or went since the last one. */
  settle(): void {
    if (this.dirty) this.recheck();
  }

  clusters({ settle = true }: ReadOptions = {}): Cluster[] {
    if (settle) this.settle();
    const context: ClusterContext = {
      familyOf: (id) => {
        const node = this.indexOf.get(id)!;
        return this.links.isLinked(node) ? `f${this.links.familyOf(node)}` : id;
      },
      textOf: (id) => this.documents[this.indexOf.get(id)!]?.text ?? "",
    };
    const out: Cluster[] = [];
    this.groups.forEach((members, g) => {
      const held = this.shown[g];
      if (held && !this.touched.has(g)) return out.push(held);
      if (members.length === 0) return (this.shown[g] = undefined);
      const features = members.map((n) => this.features[n]!);
      const cluster: Cluster = {
        id: eventIdOf(members.map((n) => this.documents[n]!)),
        documents: features.map((f) => f.id),
        evidence: describeCluster(features, this.stats, this.commonWords, context),
      };
      out.push((this.shown[g] = cluster));
    });
    this.touched.clear();
    return out.sort((a, b) => b.documents.length - a.documents.length || a.documents[0].localeCompare(b.documents[0]));
  }

  /** Features of a report with the chrome known so far left out: the stored ones when made with the same spans left out. */
  private describe(node: number, doc: CleanDocument, stored?: StoredFeatures): DocumentFeatures {
    const spans = this.chrome.spansOf(node, doc.text);
    const mask = (this.maskedChrome[node] = maskKey(spans));
    const features = storedFeatures(stored, mask) ?? featuresOf(doc, spans);
    settlePeople(features.incident!, this.commonWords);
    return features;
  }

  private countWords(text: string, delta: 1 | -1): void {
    for (const word of new Set(lowerCaseWords(text))) {
      const holders = (this.wordHolders.get(word) ?? 0) + delta;
      if (holders > 0) {
        this.wordHolders.set(word, holders);
        this.commonWords.add(word);
      } else {
        this.wordHolders.delete(word);
        this.commonWords.delete(word);
      }
    }
  }

  /** What a node gave the collection (counts, words, postings, edges, its place in a group), taken back. */
  private takeBack(node: number): void {
    this.stats.uncount(this.features[node]!);
    this.countWords(this.documents[node]!.text, -1);
    const v = this.vectors[node];
    if (v)
      for (const key of keysOf(v)) {
        const list = this.postings.get(key)!;
        list.splice(list.indexOf(node), 1);
        if (list.length === 0) this.postings.delete(key);
      }
    for (const other of this.graph.get(node)?.keys() ?? []) this.graph.get(other)?.delete(node);
    this.graph.delete(node);
    const g = this.groupOf[node] ?? -1;
    if (g >= 0) {
      this.groups[g].splice(this.groups[g].indexOf(node), 1);
      this.touched.add(g);
    }
    this.groupOf[node] = -1;
  }

  /** Vectors, candidate edges and posting lists of a node, with the statistics as they stand. */
  private index(node: number): void {
    const v = vectorsOf(this.features[node]!, this.stats);
    this.vectors[node] = v;
    this.connect(node);
    for (const key of keysOf(v)) {
      const list = this.postings.get(key);
      if (list) insertSorted(list, node);
      else this.postings.set(key, [node]);
    }
  }

  /** Chrome learned since a report was reduced to features: its features are taken again. */
  private refreshChrome(): void {
    let changed = false;
    this.documents.forEach((doc, node) => {
      const spans = this.chrome.spansOf(node, doc!.text);
      if (maskKey(spans) === this.maskedChrome[node]) return;
      this.features[node] = this.describe(node, doc!);
      changed = true;
    });
    if (!changed) return;
    this.stats = new FeatureStats();
    for (const f of this.features) this.stats.count(f!);
  }

  /** Link a node to its best candidates found through the inverted index. */
  private connect(node: number): void {
    const v = this.vectors[node]!;
    const keys = [...v.terms, ...v.names, ...v.places].sort((a, b) => b[1] - a[1]).slice(0, this.blockingKeys);
    const votes = new Map<number, number>();
    const common = Math.max(50, this.live * 0.2);
    for (const [key, w] of keys) {
      const list = this.postings.get(key);
      if (!list || list.length > common) continue; // too common to tell events apart
      for (const other of list) if (other !== node) votes.set(other, (votes.get(other) ?? 0) + w);
    }
    const candidates = [...votes].sort((a, b) => b[1] - a[1]).slice(0, this.candidateCount);
    for (const [other] of candidates) {
      const s = similarity(v, this.vectors[other]!, this.weights);
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

  /**
   * Streaming assignment: a copy joins its original's event (and events its copies sit in
   * become one); any other report joins the cluster with the best average link, or starts one.
   */
  private assign(node: number): void {
    let best = -1;
    for (const other of this.links.partnersOf(node)) {
      const g = this.groupOf[other] ?? -1;
      if (g >= 0) best = best < 0 ? g : this.mergeGroups(best, g);
    }
    if (best < 0) {
      const sums = new Map<number, number>();
      for (const [other, s] of this.graph.get(node) ?? []) {
        const g = this.groupOf[other] ?? -1;
        if (g >= 0) sums.set(g, (sums.get(g) ?? 0) + s);
      }
      let bestScore = this.threshold;
      for (const [g, sum] of sums) {
        const score = sum / this.groups[g].length;
        if (score >= bestScore) [best, bestScore] = [g, score];
      }
    }
    if (best < 0) {
      best = this.groups.length;
      this.groups.push([]);
    }
    this.groups[best].push(node);
    this.groupOf[node] = best;
    this.touched.add(best);
  }

  /** The smaller group's members join the larger; returns the one kept. */
  private mergeGroups(a: number, b: number): number {
    if (a === b) return a;
    const [into, from] = this.groups[a].length >= this.groups[b].length ? [a, b] : [b, a];
    for (const n of this.groups[from]) this.groupOf[n] = into;
    appendAll(this.groups[into], this.groups[from]);
    this.groups[from] = [];
    this.touched.add(into).add(from);
    return into;
  }

  private resolveLinks(): void {
    const waiting: Link[] = [];
    for (const link of this.pendingLinks) {
      const a = this.indexOf.get(link.a);
      const b = this.indexOf.get(link.b);
      if (a === undefined || b === undefined) {
        waiting.push(link);
        continue;
      }
      this.links.add(a, b, linkKey(link));
      this.setEdge(a, b, 1);
      this.dirty = true;
      const [ga, gb] = [this.groupOf[a] ?? -1, this.groupOf[b] ?? -1];
      if (ga >= 0 && gb >= 0) this.mergeGroups(ga, gb);
    }
    this.pendingLinks = waiting;
  }

  /** Recompute vectors and candidate links with current statistics, then re-cluster: merges and splits. */
  private recheck(): void {
    this.closeUp();
    this.links.sort();
    this.refreshChrome();
    for (const f of this.features) if (f!.incident) settlePeople(f!.incident, this.commonWords);
    this.vectors = this.features.map((f) => vectorsOf(f!, this.stats));
    this.postings.clear();
    this.graph = new Map();
    this.vectors.forEach((v, node) => {
      for (const key of keysOf(v!)) {
        const list = this.postings.get(key);
        if (list) list.push(node);
        else this.postings.set(key, [node]);
      }
    });
    for (let node = 0; node < this.vectors.length; node++) this.connect(node);
    for (const [a, b] of this.links.pairs) this.setEdge(a, b, 1);
    const features = this.features as DocumentFeatures[];
    const linked = linkGroups(features.length, this.links.pairs);
    const merged = averageLink(features.length, this.graph, this.threshold, linked, this.candidateCount / 2);
    const groups: number[][] = [];
    const pairsFrom = pairsByFirst(this.links.pairs);
    for (const g of merged) {
      const parts = splitCluster(g.map((n) => features[n]), this.stats, this.weights, this.split).map((p) => p.map((i) => g[i]));
      appendAll(groups, rejoinLinked(parts, this.links.pairs, pairsFrom));
    }
    this.groups = attachStrays(groups, this.graph, this.strayMaxSize, this.threshold * this.strayFactor);
    this.groupOf = [];
    this.groups.forEach((g, i) => g.forEach((n) => (this.groupOf[n] = i)));
    this.shown = [];
    this.touched.clear();
    this.checkedAt = features.length;
    this.dirty = false;
  }

  /**
   * Reports removed leave their places: the others close up in the order they came, so the
   * re-check numbers them as a batch over the same reports would.
   */
  private closeUp(): void {
    if (this.removed === 0) return;
    const moved = new Int32Array(this.features.length).fill(-1);
    let next = 0;
    this.features.forEach((f, node) => {
      if (f) moved[node] = next++;
    });
    const keep = <T>(list: T[]): T[] => list.filter((_, node) => moved[node] >= 0);
    this.features = keep(this.features);
    this.documents = keep(this.documents);
    this.maskedChrome = keep(this.maskedChrome);
    this.chrome.renumber(moved);
    this.indexOf.clear();
    this.features.forEach((f, node) => this.indexOf.set(f!.id, node));
    this.links.renumber(moved);
    this.removed = 0;
  }
}

/** A link as one key: the reports and the relation (a pair may be linked twice, as a version and a rewrite). */
function linkKey(link: Link): string {
  return `${link.a}\u0000${link.b}\u0000${link.relation}`;
}

/** The keys a report's vectors put in the posting lists. */
function keysOf(v: DocumentVectors): string[] {
  return [...v.terms.keys(), ...v.names.keys(), ...v.places.keys()];
}

/** Cluster a whole set of reports at once. */
export function clusterDocuments(docs: CleanDocument[], links: Link[], options?: ClusterOptions): Cluster[] {
  const clusterer = new EventClusterer(options);
  clusterer.add(docs, links);
  return clusterer.clusters();
}
