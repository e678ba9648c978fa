// An event's id, made to stay with the event as reports arrive: positions (`c1`, `c2`) moved
// whenever a larger event appeared, which broke every link and bookmark to an event page.
import type { CleanDocument } from "../types.ts";

/**
 * "e-" + the id of the event's earliest report: the earliest publication date, reports of
 * unknown date after every dated one, then the smallest id. Reports arrive after the first
 * telling of an event, so a growing event keeps its id; it changes only when a report
 * published before every member joins late, or when the earliest report leaves the event
 * (a split). A report belongs to one cluster, so no two events share an id.
 */
export function eventIdOf(members: CleanDocument[]): string {
  let earliest = members[0];
  for (const doc of members.slice(1)) if (isEarlier(doc, earliest)) earliest = doc;
  return `e-${earliest.id}`;
}

function isEarlier(a: CleanDocument, b: CleanDocument): boolean {
  const da = a.meta.published;
  const db = b.meta.published;
  if (da !== db) {
    if (da === null) return false;
    if (db === null) return true;
    return da < db;
  }
  return a.id < b.id;
}
