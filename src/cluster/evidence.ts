// Evidence strings: why a cluster's reports belong together.
import { isoDay } from "../text/dates.ts";
import type { DocumentFeatures } from "./features.ts";
import type { FeatureStats } from "./similarity.ts";

/** Keys held by at least half the members (and two or more), rarest first. */
function shared(
  members: DocumentFeatures[],
  pick: (f: DocumentFeatures) => Map<string, number>,
  channel: string,
  stats: FeatureStats,
  limit: number,
): string[] {
  if (members.length < 2) return [];
  const counts = new Map<string, number>();
  for (const f of members) for (const key of pick(f).keys()) counts.set(key, (counts.get(key) ?? 0) + 1);
  const need = Math.max(2, Math.ceil(members.length / 2));
  const display = (key: string): string => {
    for (const f of members) {
      const d = f.display.get(`${channel}:${key}`);
      if (d) return d;
    }
    return key;
  };
  return [...counts]
    .filter(([, c]) => c >= need)
    .sort((a, b) => b[1] * stats.idf(`${channel}:${b[0]}`) - a[1] * stats.idf(`${channel}:${a[0]}`))
    .slice(0, limit)
    .map(([key]) => display(key));
}

export function describeCluster(members: DocumentFeatures[], stats: FeatureStats): string[] {
  const evidence: string[] = [];
  const places = shared(members, (f) => f.places, "p", stats, 5);
  if (places.length) evidence.push(`shared places: ${places.join(", ")}`);
  const names = shared(members, (f) => f.names, "n", stats, 6);
  if (names.length) evidence.push(`shared names: ${names.join(", ")}`);
  const terms = shared(members, (f) => f.terms, "t", stats, 8);
  if (terms.length) evidence.push(`shared terms: ${terms.join(", ")}`);
  const days = new Map<number, number>();
  for (const f of members) if (f.eventDay !== null) days.set(f.eventDay, (days.get(f.eventDay) ?? 0) + 1);
  const dates = [...days]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, 3)
    .map(([d]) => isoDay(d));
  if (dates.length) evidence.push(`dates: ${dates.join(", ")}`);
  if (members.length === 1) evidence.push("single report");
  return evidence;
}
