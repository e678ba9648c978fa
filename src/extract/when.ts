// When things happened: dates in a sentence resolved against the publication date, never
// after it ("In March" in a February report is last March; "Saturday" in a Monday report is
// two days before), and which sentences are about a past event mentioned as background.
import * as chrono from "chrono-node/en";
import type { ParsedComponents } from "chrono-node";
import { addDays, daysBetween } from "../text/dates.ts";

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
  const reference = published ? new Date(`${published}T12:00:00Z`) : null;
  const out: ResolvedDate[] = [];
  if (reference) {
    for (const r of chrono.parse(sentence, reference, { forwardDate: false })) {
      if (DURATION.test(r.text) && !/\b(last|next) (year|month|week)\b/i.test(r.text)) continue;
      const resolved = resolve(r.start, published!);
      if (resolved) out.push({ ...resolved, text: r.text, start: r.index, end: r.index + r.text.length });
    }
  } else {
    // Without a publication date only absolute dates count: chrono would read "yesterday"
    // against the clock, and no stage reads the clock.
    for (const r of chrono.parse(sentence, new Date(0))) {
      if (!/\b(1[89]|20)\d\d\b/.test(r.text) || !r.start.isCertain("month")) continue;
      out.push({ date: iso(r.start.date()), text: r.text, start: r.index, end: r.index + r.text.length, inferred: [], coarse: !r.start.isCertain("day") });
    }
  }
  for (const m of sentence.matchAll(/\b(?:in|since|of|during)\s+((?:19|20)\d\d)\b/gi)) {
    if (out.some((d) => d.start <= m.index! + m[0].length && d.end >= m.index!)) continue;
    out.push({ date: `${m[1]}-01-01`, text: m[0], start: m.index!, end: m.index! + m[0].length, inferred: ["year only"], coarse: true });
  }
  return out;
}

function resolve(start: ParsedComponents, published: string): Omit<ResolvedDate, "text" | "start" | "end"> | null {
  let date = iso(start.date());
  const inferred: string[] = [];
  const coarse = !start.isCertain("day") && !start.isCertain("weekday") && (start.isCertain("month") || start.isCertain("year"));
  if (start.isCertain("weekday") && !start.isCertain("day")) {
    // The most recent such weekday on or before publication.
    const want = start.get("weekday")!;
    const pubDay = new Date(`${published}T12:00:00Z`).getUTCDay();
    date = addDays(published, -((pubDay - want + 7) % 7));
    inferred.push("week taken from the publication date");
  } else if (date > published && !start.isCertain("year")) {
    const year = Number(date.slice(0, 4)) - 1;
    date = `${year}${date.slice(4)}`;
    inferred.push("year taken as the last one before publication");
  } else if (!start.isCertain("year")) {
    inferred.push("year taken from the publication date");
  }
  if (date > published) return null;
  return { date, inferred, coarse };
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Phrases that point at an earlier event ("revived memories of", "the deadliest since"). */
const PAST_POINTERS = /\b(revived memories of|memories of|reminiscent of|recalled|deadliest since|worst since|last year|years ago|months ago|previous(ly)?|earlier attack|in a similar attack|anniversary)\b/i;

/** Words that bring a paragraph back to the present after a background sentence. */
const PRESENT_POINTERS = /\b(latest|recent|current|this week|now|today|on (mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

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
const MONTH_ONLY = /\b(in|since|during|early|late|last|mid-?)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/i;

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

/** The speech date: "officials said Monday" in a Monday report is that day. */
export function reportedDate(sentence: string, published: string | null): string | null {
  if (!published) return null;
  const m = /\b(?:said|says|told|announced|confirmed|reported|stated)\s+(?:on\s+|late\s+|early\s+)?((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/.exec(sentence) ??
    /\b(?:On|on)\s+((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b[^.]*\b(?:said|says|told|announced|confirmed|stated)\b/.exec(sentence);
  if (!m) return published;
  const want = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"].indexOf(m[1].toLowerCase());
  const pubDay = new Date(`${published}T12:00:00Z`).getUTCDay();
  return addDays(published, -((pubDay - want + 7) % 7));
}
