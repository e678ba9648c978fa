// Families: reports joined by duplicate, version or rewrite links, transitively, are one
// source. Lineage hands them on whole (members, the links that join them, which members are
// newest and which first, every pair known to be in order) so that reconciliation and the
// report read them instead of rebuilding them from the links.
import type { Family, Link } from "../types.ts";

/**
 * The families of a set of links. `published` (document id -> "YYYY-MM-DD") orders members
 * the links leave unordered. Only documents with at least one link are in a family; a
 * report linked to nothing is its own source and needs no entry.
 */
export function familiesOf(links: Link[], published: Record<string, string | null> = {}): Family[] {
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
  for (const link of links) union(link.a, link.b);

  const byRoot = new Map<string, { members: string[]; links: Link[] }>();
  for (const id of parent.keys()) {
    const root = find(id);
    if (!byRoot.has(root)) byRoot.set(root, { members: [], links: [] });
    byRoot.get(root)!.members.push(id);
  }
  for (const link of links) byRoot.get(find(link.a))!.links.push(link);
  return [...byRoot.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, { members, links: joining }]) => familyOf(id, members.sort(), joining, published));
}

function familyOf(id: string, members: string[], links: Link[], published: Record<string, string | null>): Family {
  const later = new Map<string, Set<string>>(); // older -> direct newer members, from any evidence
  const versions = new Map<string, Set<string>>(); // the same, from version/duplicate links only
  const edge = (edges: Map<string, Set<string>>, older: string, newer: string): void => {
    if (older === newer) return;
    if (!edges.has(older)) edges.set(older, new Set());
    edges.get(older)!.add(newer);
  };
  for (const link of links) {
    const older = link.newer === link.a ? link.b : link.newer === link.b ? link.a : null;
    if (older === null) continue;
    edge(later, older, link.newer!);
    // A rewrite's `newer` says which was written later, not that its figures are newer: a
    // paraphrase carries the figures of whatever it paraphrased.
    if (link.relation !== "rewrite") edge(versions, older, link.newer!);
  }
  const dated: [string, string][] = [];
  for (const a of members) {
    for (const b of members) {
      const pa = published[a];
      const pb = published[b];
      if (pa && pb && pa < pb) {
        dated.push([a, b]);
        edge(later, a, b);
      }
    }
  }
  const laterPairs = orderedPairs(members, later);
  const isOlder = new Set(laterPairs.map(([a, b]) => `${a}\u0000${b}`));
  return {
    id,
    members,
    relations: links.map((l) => ({ a: l.a, b: l.b, relation: l.relation })),
    newest: members.filter((m) => !members.some((o) => isOlder.has(`${m}\u0000${o}`))),
    original: members.filter((m) => !members.some((o) => isOlder.has(`${o}\u0000${m}`))),
    later: laterPairs,
    versions: orderedPairs(members, versions),
    dated,
  };
}

/**
 * Every [older, newer] pair the edges order, transitively. A cycle (contradictory links)
 * makes each of two members reach the other: neither pair is kept, so neither is older.
 */
function orderedPairs(members: string[], edges: Map<string, Set<string>>): [string, string][] {
  const reach = new Map<string, Set<string>>();
  for (const from of members) {
    const seen = new Set<string>();
    const stack = [...(edges.get(from) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      for (const n of edges.get(next) ?? []) stack.push(n);
    }
    reach.set(from, seen);
  }
  const pairs: [string, string][] = [];
  for (const older of members) {
    for (const newer of members) {
      if (older !== newer && reach.get(older)!.has(newer) && !reach.get(newer)!.has(older)) pairs.push([older, newer]);
    }
  }
  return pairs;
}
