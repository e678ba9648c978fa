// The families lineage found, as reconciliation asks of them: which family a report is in,
// and which member is known to be older than which. Lineage made the families; this only
// indexes them (and keeps to the reports of one event).
import type { Family } from "../types.ts";

export interface Lineage {
  /** A stable id for the family a document belongs to (its smallest member id). */
  familyOf(document: string): string;
  /** Every member of the document's family, itself included, sorted. */
  membersOf(document: string): string[];
  /** True when `older` is known to be an earlier member of the same family than `newer`. */
  isOlder(older: string, newer: string): boolean;
  /** True when `newer` is a later version of `older` (see `Family.versions`). */
  isOlderVersion(older: string, newer: string): boolean;
  /** True when both have publication dates and `older`'s is earlier. */
  publishedBefore(older: string, newer: string): boolean;
}

const pairKey = (older: string, newer: string): string => `${older}\u0000${newer}`;

/**
 * The lookups over `families`. With `within` (an event's reports), each family is cut down
 * to its members among them, so a report outside the event neither joins nor orders two
 * of its reports.
 */
export function indexFamilies(families: Family[], within?: Set<string>): Lineage {
  const keep = (id: string): boolean => !within || within.has(id);
  const familyId = new Map<string, string>();
  const members = new Map<string, string[]>();
  const later = new Set<string>();
  const versions = new Set<string>();
  const dated = new Set<string>();
  for (const family of families) {
    const kept = family.members.filter(keep);
    if (kept.length < 2) continue;
    for (const m of kept) {
      familyId.set(m, kept[0]);
      members.set(m, kept);
    }
    const add = (into: Set<string>, pairs: [string, string][]): void => {
      for (const [older, newer] of pairs) if (keep(older) && keep(newer)) into.add(pairKey(older, newer));
    };
    add(later, family.later);
    add(versions, family.versions);
    add(dated, family.dated);
  }
  return {
    familyOf: (document) => familyId.get(document) ?? document,
    membersOf: (document) => members.get(document) ?? [document],
    isOlder: (older, newer) => later.has(pairKey(older, newer)),
    isOlderVersion: (older, newer) => versions.has(pairKey(older, newer)),
    publishedBefore: (older, newer) => dated.has(pairKey(older, newer)),
  };
}

/** Members of `documents` that no other member of the same list is known to be newer than. */
export function newestMembers(documents: string[], lineage: Lineage): string[] {
  return documents.filter((d) => !documents.some((other) => other !== d && lineage.isOlder(d, other)));
}
