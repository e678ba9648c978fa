// Main-text extraction for HTML pages: parse with positions (html-dom), cut into
// decoded blocks that remember their raw offsets (html-blocks), choose the article
// container (html-content), drop the chrome inside it (html-boilerplate), read the
// metadata (html-meta). Every paragraph character maps back to raw.

import type { DocumentMeta, ExtractionMethod, Removal, RemovalReason } from "../types.ts";
import { segmentBlocks, type Block } from "./html-blocks.ts";
import { elementReason, isDateOnly, isRelatedHeading, phraseReason } from "./html-boilerplate.ts";
import { chooseContent, contains, isUnlikely } from "./html-content.ts";
import { parseHtml, type HtmlElement } from "./html-dom.ts";
import { jsonLdBody } from "./html-jsonld.ts";
import { pageProse, proseChars, proseScore, readabilityBlocks } from "./html-fallback.ts";
import { addDateline, extractPageMeta } from "./html-meta.ts";
import { detectLanguage } from "./language.ts";
import { placeholderShare } from "./text-patterns.ts";

export interface HtmlExtraction {
  /** Article paragraphs in reading order; headings of the article body may be included as paragraphs. */
  paragraphs: { text: string; toRaw: Int32Array }[];
  /** Blocks judged boilerplate, with reason and raw offsets (best effort). */
  removed: Removal[];
  meta: Partial<DocumentMeta>;
  /** The reading of the page that won. */
  method: ExtractionMethod;
}

/** Below this many characters of kept text, the strict pass is taken to have missed the article. */
const MIN_ARTICLE_CHARS = 250;
/** A reading keeping less than this share of the page's open prose, or less than MIN_ARTICLE_CHARS of prose, may have missed the article: a second method is asked. */
const SHORT_SHARE = 0.15;
/** Another reading replaces the container's only when its score is this much higher (and by 100 characters). */
const BETTER_BY = 1.25;
/** ... and when it keeps this share of the container's prose. */
const KEEPS_SHARE = 0.6;
const LIST_TAGS = new Set(["ul", "ol", "dl", "menu"]);
const HEADING = /^h[1-6]$/;
const SENTENCE_END = /[.!?。！？…"”’»:)]\s*$/;
/** Scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

export interface ExtractOptions {
  /** Ask Readability.js when the container reading looks short (default true); off to measure the container alone. */
  secondMethod?: boolean;
  /** The parser building the tree (default: our own, html-dom.ts); bench/parsers.ts swaps in others to compare. */
  parse?: (raw: string) => HtmlElement;
}

/** What wording rules need to know of the page: its headline (compared), and whether English wording may decide. */
interface Wording {
  title: string | null;
  english: boolean;
}

/** Text read to tell the page's language before judging its blocks. */
const LANGUAGE_SAMPLE = 4000;

/** Whether the page reads as English, or its language is unknown: English-only wording rules apply only then. */
function readsAsEnglish(blocks: Block[], declared: string | undefined): boolean {
  let sample = "";
  for (const block of blocks) {
    if (sample.length >= LANGUAGE_SAMPLE) break;
    // Lorem ipsum in a template says nothing of the page's language (franc reads it as Latin).
    if (proseChars(block) > 0 && placeholderShare(block.text) <= 0.5) sample += `${block.text}\n`;
  }
  const language = detectLanguage(sample, declared);
  return language === "en" || language === "und";
}

interface Verdict {
  block: Block;
  reason: RemovalReason | null;
  /** Inside the chosen article container (else it merely lies between its parts). */
  inRoot: boolean;
}

/**
 * The article of an HTML page: its paragraphs (each character mapped to its offset in `raw`),
 * the chrome removed from around them with reasons, and the page's metadata. Never throws.
 */
export function extractHtml(raw: string, options: ExtractOptions = {}): HtmlExtraction {
  const root = (options.parse ?? parseHtml)(raw);
  const blocks = segmentBlocks(raw, root);
  const meta = extractPageMeta(raw, root, blocks);
  const title: Wording = { title: meta.title ? comparable(meta.title) : null, english: readsAsEnglish(blocks, meta.language) };
  let verdicts = judge(blocks, true, title);
  let method: ExtractionMethod = "container";
  if (keptLength(verdicts) < MIN_ARTICLE_CHARS) {
    resetScores(root);
    const loose = judge(blocks, false, title);
    if (keptLength(loose) > keptLength(verdicts)) [verdicts, method] = [loose, "loose-container"];
  }
  // No container at all (a page of short lines): judge every block on its own.
  if (keptLength(verdicts) === 0) [verdicts, method] = [judgeEach(blocks, title), "blocks"];
  // The container holds little of the page's prose: ask a second method, keep the better by proseScore.
  // Prose under elements marked as chrome (comments, sidebars) counts for neither side.
  // What the container kept counts whatever its marks: the container choice already overrode them.
  const open = openBlocks(blocks);
  for (const block of keptBlocks(verdicts)) open.add(block);
  const score = proseScore(keptBlocks(verdicts), open);
  if (options.secondMethod !== false && (score < pageProse(blocks, open) * SHORT_SHARE || score < MIN_ARTICLE_CHARS)) {
    const chosen = readabilityBlocks(raw, blocks);
    const other = chosen ? judgeChosen(blocks, chosen, title) : null;
    // A rescue adds to what the container found; a reading elsewhere on the page is a disagreement, not a rescue.
    const rescues = other && (score <= 0 || proseScore(keptBlocks(verdicts).filter((b) => chosen!.has(b)), open) >= score * KEEPS_SHARE);
    if (other && rescues && proseScore(keptBlocks(other), open) > Math.max(score * BETTER_BY, score + 100, 100)) [verdicts, method] = [other, "readability"];
  }
  // The markup holds little of what the page's JSON-LD says the article is: the JSON-LD body is read instead.
  const stated = jsonLdBody(raw, root);
  if (stated.length > 0) {
    const statedScore = proseScore(stated, new Set(stated));
    const current = proseScore(keptBlocks(verdicts), open);
    if (statedScore >= MIN_ARTICLE_CHARS && current < statedScore * SHORT_SHARE * 2 && statedScore > Math.max(current * BETTER_BY, current + 100)) {
      [verdicts, method] = [stated.map((block) => ({ block, reason: blockReason(block, title), inRoot: true })), "json-ld"];
    }
  }
  // Never empty while the page has prose: every chrome mark and wording rule may be wrong at once.
  if (keptLength(verdicts) === 0) {
    const prose = blocks.filter((b) => proseChars(b) > 0);
    if (prose.length > 0) [verdicts, method] = [judgeChosen(blocks, new Set(prose), { ...title, title: null }).map((v) => (prose.includes(v.block) ? { ...v, reason: null } : v)), "blocks"];
  }
  const paragraphs = verdicts.filter((v) => v.reason === null).map((v) => ({ text: v.block.text, toRaw: v.block.toRaw }));
  const removed: Removal[] = verdicts
    .filter((v) => v.reason !== null)
    .map((v) => ({ text: v.block.text, reason: v.reason as RemovalReason, start: v.block.start, end: v.block.end }));
  addDateline(meta, paragraphs.map((p) => p.text));
  return { paragraphs, removed, meta, method };
}

function nextElement(el: HtmlElement): HtmlElement | null {
  const siblings = el.parent?.children ?? [];
  for (let i = siblings.indexOf(el) + 1; i < siblings.length; i++) {
    const sibling = siblings[i];
    if (sibling.kind === "element") return sibling;
  }
  return null;
}

function keptSoFar(verdicts: Verdict[]): boolean {
  return verdicts.some((v) => v.reason === null);
}

/** A list most of whose items are nothing but a link: a related-stories or navigation list. */
function isLinkList(list: HtmlElement): boolean {
  let items = 0;
  let linkItems = 0;
  for (const child of list.children) {
    if (child.kind !== "element" || child.textLen === 0) continue;
    items++;
    if (child.linkLen >= child.textLen * 0.8) linkItems++;
  }
  return items > 0 && linkItems >= items * 0.6;
}

/** Teaser cards side by side that make a list of other stories: two already (a previous / next pair under the article). */
const TEASER_RUN = 2;
/** Most text a teaser card holds (a headline and a line or two of summary). */
const TEASER_MAX_CHARS = 600;

/** A heading that is all link: the headline of another page. */
function isLinkedHeading(el: HtmlElement): boolean {
  return HEADING.test(el.tag) && el.textLen > 0 && el.linkLen >= el.textLen * 0.6;
}

/**
 * A teaser card: a short element led by a heading that is all link (another story's headline),
 * the rest a line or two of its summary. Such cards in a row are a list of other stories,
 * whatever their class says; an article's own subheadings do not link away.
 */
function isTeaserCard(el: HtmlElement): boolean {
  if (el.textLen === 0 || el.textLen > TEASER_MAX_CHARS || HEADING.test(el.tag)) return false;
  const stack: HtmlElement[] = [el];
  while (stack.length > 0) {
    const node = stack.pop() as HtmlElement;
    for (const child of node.children) {
      if (child.kind !== "element" || child.textLen === 0) continue;
      if (isLinkedHeading(child)) return true;
      if (!HEADING.test(child.tag)) stack.push(child);
    }
  }
  return false;
}

/** How many teaser cards of the element's tag its parent holds, itself included. */
function teaserSiblings(el: HtmlElement): number {
  let count = 0;
  for (const sibling of el.parent?.children ?? []) if (sibling.kind === "element" && sibling.tag === el.tag && isTeaserCard(sibling)) count++;
  return count;
}

function keptLength(verdicts: Verdict[]): number {
  let total = 0;
  for (const v of verdicts) if (v.reason === null) total += v.block.len;
  return total;
}

function resetScores(el: HtmlElement): void {
  el.score = 0;
  el.scored = false;
  for (const child of el.children) if (child.kind === "element") resetScores(child);
}

/** Verdicts for the blocks of the article region (from its first to its last block), in order. */
function judge(blocks: Block[], strict: boolean, title: Wording): Verdict[] {
  const { roots, top } = chooseContent(blocks, strict);
  if (roots.length === 0) return [];
  const rootSet = new Set(roots);
  const articleLen = roots.reduce((sum, el) => sum + el.textLen, 0);
  const reasons = new Map<HtmlElement, RemovalReason | null>();
  const chromeReason = (el: HtmlElement): RemovalReason | null => {
    let known = reasons.get(el);
    if (known !== undefined) return known;
    known = elementReason(el);
    // A container holding most of the article is the article, whatever its class says.
    if (known && el.textLen > articleLen * 0.4 && el.linkLen < el.textLen * 0.35) known = null;
    if (!known && LIST_TAGS.has(el.tag) && isLinkList(el)) known = "related";
    if (!known && isTeaserCard(el) && teaserSiblings(el) >= TEASER_RUN) known = "related";
    reasons.set(el, known);
    return known;
  };
  const verdicts: Verdict[] = [];
  // After a "Related" / "You may also like" heading, the rest of its section is the related list.
  let relatedSection: HtmlElement | null = null;
  for (const block of blocks) {
    let root: HtmlElement | null = null;
    let reason: RemovalReason | null = null;
    for (let el: HtmlElement | null = block.owner; el; el = el.parent) {
      if (rootSet.has(el)) {
        root = el;
        // A sibling that joined the container for its text is still judged by its own chrome marks (a "caption" div
        // beside the body); not by header marks (header, meta, date), whose wrappers beside the body hold headline and standfirst.
        const own = el === top ? null : chromeReason(el);
        if (own && own !== "metadata") reason ??= own;
        break;
      }
      const found = chromeReason(el);
      // A <header> of the article holds its headline, byline and date, and often its standfirst: a paragraph of prose stays.
      if (found === "metadata" && el.tag === "header" && isStandfirst(block)) continue;
      reason ??= found;
    }
    if (!root) {
      if (verdicts.length > 0) verdicts.push({ block, reason: "boilerplate", inRoot: false });
      continue;
    }
    if (!reason && relatedSection && contains(relatedSection, block.owner)) reason = "related";
    // The first-level heading before any article text is the headline; later ones are the article's own subheadings.
    if (!reason && block.owner.tag === "h1" && !keptSoFar(verdicts)) reason = "metadata";
    reason ??= blockReason(block, title);
    if (block.linkLen === 0 && isRelatedHeading(block.text, title.english)) {
      reason = "related";
      const section = block.owner.parent;
      // A heading's whole section, when it is a section of its own: one that holds none of the article text kept so far.
      if (HEADING.test(block.owner.tag) && section && keptSoFar(verdicts) && !verdicts.some((v) => v.reason === null && contains(section, v.block.owner))) {
        relatedSection = section;
      } else {
        // Otherwise only the list that follows it ("More Great Stories" then a <ul>).
        const next = nextElement(block.owner);
        if (next && LIST_TAGS.has(next.tag)) relatedSection = next;
      }
    }
    verdicts.push({ block, reason, inRoot: true });
  }
  // Past the article's last kept block, only what the classifier cut inside the container is worth reporting.
  let last = verdicts.length - 1;
  while (last >= 0 && verdicts[last].reason !== null) last--;
  const tail = verdicts.splice(last + 1).filter((v) => v.inRoot);
  verdicts.push(...tail);
  dropOrphans(verdicts);
  return verdicts;
}

/** Blocks under no element that names itself chrome (by tag, role or class), where an article may be. */
function openBlocks(blocks: Block[]): Set<Block> {
  const marked = new Map<HtmlElement, boolean>();
  const underChrome = (el: HtmlElement | null): boolean => {
    if (!el) return false;
    let known = marked.get(el);
    if (known === undefined) {
      known = isUnlikely(el) || elementReason(el) !== null || underChrome(el.parent);
      marked.set(el, known);
    }
    return known;
  };
  return new Set(blocks.filter((b) => !underChrome(b.owner)));
}

function keptBlocks(verdicts: Verdict[]): Block[] {
  return verdicts.filter((v) => v.reason === null).map((v) => v.block);
}

/** Verdicts when another method chose the article's blocks: the rest of its region is boilerplate; wording rules still apply. */
function judgeChosen(blocks: Block[], chosen: Set<Block>, title: Wording): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const block of blocks) {
    if (chosen.has(block)) verdicts.push({ block, reason: blockReason(block, title), inRoot: true });
    else if (verdicts.length > 0) verdicts.push({ block, reason: "boilerplate", inRoot: false });
  }
  let last = verdicts.length - 1;
  while (last >= 0 && verdicts[last].reason !== null) last--;
  verdicts.splice(last + 1);
  return verdicts;
}

/** The last resort: each block by its own chrome hints and wording, with no container. */
function judgeEach(blocks: Block[], title: Wording): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const block of blocks) {
    let reason: RemovalReason | null = null;
    for (let el: HtmlElement | null = block.owner; el && !reason; el = el.parent) reason = isUnlikely(el) ? "navigation" : elementReason(el);
    verdicts.push({ block, reason: reason ?? blockReason(block, title), inRoot: true });
  }
  return verdicts;
}

/** Text reduced for comparing titles: letters and digits, lower case. */
function comparable(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
}

function blockReason(block: Block, { title, english }: Wording): RemovalReason | null {
  const text = block.text;
  if (title && text.length < 300 && comparable(text) === title) return "metadata";
  // Mostly link, and too little plain text around the links to be a sentence of the story.
  if (block.linkLen > block.len * 0.5) {
    const plain = block.len - block.linkLen;
    const sentence = SENTENCE_END.test(text) && plain >= 20 && text.split(" ").length >= 6;
    if (!sentence && plain < 80) return "related";
  }
  const phrase = phraseReason(text, english);
  if (phrase) return phrase;
  if (isDateOnly(text)) return "metadata";
  return null;
}

/** A paragraph of running prose (fifteen words or 60 characters of an unspaced script, ending as a sentence): a standfirst, not a stamp. */
function isStandfirst(block: Block): boolean {
  return proseChars(block) > 0 && SENTENCE_END.test(block.text) && (block.text.split(" ").length >= 15 || (UNSPACED.test(block.text) && block.len >= 60));
}

/** Headings with no kept text after them, and short fragments stranded between removed blocks, go too. */
function dropOrphans(verdicts: Verdict[]): void {
  for (let i = verdicts.length - 1; i >= 0; i--) {
    const v = verdicts[i];
    if (v.reason !== null) continue;
    const next = nextKept(verdicts, i);
    // A "heading" written as a sentence (a standfirst in an <h2>) is prose, not a section title.
    const sentence = /[.!?。]["”’]?$/.test(v.block.text) && v.block.text.split(" ").length >= 8;
    if (HEADING.test(v.block.owner.tag) && !sentence) {
      // A heading followed by a deeper one ("Part One" then its first chapter's title) opens a section; by one of its rank or higher, an empty one.
      const emptySection = next !== null && HEADING.test(next.block.owner.tag) && next.block.owner.tag <= v.block.owner.tag;
      if (!next || emptySection || next.block.index - v.block.index > 3) v.reason = "boilerplate";
      continue;
    }
    if (v.block.text.length < 40 && !SENTENCE_END.test(v.block.text)) {
      const before = verdicts[i - 1];
      const after = verdicts[i + 1];
      if ((!before || before.reason !== null) && (!after || after.reason !== null)) v.reason = "boilerplate";
    }
  }
}

function nextKept(verdicts: Verdict[], i: number): Verdict | null {
  for (let j = i + 1; j < verdicts.length; j++) if (verdicts[j].reason === null) return verdicts[j];
  return null;
}
