// Light per-document features for clustering: content terms, capitalised names, places,
// figures, and the dates of what happened. Sentences that point to the past relative to the
// article's main event (background: "the 2004 tsunami", "a similar attack last March") have
// their features down-weighted so background mentions never join two events.
import type { CleanDocument } from "../types.ts";
import { dayNumber, findDates, isoDay } from "../text/dates.ts";
import { countryOf, lookupPlace } from "../text/gazetteer.ts";
import { splitSentences } from "../text/sentences.ts";
import { monthDisplayName } from "../text/lexicon/calendar.ts";
import { BACKGROUND_CUES, MONTH_AND_DAY_WORDS, STOPWORDS, WHEN_WORDS } from "./patterns.ts";
import { appendAll, maxOf as largest } from "../arrays.ts";

/** What makes one incident this one and not another like it: see `incident.ts`. */
export interface Incident {
  /** Day number of the incident when the text states it ("Sunday night", "on Jan. 6"); null when only publication dates it. */
  day: number | null;
  /** Publication day number: news of a local incident runs within days of it. */
  published: number | null;
  /** Ages the lead gives its people ("a 28-year-old man", "Jane Doe, 23,"). */
  ages: number[];
  /** Streets, blocks and intersections named in the lead, normalised ("buist avenue"). */
  streets: Set<string>;
  /** Cities (not regions or countries) named in the lead, with their coordinates. */
  cities: { key: string; lat: number; lon: number }[];
  /**
   * Who it is about, lower case: people named as victims or suspects ("Jane Doe, 23," /
   * "identified as Jane Doe"), and names of two or more words in the lead whose words the
   * collection never writes in lower case ("Warren Jeffs"; not "Crime Stoppers", "Sheriff's
   * Office" or "Main Street": their words are common words). See `settlePeople`.
   */
  people: Set<string>;
  /**
   * The people the report itself names as victims or suspects: `people` before the
   * collection's vocabulary added lead names, so settling again (the vocabulary grew, or a
   * report left) starts from these and never keeps a name an older vocabulary let through.
   */
  namedPeople: Set<string>;
  /** Names of two or more words in the lead, before the collection's vocabulary judged them. */
  leadNames: string[];
  /**
   * Names that are no incident's people, lower case: officials and reporters by their title or
   * role ("spokesman Officer Terence Perkins", "police reporter Amanda Emery"), who recur across
   * every incident of their beat; places and streets the gazetteer or a street type names.
   */
  notPeople: Set<string>;
}

export interface DocumentFeatures {
  id: string;
  /** Stemmed content terms, weighted by sentence (lead up, background down). */
  terms: Map<string, number>;
  /** Capitalised names (people, organisations, things), lower-cased, with multi-word forms. */
  names: Map<string, number>;
  /** Lone names seen only opening a sentence ("Analysts say"): features, but not evidence to show. */
  openingOnly?: Set<string>;
  /** Names, places and figures of the title and first sentences (who, where, how many). */
  lead: Map<string, number>;
  /** When, as the text says it outside background sentences: weekdays, months, years. */
  when: Map<string, number>;
  /** Places resolved by the gazetteer, keyed "Name|CC". */
  places: Map<string, number>;
  /** Day number (days since 1970-01-01) of the main event, when the text fixes one. */
  eventDay: number | null;
  /** Whether the text itself states `eventDay` (else it is the publication day). */
  eventDayStated: boolean;
  /** The incident's own day, place and people (incident.ts), set by the clusterer. */
  incident?: Incident;
  /** Year of the main event, when stated or known from publication. */
  eventYear: number | null;
  /** Publication day number, when known. */
  publishedDay: number | null;
  /** Human-readable dates of what happened (YYYY-MM-DD), for evidence. */
  eventDates: string[];
  /** Display forms for evidence, by channel-prefixed key ("n:palin" -> "Palin"). */
  display: Map<string, string>;
}

interface Sentence {
  text: string;
  start: number;
  weight: number;
  /** Title or first sentences: where a report says who did what, where. */
  lead: boolean;
}

/** The words of a URL's path ("wladimir-klitschko-stops-tony-thompson"), without host, ids or extensions. */
function urlSlug(url: string): string {
  const path = url.replace(/^https?:\/\/[^/]+/, "").replace(/[?#].*$/, "");
  const words = path
    .split(/[/_\-.]+/)
    .filter((w) => /^\p{L}{2,}$/u.test(w) && !/^(html?|php|aspx?|news|article|story|index|www)$/i.test(w));
  return words.join(" ");
}

const DAY_MS = 86_400_000;
/** Weight of a pair of adjacent content words, against 1 for a single word. */
const BIGRAM_WEIGHT = 0.5;
/** Title and first sentences: where the report says what happened. */
const LEAD_WEIGHT = 1.5;
const LEAD_SENTENCES = 3;

/** A crude suffix stripper: enough to meet "quakes"/"quake", "killed"/"kill". */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  let w = word;
  if (w.endsWith("ies") && w.length > 4) w = w.slice(0, -3) + "y";
  else if (w.endsWith("ing") && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith("ed") && w.length > 4) w = w.slice(0, -2);
  else if (/(ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);
  // "quake"/"quakes", "fire"/"fired"/"firing" meet once a final e is gone.
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  return w;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

function add(map: Map<string, number>, key: string, weight: number): void {
  map.set(key, (map.get(key) ?? 0) + weight);
}

/** Capitalised sequences: runs of capitalised words, allowing "of"/"de"/"al" inside. */
function nameSequences(sentence: string): { words: string[]; index: number; first: boolean }[] {
  const out: { words: string[]; index: number; first: boolean }[] = [];
  const tokens = [...sentence.matchAll(WORD)];
  let run: string[] = [];
  let runIndex = 0;
  let runFirst = false;
  const flush = (): void => {
    while (run.length > 0 && (STOPWORDS.has(run[0].toLowerCase()) || MONTH_AND_DAY_WORDS.has(run[0].toLowerCase()))) {
      run.shift();
      runFirst = false;
    }
    while (run.length > 0 && /^\p{Ll}/u.test(run[0])) run.shift();
    while (run.length > 0 && /^\p{Ll}/u.test(run[run.length - 1])) run.pop();
    if (run.length > 0) out.push({ words: run, index: runIndex, first: runFirst });
    run = [];
  };
  let lastEnd = 0;
  tokens.forEach((m, i) => {
    const start = m.index ?? 0;
    // Punctuation between two words ends a name ("Quetta, Pakistan (AP) — Security").
    if (run.length > 0 && /[^\s]/.test(sentence.slice(lastEnd, start))) flush();
    lastEnd = start + m[0].length;
    const w = m[0].replace(/[’']s$/, "");
    const capital = /^\p{Lu}/u.test(w);
    const connector = run.length > 0 && /^(of|de|del|la|al|bin|van|von|the)$/.test(w);
    if (capital) {
      if (run.length === 0) {
        runIndex = m.index ?? 0;
        runFirst = i === 0 || /^["'“‘(]$/.test(sentence.slice(0, m.index ?? 0).trim());
      }
      run.push(w);
    } else if (connector) run.push(w);
    else flush();
  });
  flush();
  return out;
}

/** Weight each sentence: lead sentences count more, background sentences much less. */
function weighSentences(text: string, title: string | null, referenceYear: number | null): Sentence[] {
  const sentences: Sentence[] = splitSentences(text).map((span) => ({ text: text.slice(span.start, span.end).trim(), start: span.start, weight: 1, lead: false }));
  // A bare URL line says nothing but its slug, which is usually the headline.
  for (const s of sentences) if (/^https?:\/\/\S+$/.test(s.text)) s.text = urlSlug(s.text);
  const body = sentences.filter((s) => s.text.length > 0);
  body.slice(0, LEAD_SENTENCES).forEach((s) => {
    s.weight = LEAD_WEIGHT;
    s.lead = true;
  });
  sentences.length = 0;
  appendAll(sentences, body);
  if (title) sentences.unshift({ text: title, start: -1, weight: LEAD_WEIGHT, lead: true });
  for (const s of sentences) {
    if (BACKGROUND_CUES.some((cue) => cue.test(s.text))) s.weight *= 0.25;
    else if (referenceYear !== null) {
      for (const m of s.text.matchAll(/\b(19\d\d|20\d\d)\b/g)) {
        if (Number(m[1]) < referenceYear) {
          s.weight *= 0.25;
          break;
        }
      }
    }
  }
  return sentences;
}

/** Dates of what happened in foreground sentences, read by the news date policy against publication when known. */
function findEventDates(sentences: Sentence[], published: string | null): { days: number[]; years: number[] } {
  const days: number[] = [];
  const years: number[] = [];
  for (const s of sentences) {
    if (s.weight < 0.5) continue;
    for (const d of findDates(s.text, published)) {
      const year = Number(d.date.slice(0, 4));
      if (!d.stated.day && !d.stated.weekday) {
        if (d.stated.year) years.push(year);
        continue;
      }
      const day = dayNumber(d.date);
      if (day === null) continue;
      days.push(day);
      years.push(year);
    }
  }
  return { days, years: years.filter((y) => y > 1800) };
}

function maxOf(values: number[]): number | null {
  return values.length > 0 ? largest(values) : null;
}

function mode(values: number[]): number | null {
  if (values.length === 0) return null;
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0];
  // Ties go to the smaller value: an event comes before the reports that date it.
  for (const [v, c] of counts) if (c > (counts.get(best) ?? 0) || (c === counts.get(best) && v < best)) best = v;
  return best;
}

export function extractFeatures(doc: CleanDocument): DocumentFeatures {
  const reference = doc.meta.published;
  const publishedDay = reference ? dayNumber(reference) : null;
  const published = publishedDay !== null ? new Date(publishedDay * DAY_MS + 12 * 3_600_000) : null;
  const publishedIso = publishedDay !== null ? isoDay(publishedDay) : null;
  const statedYears = [...doc.text.slice(0, 600).matchAll(/\b(19\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  const referenceYear = published ? published.getUTCFullYear() : statedYears.length > 0 ? largest(statedYears) : null;
  const sentences = weighSentences(doc.text, doc.meta.title, referenceYear);
  // The address often carries the headline ("…/klitschko-stops-thompson-in-6th-round/"): its words
  // join the lead when cleaning has set the address aside.
  const url = doc.given.url ?? /^\s*(https?:\/\/\S+)\s*\n/.exec(doc.raw)?.[1] ?? null;
  if (url && !doc.text.includes(url)) {
    const slug = urlSlug(url);
    if (slug) sentences.unshift({ text: slug, start: -1, weight: LEAD_WEIGHT, lead: true });
  }
  // The publication date belongs to the lead as much as a dateline does ("March 14, 2013"):
  // its month and year set reports of like events years apart against each other, whether
  // the page printed it above the story or cleaning took it from a header or an address.
  let stamp: Sentence | null = null;
  if (reference) {
    const when = new Date(`${reference}T12:00:00Z`);
    stamp = { text: `${monthDisplayName(when.getUTCMonth() + 1)} ${when.getUTCDate()}, ${when.getUTCFullYear()}`, start: -1, weight: LEAD_WEIGHT, lead: true };
    sentences.unshift(stamp);
  }

  const terms = new Map<string, number>();
  const names = new Map<string, number>();
  const lead = new Map<string, number>();
  const when = new Map<string, number>();
  const places = new Map<string, number>();
  const display = new Map<string, string>();
  const lowerSeen = new Set<string>();
  for (const m of doc.text.matchAll(/(?<![.!?]\s)\b\p{Ll}[\p{L}]*/gu)) lowerSeen.add(m[0]);

  // The country most often named sets the hint for ambiguous towns.
  const countryVotes = new Map<string, number>();
  for (const s of sentences) {
    for (const seq of nameSequences(s.text)) {
      const c = countryOf(seq.words.join(" "));
      if (c) add(countryVotes, c, 1);
    }
  }
  let hint: string | null = null;
  for (const [c, n] of countryVotes) if (hint === null || n > (countryVotes.get(hint) ?? 0)) hint = c;

  // Lone words the text capitalises inside a sentence: there the capital says "name", not "sentence start".
  const capitalisedInside = new Set<string>();
  const openingOnly = new Set<string>();
  for (const s of sentences) for (const seq of nameSequences(s.text)) if (seq.words.length === 1 && !seq.first) capitalisedInside.add(seq.words[0].toLowerCase());
  for (const s of sentences) {
    let previous: string | null = null;
    let previousSurface = "";
    let lastEnd = 0;
    for (const m of s.text.matchAll(WORD)) {
      const lower = m[0].toLowerCase().replace(/\.$/, "").replace(/['’]s?$/, "");
      if (STOPWORDS.has(lower) || MONTH_AND_DAY_WORDS.has(lower) || /[^\s]/.test(s.text.slice(lastEnd, m.index ?? 0))) previous = null;
      lastEnd = (m.index ?? 0) + m[0].length;
      if (MONTH_AND_DAY_WORDS.has(lower)) {
        const unit = WHEN_WORDS.get(lower);
        if (unit && s.weight >= 1 && /^\p{Lu}/u.test(m[0])) add(when, unit, s.weight);
        continue;
      }
      if (STOPWORDS.has(lower)) continue;
      if (/^(19|20)\d\d$/.test(lower) && s.weight >= 1) add(when, lower, s.weight);
      if (/^\d+$/.test(lower) && (lower.length > 4 || Number(lower) < 3)) continue;
      const term = /^\p{L}/u.test(lower) ? stem(lower) : `#${lower}`;
      add(terms, term, s.weight);
      const surface = lower;
      if (!display.has(`t:${term}`)) display.set(`t:${term}`, surface);
      // Adjacent content words ("fired coach", "hire coach") keep some of the who-did-what.
      if (previous !== null) {
        const pair = `${previous} ${term}`;
        add(terms, pair, s.weight * BIGRAM_WEIGHT);
        if (!display.has(`t:${pair}`)) display.set(`t:${pair}`, `${previousSurface} ${surface}`);
      }
      previous = term;
      previousSurface = surface;
      if (s.lead && s.weight >= 1 && term.startsWith("#")) add(lead, term, 1);
    }
    for (const seq of nameSequences(s.text)) {
      const full = seq.words.join(" ");
      const lower = full.toLowerCase();
      if (seq.words.length === 1) {
        if (STOPWORDS.has(lower) || MONTH_AND_DAY_WORDS.has(lower)) continue;
        // A lone capitalised word is a name only if the text never writes it in lower case ("Police said").
        if (lowerSeen.has(lower)) continue;
        // Opening a sentence, its capital may be the sentence's ("Analysts say..."): still a
        // feature, but no evidence shown to a reader unless the text capitalises it elsewhere.
        if (seq.first && !capitalisedInside.has(lower)) openingOnly.add(lower);
      }
      const before = s.text.slice(Math.max(0, seq.index - 6), seq.index);
      // Datelines shout ("QUETTA, Pakistan"): look the name up in title case.
      const asWritten = full === full.toUpperCase() && full.length > 3 ? full.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : full;
      const place = lookupPlace(asWritten, hint, { placeContext: /\b(in|at|near|from)\s+$/i.test(before) });
      if (place && place.kind !== "country") {
        const key = `${place.name}|${place.country}`;
        add(places, key, s.weight);
        if (s.lead && s.weight >= 1) add(lead, key, 1);
        // Shown as the report writes it ("Marrakech"), not as the gazetteer does ("Marrakesh"): a reader checks it against the text.
        // A shortened name ("Baloch" for Balochistan) is the people's name: the place's own is shown then.
        const written = asWritten.replace(/['’]s$/, "");
        const shortened = place.name.length > written.length && place.name.toLowerCase().startsWith(written.toLowerCase());
        display.set(`p:${key}`, shortened ? place.name : written);
        continue;
      }
      if (place) continue; // countries and demonyms say little about which event
      add(names, lower, s.weight);
      if (s.lead && s.weight >= 1) add(lead, lower, 1);
      display.set(`n:${lower}`, full);
      if (seq.words.length > 1) {
        // Surnames and heads of organisation names meet their short forms ("Palin", "Cheeks").
        const last = seq.words[seq.words.length - 1].toLowerCase();
        if (!STOPWORDS.has(last)) add(names, last, s.weight * 0.5);
        if (!display.has(`n:${last}`)) display.set(`n:${last}`, seq.words[seq.words.length - 1]);
      }
    }
  }

  // The main event: news reports what just happened, so the dates stated in the lead that fall
  // in the fortnight before publication win; without a publication date, lead dates that
  // state their year; failing both, the publication day itself.
  // (The publication stamp is the reference for those dates, not one of them.)
  const leadSentences = sentences.filter((x) => x !== stamp).slice(0, 6);
  const { days, years } = findEventDates(leadSentences, publishedIso);
  const recent = publishedDay === null ? days : days.filter((d) => d <= publishedDay + 1 && d >= publishedDay - 14);
  const eventDay = mode(recent) ?? publishedDay;
  // No date at all: the years the foreground sentences state ("the 2008-09 season") still place it.
  const foregroundYears = (): number[] =>
    sentences.filter((x) => x.weight >= 1).flatMap((x) => [...x.text.matchAll(/\b(19\d\d|20\d\d)\b/g)].map((m) => Number(m[1])));
  const eventYear = eventDay !== null ? new Date(eventDay * DAY_MS).getUTCFullYear() : (mode(years) ?? maxOf(foregroundYears()));
  const eventDates = eventDay !== null ? [isoDay(eventDay)] : [];
  const eventDayStated = mode(recent) !== null;
  return { id: doc.id, terms, names, openingOnly, lead, when, places, eventDay, eventDayStated, eventYear, publishedDay, eventDates, display };
}
