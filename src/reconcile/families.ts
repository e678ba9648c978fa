// Lineage families: documents joined by duplicate/version/rewrite links are one source.
// Within a family a partial order says which member is newer, from the links' `newer`
// field and, where given, publication dates.
import type { Link } from "../types.ts";

export interface Lineage {
  /** A stable id for the family a document belongs to (its smallest member id). */
  familyOf(document: string): string;
  /** Every member of the document's family, itself included, sorted. */
  membersOf(document: string): string[];
  /** True when `older` is known to be an earlier member of the same family than `newer`. */
  isOlder(older: string, newer: string): boolean;
  /**
   * True when `newer` is a later version of `older`: a `version` or `duplicate` link's
   * `newer`, transitively. A rewrite's `newer` says which was written later, not that
   * its figures are newer: a paraphrase carries the figures of whatever it paraphrased.
   */
  isOlderVersion(older: string, newer: string): boolean;
  /** True when both have publication dates and `older`'s is earlier. */
  publishedBefore(older: string, newer: string): boolean;
}

export function buildLineage(links: Link[], published: Record<string, string | null> = {}): Lineage {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    // The smaller id becomes the root, so family ids are stable whatever the link order.
    if (ra < rb) parent.set(rb, ra);
    else parent.set(ra, rb);
  };
  const newerThan = new Map<string, Set<string>>(); // older -> direct newer members
  const newerVersion = new Map<string, Set<string>>(); // the same, from version/duplicate links only
  const addTo = (edges: Map<string, Set<string>>, older: string, newer: string): void => {
    if (older === newer) return;
    if (!edges.has(older)) edges.set(older, new Set());
    edges.get(older)!.add(newer);
  };
  const addEdge = (older: string, newer: string): void => addTo(newerThan, older, newer);
  for (const link of links) {
    union(link.a, link.b);
    const older = link.newer === link.a ? link.b : link.newer === link.b ? link.a : null;
    if (older === null) continue;
    addEdge(older, link.newer!);
    if (link.relation !== "rewrite") addTo(newerVersion, older, link.newer!);
  }
  const members = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    if (!members.has(root)) members.set(root, []);
    members.get(root)!.push(id);
  }
  for (const list of members.values()) {
    list.sort();
    // Publication dates order members the links left unordered.
    for (const a of list) {
      for (const b of list) {
        const pa = published[a];
        const pb = published[b];
        if (pa && pb && pa < pb) addEdge(a, b);
      }
    }
  }
  const reachFrom = (edges: Map<string, Set<string>>) => {
    const cache = new Map<string, Set<string>>();
    return (from: string): Set<string> => {
      const cached = cache.get(from);
      if (cached) return cached;
      const seen = new Set<string>();
      const stack = [...(edges.get(from) ?? [])];
      while (stack.length > 0) {
        const next = stack.pop()!;
        if (seen.has(next)) continue;
        seen.add(next);
        for (const n of edges.get(next) ?? []) stack.push(n);
      }
      cache.set(from, seen);
      return seen;
    };
  };
  const reachable = reachFrom(newerThan);
  const reachableVersion = reachFrom(newerVersion);
  return {
    familyOf: (document) => (parent.has(document) ? find(document) : document),
    membersOf: (document) => (parent.has(document) ? members.get(find(document))! : [document]),
    // A cycle (contradictory links) makes both "older": neither is then treated as older.
    isOlder: (older, newer) => reachable(older).has(newer) && !reachable(newer).has(older),
    isOlderVersion: (older, newer) => reachableVersion(older).has(newer) && !reachableVersion(newer).has(older),
    publishedBefore: (older, newer) => {
      const a = published[older];
      const b = published[newer];
      return !!a && !!b && a < b;
    },
  };
}

/** Members of `documents` that no other member of the same list is known to be newer than. */
export function newestMembers(documents: string[], lineage: Lineage): string[] {
  return documents.filter((d) => !documents.some((other) => other !== d && lineage.isOlder(d, other)));
}
