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
  const addEdge = (older: string, newer: string): void => {
    if (older === newer) return;
    if (!newerThan.has(older)) newerThan.set(older, new Set());
    newerThan.get(older)!.add(newer);
  };
  for (const link of links) {
    union(link.a, link.b);
    if (link.newer === link.a) addEdge(link.b, link.a);
    else if (link.newer === link.b) addEdge(link.a, link.b);
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
  const reachCache = new Map<string, Set<string>>();
  const reachable = (from: string): Set<string> => {
    const cached = reachCache.get(from);
    if (cached) return cached;
    const seen = new Set<string>();
    const stack = [...(newerThan.get(from) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      for (const n of newerThan.get(next) ?? []) stack.push(n);
    }
    reachCache.set(from, seen);
    return seen;
  };
  return {
    familyOf: (document) => (parent.has(document) ? find(document) : document),
    membersOf: (document) => (parent.has(document) ? members.get(find(document))! : [document]),
    // A cycle (contradictory links) makes both "older": neither is then treated as older.
    isOlder: (older, newer) => reachable(older).has(newer) && !reachable(newer).has(older),
  };
}

/** Members of `documents` that no other member of the same list is known to be newer than. */
export function newestMembers(documents: string[], lineage: Lineage): string[] {
  return documents.filter((d) => !documents.some((other) => other !== d && lineage.isOlder(d, other)));
}
