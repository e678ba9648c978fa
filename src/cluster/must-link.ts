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
