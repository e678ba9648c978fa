// What changed between two clusterings: which events are new or hold other reports or other
// readings, which merged, which split, which are gone. Events keep the id clustering gives
// (`e-<earliest report>`), so an event that grows keeps its id unless an earlier report joins.
import type { Cluster } from "../types.ts";

/** What one `Engine.add` changed in the events. */
export interface EventChanges {
  /** Events new, or reconciled again because their reports or what those reports say changed. */
  changed: string[];
  /** Events whose reports now sit in one event: `from` are the earlier events' ids. */
  merged: { into: string; from: string[] }[];
  /** Events whose reports now sit in several: `into` are the later events' ids. */
  split: { from: string; into: string[] }[];
  /** Earlier events' ids no longer in use (merged into another id, or split away). */
  removed: string[];
}

/** Merges, splits and removals from the earlier clusters to the later ones (reports that left are not counted). */
export function clusterMoves(before: Cluster[], after: Cluster[]): Omit<EventChanges, "changed"> {
  const eventBefore = new Map<string, string>();
  for (const c of before) for (const d of c.documents) eventBefore.set(d, c.id);
  const eventAfter = new Map<string, string>();
  for (const c of after) for (const d of c.documents) eventAfter.set(d, c.id);
  const merged: EventChanges["merged"] = [];
  for (const c of after) {
    const from = new Set<string>();
    for (const d of c.documents) {
      const earlier = eventBefore.get(d);
      if (earlier !== undefined) from.add(earlier);
    }
    if (from.size > 1) merged.push({ into: c.id, from: [...from].sort() });
  }
  const split: EventChanges["split"] = [];
  for (const c of before) {
    const into = new Set<string>();
    for (const d of c.documents) {
      const later = eventAfter.get(d);
      if (later !== undefined) into.add(later);
    }
    if (into.size > 1) split.push({ from: c.id, into: [...into].sort() });
  }
  const now = new Set(after.map((c) => c.id));
  const removed = before.map((c) => c.id).filter((id) => !now.has(id));
  return { merged, split, removed };
}
