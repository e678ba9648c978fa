// Dates in news text, read once and by one policy. Two halves:
// - absolute calendar dates as pages print them in metadata and headers, to "YYYY-MM-DD"
//   (`parseDateString`); numeric day-month order: a part over 12 settles it, otherwise day
//   first (the order of most of the world's outlets), unless `monthFirst` is asked for;
// - dates in running text through chrono-node (`findDates`), under the news policy: a report
//   tells of the past, so relative words ("Monday", "last week", "yesterday") point back
//   from the reference date (the publication date) unless the text points forward ("next
//   Monday", "will meet on Friday"); a day and month without a year take the year that puts
//   them nearest before the reference. Without a reference only dates that state their year
//   count: no stage reads the clock.
// This is the one file that calls chrono; every stage reads dates through it.
import * as chrono from "chrono-node/en";
import { MONTH_WORDS, monthNumber } from "./lexicon/calendar.ts";

const MONTH = `(${MONTH_WORDS})[a-z]*\\.?`;

const FORMS: { pattern: RegExp; read: (m: RegExpExecArray) => [number, number, number] }[] = [
  { pattern: /\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]|\b)/, read: (m) => [+m[1], +m[2], +m[3]] },
  { pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(\\d{4})\\b`, "i"), read: (m) => [+m[3], monthNumber(m[1]) ?? 0, +m[2]] },
  { pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, "i"), read: (m) => [+m[3], monthNumber(m[2]) ?? 0, +m[1]] },
  { pattern: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/, read: (m) => [+m[1], +m[2], +m[3]] },
];

const NUMERIC = /\b(\d{1,2})\s?[-/.]\s?(\d{1,2})\s?[-/.]\s?(\d{4})\b/;

export function parseDateString(text: string, options: { monthFirst?: boolean } = {}): string | null {
  for (const { pattern, read } of FORMS) {
    const m = pattern.exec(text);
    if (m) {
      const date = isoDate(...read(m));
      if (date) return date;
    }
  }
  const m = NUMERIC.exec(text);
  if (!m) return null;
  let [a, b] = [+m[1], +m[2]];
  const year = +m[3];
  if (a > 12) return isoDate(year, b, a);
  if (b > 12) return isoDate(year, a, b);
  if (options.monthFirst) [a, b] = [b, a];
  return isoDate(year, b, a);
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (!year || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return d.toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date ("2026-02-02", or a timestamp starting so); null if it is none. */
export function dayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m || !isoDate(+m[1], +m[2], +m[3])) return null;
  return Math.floor(Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY_MS);
}

/** The ISO date of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Days from a to b (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A date found in running text, resolved by the news policy. */
export interface TextDate {
  /** The words that say it, and their offsets in the text given. */
  text: string;
  start: number;
  end: number;
  /** The day, "YYYY-MM-DD"; for a month or a year alone, its first day. */
  date: string;
  /** Which parts the text states; the rest came from the reference date. */
  stated: { year: boolean; month: boolean; day: boolean; weekday: boolean };
  /** What the policy supplied, in words ("year taken from the publication date"). */
  inferred: string[];
  /** The text points forward ("next Monday", "will meet on Friday"). */
  forward: boolean;
}

/** Forward words inside the expression: "next Monday", "this coming Friday", "tomorrow". */
const FORWARD_IN = /\b(next|coming|tomorrow|from now|in \d+ \w+|in (a|an|one|two|three) \w+)\b/i;
/** Forward words just before it, in its clause: "will meet on Friday", "is due on March 5". */
const FORWARD_BEFORE = /\b(will|shall|is due|are due|(is|are|was|were) scheduled|(is|are) expected to|plans? to|going to)\b[^,;.:!?]{0,40}$/i;

/** A chrono reference for a day: its noon, UTC, so that no time zone moves the day. */
function noonOf(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

/**
 * Every date chrono finds in `text`, resolved against `reference` (an ISO day, usually the
 * publication date) by the news policy above. Without a reference only dates stating a
 * four-digit year come back.
 */
export function findDates(text: string, reference: string | null): TextDate[] {
  const out: TextDate[] = [];
  // chrono needs some reference; without one, epoch, and only fully stated years are kept.
  for (const r of chrono.parse(text, reference ? noonOf(reference) : new Date(0), { forwardDate: false })) {
    const c = r.start;
    const stated = { year: c.isCertain("year"), month: c.isCertain("month"), day: c.isCertain("day"), weekday: c.isCertain("weekday") };
    const start = r.index;
    const end = r.index + r.text.length;
    if (!reference && !(stated.year && /\b(1[89]|20)\d\d\b/.test(r.text))) continue;
    const forward = FORWARD_IN.test(r.text) || FORWARD_BEFORE.test(text.slice(Math.max(0, start - 60), start));
    const parsed = isoDate(c.get("year") ?? 0, c.get("month") ?? 0, c.get("day") ?? 0);
    if (!parsed) continue;
    let date = parsed;
    const inferred: string[] = [];
    if (reference && stated.weekday && !stated.day) {
      // A weekday alone: the nearest such day on or before the reference ("last Monday":
      // strictly before), or after it when the text points forward.
      const want = c.get("weekday")!;
      const have = noonOf(reference).getUTCDay();
      if (forward) date = addDays(reference, (want - have + 7) % 7 || 7);
      else date = addDays(reference, -((have - want + 7) % 7 || (/\blast\b/i.test(r.text) ? 7 : 0)));
      inferred.push("week taken from the publication date");
    } else if (reference && stated.month && !stated.year) {
      // A month (and day) without a year: the year that puts it nearest before the reference.
      const year = Number(reference.slice(0, 4));
      let candidate = `${year}${date.slice(4)}`;
      if (!forward && candidate > reference) candidate = `${year - 1}${date.slice(4)}`;
      if (forward && candidate < reference) candidate = `${year + 1}${date.slice(4)}`;
      const shift = Number(candidate.slice(0, 4)) - year;
      inferred.push(shift < 0 ? "year taken as the last one before publication" : shift > 0 ? "year taken as the next one after publication" : "year taken from the publication date");
      date = isoDate(+candidate.slice(0, 4), +candidate.slice(5, 7), +candidate.slice(8, 10)) ?? date;
    }
    out.push({ text: r.text, start, end, date, stated, inferred, forward });
  }
  return out;
}

/** The one full date a short piece of text states (a meta value, a header line): year, month and day all written. */
export function statedDate(text: string): string | null {
  for (const d of findDates(text, null)) if (d.stated.year && d.stated.month && d.stated.day) return d.date;
  return null;
}
