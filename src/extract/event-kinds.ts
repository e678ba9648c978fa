// What kind of event a report is about, by the words it uses: found once here so that the
// event's title (reconcile) never re-reads the text.
import type { CleanDocument, EventKindMention } from "../types.ts";

/**
 * Kinds of event and the words that name them, most specific first: an earthquake's report
 * also speaks of rescue "operations", a bombing's of an "attack". The order breaks ties.
 */
const EVENT_KINDS: [RegExp, string][] = [
  [/\b(?:earthquakes?|quake|tremors?)\b/gi, "Earthquake"],
  [/\b(?:floods?|flooding|flash floods?)\b/gi, "Floods"],
  [/\b(?:landslides?|mudslides?)\b/gi, "Landslide"],
  [/\b(?:wildfires?|bushfires?|forest fires?)\b/gi, "Wildfire"],
  [/\b(?:hurricanes?|typhoons?|cyclones?|storms?)\b/gi, "Storm"],
  [/\b(?:air ?strikes?|airstrikes?|shelling|missile strikes?|drone strikes?)\b/gi, "Strikes"],
  [/\b(?:shootings?|gunman|gunmen|opened fire)\b/gi, "Shooting"],
  [/\b(?:bombings?|explosions?|blasts?|suicide bombers?)\b/gi, "Bombing"],
  [/\b(?:attacks?|assaults?|ambush(?:es)?|raids?|offensive)\b/gi, "Attacks"],
  [/\b(?:clashes|fighting|battles?)\b/gi, "Clashes"],
  [/\b(?:protests?|demonstrations?|riots?)\b/gi, "Protests"],
  [/\b(?:crash(?:es)?|derail(?:ed|ment)|collisions?|collapsed?)\b/gi, "Disaster"],
  [/\b(?:fires?|blaze)\b/gi, "Fire"],
];

/** How much of a report's start says what it is about: its title and first lines. */
const LEAD_CHARS = 600;

/** The kinds of event a report names, in its title and lead or anywhere in its body. */
export function findEventKinds(doc: CleanDocument): EventKindMention[] {
  const lead = `${doc.meta.title ?? ""}\n${doc.text.slice(0, LEAD_CHARS)}`;
  const out: EventKindMention[] = [];
  EVENT_KINDS.forEach(([pattern, kind], rank) => {
    const inLead = new RegExp(pattern.source, "i").test(lead);
    const mentions = doc.text.match(pattern)?.length ?? 0;
    if (inLead || mentions > 0) out.push({ kind, rank, inLead, mentions });
  });
  return out;
}
