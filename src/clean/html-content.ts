// Finds the element(s) holding the article: every paragraph-like block votes for its
// container and, more weakly, the container's ancestors (commas and length make a
// stronger vote, links a weaker one); the best container wins, its parent is taken
// instead when that scores as well, and siblings that carry article text join it.
// Elements whose class/id say they are chrome (sidebar, comments, menu ...) do not
// vote unless the page has nothing else.

import type { Block } from "./html-blocks.ts";
import type { HtmlElement } from "./html-dom.ts";
import { hintWords } from "./html-hints.ts";

/** Blocks whose owner is one of these are paragraphs: they vote for their parent. */
const PARAGRAPH_TAGS = new Set(["p", "pre", "blockquote", "li", "dd", "dt", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "caption", "address", "summary", "legend"]);
const TAG_BASE: Record<string, number> = {
  div: 5, article: 8, section: 3, main: 5, pre: 3, td: 3, blockquote: 3, address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3,
  li: -3, form: -3, h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5, nav: -20, aside: -20, footer: -20, header: -10,
};
const POSITIVE_WORDS = new Set(["article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story", "prose", "articlebody", "storybody"]);
const NEGATIVE_WORDS = new Set([
  "comment", "comments", "contact", "foot", "footer", "footnote", "masthead", "media", "meta", "outbrain", "taboola", "promo", "related",
  "scroll", "share", "sharing", "social", "sidebar", "skyscraper", "sponsor", "sponsored", "shopping", "tags", "widget", "banner",
  "ad", "ads", "advert", "advertisement", "combx", "popup", "modal", "menu", "nav", "navigation", "recommended", "newsletter",
]);
/** Class/id words that mark an element as chrome before any scoring (checked only when no article word is present too). */
const UNLIKELY_WORDS = new Set([
  "banner", "breadcrumb", "breadcrumbs", "combx", "comment", "comments", "community", "cover", "disqus", "extra", "foot", "footer",
  "gdpr", "cookie", "cookies", "consent", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
  "skyscraper", "social", "sponsor", "ad", "ads", "adbreak", "agegate", "pagination", "pager", "popup", "yom", "newsletter",
  "outbrain", "taboola", "recommended", "recirculation", "trending", "navbar", "nav", "masthead", "topbar", "share", "sharing",
]);
const MAYBE_WORDS = new Set(["and", "article", "body", "column", "content", "main", "shadow", "story", "entry", "post", "text"]);
const UNLIKELY_ROLES = new Set(["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search"]);

function classWeight(el: HtmlElement): number {
  let weight = 0;
  const words = hintWords(el);
  if (words.some((w) => NEGATIVE_WORDS.has(w))) weight -= 25;
  if (words.some((w) => POSITIVE_WORDS.has(w))) weight += 25;
  if (el.attr("itemprop") === "articleBody") weight += 50;
  return weight;
}

/** Whether an element is, by its name, role or class, page chrome rather than article. */
export function isUnlikely(el: HtmlElement): boolean {
  if (el.tag === "body" || el.tag === "html" || el.tag === "article" || el.tag === "main" || el.tag === "a") return false;
  if (UNLIKELY_ROLES.has(el.attr("role"))) return true;
  if (el.tag === "nav" || el.tag === "aside" || el.tag === "footer") return true;
  const words = hintWords(el);
  if (words.length === 0) return false;
  return words.some((w) => UNLIKELY_WORDS.has(w)) && !words.some((w) => MAYBE_WORDS.has(w));
}

function initScore(el: HtmlElement): void {
  if (el.scored) return;
  el.scored = true;
  el.score = (TAG_BASE[el.tag] ?? 0) + classWeight(el);
}

function linkDensity(el: HtmlElement): number {
  return el.textLen === 0 ? 0 : el.linkLen / el.textLen;
}

const COMMAS = /[,，、،]/g;

export interface ContentChoice {
  /** The article's elements, in document order: blocks inside them are candidates. */
  roots: HtmlElement[];
  top: HtmlElement | null;
}

/** Chooses the article container; `strict` leaves out elements that look like chrome. */
export function chooseContent(blocks: Block[], strict: boolean): ContentChoice {
  const unlikelyCache = new Map<HtmlElement, boolean>();
  const underUnlikely = (el: HtmlElement | null): boolean => {
    if (!el) return false;
    const known = unlikelyCache.get(el);
    if (known !== undefined) return known;
    const value = isUnlikely(el) || underUnlikely(el.parent);
    unlikelyCache.set(el, value);
    return value;
  };
  const candidates: HtmlElement[] = [];
  for (const block of blocks) {
    if (block.text.length < 25) continue;
    if (strict && underUnlikely(block.owner)) continue;
    const container = PARAGRAPH_TAGS.has(block.owner.tag) ? block.owner.parent : block.owner;
    if (!container) continue;
    const commas = block.text.match(COMMAS)?.length ?? 0;
    let vote = 1 + commas + Math.min(Math.floor(block.text.length / 100), 3);
    if (block.len > 0) vote *= 1 - Math.min(0.9, block.linkLen / block.len);
    let level = 0;
    for (let el: HtmlElement | null = container; el && el.tag !== "#document" && level < 5; el = el.parent, level++) {
      if (!el.scored) {
        initScore(el);
        candidates.push(el);
      }
      el.score += level === 0 ? vote : level === 1 ? vote / 2 : vote / (level * 3);
    }
  }
  if (candidates.length === 0) return { roots: [], top: null };
  let top = candidates[0];
  for (const el of candidates) {
    el.score *= 1 - linkDensity(el);
    if (el.score > top.score) top = el;
  }
  top = climb(top, candidates);
  const parent = top.parent;
  if (!parent || top.tag === "body") return { roots: [top], top };
  const roots: HtmlElement[] = [];
  const threshold = Math.max(10, top.score * 0.2);
  const topClass = top.attr("class");
  for (const sibling of parent.children) {
    if (sibling.kind !== "element") continue;
    if (sibling === top) {
      roots.push(sibling);
      continue;
    }
    if (strict && underUnlikely(sibling)) continue;
    const bonus = topClass && sibling.attr("class") === topClass ? top.score * 0.2 : 0;
    if (sibling.scored && sibling.score + bonus >= threshold) roots.push(sibling);
    else if (PARAGRAPH_TAGS.has(sibling.tag) || sibling.tag === "div") {
      const density = linkDensity(sibling);
      if (sibling.textLen > 80 && density < 0.25) roots.push(sibling);
      else if (sibling.tag === "p" && sibling.textLen > 0 && density === 0 && sibling.textLen < 80 && endsSentence(blocks, sibling)) roots.push(sibling);
    }
  }
  return { roots, top };
}

function endsSentence(blocks: Block[], el: HtmlElement): boolean {
  for (const block of blocks) if (block.owner === el) return /[.!?。”"]\s*$/.test(block.text);
  return false;
}

/** Moves up from the best element while its ancestors hold the same article (several top candidates inside one, or a parent scoring higher). */
function climb(top: HtmlElement, candidates: HtmlElement[]): HtmlElement {
  const strong = candidates.filter((el) => el !== top && el.score >= top.score * 0.75);
  if (strong.length >= 2) {
    for (let ancestor = top.parent; ancestor && ancestor.tag !== "body" && ancestor.tag !== "#document"; ancestor = ancestor.parent) {
      const inside = strong.filter((el) => contains(ancestor, el)).length;
      if (inside >= 2) {
        top = ancestor;
        initScore(top);
        break;
      }
    }
  }
  let lastScore = top.score;
  const threshold = lastScore / 3;
  for (let parent = top.parent; parent && parent.tag !== "body" && parent.tag !== "#document"; parent = parent.parent) {
    if (!parent.scored) continue;
    if (parent.score < threshold) break;
    if (parent.score > lastScore) {
      top = parent;
      break;
    }
    lastScore = parent.score;
  }
  while (top.parent && top.parent.tag !== "body" && top.parent.tag !== "#document" && elementChildren(top.parent) === 1) top = top.parent;
  return top;
}

function elementChildren(el: HtmlElement): number {
  let count = 0;
  for (const child of el.children) if (child.kind === "element") count++;
  return count;
}

export function contains(ancestor: HtmlElement, el: HtmlElement | null): boolean {
  for (let node = el; node; node = node.parent) if (node === ancestor) return true;
  return false;
}
