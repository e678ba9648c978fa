// What the sentence around a count says about it, read once at extraction so that
// reconciliation never reads the quote again: words saying the toll moved, the words that
// make it a part of the toll, and whether the number is an estimate rather than a count.
import type { Qualifier, StatementCues, TextPlace } from "../types.ts";
import { VAGUE } from "../text/lexicon/counts.ts";
import { splitSentences } from "../text/sentences.ts";

/**
 * Words in a statement's sentence saying the toll moved ("raising the toll to 177",
 * "up from 12", "revised down"): a difference with another report is then a change over
 * time, not a contradiction.
 */
const CHANGE_WORDS =
  /\b(?:rais(?:e|es|ed|ing)|rose|rises|risen|rising|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|increas(?:e|es|ed|ing)|mount(?:s|ed|ing)|grew|swell(?:s|ed|ing)?|up from|down from|revis(?:e|es|ed|ing)|updat(?:e|es|ed|ing)|new toll|higher|lower(?:ed)?|fell|dropp(?:ed|ing)|taking the (?:total|toll)|bringing the (?:total|toll))\b/i;

/** The first words in `sentence` saying the toll moved, else null. */
export function changeWordsIn(sentence: string): string | null {
  return sentence.match(CHANGE_WORDS)?.[0] ?? null;
}

/**
 * Where one clause of a sentence ends: a comma, semicolon, colon, dash or bracket followed by
 * a space (not the comma of "2,059"), or a conjunction that opens a clause of its own
 * ("while", "whereas", "but"). "and" is no boundary: "the toll rose to 12 dead and 30
 * injured" moves both counts.
 */
const CLAUSE_BREAK = /(?:[,;:()\u2014\u2013]|\s-)\s+|\s(?:while|whereas|but)\s/gi;
/** A number in a clause: digits or a number word. */
const ANY_NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|dozens?|scores)\b/i;
/** Change words that name the older value and so speak of the count before them: "820, up from 296". */
const FROM_OLDER = /^(?:up|down) from\b/i;

/** The clauses of `sentence` as [start, end) spans. */
function clausesOf(sentence: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    spans.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  spans.push({ start: from, end: sentence.length });
  return spans;
}

/**
 * The words saying the toll moved that belong to the count at `at` in `sentence`: those of
 * its own clause, of a clause just before with no number in it ("The toll climbed overnight,
 * to 820"), or an "up from" / "down from" opening the next clause ("820 dead, up from 296").
 * A change word in another count's clause is that count's: in "the death toll rose to 820,
 * the ministry said, with 672 people injured", nothing says the injured count moved.
 */
export function changeWordsAt(sentence: string, at: { start: number; end: number }): string | null {
  const clauses = clausesOf(sentence);
  const own = clauses.findIndex((c) => at.start < c.end || c === clauses.at(-1));
  const text = (i: number): string => sentence.slice(clauses[i].start, clauses[i].end);
  const inOwn = changeWordsIn(text(own));
  if (inOwn) return inOwn;
  for (let i = own - 1; i >= 0 && !ANY_NUMBER.test(text(i)); i--) {
    const before = changeWordsIn(text(i));
    if (before) return before;
  }
  const next = own + 1 < clauses.length ? text(own + 1) : "";
  return FROM_OLDER.exec(next.trim())?.[0] ?? null;
}

/**
 * The cues of one count: `sentence` is the statement's sentence, `at` the number's place in
 * it (null: the whole sentence is its clause), `numberText` the number's own words ("about
 * two dozen"), `scopeText` the words extraction found making it a part.
 */
export function cuesOf(sentence: string, at: { start: number; end: number } | null, numberText: string, qualifier: Qualifier, scopeText: string | null): StatementCues {
  const words = numberText.toLowerCase().split(/\s+/);
  // "dozens", "hundreds": a vague amount, read as its lower bound; "about 200" is a count with a qualifier.
  const vague = words.some((w) => VAGUE[w] !== undefined);
  return { change: at ? changeWordsAt(sentence, at) : changeWordsIn(sentence), scope: scopeText, vague };
}

/**
 * Where a statement's sentence sits in the cleaned text, as a reader counts: its paragraph
 * (blocks between blank lines) and its sentence within it, split as extraction and the
 * document page split it (`splitSentences`), so that the citation names the sentence the
 * page shows. Null when the text does not hold it (a headline, or a quote as the raw input
 * has it and cleaning changed).
 */
export function placeOf(text: string, quote: string): TextPlace | null {
  const at = text.indexOf(quote.trim().slice(0, 80));
  if (at < 0) return null;
  const paragraphStarts = [0];
  for (const m of text.matchAll(/\n\s*\n/g)) paragraphStarts.push(m.index + m[0].length);
  let paragraph = 0;
  while (paragraph + 1 < paragraphStarts.length && paragraphStarts[paragraph + 1] <= at) paragraph++;
  const from = paragraphStarts[paragraph];
  const to = paragraphStarts[paragraph + 1] ?? text.length;
  // The whole paragraph is split, never a slice ending at the quote: a stop is a sentence's
  // end only when a capital follows it, and a slice cut at the quote hides that capital.
  const spans = splitSentences(text, from, to);
  const sentence = spans.findIndex((s) => s.end > at);
  return { paragraph: paragraph + 1, sentence: (sentence < 0 ? spans.length - 1 : sentence) + 1 };
}
