// Background by distance and time, across an event's reports (docs/reconciliation.md,
// `elsewhere` and `earlier`). Extraction decides a sentence is background from that sentence
// and its own report; only the event knows where and when it happened. So a total whose
// sentence names only places far from every place the reports lead with, or dates well
// before the event began, is another event's: it goes to `related`, never to the toll.
import type { CleanDocument, Extraction, Statement } from "../types.ts";
import { daysBetween } from "../text/dates.ts";
import { EVENT_WINDOW_DAYS, kilometres } from "./event-fields.ts";
import { LEAD_SENTENCES, inLeadPlace, prominenceOf } from "./prominence.ts";

/** The background keys extraction gives when it names no event (src/extract/index.ts). */
const GENERIC_BACKGROUND = new Set(["background", "earlier or other event"]);

/** Farther than this from every place the event's reports lead with is elsewhere: another town, not a district of the same one. */
export const FAR_KM = 150;

interface Located {
  name: string;
  lat: number;
  lon: number;
}

/**
 * A town named as a place, not a word the gazetteer happens to know: after "in", "near" or
 * "outside" ("in Camden, NJ"), and not the first word of a street, park, building or
 * neighbourhood ("in Montgomery Park", "Temple University Hospital"). Surnames and street
 * names that are also towns somewhere are common in local news.
 */
const PLACE_CONTEXT_BEFORE = /\b(?:in|near|outside|(?:city|town|village|island|province|district|region) of)\s+(?:the\s+)?$/i;
/** The town is the last word of a longer name ("North Philadelphia", "Fort Duchesne"), a possessive ("Iran's Qeshm") aside. */
const NAME_BEFORE = /\p{Lu}[\p{L}.-]*(?<!['’]s)\s+$/u;
const NOT_THE_TOWN_AFTER = /^(?:['’]s)?\s+\p{Lu}|^(?:['’]s)?\s+(?:\p{Lu}[\p{L}'’.-]*\s+)*(?:Park|Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Lane|Way|Place|Court|Terrace|County|Hospital|Valley|Township|Heights|Square|Mall|Center|Centre|Jail|University|College|School|Village|Apartments|Station|Airport|neighbou?rhood|section|area|district|subdivision)\b/u;

function namedAsTown(raw: string, start: number, end: number): boolean {
  return PLACE_CONTEXT_BEFORE.test(raw.slice(Math.max(0, start - 20), start)) && !NOT_THE_TOWN_AFTER.test(raw.slice(end, end + 40));
}

/**
 * A town a lead names without a preposition ("Iran's Qeshm island"): taken when the event's
 * reports name it again and again, and it is not part of a longer name.
 */
function leadTown(raw: string, start: number, end: number): boolean {
  return !NAME_BEFORE.test(raw.slice(Math.max(0, start - 30), start)) && !NOT_THE_TOWN_AFTER.test(raw.slice(end, end + 40));
}
const NAMED_AGAIN = 3;

/** The raw span of a statement's sentence: its quote, found around the number. */
function sentenceSpan(doc: CleanDocument | undefined, s: Statement): { start: number; end: number } | null {
  if (!doc || !s.quote) return null;
  const at = doc.raw.lastIndexOf(s.quote, s.start);
  if (at < 0 || at + s.quote.length < s.end) return null;
  return { start: at, end: at + s.quote.length };
}

/** True when a raw offset is in a report's headline or lead sentences, as statements place them. */
function inLead(x: Extraction, docById: Map<string, CleanDocument>, offset: number): boolean {
  const lead = x.statements.filter((s) => s.place === null || inLeadPlace(s.place));
  const doc = docById.get(x.document);
  if (lead.some((s) => {
    const span = sentenceSpan(doc, s);
    return span !== null && span.start <= offset && offset < span.end;
  })) return true;
  // The lead's sentences hold no count: its first sentences, cut at full stops.
  const first = doc?.paragraphs[0];
  if (!doc || !first) return false;
  const cut = /[.!?]["”’)]?\s+(?=["“(]?\p{Lu})/gu;
  cut.lastIndex = first.start;
  let end = first.end;
  for (let n = 0; n < LEAD_SENTENCES; n++) {
    const m = cut.exec(doc.text);
    if (!m || m.index >= first.end) break;
    end = m.index + 1;
  }
  const rawEnd = doc.toRaw[Math.max(first.start, end - 1)] ?? -1;
  return rawEnd >= 0 && offset <= rawEnd;
}

/** Where the event happened: the towns its reports name in their leads, else the town they name most. */
export function eventAnchors(extractions: Extraction[], documents: CleanDocument[]): Located[] {
  const docById = new Map(documents.map((d) => [d.id, d]));
  const mentions = new Map<string, number>();
  for (const x of extractions) for (const p of x.places) mentions.set(p.name, (mentions.get(p.name) ?? 0) + 1);
  const towns = extractions.flatMap((x) => {
    const raw = docById.get(x.document)?.raw ?? "";
    // A dateline ("HOUSTON —") names the town at the very start of the report.
    const dateline = (p: { start: number }): boolean => /^[\s\p{Lu}.,'’-]*$/u.test(raw.slice(0, p.start));
    return x.places
      .filter((p) => p.kind === "city" && p.lat !== null && p.lon !== null)
      .filter((p) => dateline(p) || namedAsTown(raw, p.start, p.end) || ((mentions.get(p.name) ?? 0) >= NAMED_AGAIN && leadTown(raw, p.start, p.end)))
      .map((p) => ({ x, p }));
  });
  const lead = towns.filter(({ x, p }) => inLead(x, docById, p.start));
  if (lead.length > 0) return lead.map(({ p }) => ({ name: p.name, lat: p.lat!, lon: p.lon! }));
  const counts = new Map<string, { place: Located; n: number }>();
  for (const { p } of towns) {
    const found = counts.get(p.name) ?? { place: { name: p.name, lat: p.lat!, lon: p.lon! }, n: 0 };
    found.n += 1;
    counts.set(p.name, found);
  }
  const top = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return top ? [top.place] : [];
}

/**
 * The statements with those about another place or an earlier time marked background: the
 * role `background`, a `background` key saying which, and the rule with its words.
 */
export function markElsewhereAndEarlier(statements: Statement[], extractions: Extraction[], documents: CleanDocument[], eventStart: string | null): Statement[] {
  const docById = new Map(documents.map((d) => [d.id, d]));
  const byDoc = new Map(extractions.map((x) => [x.document, x]));
  const anchors = eventAnchors(extractions, documents);
  // A count another report gives as a background event's ("the 2005 quake killed 612") is that
  // event's wherever it appears, unless some report leads with it as its own.
  const key = (s: Statement): string => `${s.measure}\u0000${s.value}`;
  // Only a named event's ("bam", "richter"): extraction's generic keys say only that a sentence looked back.
  const named = (s: Statement): boolean => !!s.background && !GENERIC_BACKGROUND.has(s.background);
  const backgroundCounts = new Map(statements.filter((s) => named(s) && s.value > 0).map((s) => [key(s), s]));
  const ledWith = new Set(statements.filter((s) => !s.background && s.role !== "background" && prominenceOf(s).position > 0).map(key));
  return statements.map((s) => {
    if (s.background || s.role === "background") return s;
    const echoed = backgroundCounts.get(key(s));
    if (echoed && echoed.document !== s.document && !ledWith.has(key(s))) {
      return { ...s, role: "background", roleRule: `background-echo: ${echoed.document} gives ${s.value} as the figure of "${echoed.background}"`, background: echoed.background };
    }
    const x = byDoc.get(s.document);
    const span = sentenceSpan(docById.get(s.document), s);
    if (!x || !span) return s;
    const within = <T extends { start: number }>(list: T[]): T[] => list.filter((m) => span.start <= m.start && m.start < span.end);
    const raw = docById.get(s.document)!.raw;
    const towns = within(x.places).filter((p) => p.kind === "city" && p.lat !== null && p.lon !== null && namedAsTown(raw, p.start, p.end));
    if (anchors.length > 0 && towns.length > 0) {
      const far = towns.filter((t) => anchors.every((a) => a.name !== t.name && kilometres(a, { lat: t.lat!, lon: t.lon! }) > FAR_KM));
      if (far.length === towns.length) {
        const km = Math.round(Math.min(...anchors.map((a) => kilometres(a, { lat: far[0].lat!, lon: far[0].lon! }))));
        return { ...s, role: "background", roleRule: `elsewhere: "${far[0].name}", ${km} km from ${anchors[0].name}`, background: `elsewhere: ${far[0].name}` };
      }
    }
    if (eventStart) {
      const earlier = within(x.dates).find((d) => !d.reporting && /^\d{4}-\d{2}-\d{2}$/.test(d.date) && daysBetween(d.until ?? d.date, eventStart) > EVENT_WINDOW_DAYS);
      if (earlier) return { ...s, role: "background", roleRule: `earlier: "${earlier.text}" (${earlier.date}), before the event began (${eventStart})`, background: `earlier: ${earlier.text}` };
    }
    return s;
  });
}
