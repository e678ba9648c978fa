// Chrome: text that an outlet prints around every story (a copyright line, a hotline plug, a
// newsletter appeal, a standard closing paragraph). It says who published a report, never which
// event it is about, so it must not count as evidence that two reports are one event.
//
// Two sources, both general:
// - patterns that are never evidence, wherever they appear: a sentence carrying a phone number
//   or an e-mail address (hotlines, tip lines, contact lines), or a rights notice;
// - sentences learned across the collection: a sentence (digits folded, so "Copyright 2018" and
//   "Copyright 2019" meet) that several reports carry while the rest of their text differs.
//   Copies of one wire story share all their sentences: their shared sentences are the story,
//   not chrome, so a sentence whose holders mostly share their other sentences too is kept.
//   Copies count once: a report listed twice is one holder, not a wire story's proof.
import { NOTICE_PATTERNS } from "../text/lexicon/notices.ts";
import { splitSentences } from "../text/sentences.ts";
import { insertSorted } from "../arrays.ts";
import type { Span } from "../types.ts";

/** A sentence with any of these is contact or rights boilerplate, never evidence. */
const NEVER_EVIDENCE: RegExp[] = [
  // Phone numbers: 510-777-8572, (510) 777-8572, 1-800-222-TIPS, +44 20 7946 0958.
  /(?<![\d-])(\+?\d{1,2}[ .-])?\(?\d{3}\)?[ .-]\d{3}[ .-](\d{4}|[A-Z]{4})(?![\d-])/,
  /\b\d{3}[ .-]\d{4}\b.*\b(call|text|contact|tips?|hotline)\b|\b(call|text|contact|tips?|hotline)\b.*\b\d{3}[ .-]\d{4}\b/i,
  // E-mail addresses.
  /[\w.+-]+@[\w-]+\.[\w.]+/,
  // Rights and distribution notices (the shared list: lineage leaves them out too).
  ...NOTICE_PATTERNS,
];

/** A learned chrome sentence is carried by at least this many reports ... */
const MIN_HOLDERS = 3;
/** ... in tellings (copies counted once) none of which holds this share of them. */
const COPY_SHARE = 0.5;
/** A holder is a copy of the others when this share of its sentences is held by another holder. */
const COPY_OVERLAP = 0.6;
/** Sentences this short ("Police said.") are too common to learn from. */
const MIN_KEY_LENGTH = 25;

/** The learning key of a sentence: lower case, digits folded, spaces and quotes evened. */
function sentenceKey(sentence: string): string {
  return sentence
    .toLowerCase()
    .replace(/\d+/g, "0")
    .replace(/[“”"‘’'`]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Does this sentence's own wording make it boilerplate (contact lines, rights notices)? */
export function isBoilerplateSentence(sentence: string): boolean {
  return NEVER_EVIDENCE.some((pattern) => pattern.test(sentence));
}

/** The spans of a text's boilerplate sentences alone: its chrome before any is learned. */
export function boilerplateSpans(text: string): Span[] {
  return splitSentences(text).filter((span) => isBoilerplateSentence(text.slice(span.start, span.end)));
}

/**
 * Learns chrome sentences over a collection and says, for each report, which spans of its text
 * are chrome. The answer depends only on the set of reports, not on their order, nor on the
 * order they came and went in: a sentence's verdict reads only its holders, so a report added,
 * replaced or removed makes only the sentences it holds (held) be judged again, never the whole set.
 */
export class ChromeModel {
  /** Each report's sentences, by index; null for a report removed. */
  private sentenceKeys: ({ span: Span; key: string }[] | null)[] = [];
  /** The reports holding each sentence, by index in ascending order (as a whole-set pass lists them). */
  private readonly holders = new Map<string, number[]>();
  private readonly chrome = new Set<string>();
  /** Sentences whose holders changed since they were last judged. */
  private readonly unjudged = new Set<string>();

  /** Add a report's text; returns its index in the model. */
  add(text: string): number {
    const index = this.sentenceKeys.length;
    this.sentenceKeys.push(null);
    this.put(index, text);
    return index;
  }

  /** The report at `index` now reads `text` (a new version), or, with null, is gone. */
  put(index: number, text: string | null): void {
    for (const key of this.learnable(index)) {
      const list = this.holders.get(key)!;
      list.splice(list.indexOf(index), 1);
      if (list.length === 0) this.holders.delete(key);
      this.unjudged.add(key);
    }
    this.sentenceKeys[index] = text === null ? null : splitSentences(text).map((span) => ({ span, key: sentenceKey(text.slice(span.start, span.end)) }));
    for (const key of this.learnable(index)) {
      const list = this.holders.get(key);
      if (list) insertSorted(list, index);
      else this.holders.set(key, [index]);
      this.unjudged.add(key);
    }
  }

  /**
   * Indexes move (reports removed are dropped and the rest close up, in the same order):
   * `moved[old]` is the new index, -1 for a report gone. Verdicts do not change.
   */
  renumber(moved: Int32Array): void {
    const keys: { span: Span; key: string }[][] = [];
    this.sentenceKeys.forEach((k, old) => {
      if (moved[old] >= 0) keys[moved[old]] = k ?? [];
    });
    this.sentenceKeys = keys;
    for (const [key, list] of this.holders) {
      const kept = list.map((old) => moved[old]).filter((index) => index >= 0);
      if (kept.length) this.holders.set(key, kept);
      else this.holders.delete(key);
    }
  }

  /** Spans of report `index` that are chrome (learned or boilerplate), in text order. */
  spansOf(index: number, text: string): Span[] {
    this.learn();
    return (this.sentenceKeys[index] ?? [])
      .filter(({ span, key }) => this.chrome.has(key) || isBoilerplateSentence(text.slice(span.start, span.end)))
      .map(({ span }) => span);
  }

  /** The distinct sentences of a report long enough to learn from. */
  private learnable(index: number): Set<string> {
    return new Set((this.sentenceKeys[index] ?? []).map((k) => k.key).filter((key) => key.length >= MIN_KEY_LENGTH));
  }

  private learn(): void {
    for (const key of this.unjudged) {
      const holders = this.holders.get(key);
      if (holders && holders.length >= MIN_HOLDERS && this.isChrome(holders)) this.chrome.add(key);
      else this.chrome.delete(key);
    }
    this.unjudged.clear();
  }

  /**
   * Is this sentence an outlet's, not a story's? Holders that are copies of each other (most of
   * their sentences shared, pairwise, and chained) are one telling: the sentence is chrome when at
   * least MIN_HOLDERS tellings carry it and no one telling holds COPY_SHARE of its holders. Counted
   * by telling, an article listed twice (one report filed under two incidents) is one holder, so
   * an outlet's closing paragraph is learned though many of its reports come in pairs.
   */
  private isChrome(holders: number[]): boolean {
    const sample = holders.slice(0, 50);
    const sets = sample.map((h) => this.learnable(h));
    const telling = sample.map((_, i) => i);
    const root = (i: number): number => (telling[i] === i ? i : (telling[i] = root(telling[i])));
    sets.forEach((mine, i) => {
      sets.forEach((theirs, j) => {
        if (j <= i || root(i) === root(j)) return;
        let shared = 0;
        for (const key of mine) if (theirs.has(key)) shared += 1;
        if (shared >= COPY_OVERLAP * Math.min(mine.size, theirs.size)) telling[root(j)] = root(i);
      });
    });
    const sizes = new Map<number, number>();
    for (let i = 0; i < sample.length; i++) sizes.set(root(i), (sizes.get(root(i)) ?? 0) + 1);
    return sizes.size >= MIN_HOLDERS && Math.max(...sizes.values()) / sample.length < COPY_SHARE;
  }
}

/** The text with its chrome blanked out (same length, so every offset still holds). */
export function maskSpans(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    out += text.slice(at, span.start) + text.slice(span.start, span.end).replace(/[^\n]/g, " ");
    at = span.end;
  }
  return out + text.slice(at);
}
