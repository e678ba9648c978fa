// Month and weekday names as English news prints them: the full names, and the abbreviations
// of AP and Reuters style ("Jan.", "Sept.", "Thurs."). One list each; every stage that reads
// or writes a date takes its words from here.

/** Full month names, January first: index + 1 is the month number. */
export const MONTH_NAMES = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
] as const;

/** Abbreviations of month names, by month number ("sept" is AP's, "sep" the three-letter one). */
export const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Weekday names, Sunday first: the index is JavaScript's getUTCDay(). */
export const WEEKDAY_NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;

/** Abbreviations of weekday names, by getUTCDay() ("Tues.", "Thurs." are AP's). */
export const WEEKDAY_ABBREVIATIONS: Record<string, number> = {
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};

/** Words for days relative to the day of writing. */
export const RELATIVE_DAY_WORDS = ["today", "yesterday", "tomorrow", "tonight"] as const;

/** "march" -> 3, "sept" -> 9; null for a word that names no month. */
export function monthNumber(word: string): number | null {
  const lower = word.toLowerCase().replace(/\.$/, "");
  const full = (MONTH_NAMES as readonly string[]).indexOf(lower);
  return full >= 0 ? full + 1 : (MONTH_ABBREVIATIONS[lower] ?? null);
}

/** "monday" -> 1, "thurs" -> 4; null for a word that names no weekday. */
export function weekdayNumber(word: string): number | null {
  const lower = word.toLowerCase().replace(/\.$/, "");
  const full = (WEEKDAY_NAMES as readonly string[]).indexOf(lower);
  return full >= 0 ? full : (WEEKDAY_ABBREVIATIONS[lower] ?? null);
}

/** A regular-expression alternation of words, longest first so "sept" wins over "sep". */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join("|");
}

/** Every month word, full and abbreviated, as one alternation (no group, no flags). */
export const MONTH_WORDS = alternation([...MONTH_NAMES, ...Object.keys(MONTH_ABBREVIATIONS)]);

/** Every full weekday name as one alternation. */
export const WEEKDAY_WORDS = alternation(WEEKDAY_NAMES);

/** "January" for month 1: the display form of a month number. */
export function monthDisplayName(month: number): string {
  const name = MONTH_NAMES[month - 1];
  return name ? name[0].toUpperCase() + name.slice(1) : String(month);
}

function capitalised(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}

/** Full month names as written in running text, capitalised ("March", never "march" the verb). */
export const MONTHS_AS_NAMES = MONTH_NAMES.map(capitalised).join("|");

/** Full weekday names as written in running text, capitalised. */
export const WEEKDAYS_AS_NAMES = WEEKDAY_NAMES.map(capitalised).join("|");

/** The three- and four-letter abbreviations with "may": each month's prefix, for patterns that take "[a-z]*" after it. */
export const MONTH_PREFIXES = alternation([...Object.keys(MONTH_ABBREVIATIONS), "may"]);
