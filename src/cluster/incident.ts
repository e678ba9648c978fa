// Incident identity: when and where a report's own event happened, and who it happened to.
//
// Many events are alike (shootings in one city, week after week): what they share (the city,
// "shot", "police said") says nothing about whether two reports tell the same one. What does is
// the incident's own day, its own most specific place, and the names of the people in it. Two
// reports that disagree on the day or the place are kept apart unless they name the same people.
//
// Everything is read from the report's lead (title and first sentences), where news says what
// happened, where and when; places named further down are often other places (a hospital, a
// home town, an earlier shooting).
import { lookupPlace } from "../text/gazetteer.ts";
import { CREDIT_PATTERNS } from "../text/lexicon/credits.ts";
import { splitSentences } from "../text/sentences.ts";
import { MONTH_AND_DAY_WORDS } from "./patterns.ts";
import type { CleanDocument } from "../types.ts";
import type { DocumentFeatures, Incident } from "./features.ts";

export type { Incident };


const LEAD_SENTENCES = 4;

const STREET_TYPES =
    // Not "Court", "Place", "Square", "Way": as often courts of law, squares and names as streets.
  "Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Terrace|Trail|Pike";
/** "300 block of NE H Avenue", "Buist Avenue", "61st Street", "Interstate 95". */
const STREET = new RegExp(
  String.raw`\b((?:[NSEW]{1,2}\.? |North |South |East |West )?(?:[A-Z0-9][\p{L}\d'.-]*\s){1,3}(?:${STREET_TYPES})\b\.?|Interstate \d+|I-\d+)`,
  "gu",
);
/** A capitalised name of two or three words, then an age: "Jane Doe, 23," — how news names victims and suspects. */
/** "near 91st and Carmen", "at Locust and Humboldt": an intersection without street types. */
const INTERSECTION = /\b(?:near|at|of|on)\s+((?:\d+(?:st|nd|rd|th)|\p{Lu}\p{Ll}+)) (?:and|&) ((?:\d+(?:st|nd|rd|th)|\p{Lu}\p{Ll}+))\b/gu;
const PERSON_WITH_AGE = /\b(\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{L}'’-]+){1,2}),? (?:\(?\d{1,2}\)?|age \d{1,2})(?=[,)]| of\b| years?\b)/gu;
/** "a 28-year-old man", "Jane Doe, 23,": the age news gives the people an incident happened to. */
const AGE = /\b(\d{1,3})-year-old\b|\p{Lu}\p{Ll}+, (\d{1,2}),/gu;
const PERSON_IDENTIFIED = /\b(?:identified|named)\s+(?:\w+\s+){0,3}as\s+(\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{L}'’-]+){1,2})/gu;

/**
 * A title or role before a name, or a role after it: the name is an official's or a reporter's
 * ("said spokesman Officer Terence Perkins", "Sgt. Brendan McGrath", "By Alex Zdan",
 * "Ryan Walsh, a police spokesman"). They are named in every incident of their beat.
 */
const ROLE_BEFORE = String.raw`(?:[Oo]fficer|[Ss]gt\.?|[Ss]ergeant|[Ll]t\.?|[Ll]ieutenant|[Cc]apt\.?|[Cc]aptain|[Dd]etective|[Dd]et\.|[Cc]pl\.?|[Cc]orporal|[Dd]eputy|[Cc]hief|[Ss]heriff|[Tt]rooper|[Cc]ommander|[Ss]pokes(?:man|woman|person)|[Rr]eporter|[Cc]orrespondent|[Pp]rosecutor|[Aa]ttorney|[Cc]oroner|[Mm]ayor|[Ee]ditor|By|BY)`;
const ROLE_AFTER = String.raw`,? (?:an? |the )?(?:[\p{L}-]+ ){0,3}(?:spokes(?:man|woman|person)|reporter|correspondent|public information officer|chief|sheriff|prosecutor|coroner|editor)\b`;
const NAME = String.raw`(\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{L}'’-]+){1,2})`;
const OFFICIAL_BEFORE = new RegExp(String.raw`\b${ROLE_BEFORE}\.? ${NAME}`, "gu");
const OFFICIAL_AFTER = new RegExp(String.raw`${NAME}${ROLE_AFTER}`, "gu");
const STREET_END = new RegExp(String.raw`\s(?:${STREET_TYPES}|Court|Place|Square|Way|Township|Parish|County)$`, "i");

/** A credit's name ends at a sentence's end: "Marta Quillon. Police" is "marta quillon" (an initial's dot is no end). */
function creditedName(match: string): string {
  return match.replace(/(\p{L}{2,})\.\s.*$/u, "$1").replace(/[.’']+$/, "").toLowerCase();
}

/** Names in the text that are not an incident's people: officials, reporters and photographers, places, streets. */
function namesThatAreNotPeople(text: string, candidates: Iterable<string>): Set<string> {
  const out = new Set<string>();
  // Credited photographers and reporters ("Photographs ... by Joseph Kaczmarek", "(Alex Zdan/The Times)") are too.
  for (const pattern of [OFFICIAL_BEFORE, OFFICIAL_AFTER, ...CREDIT_PATTERNS]) for (const m of text.matchAll(pattern)) out.add(creditedName(m[1]));
  for (const name of candidates) {
    const titled = name.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    // Call letters and outlets ("CBS SF", "WWLP") and places ("Corpus Christi", "Pembroke Pines").
    if (STREET_END.test(titled) || lookupPlace(titled, "US") || /\b[A-Z]{2,5}\b/.test(name)) out.add(name.toLowerCase());
  }
  return out;
}

function leadOf(doc: CleanDocument): string {
  const spans = splitSentences(doc.text).slice(0, LEAD_SENTENCES);
  const body = spans.map((s) => doc.text.slice(s.start, s.end)).join(" ");
  return doc.meta.title ? `${doc.meta.title}. ${body}` : body;
}

function normaliseStreet(street: string): string {
  return street
    .toLowerCase()
    .replace(/\.$/, "")
    .replace(/\b(st)$/, "street")
    .replace(/\b(ave)$/, "avenue")
    .replace(/\b(rd)$/, "road")
    .replace(/\b(dr)$/, "drive")
    .replace(/\b(blvd)$/, "boulevard")
    .replace(/^\d+\s+/, "") // house numbers differ between reports of one address
    .replace(/^(the|a|an|on|at|in|of|block)\s+/, "")
    .trim();
}

export function describeIncident(doc: CleanDocument, features: DocumentFeatures, dayStated: boolean): Incident {
  const lead = leadOf(doc);
  const streets = new Set<string>();
  for (const m of lead.matchAll(STREET)) {
    const street = normaliseStreet(m[1]);
    // "Police Dept.", "Main St." alone after a sentence start are still streets; bare types are not.
    if (street.split(" ").length >= 2 || /^(interstate|i-)/.test(street)) streets.add(street);
  }
  for (const m of lead.matchAll(INTERSECTION)) streets.add([m[1].toLowerCase(), m[2].toLowerCase()].sort().join(" & "));
  const cities: Incident["cities"] = [];
  for (const key of features.lead.keys()) {
    const bar = key.indexOf("|");
    if (bar < 0) continue;
    const place = lookupPlace(key.slice(0, bar), key.slice(bar + 1));
    if (place?.kind === "city" && place.lat !== null && place.lon !== null) cities.push({ key, lat: place.lat, lon: place.lon });
  }
  const people = new Set<string>();
  for (const m of doc.text.matchAll(PERSON_WITH_AGE)) people.add(m[1].toLowerCase());
  for (const m of doc.text.matchAll(PERSON_IDENTIFIED)) people.add(m[1].toLowerCase());
  const leadNames = [...features.lead.keys()].filter((key) => !key.includes("|") && !key.startsWith("#") && key.includes(" "));
  const written = [...people].map((p) => features.display.get(`n:${p}`) ?? p);
  const notPeople = namesThatAreNotPeople(doc.text, [...written, ...leadNames.map((key) => features.display.get(`n:${key}`) ?? key)]);
  for (const name of notPeople) people.delete(name);
  // Only a day read relative to the publication date is the incident's: without one, the dates
  // a lead states with their year are as often a trial's, an anniversary's or a record's.
  const day = dayStated && features.publishedDay !== null ? features.eventDay : null;
  const ages = [...new Set([...lead.matchAll(AGE)].map((m) => Number(m[1] ?? m[2])))].sort((x, y) => x - y);
  return { day, published: features.publishedDay, ages, streets, cities, people, namedPeople: new Set(people), leadNames, notPeople };
}

/** Lower-case words of a text (not at a sentence start): the collection's common words. */
export function lowerCaseWords(text: string): string[] {
  // Addresses write names in lower case ("…/lindsay-lohan-checks-in/"): they are not prose.
  return text.replace(/\S*(?:https?:\/\/|www\.|@|\.(?:com|org|net|html?)\b)\S*/g, " ").match(/(?<![.!?]\s)\b\p{Ll}[\p{L}'’-]*/gu) ?? [];
}

/**
 * The runs of two or more words in lead names that the collection never writes in lower case
 * become the incident's people: "Lindsay Lohan" from a headline "Lindsay Lohan Checks Out of Rehab".
 * Settled from the people the report names itself: the answer depends on `commonWords` only.
 */
export function settlePeople(incident: Incident, commonWords: Set<string>): void {
  incident.people = new Set(incident.namedPeople);
  for (const name of incident.leadNames) {
    let run: string[] = [];
    for (const word of [...name.split(" "), ""]) {
      // A weekday or month ends a name: "Charlotte Sunday" is a city and a day, not a person.
      if (word && !commonWords.has(word) && !MONTH_AND_DAY_WORDS.has(word)) {
        run.push(word);
        continue;
      }
      const person = run.join(" ");
      if (run.length >= 2 && !incident.notPeople.has(person) && !isPlaceName(person)) incident.people.add(person);
      run = [];
    }
  }
}

/** A street ("Chelten Avenue") or a place the gazetteer knows ("Corpus Christi"): no one's name. */
function isPlaceName(name: string): boolean {
  const titled = name.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  return STREET_END.test(titled) || lookupPlace(titled, "US") !== null;
}

function overlaps<T>(a: Set<T>, b: Set<T>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Factors by which disagreement on the incident's identity discounts a similarity. */
export const INCIDENT_PENALTY = {
  /** Stated incident days more than a day apart. */
  day: 0.2,
  /** No stated day for one of them, and publication days far apart (see `PUBLISHED_APART_DAYS`). */
  published: 0.3,
  /** Both name streets in their lead, none in common. */
  street: 0.35,
  /** Both name cities in their lead, every pair of them far apart. */
  city: 0.3,
  /** Both name the people it happened to, none in common. */
  people: 0.5,
  /** Both give their people's ages in the lead, none within a year of the other's. */
  ages: 0.5,
};

/**
 * Cities closer than this are one area: an event's reports name the town, its suburb or the
 * nearest big city ("Qeshm", "Bandar Abbas"), which is no disagreement.
 */
const SAME_AREA_KM = 40;

/** Reports of one incident without its people's names run within this many days of each other. */
const PUBLISHED_APART_DAYS = 3;

function kilometres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

function apart(a: Incident["cities"], b: Incident["cities"]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return a.every((x) => b.every((y) => x.key !== y.key && kilometres(x, y) > SAME_AREA_KM));
}

/**
 * Both name the street, block or intersection where it happened, and none is the same: the
 * most specific evidence there is that two like reports tell two incidents. No likeness of
 * wording outweighs it (a city's reports share its spokesman, its jail and its dateline).
 */
export function streetsDisagree(a: Incident | undefined, b: Incident | undefined): boolean {
  if (!a || !b || overlaps(a.people, b.people)) return false;
  return a.streets.size > 0 && b.streets.size > 0 && !overlaps(a.streets, b.streets);
}

/**
 * Both name the people it happened to (a victim or suspect with an age, or "identified as"),
 * and none is the same: two incidents, however alike their telling. A follow-up names its
 * story's people again, so a long story is not cut by this.
 */
export function peopleDisagree(a: Incident | undefined, b: Incident | undefined): boolean {
  if (!a || !b) return false;
  return a.namedPeople.size > 0 && b.namedPeople.size > 0 && !overlaps(a.people, b.people);
}

/** Both give the ages of their people, and no age of one is within a year of an age of the other. */
export function agesDisagree(a: Incident | undefined, b: Incident | undefined): boolean {
  if (!a || !b) return false;
  if (!a.ages?.length || !b.ages?.length) return false; // features stored before ages were read have none
  return !a.ages.some((x) => b.ages.some((y) => Math.abs(x - y) <= 1));
}

/**
 * 1 when the two incidents may be one, less when their day or place disagree. A person both
 * name (a victim, a suspect) outweighs a disagreement: a long story's follow-ups move in time
 * and place but keep their people.
 */
export function incidentAgreement(a: Incident | undefined, b: Incident | undefined): number {
  if (!a || !b) return 1;
  if (overlaps(a.people, b.people)) return 1;
  let factor = 1;
  if (a.day !== null && b.day !== null) {
    if (Math.abs(a.day - b.day) > 1) factor *= INCIDENT_PENALTY.day;
  } else if (a.published !== null && b.published !== null && Math.abs((a.day ?? a.published) - (b.day ?? b.published)) > PUBLISHED_APART_DAYS) {
    factor *= INCIDENT_PENALTY.published;
  }
  if (a.streets.size > 0 && b.streets.size > 0 && !overlaps(a.streets, b.streets)) factor *= INCIDENT_PENALTY.street;
  if (apart(a.cities, b.cities)) factor *= INCIDENT_PENALTY.city;
  if (peopleDisagree(a, b)) factor *= INCIDENT_PENALTY.people;
  if (agesDisagree(a, b)) factor *= INCIDENT_PENALTY.ages;
  return factor;
}
