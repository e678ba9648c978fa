// When things happened: dates in a sentence resolved against the publication date, never
// after it ("In March" in a February report is last March; "Saturday" in a Monday report is
// two days before), and which sentences are about a past event mentioned as background.
import { daysBetween, findDates, type TextDate } from "../text/dates.ts";
import { MONTHS_AS_NAMES, WEEKDAYS_AS_NAMES } from "../text/lexicon/calendar.ts";

export interface ResolvedDate {
  date: string;
  text: string;
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  /** What was inferred: a year or a week taken from the publication date. */
  inferred: string[];
  /** Only a month or a year is known: the date is the first day of it. */
  coarse: boolean;
}

/** Durations ("in the past 48 hours", "within 48 hours") are spans of time, not dates. */
const DURATION = /\b(hours?|minutes?|within|past|last \d+|next)\b/i;

export function datesIn(sentence: string, published: string | null): ResolvedDate[] {
  const out: ResolvedDate[] = [];
  for (const d of findDates(sentence, published)) {
    if (published) {
      if (DURATION.test(d.text) && !/\b(last|next) (year|month|week)\b/i.test(d.text)) continue;
      // What happened came before the report: a date after publication is a plan, not the event.
      if (d.date > published) continue;
    } else if (!d.stated.month) continue;
    out.push({ date: d.date, text: d.text, start: d.start, end: d.end, inferred: d.inferred, coarse: isCoarse(d) });
  }
  for (const m of sentence.matchAll(/\b(?:in|since|of|during)\s+((?:19|20)\d\d)\b/gi)) {
    if (out.some((d) => d.start <= m.index! + m[0].length && d.end >= m.index!)) continue;
    out.push({ date: `${m[1]}-01-01`, text: m[0], start: m.index!, end: m.index! + m[0].length, inferred: ["year only"], coarse: true });
  }
  return out;
}

/** Only a month or a year is stated. */
function isCoarse(d: TextDate): boolean {
  return !d.stated.day && !d.stated.weekday && (d.stated.month || d.stated.year);
}

/** Phrases that point at an earlier event ("revived memories of", "the deadliest since"). */
const PAST_POINTERS = /\b(revived memories of|memories of|reminiscent of|recalled|deadliest since|worst since|last year|years ago|months ago|previous(ly)?|earlier attack|in a similar attack|anniversary)\b/i;

/** Words that bring a paragraph back to the present after a background sentence. */
const PRESENT_POINTERS = new RegExp(`\\b(latest|recent|current|this week|now|today|on (?:${WEEKDAYS_AS_NAMES}))\\b`, "i");

/** How many days before publication a date must be for its sentence to be background. */
export const BACKGROUND_DAYS = 21;

export function isBackgroundDate(d: ResolvedDate, published: string | null, eventStart: string | null): boolean {
  const reference = eventStart ?? published;
  if (!reference) return false;
  return daysBetween(d.date, reference) > BACKGROUND_DAYS;
}

/** "That temblor", "the previous attack": a sentence about an event named before. */
const DEMONSTRATIVE_PAST = /^(that|the previous|the earlier|a previous|an earlier|the last)\s+(\w+\s+)?(quake|earthquake|temblor|tremor|attack|shooting|bombing|blast|storm|flood|fire|crash|massacre|raid)\b/i;

/** A month with no day ("in September", "In February"): without a publication date, another time than the story's. */
const MONTH_ONLY = new RegExp(`\\b(in|since|during|early|late|last|mid-?)\\s+(${MONTHS_AS_NAMES})\\b(?!\\s+\\d)`, "i");

/**
 * Per sentence of a paragraph: is it about a past event? `elsewhere` flags sentences set in
 * another country than the story's. A flag carries over to at most two following sentences.
 */
export function backgroundSentences(sentences: string[], dates: ResolvedDate[][], published: string | null, elsewhere: boolean[] = []): boolean[] {
  const flags = sentences.map(() => false);
  let carry = 0;
  sentences.forEach((s, i) => {
    const recent = dates[i].some((d) => !isBackgroundDate(d, published, null)) || PRESENT_POINTERS.test(s);
    const past =
      dates[i].some((d) => isBackgroundDate(d, published, null)) ||
      PAST_POINTERS.test(s) ||
      DEMONSTRATIVE_PAST.test(s) ||
      Boolean(elsewhere[i]) ||
      (!published && MONTH_ONLY.test(s) && !recent);
    if (past) {
      flags[i] = true;
      carry = 2;
    } else if (carry > 0 && !recent) {
      flags[i] = true;
      carry--;
    } else carry = 0;
  });
  return flags;
}

const SAID_ON_WEEKDAY = new RegExp(`\\b(?:said|says|told|announced|confirmed|reported|stated)\\s+(?:on\\s+|late\\s+|early\\s+)?(${WEEKDAYS_AS_NAMES})\\b`);
const ON_WEEKDAY_SAID = new RegExp(`\\b(?:On|on)\\s+(${WEEKDAYS_AS_NAMES})\\b[^.]*\\b(?:said|says|told|announced|confirmed|stated)\\b`);

/** The speech date: "officials said Monday" in a Monday report is that day. */
export function reportedDate(sentence: string, published: string | null): string | null {
  if (!published) return null;
  const m = SAID_ON_WEEKDAY.exec(sentence) ?? ON_WEEKDAY_SAID.exec(sentence);
  if (!m) return published;
  return findDates(m[1], published)[0]?.date ?? published;
}
