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
const EVENT_KINDS: [RegExp, string][] = TITLE_KINDS.map((kind) => [eventPattern(kind, "gi"), EVENT_WORDS[kind].title]);

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
