// Splitting a cluster that holds two similar events (two quakes in one region, two firings
// of one coach). Inside a cluster, what all members share (the coach, the region, "quake")
// says nothing about which event a report is about; what only some share (the other team,
// the magnitude, the year) does. So members are compared again with document frequencies
// counted inside the cluster, the cluster is cut in two by average link, and the cut is kept
// only when the two halves are each dense and clearly apart.
import type { DocumentFeatures } from "./features.ts";
import { channels, cosine, dateAgreement, type FeatureStats, type SimilarityWeights, type Vector } from "./similarity.ts";

export interface SplitOptions {
  /** Keep a cut when the mean similarity across it is below this share of the halves' own. */
  separation: number;
  /** Smallest half worth splitting off. */
  minPart: number;
  /** Clusters larger than this are not examined (the dense comparison is quadratic in size). */
  maxSize: number;
}

export const DEFAULT_SPLIT: SplitOptions = { separation: 0.3, minPart: 2, maxSize: 150 };

export function localVectors(members: DocumentFeatures[], stats: FeatureStats): Vector[] {
  const localDf = new Map<string, number>();
  for (const f of members) for (const [c, map] of channels(f)) for (const k of map.keys()) localDf.set(`${c}:${k}`, (localDf.get(`${c}:${k}`) ?? 0) + 1);
  const n = members.length;
  return members.map((f) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [c, map] of channels(f)) {
      for (const [k, tf] of map) {
        const key = `${c}:${k}`;
        const df = localDf.get(key) ?? 1;
        if (df < 2) continue; // a feature of one report cannot pull two together
        const w = (1 + Math.log(1 + tf)) * Math.max(0, stats.idf(key)) * Math.log((n + 1) / df);
        if (w <= 0) continue;
        v.set(key, w);
        norm += w * w;
      }
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [k, w] of v) v.set(k, w / norm);
    return v;
  });
}

/** Average-link a dense similarity matrix down to two groups. */
export function cutInTwo(sim: number[][]): [number[], number[]] {
  let groups = sim.map((_, i) => [i]);
  const avg = (a: number[], b: number[]): number => {
    let s = 0;
    for (const i of a) for (const j of b) s += sim[i][j];
    return s / (a.length * b.length);
  };
  while (groups.length > 2) {
    let best = [0, 1];
    let bestScore = -Infinity;
    for (let i = 0; i < groups.length; i++)
      for (let j = i + 1; j < groups.length; j++) {
        const s = avg(groups[i], groups[j]);
        if (s > bestScore) [best, bestScore] = [[i, j], s];
      }
    const merged = [...groups[best[0]], ...groups[best[1]]];
    groups = groups.filter((_, k) => k !== best[0] && k !== best[1]);
    groups.push(merged);
  }
  return [groups[0], groups[1]];
}

function meanWithin(sim: number[][], g: number[]): number {
  if (g.length < 2) return 0;
  let s = 0;
  for (const i of g) for (const j of g) if (i < j) s += sim[i][j];
  return s / ((g.length * (g.length - 1)) / 2);
}

function meanAcross(sim: number[][], a: number[], b: number[]): number {
  let s = 0;
  for (const i of a) for (const j of b) s += sim[i][j];
  return s / (a.length * b.length);
}

/**
 * Split a cluster (recursively) where its members fall into clearly separate dense groups.
 * Returns the parts as lists of positions in `members`.
 */
export function splitCluster(
  members: DocumentFeatures[],
  stats: FeatureStats,
  weights: SimilarityWeights,
  options: SplitOptions = DEFAULT_SPLIT,
): number[][] {
  const n = members.length;
  if (n < 2 * options.minPart || n > options.maxSize) return [members.map((_, i) => i)];
  const vectors = localVectors(members, stats);
  const sim = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 1 : cosine(a, b) * dateAgreement(members[i], members[j], weights))));
  const [a, b] = cutInTwo(sim);
  if (Math.min(a.length, b.length) < options.minPart) return [members.map((_, i) => i)];
  const across = meanAcross(sim, a, b);
  const within = Math.min(meanWithin(sim, a), meanWithin(sim, b));
  if (!(across < options.separation * within)) return [members.map((_, i) => i)];
  const parts: number[][] = [];
  for (const half of [a, b]) {
    for (const sub of splitCluster(half.map((i) => members[i]), stats, weights, options)) parts.push(sub.map((i) => half[i]));
  }
  return parts;
}
