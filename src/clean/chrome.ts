// Chrome learnt across a set of plain-text documents. Chrome is what one outlet repeats
// *around different articles*: its appeal, its footer, its "follow us" line. Text shared by
// copies of one article (a wire story run by twenty sites, a story and its update) is the
// article, however many documents carry it. Two kinds of evidence make a paragraph chrome:
//
// 1. It recurs in two documents of one site that are different articles: their text outside
//    the recurring paragraphs is mostly different. Evidence is counted by story, not by
//    document: copies of one report (bare, under new ids, under other outlets' chrome) are one
//    story, so a stream that repeats two stories sharing a paragraph is still two stories.
// 2. Among copies of one story run by several sites, it is carried by the copies of one site
//    only (two or more of them), and sits around the story: before or after all the text that
//    copy shares with other sites' copies.
//
// A site is the given outlet, else the host of the given URL (or of a source that is a URL).
// Documents with no site are taken as possibly one site for the first kind of evidence (the
// behaviour before sites were known) and are left out of the second.
import { sortedIntersectionSize } from "../arrays.ts";
import { hash53 } from "../text/hash.ts";
import type { SourceDocument } from "../types.ts";
import { normalise, splitBlocks } from "./text.ts";

/** Shorter paragraphs recur by chance ("Police said the investigation continues."). */
const MIN_WORDS = 8;
/** Two documents whose other text shares less than this (in word trigrams) are different articles. */
const DIFFERENT_BELOW = 0.3;
/** Two documents whose other text shares at least this are copies of one story. */
const COPIES_FROM = 0.5;
/** Too little other text to say two documents are different articles. */
const MIN_OTHER_TRIGRAMS = 12;
/** Bounded: a paragraph in hundreds of documents is chrome whatever the first few say. */
const MAX_HOLDERS_COMPARED = 20;

export interface Held {
  paragraphs: string[];
  site: string | null;
  /** The word trigrams of all its paragraphs, as sorted distinct 53-bit hashes. */
  trigrams: Float64Array;
}

/** What learning keeps of a document: its paragraphs long enough to count, its site, its trigrams. */
export function heldOf(d: SourceDocument): Held {
  const paragraphs = splitBlocks(d.raw, d.bodyStart ?? 0).filter((b) => b.words >= MIN_WORDS).map((b) => normalise(b.text));
  return { paragraphs, site: siteOf(d), trigrams: hashedTrigrams(paragraphs.join(" ")) };
}

/** Whether a recurring paragraph is chrome: either kind of evidence. `e1` is the first kind's verdict when known. */
export function judgeParagraph(paragraph: string, list: number[], held: (Held | undefined)[], copiesOf: (i: number) => number[], nearIdentical: (a: number, b: number) => boolean, e1?: boolean): { chrome: boolean; e1: boolean } {
  const first = e1 ?? aroundDifferentArticles(list, held as Held[], nearIdentical);
  return { chrome: first || outletOnlyAroundCopies(paragraph, list, held as Held[], copiesOf), e1: first };
}

/** The holders whose first-kind verdict reads: the first few (in set order). */
export const headOf = (list: number[]): number[] => list.slice(0, MAX_HOLDERS_COMPARED);

/** The other sites' copies of document `i`'s story, the first few in set order. */
export function copiesIn(held: (Held | undefined)[], i: number): number[] {
  const site = held[i]!.site;
  const copies: number[] = [];
  if (!site) return copies;
  for (let j = 0; j < held.length && copies.length < MAX_HOLDERS_COMPARED; j++) {
    const other = held[j];
    if (!other || !other.site || other.site === site) continue;
    if (isCopy(held[i]!, other)) copies.push(j);
  }
  return copies;
}

/** Whether two documents are copies of one story by their whole text (evidence 2's test). */
export const isCopy = (a: Held, b: Held): boolean => sortedShare(a.trigrams, b.trigrams) >= COPIES_FROM;

/** Two documents' verdict of `oneStory`, cached by pair for one pass. */
export function storyJudge(held: (Held | undefined)[]): (a: number, b: number) => boolean {
  const judged = new Map<string, boolean>();
  return (a, b) => {
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    let found = judged.get(key);
    if (found === undefined) judged.set(key, (found = oneStory(held[a]!, held[b]!)));
    return found;
  };
}

/**
 * Evidence 1: holders of one site whose other text differs, counted by *story* (see
 * storiesOf): copies of one report are one story however many sites or ids carry them, and
 * copies are never a pair. Two stories that both name one known site suffice when no other
 * known site carries the paragraph. Otherwise (unknown sites, or a paragraph other outlets
 * carry too, as two stories of one event share a wire's background line) the story pairs must
 * not all go through one story: a paragraph one story shares with another is that story's
 * say-so, not a site's habit, and a planted page that copies a paragraph of a genuine report
 * must not make it chrome (test/planted.test.ts).
 */
function aroundDifferentArticles(list: number[], held: Held[], nearIdentical: (a: number, b: number) => boolean): boolean {
  const head = list.slice(0, MAX_HOLDERS_COMPARED);
  const knownSites = new Set(head.flatMap((i) => (held[i].site ? [held[i].site] : [])));
  let story: number[] | null = null;
  const pairs: [number, number][] = [];
  for (let i = 0; i < head.length; i++) {
    for (let j = i + 1; j < head.length; j++) {
      const [a, b] = [held[head[i]], held[head[j]]];
      if (a.site && b.site && a.site !== b.site) continue;
      const [otherA, otherB] = otherTexts(a, b);
      // Copies hold (nearly) nothing but what they share: no sign of two articles.
      if (otherA.size < MIN_OTHER_TRIGRAMS || otherB.size < MIN_OTHER_TRIGRAMS) continue;
      if (share(otherA, otherB) >= DIFFERENT_BELOW) continue;
      story ??= storiesOf(head, nearIdentical);
      const pair: [number, number] = [story[i], story[j]];
      if (pair[0] === pair[1]) continue;
      if (a.site && a.site === b.site && knownSites.size === 1) return true;
      if (pairs.some((p) => p.includes(pair[0]) && p.includes(pair[1]))) continue;
      pairs.push(pair);
      // Two story pairs with no story in common: no single story is the whole evidence.
      if (pairs.some((p) => !p.includes(pair[0]) && !p.includes(pair[1]))) return true;
      if (pairs.length >= 3 && !pairs[0].some((hub) => pairs.every((p) => p.includes(hub)))) return true;
    }
  }
  return false;
}

/**
 * Whether two documents are copies of one story: outside the paragraphs both hold, one holds
 * (nearly) nothing (a bare copy and the same copy under an outlet's chrome), or what each
 * holds is mostly the same (two versions, lightly edited). Judged on the text outside what
 * they share, not on the whole, so two short articles under one outlet's long chrome stay two
 * stories.
 */
function oneStory(a: Held, b: Held): boolean {
  const [otherA, otherB] = otherTexts(a, b);
  return otherA.size < MIN_OTHER_TRIGRAMS || otherB.size < MIN_OTHER_TRIGRAMS || share(otherA, otherB) >= COPIES_FROM;
}

/**
 * The story of each holder (an index among them): copies of one story (oneStory) are one, and
 * so, through a bare copy, are its copies under two outlets' chrome.
 */
function storiesOf(head: number[], nearIdentical: (a: number, b: number) => boolean): number[] {
  const parent = head.map((_, k) => k);
  const root = (k: number): number => (parent[k] === k ? k : (parent[k] = root(parent[k])));
  for (let i = 0; i < head.length; i++) {
    for (let j = i + 1; j < head.length; j++) if (root(i) !== root(j) && nearIdentical(head[i], head[j])) parent[root(j)] = root(i);
  }
  return head.map((_, k) => root(k));
}

/** The text of each of two documents outside the paragraphs both hold, as word trigrams. */
function otherTexts(a: Held, b: Held): [Set<string>, Set<string>] {
  const inB = new Set(b.paragraphs);
  const both = new Set(a.paragraphs.filter((p) => inB.has(p)));
  const other = (doc: Held) => wordTrigrams(doc.paragraphs.filter((p) => !both.has(p)).join(" "));
  return [other(a), other(b)];
}

/** Evidence 2: held by two or more copies of one site only, around the text they share with other sites' copies. */
function outletOnlyAroundCopies(paragraph: string, list: number[], held: Held[], copiesOf: (i: number) => number[]): boolean {
  const site = held[list[0]].site;
  if (!site || list.some((i) => held[i].site !== site)) return false;
  for (const i of list) {
    // The other sites' copies of this holder's story (none of them holds the paragraph: they are of other sites).
    const copies = copiesOf(i);
    if (copies.length === 0) return false;
    const elsewhere = new Set(copies.flatMap((j) => held[j].paragraphs));
    const own = held[i].paragraphs;
    const sharedAt = own.flatMap((p, k) => (elsewhere.has(p) ? [k] : []));
    if (sharedAt.length === 0) return false;
    const at = own.indexOf(paragraph);
    if (at > sharedAt[0] && at < sharedAt[sharedAt.length - 1]) return false;
  }
  return true;
}

/** The site a document comes from: its given outlet, else the host of its URL. */
function siteOf(doc: SourceDocument): string | null {
  if (doc.given.outlet) return doc.given.outlet.trim().toLowerCase();
  for (const url of [doc.given.url, doc.source]) {
    if (!url || !/^https?:\/\//i.test(url)) continue;
    try {
      return new URL(url).hostname.replace(/^www\./, "").toLowerCase();
    } catch {
      continue;
    }
  }
  return null;
}

function wordTrigrams(text: string): Set<string> {
  const words = text.split(" ");
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

/** Word trigrams as sorted distinct 53-bit hashes: a document's whole text compared by merging, not by strings. */
function hashedTrigrams(text: string): Float64Array {
  const out = Float64Array.from(wordTrigrams(text), hash53).sort();
  let unique = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[unique++] = out[i];
  return out.slice(0, unique);
}

/** `share` over sorted distinct hashes. */
function sortedShare(a: Float64Array, b: Float64Array): number {
  const small = Math.min(a.length, b.length);
  return small === 0 ? 0 : sortedIntersectionSize(a, b) / small;
}


/** The share of the smaller set found in the other. */
function share(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared / small.size;
}
