// Tokens of a sentence, and the counts in them: digits ("1,200"), number words ("two dozen",
// "twenty-five", "a hundred"), vague plurals ("dozens") and the qualifier before them.
import type { Qualifier } from "../types.ts";
import { NON_PEOPLE_AFTER, NON_PEOPLE_BEFORE, SINGULAR_PEOPLE } from "./lexicon.ts";
import { COUNT_WORDS, MULTIPLIERS, QUALIFIERS, SCALES, UNITS, VAGUE } from "../text/lexicon/counts.ts";
import { MONTH_WORDS } from "../text/lexicon/calendar.ts";

/** A month word just before a number makes it a day of the month ("Jan. 6", "October 21"). */
const MONTH_BEFORE = new RegExp(`\\b(${MONTH_WORDS})\\.?\\s*$`, "i");

const ORDINALS = /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/;

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|\d+(?:\.\d+)?|[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\.?|[^\s]/gu;

/** Tokens of `text` with offsets relative to it. A trailing dot stays only on abbreviations. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    if (word.endsWith(".") && word.length > 1 && !/^([A-Za-z]\.)+$|^(mr|mrs|ms|dr|gen|lt|col|sgt|capt|gov|sen|rep|st)\.$/i.test(word)) {
      word = word.slice(0, -1);
    }
    tokens.push({ text: word, lower: word.toLowerCase(), start: m.index!, end: m.index! + word.length });
  }
  return tokens;
}

export interface NumberMention {
  value: number;
  qualifier: Qualifier;
  /** Token index range of the number's words [first, last]. */
  first: number;
  last: number;
  /** Token index where the qualifier begins (== first when none). */
  qualifierAt: number;
  /** What was inferred rather than stated ("vague plural read as a lower bound"). */
  inferred: string[];
}

function wordValue(lower: string): number | undefined {
  if (lower in UNITS) return UNITS[lower];
  const hyphen = /^([a-z]+)-([a-z]+)$/.exec(lower);
  if (hyphen && hyphen[1] in UNITS && hyphen[2] in UNITS && UNITS[hyphen[1]] >= 20 && UNITS[hyphen[2]] < 10) {
    return UNITS[hyphen[1]] + UNITS[hyphen[2]];
  }
  return undefined;
}

function digitValue(text: string): number | undefined {
  if (!/^\d[\d,]*(\.\d+)?$/.test(text)) return undefined;
  if (/,/.test(text) && !/^\d{1,3}(,\d{3})+$/.test(text)) return undefined;
  return Number(text.replace(/,/g, ""));
}

/** Reads the number that starts at token i, if one does. */
function readNumber(tokens: Token[], i: number): { value: number; last: number; inferred: string[] } | null {
  const t = tokens[i];
  // "both women", "a couple of", "a half-dozen"
  const countWord = COUNT_WORDS[t.lower] ?? (["a", "an"].includes(t.lower) ? COUNT_WORDS[tokens[i + 1]?.lower ?? ""] : undefined);
  if (countWord !== undefined) {
    const last = t.lower in COUNT_WORDS ? i : i + 1;
    const ofNext = tokens[last + 1]?.lower === "of" ? last + 1 : last;
    return { value: countWord, last: ofNext, inferred: [`"${tokens.slice(i, last + 1).map((x) => x.text).join(" ")}" read as ${countWord}`] };
  }
  // "half a million", "half a dozen"
  if (t.lower === "half" && ["a", "an"].includes(tokens[i + 1]?.lower ?? "")) {
    const unit = tokens[i + 2]?.lower ?? "";
    const whole = MULTIPLIERS[unit] ?? SCALES[unit];
    if (whole) return { value: whole / 2, last: i + 2, inferred: [`"half a ${unit}" read as ${whole / 2}`] };
  }
  // "a woman", "an 11-year-old girl", "another man", "one person": one person.
  if (["a", "an", "another", "one"].includes(t.lower)) {
    const person = singularPersonAfter(tokens, i);
    if (person !== null) {
      const joined = coordinatedPeople(tokens, person);
      if (joined) return { value: joined.value, last: joined.last, inferred: [`"${tokens.slice(i, joined.noun + 1).map((x) => x.text).join(" ")}" read as ${joined.value}`] };
      return { value: 1, last: i, inferred: t.lower === "one" ? [] : [`"${t.text} … ${tokens[person].text}" read as 1`] };
    }
  }
  const vague = VAGUE[t.lower];
  if (vague !== undefined) return { value: vague, last: i, inferred: [`"${t.text}" read as at least ${vague}`] };
  let value = digitValue(t.text) ?? wordValue(t.lower);
  let last = i;
  const inferred: string[] = [];
  if (value === undefined) {
    // "a dozen", "a hundred", "a thousand"
    const next = tokens[i + 1]?.lower;
    if ((t.lower === "a" || t.lower === "an") && next && (next in MULTIPLIERS || next in SCALES)) {
      value = next in MULTIPLIERS ? MULTIPLIERS[next] : SCALES[next];
      return { value, last: i + 1, inferred: [`"${t.text} ${tokens[i + 1].text}" read as ${value}`] };
    }
    if (t.lower === "dozen" || t.lower === "score") return null;
    return null;
  }
  // "twenty five", "one hundred and twenty", "two dozen", "1.5 million"
  for (let j = i + 1; j < tokens.length; j++) {
    const lower = tokens[j].lower;
    if (lower in MULTIPLIERS) {
      value *= MULTIPLIERS[lower];
      inferred.push(`"${tokens.slice(i, j + 1).map((x) => x.text).join(" ")}" read as ${value}`);
      last = j;
      break;
    }
    if (lower in SCALES) {
      value *= SCALES[lower];
      last = j;
      continue;
    }
    const unit = wordValue(lower);
    if (unit !== undefined && digitValue(t.text) === undefined && unit < 100 && value >= 20 && (value % 10 === 0 || value >= 100)) {
      value += unit;
      last = j;
      continue;
    }
    if (lower === "and" && value >= 100 && wordValue(tokens[j + 1]?.lower ?? "") !== undefined) continue;
    break;
  }
  return { value: Math.round(value), last, inferred };
}

/**
 * Rule `coordinated-people`: "a man and a woman", "a man and woman", "a man, a woman and a
 * boy" are one count of as many people. `person` is the first noun; `last` is the token
 * before the last noun (its article, or "and"), so that the head noun is still read after it.
 */
function coordinatedPeople(tokens: Token[], person: number): { value: number; last: number; noun: number } | null {
  let value = 1;
  let at = person;
  let last = -1;
  for (;;) {
    const joiner = tokens[at + 1]?.lower;
    if (joiner !== "and" && joiner !== ",") break;
    const article = tokens[at + 2]?.lower ?? "";
    const next = ["a", "an", "another"].includes(article) ? singularPersonAfter(tokens, at + 2) : joiner === "and" && SINGULAR_PEOPLE.has(article) ? at + 2 : null;
    if (next === null) break;
    value++;
    last = next === at + 2 ? at + 1 : at + 2;
    at = next;
    if (joiner === "and") break;
  }
  return value > 1 ? { value, last, noun: at } : null;
}

/** Index of a singular person noun after an article, past up to five modifiers (ages included), or null. */
export function singularPersonAfter(tokens: Token[], i: number): number | null {
  for (let j = i + 1; j <= Math.min(i + 9, tokens.length - 1); j++) {
    const w = tokens[j].lower;
    if (SINGULAR_PEOPLE.has(w) || (w === "co" && tokens[j + 2]?.lower === "worker")) return w === "co" ? j + 2 : j;
    if (/^[,.;:!?()"“”]$/.test(tokens[j].text) || ["of", "and", "or", "who", "was", "is", "has", "had", "were", "in", "at"].includes(w)) return null;
  }
  return null;
}

/** Every count in a sentence that could be a count of people. */
export function findNumbers(tokens: Token[], sentence: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const read = readNumber(tokens, i);
    if (!read) continue;
    const after = sentence.slice(tokens[read.last].end, tokens[read.last].end + 24);
    const before = sentence.slice(Math.max(0, tokens[i].start - 14), tokens[i].start);
    const isYear = /^\d{4}$/.test(tokens[i].text) && read.value >= 1900 && read.value <= 2100;
    const isTime = /^[:.]\d/.test(after) || /^\s*(a\.?m|p\.?m|gmt|utc)\b/i.test(after) || /\d[:.]$/.test(before);
    const isRange = /^\s*[-–]\s*\d/.test(after) || /\d\s*[-–]\s*$/.test(before);
    const isIdentifier = /[-/]\d/.test(after.slice(0, 2)) || /\d[-/]$/.test(before);
    // "20-30 people", "between 20 and 30 people", "20 to 30 dead": a range, read as its two bounds.
    const range = rangeAt(tokens, i, sentence);
    if (range && !isYear && !isTime && !/\b(score|won|lost|beat|draw|aged|ages|years?)\b/i.test(sentence)) {
      out.push({ value: range.low, qualifier: "at_least", first: i, last: i, qualifierAt: range.from, inferred: ["lower bound of a range"] });
      out.push({ value: range.high, qualifier: "at_most", first: range.highAt, last: range.highAt, qualifierAt: range.highAt, inferred: ["upper bound of a range"] });
      i = range.highAt;
      continue;
    }
    if (isYear || isTime || isIdentifier || (isRange && /^\d/.test(tokens[i].text) && /[-–]\s*\d+\s*(win|victory|lead|draw)?/i.test(after) && /\b(score|won|lost|beat|draw)/i.test(sentence))) {
      i = read.last;
      continue;
    }
    // "68 and 48-years-old": two ages; "Jan. 6", "Oct. 21": days of a month.
    const ages = /^\s*(and|or|to|-|–)\s*\d+\s*-?\s*years?\b/i.test(after);
    const dayOfMonth = MONTH_BEFORE.test(before) && /^\d{1,2}$/.test(tokens[i].text);
    // "a second man", "a third victim": an ordinal between the article and the person is one
    // more person, never a unit of time.
    const ordinalPerson = /^(a|an|another)$/.test(tokens[i].lower) && ORDINALS.test(tokens[i + 1]?.lower ?? "") && (singularPersonAfter(tokens, i) ?? 99) <= i + 3;
    if (ages || dayOfMonth || (NON_PEOPLE_AFTER.test(after) && !ordinalPerson) || NON_PEOPLE_BEFORE.test(before) || /^['’]s\b/.test(after)) {
      i = read.last;
      continue;
    }
    if (/^(one|a|an)$/.test(tokens[i].lower) && read.value === 1 && !singularPersonAfter(tokens, i) && tokens[i].lower !== "one") {
      continue;
    }
    if (tokens[i].lower === "one" && (tokens[i + 1]?.lower === "of" || ["no", "any", "every", "each", "which"].includes(tokens[i - 1]?.lower ?? ""))) continue;
    if (/^(a|an|another|one)$/.test(tokens[i].lower) && NON_PEOPLE_BEFORE.test(before)) continue;
    // "a mother of 12", "Banky, 40": a count after "of" a person, or an age after a name.
    // ("the mother of a 10-year-old girl killed ..." names the girl: an article is a person.)
    if (/\b(mother|father|mom|mum|dad|parent|grandmother|grandfather) (of|to)\s*$/i.test(before) && !/^(a|an)$/.test(tokens[i].lower) || /\p{Lu}\p{Ll}+,\s*$/u.test(before) && /^\s*([,.)]|$)/.test(after)) {
      i = read.last;
      continue;
    }
    const { qualifier, at } = qualifierBefore(tokens, i);
    out.push({ value: read.value, qualifier: VAGUE[tokens[i].lower] !== undefined && qualifier === "exact" ? "at_least" : qualifier, first: i, last: read.last, qualifierAt: at, inferred: read.inferred });
    i = read.last;
  }
  return out;
}

/** A range of two counts starting at token i: "20-30", "20 to 30", "between 20 and 30". */
function rangeAt(tokens: Token[], i: number, sentence: string): { low: number; high: number; highAt: number; from: number } | null {
  const low = digitValue(tokens[i].text) ?? wordValue(tokens[i].lower);
  if (low === undefined) return null;
  const joiner = tokens[i + 1]?.lower;
  const between = tokens[i - 1]?.lower === "between";
  if (!(joiner === "-" || joiner === "–" || joiner === "to" || (between && joiner === "and"))) return null;
  const high = digitValue(tokens[i + 2]?.text ?? "") ?? wordValue(tokens[i + 2]?.lower ?? "");
  if (high === undefined || high <= low) return null;
  // "3-1" with no people after it is a score, "24-7" a phrase: the head noun decides later.
  if (joiner !== "and" && joiner !== "to" && /\d[-–]\d/.test(sentence.slice(tokens[i].start, tokens[i + 2].end)) && high < 10) return null;
  return { low, high, highAt: i + 2, from: between ? i - 1 : i };
}

function qualifierBefore(tokens: Token[], i: number): { qualifier: Qualifier; at: number } {
  for (const [words, qualifier] of QUALIFIERS) {
    const from = i - words.length;
    if (from < 0) continue;
    if (words.every((w, k) => tokens[from + k].lower === w)) return { qualifier, at: from };
  }
  return { qualifier: "exact", at: i };
}
