// Cuts a parsed page into blocks: runs of rendered text between block-level
// boundaries, each decoded (references, collapsed whitespace) with, for every
// character, its offset in raw. Two <br>s in a row also end a block, since many
// pages write paragraphs that way. Unrendered subtrees (scripts, forms controls,
// hidden elements) give no text.

import { HtmlElement, type HtmlNode } from "./html-dom.ts";
import { decodeReference } from "./html-entities.ts";

export interface Block {
  text: string;
  /** toRaw[i]: offset in raw of text[i]; -1 for a space standing for a <br>. */
  toRaw: Int32Array;
  /** The innermost block-level element holding the text. */
  owner: HtmlElement;
  /** Characters other than spaces, in all and inside links (a link within the page, href="#...", counts IN_PAGE_LINK_WEIGHT a character). */
  len: number;
  linkLen: number;
  /** Offsets in raw of the first and last character (end exclusive). */
  start: number;
  end: number;
  index: number;
}

export const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
  "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
  "tr", "ul", "#document", "search",
]);

/** Subtrees that a reader never sees as text. */
const UNRENDERED = new Set([
  "head", "script", "style", "noscript", "template", "iframe", "svg", "select", "button", "textarea", "input", "object",
  "embed", "canvas", "audio", "video", "title", "map", "frameset", "dialog", "annotation", "annotation-xml",
]);
/** MathML tokens: a formula's symbols read apart ("x = − b"), as a reader sees them spaced. */
const MATH_TOKENS = new Set(["mi", "mn", "mo", "mtext", "ms"]);

/**
 * A link to a place in the page itself (a heading's own anchor, a table of contents, a
 * footnote) leads the reader nowhere else: it counts this much of its length as link text,
 * as in Readability.js, so a self-linked subheading is not taken for a related link.
 */
const IN_PAGE_LINK_WEIGHT = 0.3;

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

export function isHidden(el: HtmlElement): boolean {
  if (el.attrs.has("hidden")) return true;
  if (el.attrs.get("aria-hidden") === "true") return true;
  const style = el.attrs.get("style");
  return style !== undefined && HIDDEN_STYLE.test(style);
}

/**
 * A card tucked inside a line of text (a hover card on a linked name): an inline element that
 * opens with an image, then holds two links or more (the person's page, other stories) and no
 * text outside its links. A reader of the sentence never reads it; its text is other pages' titles.
 * The linked name the card hangs on comes before its image, so it stays.
 */
function isInlineCard(el: HtmlElement, raw: string): boolean {
  const seen = { images: 0, links: 0 };
  return cardParts(el, raw, seen) && seen.links >= 2;
}

/** Walks a card candidate in document order; false at the first text outside a link, block, or link before an image. */
function cardParts(el: HtmlElement, raw: string, seen: { images: number; links: number }): boolean {
  for (const child of el.children) {
    if (child.kind === "text") {
      if (raw.slice(child.start, child.end).trim() !== "") return false;
    } else if (BLOCK_TAGS.has(child.tag)) return false;
    else if (child.tag === "img") seen.images++;
    else if (child.tag === "a") {
      if (seen.images === 0) return false;
      seen.links++;
    } else if (!cardParts(child, raw, seen)) return false;
  }
  return true;
}

function isCollapsible(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}
function isInvisible(c: number): boolean {
  return c === 0x200b || c === 0xfeff || c === 0xad || c === 0x2060;
}

class Segmenter {
  readonly blocks: Block[] = [];
  private chars: string[] = [];
  private offsets: number[] = [];
  private len = 0;
  private linkLen = 0;
  private pendingSpace = -2; // -2: none; else the raw offset (or -1) a space would map to
  private brRun = 0;
  private linkDepth = 0;
  /** Weight of a character in the outermost open link (1, or IN_PAGE_LINK_WEIGHT for href="#..."). */
  private linkWeight = 1;
  /** Offset in raw just past the last character added (past a whole reference). */
  private rawEnd = -1;
  private owners: HtmlElement[] = [];

  constructor(private readonly raw: string) {}

  run(root: HtmlElement): Block[] {
    this.owners.push(root);
    this.walk(root);
    this.flush();
    return this.blocks;
  }

  private walk(el: HtmlElement): void {
    for (const child of el.children) this.visit(child);
  }

  private visit(node: HtmlNode): void {
    if (node.kind === "text") return this.addText(node.start, node.end);
    const tag = node.tag;
    if (UNRENDERED.has(tag) || isHidden(node)) return;
    if (tag === "br") return this.lineBreak();
    if (tag === "img" || tag === "wbr") return;
    if (BLOCK_TAGS.has(tag)) {
      this.flush();
      this.owners.push(node);
      this.walk(node);
      this.flush();
      this.owners.pop();
      return;
    }
    if (tag !== "a" && this.chars.length > 0 && node.children.length > 1 && isInlineCard(node, this.raw)) return;
    if (MATH_TOKENS.has(tag) && this.chars.length > 0 && this.pendingSpace === -2) this.pendingSpace = -1;
    const isLink = tag === "a";
    if (isLink && this.linkDepth++ === 0) this.linkWeight = node.attr("href").startsWith("#") ? IN_PAGE_LINK_WEIGHT : 1;
    this.walk(node);
    if (isLink) this.linkDepth--;
  }

  private lineBreak(): void {
    this.brRun++;
    if (this.brRun >= 2) {
      this.flush();
      return;
    }
    if (this.chars.length > 0) this.pendingSpace = -1;
  }

  private addText(start: number, end: number): void {
    const raw = this.raw;
    for (let i = start; i < end; i++) {
      const c = raw.charCodeAt(i);
      if (isCollapsible(c)) {
        if (this.chars.length > 0 && this.pendingSpace === -2) this.pendingSpace = i;
        continue;
      }
      if (isInvisible(c)) continue;
      let piece: string;
      const at = i;
      if (c === 38) {
        const ref = decodeReference(raw, i, end);
        if (ref) {
          i = ref.end - 1;
          const code = ref.text.charCodeAt(0);
          if (ref.text.length === 1 && isCollapsible(code)) {
            if (this.chars.length > 0 && this.pendingSpace === -2) this.pendingSpace = at;
            continue;
          }
          if (ref.text.length === 1 && isInvisible(code)) continue;
          piece = ref.text;
        } else piece = "&";
      } else piece = raw[i];
      this.brRun = 0;
      if (this.pendingSpace !== -2) {
        this.chars.push(" ");
        this.offsets.push(this.pendingSpace);
        this.pendingSpace = -2;
      }
      for (let k = 0; k < piece.length; k++) {
        this.chars.push(piece[k]);
        this.offsets.push(at);
      }
      this.len += piece.length;
      if (this.linkDepth > 0) this.linkLen += piece.length * this.linkWeight;
      this.rawEnd = i + 1;
    }
  }

  private flush(): void {
    this.pendingSpace = -2;
    this.brRun = 0;
    if (this.chars.length === 0) return;
    const owner = this.owners[this.owners.length - 1];
    const toRaw = Int32Array.from(this.offsets);
    let start = -1;
    let end = -1;
    for (let i = 0; i < toRaw.length; i++) if (toRaw[i] >= 0) { start = toRaw[i]; break; }
    end = this.rawEnd;
    this.blocks.push({ text: this.chars.join(""), toRaw, owner, len: this.len, linkLen: this.linkLen, start, end, index: this.blocks.length });
    for (let el: HtmlElement | null = owner; el; el = el.parent) {
      el.textLen += this.len;
      el.linkLen += this.linkLen;
    }
    this.chars = [];
    this.offsets = [];
    this.len = 0;
    this.linkLen = 0;
  }
}

/** The page's text blocks in document order; also fills each element's textLen and linkLen. */
export function segmentBlocks(raw: string, root: HtmlElement): Block[] {
  return new Segmenter(raw).run(root);
}
