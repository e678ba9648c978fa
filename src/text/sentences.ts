// Sentence spans of a text. Rule-based: a sentence ends at . ! ? or … (with closing quotes or
// brackets) followed by white space and a capital, digit or opening quote, unless the word
// before the stop is a known abbreviation or an initial. A line break always ends a sentence.
// Two more ends, both common in scraped news: an abbreviation that can close a sentence ("at 4
// p.m.", "Inc.") followed by a word that opens one ("The", "A", "He", "Police"), and a stop with
// no space where paragraphs were glued ("in Philadelphia.It happened").
import type { Span } from "../types.ts";
import { MONTH_ABBREVIATIONS } from "./lexicon/calendar.ts";

const ABBREVIATIONS = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "lt", "col", "maj", "sgt", "capt", "cpl", "pvt", "adm",
    "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det", "cmdr", "brig", "no", "nos", "vol", "fig",
    ...Object.keys(MONTH_ABBREVIATIONS),
    "inc", "ltd", "co", "corp", "bros", "vs", "etc", "approx", "est", "dept", "univ", "ave", "blvd", "mt", "ft",
    "a.m", "p.m", "e.g", "i.e", "u.s", "u.k", "u.n", "d.c", "u.s.a",
  ],
);

/** Abbreviations that also end sentences: times, company and place endings, dotted country names. */
const SENTENCE_FINAL_ABBREVIATIONS = new Set(["a.m", "p.m", "etc", "inc", "ltd", "co", "corp", "bros", "u.s", "u.k", "u.n", "d.c", "u.s.a"]);
/** Words that open a sentence and never continue one after "4 p.m." or "the U.S.". */
const SENTENCE_OPENER = /^(?:A|An|The|In|He|She|It|They|We|I|His|Her|Their|Its|This|That|These|Those|There|Police|Officers|Authorities|But|When|After|Before|According)\b/;

const STOP = /[.!?…]+["'”’)\]]*(?=\s)|(?<=[a-z]{3})\.(?=\p{Lu}\p{Ll})/gu;

export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1 || lineEnd > to) lineEnd = to;
    splitLine(text, lineStart, lineEnd, spans);
    lineStart = lineEnd + 1;
  }
  return spans;
}

function splitLine(text: string, from: number, to: number, out: Span[]): void {
  const line = text.slice(from, to);
  let start = 0;
  STOP.lastIndex = 0;
  for (let match = STOP.exec(line); match; match = STOP.exec(line)) {
    const stopEnd = match.index + match[0].length;
    const next = /\S/.exec(line.slice(stopEnd));
    if (!next) break;
    const nextChar = line[stopEnd + next.index];
    if (!/[A-Z0-9"“‘'(\[]/.test(nextChar)) continue;
    if (match[0].startsWith(".") && isAbbreviation(line, match.index) && !endsAbbreviatedSentence(line, match.index, stopEnd + next.index)) continue;
    pushTrimmed(text, from + start, from + stopEnd, out);
    start = stopEnd;
  }
  pushTrimmed(text, from + start, to, out);
}

/** "at 4 p.m. The man was": the abbreviation closes the sentence when the next word opens one. */
function endsAbbreviatedSentence(line: string, stopIndex: number, nextIndex: number): boolean {
  const before = /([A-Za-z][A-Za-z.]*)$/.exec(line.slice(Math.max(0, stopIndex - 12), stopIndex));
  return !!before && SENTENCE_FINAL_ABBREVIATIONS.has(before[1].toLowerCase()) && SENTENCE_OPENER.test(line.slice(nextIndex));
}

function isAbbreviation(line: string, stopIndex: number): boolean {
  const before = /([A-Za-z][A-Za-z.]*)$/.exec(line.slice(Math.max(0, stopIndex - 12), stopIndex));
  if (!before) return false;
  const word = before[1].toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // An initial ("B. C.", "John F. Kennedy") or a dotted acronym ("U.S.").
  return /^[a-z]$/.test(word) ? before[1] === before[1].toUpperCase() : /^([a-z]\.)+[a-z]$/.test(word);
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
