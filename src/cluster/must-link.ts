// Must-link pairs (lineage links between reports: copies, versions, rewrites) as the clusterer
// uses them: their connected components seed average link, and a split never parts them.

/** The positions in `pairs` of the pairs each report is first in. */
export function pairsByFirst(pairs: [number, number][]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  pairs.forEach(([a], k) => {
    const list = out.get(a);
    if (list) list.push(k);
    else out.set(a, [k]);
  });
  return out;
}

/** Parts of a split that hold two copies of one report go back together. */
export function rejoinLinked(parts: number[][], pairs: [number, number][], pairsFrom: Map<number, number[]>): number[][] {
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
export function linkGroups(n: number, pairs: [number, number][]): number[][] {
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

/**
 * The must-link pairs a clusterer holds, by node: each with the key of the link it came from,
 * the partners of each node, and the lineage family (union-find) of each node. Links are held
 * in the order they came until `order` gives lineage's.
 */
export class MustLinks {
  pairs: [number, number][] = [];
  private keys: string[] = [];
  /** Made only when pairs are sorted (a re-check), not on every add that gives a new order. */
  private order: (() => string[]) | null = null;
  /** Partners of each node, with how many links name the pair. */
  private partners = new Map<number, Map<number, number>>();
  /** Union-find over the pairs, rebuilt after a pair is taken back. */
  private parent: number[] | null = null;

  add(a: number, b: number, key: string): void {
    this.pairs.push([a, b]);
    this.keys.push(key);
    this.count(a, b, 1);
    this.count(b, a, 1);
    if (this.parent) this.parent[this.familyOf(a)] = this.familyOf(b);
  }

  /** Takes back one pair the link `key` made; false when none. */
  unlink(key: string): boolean {
    const at = this.keys.indexOf(key);
    if (at < 0) return false;
    const [a, b] = this.pairs[at];
    this.pairs.splice(at, 1);
    this.keys.splice(at, 1);
    this.count(a, b, -1);
    this.count(b, a, -1);
    this.parent = null;
    return true;
  }

  /** Takes back every pair naming a node. */
  drop(node: number): void {
    if (!this.partners.has(node)) return;
    const kept = this.pairs.flatMap(([a, b], k) => (a !== node && b !== node ? [k] : []));
    this.pairs = kept.map((k) => this.pairs[k]);
    this.keys = kept.map((k) => this.keys[k]);
    for (const other of this.partners.get(node)!.keys()) {
      const theirs = this.partners.get(other);
      if (theirs?.delete(node) && theirs.size === 0) this.partners.delete(other);
    }
    this.partners.delete(node);
    this.parent = null;
  }

  partnersOf(node: number): Iterable<number> {
    return this.partners.get(node)?.keys() ?? [];
  }

  isLinked(node: number): boolean {
    return this.partners.has(node);
  }

  /** A node's lineage family: the root of its component. */
  familyOf(node: number): number {
    if (!this.parent) {
      this.parent = [];
      for (const [a, b] of this.pairs) this.parent[this.familyOf(a)] = this.familyOf(b);
    }
    const parent = this.parent;
    let x = node;
    while ((parent[x] ?? x) !== x) x = parent[x] = parent[parent[x]] ?? parent[x];
    return x;
  }

  /** The order lineage lists its links in now (their keys, made when needed). */
  orderBy(keys: () => string[]): void {
    this.order = keys;
  }

  /** Pairs put in the order last given (stable: pairs of links it did not list keep their order, after). */
  sort(): void {
    if (!this.order) return;
    const rank = new Map<string, number>();
    this.order().forEach((key, i) => rank.has(key) || rank.set(key, i));
    const order = this.keys.map((key, k) => [rank.get(key) ?? Infinity, k] as const).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    this.pairs = order.map(([, k]) => this.pairs[k]);
    this.keys = order.map(([, k]) => this.keys[k]);
  }

  /** Nodes renumbered (`moved[old]` is the new number; nodes dropped are named by no pair). */
  renumber(moved: Int32Array): void {
    this.pairs = this.pairs.map(([a, b]): [number, number] => [moved[a], moved[b]]);
    const partners = new Map<number, Map<number, number>>();
    for (const [node, mine] of this.partners) partners.set(moved[node], new Map([...mine].map(([other, count]) => [moved[other], count])));
    this.partners = partners;
    this.parent = null;
  }

  private count(x: number, y: number, delta: 1 | -1): void {
    const mine = this.partners.get(x) ?? new Map<number, number>();
    const count = (mine.get(y) ?? 0) + delta;
    if (count > 0) this.partners.set(x, mine.set(y, count));
    else if (mine.delete(y) && mine.size === 0) this.partners.delete(x);
  }
}
