// Who and where: places geocoded offline (src/text/gazetteer.ts) and disambiguated by the
// country the article is about; armed groups and organisations with their acronyms; people
// named with their roles; states.
import type { ActorMention, PlaceMention } from "../types.ts";
import { countryOf, lookupPlace } from "../text/gazetteer.ts";
import { AREA_WORDS, CAPITAL_METONYMS, NOT_AREA_NAME, SETTLEMENT_WORDS } from "./lexicon.ts";
import { ARMED_GROUP_ACRONYMS, ARMED_NAME_WORDS, ONE_WORD_ARMED_GROUPS, ORGANISATION_NAME_WORDS } from "../text/lexicon/armed-groups.ts";
import type { RoleHolder } from "./speakers.ts";

/** Capitalised name sequences: "Quetta", "Baloch Liberation Army", "Tehrik-e-Taliban Pakistan". */
const PROPER = /\b(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|the|al|el|de|e)?\s*\p{Lu}[\p{L}'’-]*){0,4})/gu;

const PLACE_CONTEXT = /\b(in|near|from|across|at|to|outside|around|of|into|toward|towards|through)\s+(the\s+)?$/i;

/** A name with one of these words is an organisation's (armed or not). */
const GROUP_WORDS = new RegExp(`\\b(${[...ARMED_NAME_WORDS, ...ORGANISATION_NAME_WORDS].join("|")})\\b`);

/** A name with one of these words is an armed group's. */
const ARMED = new RegExp(`\\b(${ARMED_NAME_WORDS.join("|")})\\b`, "i");

const ONE_WORD_GROUP = new RegExp(`\\b(${ONE_WORD_ARMED_GROUPS.join("|")})\\b`, "g");
const STANDALONE_ACRONYM = new RegExp(`^(${ARMED_GROUP_ACRONYMS.join("|")})$`);

/** Words after a capital that make it speak or act for its state. */
const METONYM_AFTER = /^\s+(?:\w+ly\s+)?(said|says|denied|denies|rejected|rejects|should|was|is|has|have|had|would|will|accused|blamed|responded|condemned|claimed)\b/;

const NOT_ACTORS = /^(The|A|An|In|On|At|But|And|However|Though|While|Police|Officials|Security|Analysts|Authorities)$/;

/**
 * The country a text is about: the one its places are in, counted from the names of
 * countries, regions and towns (not demonyms: a "British climber" dies in New Zealand).
 * A first guess from country names disambiguates the towns.
 */
export function mainCountry(text: string): string | null {
  const named = new Map<string, number>();
  for (const m of text.matchAll(/\b\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?/gu)) {
    const place = lookupPlace(m[0], null);
    if (place && place.kind === "country" && place.name.toLowerCase() === m[0].toLowerCase()) named.set(place.country, (named.get(place.country) ?? 0) + 1);
  }
  const guess = top(named);
  const counts = new Map<string, number>();
  for (const p of findPlaces(text, guess)) counts.set(p.country!, (counts.get(p.country!) ?? 0) + (p.kind === "country" ? 1 : 2));
  return top(counts) ?? guess;
}

function top(counts: Map<string, number>): string | null {
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Places named in `text` (clean text); offsets are relative to it. */
export function findPlaces(text: string, country: string | null): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of text.matchAll(PROPER)) {
    const words = [...m[1].matchAll(/\S+/g)].map((w) => ({ text: w[0], start: m.index! + w.index! }));
    // Try the longest name first, then shorter ones ("Balochistan Province" -> "Balochistan").
    for (let i = 0; i < words.length; ) {
      let taken = 1;
      for (let len = words.length - i; len >= 1; len--) {
        const start = words[i].start;
        const last = words[i + len - 1];
        const name = text.slice(start, last.start + last.text.length).replace(/['’]s$/, "");
        if (i === 0 && len > 1 && /^The$/.test(words[0].text)) continue;
        if (/\b(Mr|Mrs|Ms|Dr|Miss)\.?\s+$/.test(text.slice(Math.max(0, start - 5), start))) continue;
        const before = text.slice(Math.max(0, start - 12), start);
        const context = PLACE_CONTEXT.test(before);
        const atSentenceStart = /(^|[.!?]["”]?\s+|\n)$/.test(text.slice(Math.max(0, start - 3), start));
        const place = lookupPlace(name, country, { placeContext: context });
        if (!place) continue;
        // "Islamabad was deflecting attention", "no response from New Delhi": the state, not the place.
        if (name in CAPITAL_METONYMS && (METONYM_AFTER.test(text.slice(start + name.length, start + name.length + 30)) || /\b(from|by)\s+$/.test(before))) {
          taken = len;
          break;
        }
        // A demonym ("Pakistani", "Baloch") names people, not a place.
        if (countryOf(name) && place.kind === "country" && !sameCountryName(name, place)) continue;
        // A truncated name ("Baloch" for Balochistan) is the people's name, not the place's.
        if (place.kind !== "city" && place.name.length > name.length && place.name.toLowerCase().startsWith(name.toLowerCase())) continue;
        // A town abroad with no place words around it is more likely a surname ("Ms Baker").
        if (place.kind === "city" && country && place.country !== country && !context && place.population < 1_000_000) continue;
        if (atSentenceStart && len === 1 && place.kind === "city" && !context && place.population < 50_000) continue;
        const areaWord = place.kind === "city" ? AREA_WORD_NEXT.exec(text.slice(start + name.length, start + name.length + 20)) : null;
        if (areaWord) {
          // The town's point is not the area's: the area is kept by name, without coordinates.
          const end = start + name.length + areaWord[0].length;
          out.push({ name: text.slice(start, end), country: place.country, lat: null, lon: null, kind: "area", start, end });
          taken = len;
          break;
        }
        out.push({ name, country: place.country, lat: place.lat, lon: place.lon, kind: place.kind, start, end: start + name.length });
        taken = len;
        break;
      }
      i += taken;
    }
  }
  return out;
}

const AREA_ALTERNATIVES = AREA_WORDS.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join("|");
/** A capitalised name, one to four words ("Al Haouz", "Idlib"). */
const AREA_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:al-|el-)?\p{Lu}[\p{L}'’-]*){0,3}`;
/** "Al Haouz province", "Kech District"; "the province of Al Haouz". */
const AREA_AFTER_NAME = new RegExp(`(${AREA_NAME})\\s+(?:${AREA_ALTERNATIVES})\\b`, "gu");
const SETTLEMENT_ALTERNATIVES = SETTLEMENT_WORDS.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join("|");
const AREA_BEFORE_NAME = new RegExp(`\\b(?:${AREA_ALTERNATIVES}|${SETTLEMENT_ALTERNATIVES})\\s+of\\s+(${AREA_NAME})`, "gu");
/** An area word right after a name the gazetteer has as a town: "Aleppo province" is the province, not the city's point. */
const AREA_WORD_NEXT = new RegExp(`^\\s+(?:${AREA_ALTERNATIVES})\\b`, "u");
/** Where a name is said to be where something is or happened ("in", "near", "across", "of"), "the" allowed. */
const AREA_CONTEXT = /\b(?:in|near|across|at|outside|around|of|into|through|hit|struck|rocked)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|neighbouring|neighboring|nearby|remote|mountainous|rural)\s+)?$/i;

/**
 * Administrative areas the offline gazetteer does not have ("Most of the deaths were in Al
 * Haouz province"): named as where something is or happened, with an area word, and not a
 * place the gazetteer finds under its name. Each is kept with no coordinates, never a guessed
 * point, and placed by name (`near`) by the nearest place of `found` below country level
 * (the geocoded places of the same text), whose country it takes. Offsets are into `text`.
 */
export function findUngeocodedAreas(text: string, found: PlaceMention[], country: string | null): PlaceMention[] {
  const out: PlaceMention[] = [];
  const add = (name: string, start: number, end: number, context: boolean): void => {
    const own = name.replace(/^The\s+/, "");
    if (!context || NOT_AREA_NAME.test(own) || lookupPlace(own, country, { placeContext: true })) return;
    if (found.some((p) => p.start < end && start < p.end) || out.some((p) => p.start < end && start < p.end)) return;
    const geocoded = found.filter((p) => p.kind !== "country" && p.lat !== null);
    const distance = (p: PlaceMention): number => (p.end <= start ? start - p.end : p.start - end);
    const near = geocoded.sort((a, b) => distance(a) - distance(b))[0];
    out.push({ name: text.slice(start, end), country: near?.country ?? country, lat: null, lon: null, kind: "area", start, end, ...(near ? { near: near.name } : {}) });
  };
  for (const m of text.matchAll(AREA_AFTER_NAME)) {
    // "the" is not part of the name: "in The Hague" aside, an area's article is lowercase or opens the sentence.
    const start = m.index + (/^The\s+/.exec(m[1])?.[0].length ?? 0);
    add(m[1], start, m.index + m[0].length, AREA_CONTEXT.test(text.slice(Math.max(0, start - 40), start)));
  }
  for (const m of text.matchAll(AREA_BEFORE_NAME)) {
    // The place is the name itself ("Kafr Nouran"), the words before it only say what it is.
    const end = m.index + m[0].length;
    add(m[1], end - m[1].length, end, /\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index)));
  }
  return out.sort((a, b) => a.start - b.start);
}

function sameCountryName(name: string, place: { name: string }): boolean {
  return place.name.toLowerCase() === name.toLowerCase() || name.length <= 4;
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(Of|The|And|E|Al|El)$/.test(w))
    .map((w) => w[0])
    .join("");
}

/** Armed groups and organisations, with acronyms given in brackets or used alone. */
export function findActors(text: string, holders: RoleHolder[]): ActorMention[] {
  const out: ActorMention[] = [];
  const named = new Map<string, string>(); // acronym -> full name
  for (const m of text.matchAll(PROPER)) {
    let name = m[1].replace(/^(The|A|An)\s+/, "").replace(/['’]s$/, "");
    if (!GROUP_WORDS.test(name) || NOT_ACTORS.test(name) || name.split(/\s+/).length < 2) continue;
    // "Pakistan's Army" is the state's; a group name has its own words before the group word.
    if (countryOf(name.split(/\s+/)[0]) && /^(\S+)\s+(Army|Forces|Government|Military)$/.test(name)) continue;
    const start = m.index! + m[1].indexOf(name);
    const kind = ARMED.test(name) ? "armed_group" : "organization";
    const acronym = /^\s*\(([A-Z][A-Za-z]{1,7})\)/.exec(text.slice(start + name.length))?.[1];
    named.set(acronym ?? initials(name), name);
    out.push({ name, surface: name, kind, role: null, start, end: start + name.length });
  }
  // Groups known by one word ("the Taliban denied", "Hamas said").
  for (const m of text.matchAll(ONE_WORD_GROUP)) {
    if (out.some((a) => a.start <= m.index! && a.end >= m.index! + m[0].length)) continue;
    const name = m[1] === "Houthi" ? "Houthis" : m[1];
    out.push({ name, surface: m[1], kind: "armed_group", role: null, start: m.index!, end: m.index! + m[1].length });
  }
  for (const m of text.matchAll(/\b([A-Z]{2,6})\b/g)) {
    const full = named.get(m[1]);
    if (full) {
      const kind = out.find((a) => a.name === full)!.kind;
      out.push({ name: full, surface: m[1], kind, role: null, start: m.index!, end: m.index! + m[1].length });
    } else if (STANDALONE_ACRONYM.test(m[1])) {
      out.push({ name: m[1], surface: m[1], kind: "armed_group", role: null, start: m.index!, end: m.index! + m[1].length });
    }
  }
  for (const h of holders) {
    const at = text.indexOf(h.name);
    if (at >= 0) out.push({ name: h.name, surface: h.full, kind: "person", role: h.role, start: at, end: at + h.name.length });
  }
  return out;
}

/** Countries acting in a sentence ("India denied", "Washington said"): states. */
export function findStates(text: string): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of text.matchAll(/\b(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)(?:['’]s [a-z ]{0,30}?)?\s+(?:\w+ly\s+)?(denied|denies|rejected|rejects|said|says|accused|accuses|blamed|blames|condemned|condemns|claimed|claims|alleged|dismissed)\b/gu)) {
    const name = CAPITAL_METONYMS[m[1]] ?? m[1];
    const code = countryOf(name);
    if (!code) continue;
    out.push({ name, surface: m[1], kind: "state", role: null, start: m.index!, end: m.index! + m[1].length });
  }
  return out;
}
