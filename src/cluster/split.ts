// Splitting a cluster that holds two similar events (two quakes in one region, two firings
// of one coach). Inside a cluster, what all members share (the coach, the region, "quake")
// says nothing about which event a report is about; what only some share (the other team,
// the magnitude, the year) does. So members are compared again with document frequencies
// counted inside the cluster, the cluster is cut in two by average link, and the cut is kept
// only when the two halves are each dense and clearly apart.
import type { DocumentFeatures } from "./features.ts";
import { channels, cosine, dateAgreement, type FeatureStats, type SimilarityWeights, type Vector } from "./similarity.ts";
import { appendAll } from "../arrays.ts";

export interface SplitOptions {
  /** Keep a cut when the mean similarity across it is below this share of the halves' own. */
  separation: number;
  /** Smallest half worth splitting off. */
  minPart: number;
  /** Clusters larger than this are not examined (the dense comparison is quadratic in size). */
  maxSize: number;
}

const NEAR_COPY = 0.8;

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

/** Average-link a dense similarity matrix down to two groups: O(n³) with a running sum matrix. */
export function cutInTwo(sim: number[][]): [number[], number[]] {
  const n = sim.length;
  const groups: (number[] | null)[] = sim.map((_, i) => [i]);
  const sums = sim.map((row) => [...row]);
  let alive = n;
  while (alive > 2) {
    let best: [number, number] = [-1, -1];
    let bestScore = -Infinity;
    for (let i = 0; i < n; i++) {
      const gi = groups[i];
      if (!gi) continue;
      for (let j = i + 1; j < n; j++) {
        const gj = groups[j];
        if (!gj) continue;
        const score = sums[i][j] / (gi.length * gj.length);
        if (score > bestScore) [best, bestScore] = [[i, j], score];
      }
    }
    const [i, j] = best;
    appendAll(groups[i] as number[], groups[j] as number[]);
    groups[j] = null;
    for (let k = 0; k < n; k++) {
      sums[i][k] += sums[j][k];
      sums[k][i] = sums[i][k];
    }
    alive -= 1;
  }
  const [a, b] = groups.filter((g): g is number[] => g !== null);
  return [a, b ?? []];
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
  const whole = [members.map((_, i) => i)];
  const n = members.length;
  if (n < 2 * options.minPart || n > options.maxSize) return whole;
  const vectors = localVectors(members, stats);
  const sim = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 1 : cosine(a, b) * dateAgreement(members[i], members[j], weights))));
  // Near-copies (wire stories run by many outlets) would look like a dense group of their own:
  // they are cut and measured as one unit.
  const units = nearCopyUnits(sim);
  if (units.length < 2 * options.minPart) return whole;
  const unitSim = units.map((a) => units.map((b) => meanAcross(sim, a, b)));
  const [ua, ub] = cutInTwo(unitSim);
  if (Math.min(ua.length, ub.length) < options.minPart) return whole;
  const across = meanAcross(unitSim, ua, ub);
  const within = Math.min(meanWithin(unitSim, ua), meanWithin(unitSim, ub));
  if (!(across < options.separation * within)) return whole;
  const parts: number[][] = [];
  for (const half of [ua.flatMap((u) => units[u]), ub.flatMap((u) => units[u])]) {
    for (const sub of splitCluster(half.map((i) => members[i]), stats, weights, options)) parts.push(sub.map((i) => half[i]));
  }
  return parts;
}

/** Groups of members that are near-copies of each other (similarity at or above NEAR_COPY). */
function nearCopyUnits(sim: number[][]): number[][] {
  const parent = sim.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (let i = 0; i < sim.length; i++) for (let j = i + 1; j < sim.length; j++) if (sim[i][j] >= NEAR_COPY) parent[find(i)] = find(j);
  const units = new Map<number, number[]>();
  sim.forEach((_, i) => units.set(find(i), [...(units.get(find(i)) ?? []), i]));
  return [...units.values()];
}
