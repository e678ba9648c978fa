// The views of a document that lineage compares: words, sentences, content-word stems.
// Everything keeps offsets into the cleaned `text`; index.ts maps them to `raw` at the end.

import { isNoticeSentence } from "../text/lexicon/notices.ts";
import { splitSentences as sentenceSpans } from "../text/sentences.ts";

/** One sentence of the cleaned text. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (blank-line or line-break block) it sits in. */
  paragraph: number;
  /** Lower-cased words, as in the text. */
  words: string[];
  /** Content-word stems, deduplicated: what a paraphrase keeps. */
  stems: string[];
  /** Numbers it states, for telling which version is newer. */
  numbers: number[];
}

/** Words a paraphrase freely adds, drops or swaps: they carry no story. */
const STOP_WORDS = new Set(
  (
    "a an the of to in on at for by with from and or but nor so yet is are was were be been being am " +
    "has have had having it its this that these those as not no he she they we you i his her their our " +
    "your them him who whom whose which what when where while after before over under into onto about " +
    "than then there here said says say saying told also would could will can may might should shall " +
    "did do does done just more most some any all each other such only very much many up out off down " +
    "if because though although since until during through between against among per via according " +
    "mr mrs ms s t its it's were been us me my mine theirs ours one"
  ).split(" "),
);

/** Abbreviations whose full stop does not end a sentence. */
const WORD = /[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu;
/** Stems are word prefixes: cheap, language-light, and enough to match "killed"/"killing". */
const STEM_LENGTH = 6;

/** Lower-cased words of a text, splitting "14-year" into two and keeping "1,200" and "U.S" whole. */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  const out = lower.match(WORD) ?? [];
  if (lower.includes("’")) for (let i = 0; i < out.length; i++) out[i] = out[i].replace(/’/g, "'");
  return out;
}

/** Plain word tokens as the 5-shingle channel sees them: punctuation inside words splits them. */
export function shingleWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function contentStems(wordList: string[]): string[] {
  const stems = new Set<string>();
  for (const word of wordList) {
    if (STOP_WORDS.has(word)) continue;
    if (word.length < 2 && !/\d/.test(word)) continue;
    stems.add(/\d/.test(word) ? word : word.slice(0, STEM_LENGTH));
  }
  return [...stems];
}

function numbersOf(wordList: string[]): number[] {
  const out: number[] = [];
  for (const word of wordList) {
    if (!/^\d[\d,.]*$/.test(word)) continue;
    const value = Number(word.replace(/,/g, ""));
    // Years are dates, not figures.
    if (Number.isFinite(value) && !(value >= 1900 && value <= 2100 && !word.includes(","))) out.push(value);
  }
  return out;
}

/**
 * The text's sentences (the shared splitter), each with its paragraph, words, stems and numbers.
 * Rights and distribution notices are left out: two columns a syndicate sells share its notice,
 * not a story.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const before = sentences.length;
    for (const { start, end } of sentenceSpans(text, lineStart, lineEnd)) {
      if (isNoticeSentence(text.slice(start, end))) continue;
      const wordList = words(text.slice(start, end));
      if (wordList.length) sentences.push({ start, end, paragraph, words: wordList, stems: contentStems(wordList), numbers: numbersOf(wordList) });
    }
    if (sentences.length > before) paragraph++;
    lineStart = lineEnd + 1;
  }
  return sentences;
}

/** The sentence as a reader would compare it: words only, case and punctuation ignored. */
export function sentenceKey(sentence: Sentence): string {
  return sentence.words.join(" ");
}
