// The cluster stage's word lists and patterns, in one place; the calendar words come from
// the shared lexicon.
import { FUNCTION_WORDS } from "../text/lexicon/stopwords.ts";
import { MONTH_ABBREVIATIONS, MONTH_NAMES, RELATIVE_DAY_WORDS, WEEKDAY_NAMES } from "../text/lexicon/calendar.ts";

/** Function words, and the reporting verbs and page words that carry no event identity. */
export const STOPWORDS = new Set([
  ...FUNCTION_WORDS,
  ...`according added adding also told tells telling reported reports reporting report news
  mr mrs ms dr new year years time week weeks day days people percent
  http https www com html htm php asp org net co uk index article story`
    .split(/\s+/)
    .filter(Boolean),
]);

/** Month and weekday names: they date an event but should not act as topic terms. */
export const MONTH_AND_DAY_WORDS = new Set<string>([
  ...MONTH_NAMES, ...Object.keys(MONTH_ABBREVIATIONS), ...WEEKDAY_NAMES, ...RELATIVE_DAY_WORDS,
]);

/**
 * Weekday and month words to one form each ("Sept" and "September" alike), for the when
 * channel. Short abbreviations ("Mar", "Sat") are left out, being words too, and so is "May",
 * the modal verb that opens sentences; relative words ("today") say nothing across reports.
 */
export const WHEN_WORDS = new Map<string, string>();
for (const month of MONTH_NAMES) if (month !== "may") WHEN_WORDS.set(month, month);
for (const [short, month] of Object.entries(MONTH_ABBREVIATIONS)) if (short.length > 3) WHEN_WORDS.set(short, MONTH_NAMES[month - 1]);
for (const day of WEEKDAY_NAMES) WHEN_WORDS.set(day, day);

/**
 * Cues that a sentence is about an earlier event (background), not the article's own.
 * They down-weight the sentence's features; they do not remove them.
 */
export const BACKGROUND_CUES: RegExp[] = [
  /\b(last|previous|past) (year|month|decade|summer|winter|spring|autumn|fall)\b/i,
  /\b\d+ (years|months|decades) ago\b/i,
  /\b(a|one|two|three|several|many) (years|months|decades) ago\b/i,
  /\b(earlier|previous|prior|similar) (attack|attacks|quake|earthquake|incident|bombing|disaster|event)s?\b/i,
  /\bthe (deadliest|worst|biggest|largest|strongest) since\b/i,
  /\bsince (19|20)\d\d\b/i,
  /\b(anniversary|recalled|recalling|reminiscent)\b/i,
  /\b(previously|formerly)\b/i,
];
