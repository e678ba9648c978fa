// Dates given with an input (a JSONL "published", a feed item's pubDate or updated) are
// checked, not guessed: JavaScript's Date.parse reads "-0001-01-01" as 2001 and rolls
// "2026-02-30" over to March 2. A date that is not a real calendar day is refused with the
// reason, as a message on the document, and the item is still read without it.

import { monthDisplayName, monthNumber } from "../text/lexicon/calendar.ts";

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;
/** RFC 822 as RSS writes it: "Mon, 02 Feb 2026 10:00:00 GMT". */
const RFC822 = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\b/;

export type GivenDate = { date: string; reason?: undefined } | { date?: undefined; reason: string };

/** A given date as YYYY-MM-DD, or why it is refused. */
export function readGivenDate(value: string): GivenDate {
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) return calendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]), text);
  const rfc = RFC822.exec(text);
  if (rfc) {
    const month = monthNumber(rfc[2]) ?? 0;
    if (month === 0) return { reason: `date "${text}" has no month called "${rfc[2]}"` };
    return calendarDay(Number(rfc[3]), month, Number(rfc[1]), text);
  }
  return { reason: `date "${text}" is not written YYYY-MM-DD or as RSS writes dates ("Mon, 02 Feb 2026")` };
}

function calendarDay(year: number, month: number, day: number, text: string): GivenDate {
  if (year < 1000) return { reason: `date "${text}" has the year ${year}, not a publication year` };
  if (month < 1 || month > 12) return { reason: `date "${text}" has no month ${month}` };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return { reason: `date "${text}" is not a day of the calendar (${monthDisplayName(month)} ${year} has ${days} days)` };
  return { date: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` };
}
