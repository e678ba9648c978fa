// The day a plain-text report was published, when nothing better says so: what the top of
// the raw input says: a " date YYYY-MM-DD " header, a URL with a dated path (/2008/07/23/), or a short line
// holding a full date with its year ("Wednesday, Sept. 08,2010", a headline with the date fused
// on). Never the clock: a date without its year is no reference.
import { isoDate, statedDate } from "../text/dates.ts";

export function publishedFrom(raw: string): string | null {
  const header = /^\s*date (\d{4}-\d{2}-\d{2})\b/.exec(raw);
  if (header) return header[1];
  const lines = raw.slice(0, 2000).split("\n").map((l) => l.trim()).filter(Boolean).slice(0, 4);
  for (const line of lines) {
    const url = /^https?:\/\/\S*?\/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:\/|[^\d])/.exec(line);
    const date = url && isoDate(+url[1], +url[2], +url[3]);
    if (date) return date;
  }
  for (const line of lines) {
    if (line.length > 120 || /^https?:/.test(line)) continue;
    // Detokenised or fused text: "againJuly 23,2008" reads as "again July 23, 2008".
    const date = statedDate(line.replace(/(\d),(\d{4})/, "$1, $2").replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2"));
    if (date) return date;
  }
  return null;
}

