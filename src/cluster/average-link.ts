// Average-link agglomeration over a sparse similarity graph. Pairs with no edge count as 0,
// so the cost follows the number of edges (candidate pairs), never n².

/** Edges as adjacency maps: node -> neighbour -> similarity (symmetric). */
export type Graph = Map<number, Map<number, number>>;

/** A candidate merge; stale once either cluster has merged (merged clusters get new ids). */
interface Entry {
  score: number;
  a: number;
  b: number;
}

/** A binary max-heap on `score`. */
class Heap {
  private items: Entry[] = [];
  get size(): number {
    return this.items.length;
  }
  push(e: Entry): void {
    const items = this.items;
    items.push(e);
    let i = items.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (items[p].score >= items[i].score) break;
      [items[p], items[i]] = [items[i], items[p]];
      i = p;
    }
  }
  pop(): Entry | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0];
    const last = items.pop() as Entry;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && items[l].score > items[m].score) m = l;
        if (r < items.length && items[r].score > items[m].score) m = r;
        if (m === i) break;
        [items[m], items[i]] = [items[i], items[m]];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Merge clusters while the average similarity between them stays at or above `threshold`.
 * Returns groups of node indexes. `initial` (optional) gives starting groups (must-links);
 * `edgesPerNode` is how many links the graph keeps per node at most (see the score below).
 */
export function averageLink(nodeCount: number, graph: Graph, threshold: number, initial?: number[][], edgesPerNode = Infinity): number[][] {
  const clusterOf = new Int32Array(nodeCount).fill(-1);
  const members = new Map<number, number[]>();
  let next = 0;
  const seeds = initial ?? [];
  for (const group of seeds) {
    const id = next++;
    members.set(id, [...group]);
    for (const n of group) clusterOf[n] = id;
  }
  for (let n = 0; n < nodeCount; n++) {
    if (clusterOf[n] !== -1) continue;
    const id = next++;
    members.set(id, [n]);
    clusterOf[n] = id;
  }
  // Sum of edge weights between clusters.
  const links = new Map<number, Map<number, number>>();
  for (const id of members.keys()) links.set(id, new Map());
  for (const [a, neighbours] of graph) {
    for (const [b, s] of neighbours) {
      const ca = clusterOf[a];
      const cb = clusterOf[b];
      if (a >= b || ca === cb) continue;
      const la = links.get(ca) as Map<number, number>;
      const lb = links.get(cb) as Map<number, number>;
      la.set(cb, (la.get(cb) ?? 0) + s);
      lb.set(ca, (lb.get(ca) ?? 0) + s);
    }
  }
  const heap = new Heap();
  const size = (id: number): number => (members.get(id) as number[]).length;
  const offer = (a: number, b: number, sum: number): void => {
    // With at most `edgesPerNode` links kept per report, two big clusters cannot have all their
    // pairs linked: divide by the pairs that could have been linked, not by all pairs.
    const pairs = Math.min(size(a) * size(b), edgesPerNode * (size(a) + size(b)));
    const score = sum / pairs;
    if (score >= threshold) heap.push({ score, a, b });
  };
  for (const [a, la] of links) for (const [b, sum] of la) if (a < b) offer(a, b, sum);

  while (heap.size > 0) {
    const e = heap.pop() as Entry;
    if (!members.has(e.a) || !members.has(e.b)) continue;
    // Merge both into a new cluster id, so every entry naming either goes stale.
    const id = next++;
    const merged = [...(members.get(e.a) as number[]), ...(members.get(e.b) as number[])];
    const la = links.get(e.a) as Map<number, number>;
    const lb = links.get(e.b) as Map<number, number>;
    const lm = new Map<number, number>();
    for (const [c, s] of la) if (c !== e.b) lm.set(c, (lm.get(c) ?? 0) + s);
    for (const [c, s] of lb) if (c !== e.a) lm.set(c, (lm.get(c) ?? 0) + s);
    members.delete(e.a);
    members.delete(e.b);
    links.delete(e.a);
    links.delete(e.b);
    members.set(id, merged);
    links.set(id, lm);
    for (const [c, s] of lm) {
      const lc = links.get(c) as Map<number, number>;
      lc.delete(e.a);
      lc.delete(e.b);
      lc.set(id, s);
      offer(id, c, s);
    }
  }
  return [...members.values()];
}

/**
 * A report left alone (or in a pair) by average link is often a short or oddly angled report
 * of an event that does have a cluster: a group of at most `maxSize` joins the larger group it
 * links to best, when that average link reaches `bar` (lower than the merge threshold).
 */
export function attachStrays(groups: number[][], graph: Graph, maxSize: number, bar: number): number[][] {
  const groupOf: number[] = [];
  groups.forEach((g, i) => g.forEach((n) => (groupOf[n] = i)));
  const result = groups.map((g) => [...g]);
  groups.forEach((g, i) => {
    if (g.length > maxSize) return;
    const sums = new Map<number, number>();
    for (const n of g)
      for (const [other, s] of graph.get(n) ?? []) {
        const target = groupOf[other];
        if (target !== i && groups[target].length > g.length) sums.set(target, (sums.get(target) ?? 0) + s);
      }
    let best = -1;
    let bestScore = bar;
    for (const [target, sum] of sums) {
      const score = sum / (g.length * groups[target].length);
      if (score >= bestScore) [best, bestScore] = [target, score];
    }
    if (best === -1) return;
    for (const n of g) result[best].push(n);
    result[i] = [];
  });
  return result.filter((g) => g.length > 0);
}
