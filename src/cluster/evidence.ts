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

/** The country most of the members' places are in, by weight: the event's own. */
function mainCountry(members: DocumentFeatures[]): string | null {
  const votes = new Map<string, number>();
  for (const f of members) for (const [key, w] of f.places) votes.set(key.slice(key.indexOf("|") + 1), (votes.get(key.slice(key.indexOf("|") + 1)) ?? 0) + w);
  let best: string | null = null;
  for (const [country, w] of votes) if (best === null || w > (votes.get(best) ?? 0)) best = country;
  return best;
}

/**
 * Only what really ties the reports: places of the event's own country (not "Delhi", named
 * in a Pakistani story's denials), names the reports state outside background sentences (not
 * a former leader recalled), no lone common word ("Analysts" opening a sentence, "Street"),
 * and no surname already shown in a full name.
 */
export function describeCluster(members: DocumentFeatures[], stats: FeatureStats, commonWords: Set<string> = new Set()): string[] {
  const evidence: string[] = [];
  const country = mainCountry(members);
  const foreground = (map: Map<string, number>): Map<string, number> => new Map([...map].filter(([, w]) => w >= 1));
  const placeKeys = (f: DocumentFeatures): Map<string, number> =>
    new Map([...foreground(f.places)].filter(([key]) => key.endsWith(`|${country}`) && !commonWords.has(key.slice(0, key.indexOf("|")).toLowerCase())));
  const places = shared(members, placeKeys, "p", stats, 5);
  if (places.length) evidence.push(`shared places: ${places.join(", ")}`);
  const nameKeys = (f: DocumentFeatures): Map<string, number> =>
    new Map([...foreground(f.names)].filter(([key]) => key.includes(" ") || (!commonWords.has(key) && !f.openingOnly?.has(key))));
  const fullNames = shared(members, nameKeys, "n", stats, 12);
  const names = fullNames.filter((name) => name.includes(" ") || !fullNames.some((other) => other !== name && other.endsWith(` ${name}`))).slice(0, 6);
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
