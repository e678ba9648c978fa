// The descriptive fields of an event, merged from the extractions of its reports: when it
// happened, where, who took part, which claims are contested, and a short title.
import type {
  ActorKind,
  ActorPart,
  Assertion,
  CleanDocument,
  EventActor,
  EventPlace,
  Extraction,
  Figure,
} from "../types.ts";
import { countryName } from "../text/names.ts";
import { daysBetween, dayNumber } from "../text/dates.ts";
import { FUNCTION_WORDS } from "../text/lexicon/stopwords.ts";


/** How far from the best-supported date a mention may lie and still be this event's. */
export const EVENT_WINDOW_DAYS = 14;

/**
 * Earliest and latest date of what happened, from the reports' own time expressions (never
 * a publication date). Background dates are another event's, a date of speaking is the
 * reporting's, and
 * a date after the earliest publication is the reporting (a press conference, a later
 * raid), not the event itself. A stray date far from the rest ("in 1923", a misread year)
 * is left out: the date most reports mention anchors a window of two weeks either side.
 */
export function eventDates(extractions: Extraction[], documents: CleanDocument[]): { start: string | null; end: string | null } {
  const published = documents.map((d) => d.meta.published).filter((p): p is string => !!p).sort();
  const firstPublished = published[0] ?? null;
  const support = new Map<string, Set<string>>();
  const add = (day: string, document: string): void => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || dayNumber(day) === null) return;
    if (!support.has(day)) support.set(day, new Set());
    support.get(day)!.add(document);
  };
  for (const x of extractions) {
    for (const d of x.dates) {
      // When something was said is not when it happened (rule `reporting-date`).
      if (d.background || d.reporting) continue;
      if (firstPublished && d.date > firstPublished) continue;
      add(d.date, x.document);
      if (d.until) add(firstPublished && d.until > firstPublished ? firstPublished : d.until, x.document);
    }
  }
  if (support.size === 0) return { start: null, end: null };
  const [anchor] = [...support.entries()].sort((a, b) => b[1].size - a[1].size || b[0].localeCompare(a[0]))[0];
  const days = [...support.keys()].filter((d) => Math.abs(daysBetween(anchor, d)) <= EVENT_WINDOW_DAYS).sort();
  return { start: days[0], end: days[days.length - 1] };
}

const toRadians = (deg: number): number => (deg * Math.PI) / 180;
export function kilometres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(h));
}

/** Two spellings of one town ("Noshki", "Nushki") resolve to the same point: within this many km they are one place. */
const SAME_PLACE_KM = 5;

interface PlaceAcc extends EventPlace {
  kind: string;
  spellings: Map<string, number>;
}

/** Places merged by name or by coordinates, with their mention counts, most mentioned first. */
export function mergePlaces(extractions: Extraction[]): (EventPlace & { kind: string })[] {
  const places: PlaceAcc[] = [];
  const byName = new Map<string, PlaceAcc>();
  for (const x of extractions) {
    for (const m of x.places) {
      const key = m.name.toLowerCase();
      const found = byName.get(key) ?? places.find(
        (p) =>
          p.spellings.has(key) ||
          (p.lat !== null && p.lon !== null && m.lat !== null && m.lon !== null && p.kind === m.kind &&
            (p.country === m.country || !p.country || !m.country) && kilometres({ lat: p.lat, lon: p.lon }, { lat: m.lat, lon: m.lon }) <= SAME_PLACE_KM),
      );
      if (found) {
        found.mentions += 1;
        found.spellings.set(key, (found.spellings.get(key) ?? 0) + 1);
        byName.set(key, found);
        if (found.lat === null && m.lat !== null) {
          found.lat = m.lat;
          found.lon = m.lon;
        }
        found.country ??= m.country;
        if (found.lat === null && !found.near && m.near) found.near = m.near;
        continue;
      }
      const place: PlaceAcc = { name: m.name, country: m.country, lat: m.lat, lon: m.lon, mentions: 1, kind: m.kind, spellings: new Map([[key, 1]]), ...(m.near && m.lat === null ? { near: m.near } : {}) };
      places.push(place);
      byName.set(key, place);
    }
  }
  const firstSurface = new Map<string, string>();
  for (const x of extractions) for (const m of x.places) if (!firstSurface.has(m.name.toLowerCase())) firstSurface.set(m.name.toLowerCase(), m.name);
  for (const p of places) {
    // The spelling most reports use names the place.
    const [top] = [...p.spellings.entries()].sort((a, b) => b[1] - a[1]);
    p.name = firstSurface.get(top[0]) ?? p.name;
  }
  return places
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
    .map(({ name, country, lat, lon, mentions, kind, near }) => ({ name, country, lat, lon, mentions, kind, ...(lat === null && near ? { near } : {}) }));
}

/** Actors merged by canonical name; aliases are the distinct ways the reports wrote them. */
export function mergeActors(extractions: Extraction[]): EventActor[] {
  const actors = new Map<string, { name: string; aliases: Set<string>; kinds: Map<ActorKind, number>; mentions: number }>();
  for (const x of extractions) {
    for (const m of x.actors) {
      const key = m.name.toLowerCase();
      if (!actors.has(key)) actors.set(key, { name: m.name, aliases: new Set(), kinds: new Map(), mentions: 0 });
      const actor = actors.get(key)!;
      actor.aliases.add(m.surface);
      actor.kinds.set(m.kind, (actor.kinds.get(m.kind) ?? 0) + 1);
      actor.mentions += 1;
    }
  }
  const merged: EventActor[] = [...actors.values()]
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
    .map((a) => ({
      name: a.name,
      aliases: [...a.aliases].sort(),
      kind: [...a.kinds.entries()].sort((x, y) => y[1] - x[1])[0][0],
    }));
  return [...merged, ...mergeTargets(extractions, merged)];
}

/**
 * Who or what was attacked, one entry per target across the reports ("police stations" and
 * "police station" are one), each with every sentence that says so. A target that is one of
 * the event's actors ("attacks on the Pakistan Army") is given to it; the others are listed
 * by what they are, most reported first.
 */
function mergeTargets(extractions: Extraction[], actors: EventActor[]): EventActor[] {
  const key = (name: string): string => name.toLowerCase().replace(/^(?:the|a|an)\s+/, "").replace(/(?<=\w)(?:ies|es|s)$/, "");
  const byKey = new Map<string, EventActor>();
  for (const a of actors) for (const n of [a.name, ...a.aliases]) byKey.set(key(n), a);
  const fresh: EventActor[] = [];
  for (const x of extractions) {
    for (const t of x.targets ?? []) {
      let actor = byKey.get(key(t.name));
      if (!actor) {
        actor = { name: t.name, aliases: [], kind: "target" };
        byKey.set(key(t.name), actor);
        fresh.push(actor);
      } else if (actor.name !== t.name && !actor.aliases.includes(t.name) && actor.kind === "target") actor.aliases.push(t.name);
      (actor.evidence ??= []).push({ document: x.document, quote: t.quote, start: t.start, end: t.end, place: t.place });
    }
  }
  const reports = (a: EventActor): number => new Set(a.evidence?.map((e) => e.document)).size;
  return fresh.sort((a, b) => reports(b) - reports(a));
}

// A target ranks after the people whose figures are used: it is what happened to, not who tells it.
const PART_WEIGHT: Record<ActorPart, number> = { perpetrator: 1000, "source of figures": 100, target: 30, accuser: 20, denier: 20, accused: 10 };

/**
 * Actors ranked by their part in the event, not by how often they are named: the group
 * that carried it out (a responsibility claim), the people whose figures the event uses,
 * who accuses, who is accused and who denies. An actor named only in passing (a politician
 * whose party condemned, a background ally) keeps its place after them, by mentions.
 * `assertions` are the event's merged claims; a backing claim's subject is a country code.
 */
export function rankActorsByPart(actors: EventActor[], figures: Figure[], assertions: Assertion[]): EventActor[] {
  const names = (a: EventActor): string[] => [a.name, ...a.aliases].map((n) => n.toLowerCase());
  const named = (a: EventActor, text: string | null | undefined): boolean => !!text && names(a).some((n) => text.toLowerCase() === n || text.toLowerCase().includes(n));
  const ranked = actors.map((actor, order) => {
    const score = new Map<ActorPart, number>();
    const add = (part: ActorPart, n = 1): void => void score.set(part, (score.get(part) ?? 0) + n);
    if (actor.evidence?.length) add("target", new Set(actor.evidence.map((e) => e.document)).size);
    for (const f of figures) {
      for (const s of f.statements) {
        if (s.background) continue;
        const speaker = s.speaker;
        if (speaker?.name ? names(actor).includes(speaker.name.toLowerCase()) || named(actor, speaker.name) : actor.kind !== "person" && named(actor, speaker?.text)) add("source of figures");
      }
    }
    for (const a of assertions) {
      for (const e of a.evidence) {
        if (!named(actor, e.who)) continue;
        if (a.kind === "responsibility" && e.stance === "asserts") add("perpetrator");
        else if (e.stance === "asserts") add("accuser");
        else if (e.stance === "denies") add("denier");
      }
      if (a.kind === "backing" && named(actor, a.claim.replace(/^The attacks were backed by /, ""))) add("accused");
    }
    const parts = [...score.keys()].sort((x, y) => PART_WEIGHT[y] * score.get(y)! - PART_WEIGHT[x] * score.get(x)!);
    const weight = parts.reduce((n, p) => n + PART_WEIGHT[p] * Math.min(score.get(p)!, 10), 0);
    return { actor: parts.length ? { ...actor, parts } : actor, weight, order };
  });
  return ranked.sort((a, b) => b.weight - a.weight || a.order - b.order).map((r) => r.actor);
}

/**
 * Claims merged across reports: one claim per kind and subject (a responsibility claim's
 * group through the event's actors, so "BLA" and "Balochistan Liberation Army" are one),
 * every report's evidence kept in document order. `by` and `disputedBy` are derived from the
 * evidence: who asserts, who denies. No response is not a denial, and a claim no one denies
 * has an empty `disputedBy`: it is not disputed.
 */
export function mergeAssertions(extractions: Extraction[], actors: EventActor[] = []): Assertion[] {
  const canonical = new Map<string, string>();
  for (const a of actors) for (const n of [a.name, ...a.aliases]) canonical.set(n.toLowerCase(), a.name);
  // "Baloch Liberation Army (BLA)": the name, or the acronym, resolves.
  const groupName = (subject: string): string => {
    const bare = subject.replace(/\s*\([^)]*\)$/, "");
    const acronym = /\(([^)]+)\)$/.exec(subject)?.[1] ?? "";
    return canonical.get(bare.toLowerCase()) ?? canonical.get(acronym.toLowerCase()) ?? bare;
  };
  const merged = new Map<string, Assertion>();
  for (const x of extractions) {
    for (const m of x.assertions) {
      const subject = m.kind === "responsibility" ? groupName(m.subject) : m.subject;
      const key = `${m.kind}|${subject.toLowerCase()}`;
      const claim = m.kind === "responsibility" ? `${subject} carried out the attacks` : m.claim;
      if (!merged.has(key)) merged.set(key, { claim, kind: m.kind, by: [], disputedBy: [], documents: [], evidence: [] });
      const found = merged.get(key)!;
      if (!found.documents.includes(m.document)) found.documents.push(m.document);
      found.evidence.push(...m.evidence.map((e) => ({ ...e, who: e.who && m.kind === "responsibility" && e.who === m.subject ? subject : e.who })));
    }
  }
  const whoOf = (a: Assertion, stance: string): string[] => {
    const out: string[] = [];
    for (const e of a.evidence) if (e.stance === stance && e.who && !out.some((w) => w.toLowerCase() === e.who!.toLowerCase())) out.push(e.who);
    return out;
  };
  return [...merged.values()]
    .map((a) => ({ ...a, documents: a.documents.sort(), by: whoOf(a, "asserts"), disputedBy: whoOf(a, "denies") }))
    // Disputed claims first, then the ones more reports carry.
    .sort((a, b) => Number(b.disputedBy.length > 0) - Number(a.disputedBy.length > 0) || b.documents.length - a.documents.length);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/**
 * A short headline: what (the kind of event most reports name in their title or first
 * lines, or again and again in their body, when at least half of them do), where (the most
 * mentioned place below country level, with its country). Otherwise the most representative
 * document title.
 */
export function eventTitle(documents: CleanDocument[], extractions: Extraction[], places: (EventPlace & { kind: string })[], figures: Figure[]): string {
  // Per kind, the reports about it: their lead says so, or their body says so again and again.
  const about = new Map<string, { rank: number; documents: Set<string>; singles: Set<string | undefined> }>();
  for (const x of extractions) {
    for (const k of x.eventKinds) {
      if (!k.inLead && k.mentions < 3) continue;
      if (!about.has(k.kind)) about.set(k.kind, { rank: k.rank, documents: new Set(), singles: new Set() });
      about.get(k.kind)!.documents.add(x.document);
      about.get(k.kind)!.singles.add(k.single);
    }
  }
  let noun: string | null = null;
  let bestDocs = 0;
  // Ties go to the more specific kind (an earthquake over "attacks").
  for (const [kind, { documents: docs, singles }] of [...about.entries()].sort((a, b) => a[1].rank - b[1].rank)) {
    if (docs.size > bestDocs) {
      // The singular only when every report about it names one ("an airstrike"), none several.
      const [single] = singles;
      noun = singles.size === 1 && single ? single : kind;
      bestDocs = docs.size;
    }
  }
  if (bestDocs * 2 < documents.length) noun = null;
  const place = places.find((p) => p.kind !== "country") ?? places[0];
  const country = place ? countryName(place.country) : null;
  const where = place ? (country && country !== place.name ? `${place.name}, ${country}` : place.name) : null;
  if (noun && where) return `${noun} in ${where}`;
  const title = representativeTitle(documents);
  if (title) return title;
  if (where) return `${figures.some((f) => f.measure === "killed") ? "Deadly events" : "Events"} in ${where}`;
  return noun ?? "Unnamed event";
}

const titleWords = (title: string): Set<string> => new Set((title.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w)));

/** The title sharing most words with the others (a headline, not a timestamp); ties to the shortest. */
function representativeTitle(documents: CleanDocument[]): string | null {
  const titles = documents
    .map((d) => d.meta.title?.trim() ?? "")
    .filter((t) => titleWords(t).size >= 3 && t.length <= 140);
  if (titles.length === 0) return null;
  const words = titles.map(titleWords);
  const scored = titles.map((t, i) => ({ t, score: words.reduce((sum, w, j) => (j === i ? sum : sum + jaccard(words[i], w)), 0) }));
  scored.sort((a, b) => b.score - a.score || a.t.length - b.t.length);
  return scored[0].t;
}
