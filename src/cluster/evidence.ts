// Evidence strings: why a cluster's reports belong together.
import { isoDay } from "../text/dates.ts";
import { CALL_SIGN, CREDIT_PATTERNS, MEDIA_NAME_WORDS, PAGE_WORDS } from "../text/lexicon/credits.ts";
import { WEEKDAY_NAMES } from "../text/lexicon/calendar.ts";
import { STREET_TYPE_WORDS } from "../text/lexicon/streets.ts";
import type { DocumentFeatures } from "./features.ts";
import type { FeatureStats } from "./similarity.ts";

/** What the clusterer knows of the members beyond their features. */
export interface ClusterContext {
  /** The lineage family of a report (copies and versions of one story share one): one source's word counts once. */
  familyOf?: (id: string) => string;
  /** A report's cleaned text, where its credits (bylines, photo credits) are read. */
  textOf?: (id: string) => string;
}

/**
 * Keys held by enough of the members, counted by independent family: a name repeated only
 * by copies of one wire story is that story's word, not corroboration. With two or more
 * families, at least half of them (and two); with one, at least half the reports (and two).
 * Keys `preferred` holds come first, then the rarest.
 */
function shared(
  members: DocumentFeatures[],
  pick: (f: DocumentFeatures) => Map<string, number>,
  channel: string,
  stats: FeatureStats,
  limit: number,
  familyOf: (id: string) => string,
  preferred: (key: string) => boolean = () => false,
): string[] {
  if (members.length < 2) return [];
  const families = new Set(members.map((f) => familyOf(f.id)));
  const independent = families.size >= 2;
  const holders = new Map<string, Set<string>>();
  for (const f of members) {
    for (const key of pick(f).keys()) {
      const set = holders.get(key) ?? new Set<string>();
      set.add(independent ? familyOf(f.id) : f.id);
      holders.set(key, set);
    }
  }
  const need = Math.max(2, Math.ceil((independent ? families.size : members.length) / 2));
  const display = (key: string): string => {
    for (const f of members) {
      const d = f.display.get(`${channel}:${key}`);
      if (d) return d;
    }
    return key;
  };
  const weight = (key: string): number => (holders.get(key)?.size ?? 0) * stats.idf(`${channel}:${key}`);
  return [...holders.keys()]
    .filter((key) => (holders.get(key)?.size ?? 0) >= need)
    .sort((a, b) => Number(preferred(b)) - Number(preferred(a)) || weight(b) - weight(a))
    .slice(0, limit)
    .map(display);
}

/** The country most of the members' places are in, by weight: the event's own. */
function mainCountry(members: DocumentFeatures[]): string | null {
  const votes = new Map<string, number>();
  for (const f of members) for (const [key, w] of f.places) votes.set(key.slice(key.indexOf("|") + 1), (votes.get(key.slice(key.indexOf("|") + 1)) ?? 0) + w);
  let best: string | null = null;
  for (const [country, w] of votes) if (best === null || w > (votes.get(best) ?? 0)) best = country;
  return best;
}

/** Names the members' pages credit (bylines, photo credits), lower case. */
function creditedNames(members: DocumentFeatures[], textOf: ((id: string) => string) | undefined): Set<string> {
  const out = new Set<string>();
  if (!textOf) return out;
  for (const f of members) for (const pattern of CREDIT_PATTERNS) for (const m of textOf(f.id).matchAll(pattern)) out.add(m[1].toLowerCase().replace(/[.’']+$/, ""));
  return out;
}

/**
 * Whether a displayed name is no name of an event: a modifier ("Indian-backed"), a file
 * ("shooting.jpg"), an abbreviation of a title or a state ("Lt", "Va"), a lone street type
 * ("Street"), an outlet, station or picture agency, page furniture, or a time stamp.
 */
function notAnEventName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length === 1 && (/-\p{Ll}+$/u.test(name) || /^\p{Lu}\p{Ll}$/u.test(name) || STREET_TYPE_WORDS.has(name.toLowerCase().replace(/\.$/, "")))) return true;
  if (/\.\p{L}{2,4}\b/u.test(name) && !/^\p{Lu}\./u.test(name)) return true;
  return words.some((w) => {
    const lower = w.toLowerCase().replace(/[.’']+$/, "");
    return MEDIA_NAME_WORDS.has(lower) || PAGE_WORDS.has(lower) || (WEEKDAY_NAMES as readonly string[]).includes(lower) || CALL_SIGN.test(w);
  });
}

/**
 * Only what really ties the reports: places of the event's own country (not "Delhi", named
 * in a Pakistani story's denials), names the reports state outside background sentences (not
 * a former leader recalled), held by independent sources (not a name only copies of one wire
 * story repeat), with the names of the event's lead and its people first; no lone common
 * word ("Analysts" opening a sentence, "Street"), no credit, outlet or page furniture, and no
 * surname already shown in a full name.
 */
export function describeCluster(members: DocumentFeatures[], stats: FeatureStats, commonWords: Set<string> = new Set(), context: ClusterContext = {}): string[] {
  const evidence: string[] = [];
  const familyOf = context.familyOf ?? ((id: string) => id);
  const country = mainCountry(members);
  const foreground = (map: Map<string, number>): Map<string, number> => new Map([...map].filter(([, w]) => w >= 1));
  const placeKeys = (f: DocumentFeatures): Map<string, number> =>
    new Map([...foreground(f.places)].filter(([key]) => key.endsWith(`|${country}`) && !commonWords.has(key.slice(0, key.indexOf("|")).toLowerCase())));
  // The event's own places are those of a report's lead ("Islamabad", named in a denial further down, is not).
  const leadPlace = (key: string): boolean => members.some((f) => (f.lead.get(`${key}`) ?? 0) > 0);
  const places = shared(members, placeKeys, "p", stats, 5, familyOf, leadPlace);
  if (places.length) evidence.push(`shared places: ${places.join(", ")}`);
  const credited = creditedNames(members, context.textOf);
  const isCredited = (key: string): boolean => credited.has(key) || [...credited].some((c) => key.endsWith(` ${c}`) || c.endsWith(` ${key}`));
  const display = (f: DocumentFeatures, key: string): string => f.display.get(`n:${key}`) ?? key;
  const nameKeys = (f: DocumentFeatures): Map<string, number> =>
    new Map(
      [...foreground(f.names)].filter(
        ([key]) => (key.includes(" ") || (!commonWords.has(key) && !f.openingOnly?.has(key))) && !notAnEventName(display(f, key)) && !isCredited(key),
      ),
    );
  // Part of the event: named in a report's lead (who did what, where) or as its victim or suspect.
  const partOfEvent = (key: string): boolean => members.some((f) => (f.lead.get(key) ?? 0) > 0 || f.incident?.people.has(key) === true);
  const fullNames = shared(members, nameKeys, "n", stats, 12, familyOf, partOfEvent);
  const names = fullNames.filter((name) => name.includes(" ") || !fullNames.some((other) => other !== name && other.endsWith(` ${name}`))).slice(0, 6);
  if (names.length) evidence.push(`shared names: ${names.join(", ")}`);
  const terms = shared(members, (f) => f.terms, "t", stats, 8, familyOf);
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
