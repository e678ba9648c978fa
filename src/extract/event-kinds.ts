// What kind of event a report is about, by the words it uses: found once here so that the
// event's title (reconcile) never re-reads the text.
import type { CleanDocument, EventKindMention } from "../types.ts";
import { EVENT_WORDS, eventPattern, type EventKind } from "../text/lexicon/events.ts";

/**
 * The kinds a title may name, most specific first: an earthquake's report also speaks of
 * rescue "operations", a bombing's of an "attack". The order breaks ties. The words of each
 * kind are the lexicon's.
 */
const TITLE_KINDS: EventKind[] = [
  "earthquake", "floods", "landslide", "wildfire", "storm", "strikes", "shooting", "bombing", "attack", "clashes", "protests", "crash", "fire",
];
const EVENT_KINDS: [RegExp, string, string | undefined][] = TITLE_KINDS.map((kind) => [eventPattern(kind, "gi"), EVENT_WORDS[kind].title, EVENT_WORDS[kind].single]);

/** A word of a kind naming several ("attacks", "raids"); "attacked", "shelling" name no number. */
const PLURAL = /(?:[^s]s|es)$/i;
const NOUN_SINGULAR = /(?:[^s]|ss)$/i;

/** How much of a report's start says what it is about: its title and first lines. */
const LEAD_CHARS = 600;

/** The kinds of event a report names, in its title and lead or anywhere in its body. */
export function findEventKinds(doc: CleanDocument): EventKindMention[] {
  const lead = `${doc.meta.title ?? ""}\n${doc.text.slice(0, LEAD_CHARS)}`;
  const out: EventKindMention[] = [];
  EVENT_KINDS.forEach(([pattern, kind, single], rank) => {
    const inLead = new RegExp(pattern.source, "i").test(lead);
    const words = doc.text.match(pattern) ?? [];
    const mentions = words.length;
    if (!inLead && mentions === 0) return;
    // One strike, not "Strikes": every word of the kind in the title and body names one.
    const all = [...(doc.meta.title?.match(pattern) ?? []), ...words].filter((w) => !/(?:ed|ing)$/i.test(w));
    const one = single && all.length > 0 && all.every((w) => NOUN_SINGULAR.test(w) && !PLURAL.test(w));
    out.push({ kind, rank, inLead, mentions, ...(one ? { single } : {}) });
  });
  return out;
}
