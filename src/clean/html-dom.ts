// A small, tolerant HTML parser that keeps source positions. linkedom (like every DOM)
// forgets where a node came from; cleaning must map every character back into `raw`,
// so we build our own tree: elements with their attributes and text nodes as raw
// ranges. Tree building follows the HTML standard where it matters for reading text
// (implied </p>, </li>, </td>, end tags that do not cross tables or block elements)
// and simplifies the rest (no adoption agency, no foster parenting).

export interface HtmlText {
  kind: "text";
  start: number;
  end: number;
}

export class HtmlElement {
  readonly kind = "element";
  readonly children: HtmlNode[] = [];
  /** Offset just past the element's end (its end tag when present). */
  end: number;
  /** For raw-text elements (script, style, ...): their content range in raw. */
  innerStart = -1;
  innerEnd = -1;
  /** Filled in by the block segmenter: non-space characters inside, and inside links. */
  textLen = 0;
  linkLen = 0;
  score = 0;
  scored = false;
  constructor(
    readonly tag: string,
    readonly attrs: ReadonlyMap<string, string>,
    readonly parent: HtmlElement | null,
    readonly start: number,
  ) {
    this.end = start;
  }
  attr(name: string): string {
    return this.attrs.get(name) ?? "";
  }
}

export type HtmlNode = HtmlElement | HtmlText;

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame"]);
/** Content is not markup: kept as a range, read only by metadata (JSON-LD) or not at all. */
const RAW_TEXT = new Set(["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "template", "textarea", "title", "plaintext"]);
/** Start tags that close an open <p> (HTML: "close a p element" list). */
const CLOSES_P = new Set([
  "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure",
  "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section",
  "summary", "table", "ul", "li", "dd", "dt", "search", "listing",
]);
/** Elements an end tag of another kind may not close through (HTML's "special" category, abridged). */
const SPECIAL = new Set([
  ...CLOSES_P, "applet", "body", "button", "caption", "col", "colgroup", "head", "html", "iframe", "img", "marquee", "object", "select",
  "tbody", "td", "tfoot", "th", "thead", "tr", "textarea", "template",
]);
const SCOPE = new Set(["applet", "caption", "html", "table", "td", "th", "marquee", "object", "template"]);
const FORMATTING = new Set(["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;
}
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

class TreeBuilder {
  readonly root = new HtmlElement("#document", new Map(), null, 0);
  private stack: HtmlElement[] = [this.root];

  get current(): HtmlElement {
    return this.stack[this.stack.length - 1];
  }

  text(start: number, end: number): void {
    if (end > start) this.current.children.push({ kind: "text", start, end });
  }

  private popTo(index: number, at: number): void {
    while (this.stack.length > index) {
      const el = this.stack.pop() as HtmlElement;
      if (el.end < at) el.end = at;
    }
  }

  /** Index in the stack of the nearest open `tag`, looking no further than a scope boundary (or a special element, when `special`). */
  private findOpen(tag: string, stopAtSpecial: boolean, extraStop?: ReadonlySet<string>): number {
    for (let i = this.stack.length - 1; i > 0; i--) {
      const t = this.stack[i].tag;
      if (t === tag) return i;
      if (SCOPE.has(t) || (stopAtSpecial && SPECIAL.has(t)) || extraStop?.has(t)) return -1;
    }
    return -1;
  }

  open(tag: string, attrs: Map<string, string>, start: number, end: number, selfClosing: boolean): HtmlElement {
    if (CLOSES_P.has(tag)) {
      const p = this.findOpen("p", false, BUTTON_SCOPE);
      if (p > 0) this.popTo(p, start);
    }
    if (tag === "li") this.closeItem(["li"], start);
    else if (tag === "dd" || tag === "dt") this.closeItem(["dd", "dt"], start);
    else if (tag === "tr") this.closeWithin(["tr"], TABLE_STOP, start);
    else if (tag === "td" || tag === "th") this.closeWithin(["td", "th"], ROW_STOP, start);
    else if (tag === "option") this.closeWithin(["option"], SCOPE, start);
    else if (HEADINGS.has(tag) && HEADINGS.has(this.current.tag)) this.popTo(this.stack.length - 1, start);
    else if (tag === "a") {
      const a = this.findOpen("a", true);
      if (a > 0) this.popTo(a, start);
    } else if (tag === "body") {
      const html = this.stack.findIndex((el) => el.tag === "html");
      if (html > 0) this.popTo(html + 1, start);
    }
    const el = new HtmlElement(tag, attrs, this.current, start);
    el.end = end;
    this.current.children.push(el);
    // Past MAX_DEPTH, elements are kept flat (their content goes to the current element) so walks cannot overflow the stack.
    if (!VOID.has(tag) && !selfClosing && this.stack.length < MAX_DEPTH) this.stack.push(el);
    return el;
  }

  private closeItem(tags: string[], at: number): void {
    for (let i = this.stack.length - 1; i > 0; i--) {
      const t = this.stack[i].tag;
      if (tags.includes(t)) return this.popTo(i, at);
      if (SPECIAL.has(t) && t !== "address" && t !== "div" && t !== "p") return;
    }
  }

  private closeWithin(tags: string[], stop: ReadonlySet<string>, at: number): void {
    for (let i = this.stack.length - 1; i > 0; i--) {
      const t = this.stack[i].tag;
      if (tags.includes(t)) return this.popTo(i, at);
      if (stop.has(t)) return;
    }
  }

  close(tag: string, start: number, end: number): void {
    let index: number;
    if (FORMATTING.has(tag)) index = this.findOpen(tag, false);
    else if (SPECIAL.has(tag)) index = this.findOpen(tag, false, tag === "p" ? BUTTON_SCOPE : undefined);
    else index = this.findOpen(tag, true);
    if (index <= 0) return;
    this.stack[index].end = end;
    this.popTo(index, start);
  }

  finish(length: number): HtmlElement {
    this.popTo(1, length);
    this.root.end = length;
    return this.root;
  }
}

const BUTTON_SCOPE = new Set(["button"]);
/** Deeper nesting than any real page uses on purpose; broken pages (thousands of unclosed tags) are flattened beyond it. */
const MAX_DEPTH = 400;
const TABLE_STOP = new Set(["table", "html", "template"]);
const ROW_STOP = new Set(["tr", "table", "html", "template"]);

/** Parses the attributes between `from` and the tag's `>`; returns them and the offset after `>`. */
function readAttributes(raw: string, from: number, attrs: Map<string, string>): { end: number; selfClosing: boolean } {
  const n = raw.length;
  let i = from;
  let selfClosing = false;
  while (i < n) {
    let c = raw.charCodeAt(i);
    if (c === 62) return { end: i + 1, selfClosing };
    if (isSpace(c) || c === 47) {
      selfClosing = c === 47;
      i++;
      continue;
    }
    selfClosing = false;
    const nameStart = i;
    while (i < n) {
      c = raw.charCodeAt(i);
      if (isSpace(c) || c === 47 || c === 62 || (c === 61 && i > nameStart)) break;
      i++;
    }
    const name = raw.slice(nameStart, i).toLowerCase();
    while (i < n && isSpace(raw.charCodeAt(i))) i++;
    let value = "";
    if (raw.charCodeAt(i) === 61) {
      i++;
      while (i < n && isSpace(raw.charCodeAt(i))) i++;
      const q = raw.charCodeAt(i);
      if (q === 34 || q === 39) {
        const close = raw.indexOf(q === 34 ? '"' : "'", i + 1);
        const stop = close < 0 ? n : close;
        value = raw.slice(i + 1, stop);
        i = stop + 1;
      } else {
        const valueStart = i;
        while (i < n && !isSpace(raw.charCodeAt(i)) && raw.charCodeAt(i) !== 62) i++;
        value = raw.slice(valueStart, i);
      }
    }
    if (name && !attrs.has(name)) attrs.set(name, value.includes("&") ? decodeAttributeEntities(value) : value);
  }
  return { end: n, selfClosing };
}

function decodeAttributeEntities(value: string): string {
  return value.replace(/&(amp|quot|apos|lt|gt|#\d+|#x[0-9a-f]+);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower === "amp") return "&";
    if (lower === "quot") return '"';
    if (lower === "apos") return "'";
    if (lower === "lt") return "<";
    if (lower === "gt") return ">";
    const code = lower.startsWith("#x") ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
  });
}

/** Parses HTML into a tree whose text nodes are ranges of `raw`. Never throws. */
export function parseHtml(raw: string): HtmlElement {
  const builder = new TreeBuilder();
  const n = raw.length;
  let lower: string | null = null;
  let i = 0;
  let textStart = 0;
  while (i < n) {
    const lt = raw.indexOf("<", i);
    if (lt < 0) break;
    const c = raw.charCodeAt(lt + 1);
    if (c === 33 || c === 63) {
      // Comment, doctype, CDATA or processing instruction: skipped.
      builder.text(textStart, lt);
      let end: number;
      if (raw.startsWith("<!--", lt)) {
        const close = raw.indexOf("-->", lt + 4);
        end = close < 0 ? n : close + 3;
      } else {
        const close = raw.indexOf(">", lt + 2);
        end = close < 0 ? n : close + 1;
      }
      i = textStart = end;
      continue;
    }
    const closing = c === 47;
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isLetter(raw.charCodeAt(nameStart))) {
      if (closing) {
        // "</ >" and the like: a bogus comment.
        builder.text(textStart, lt);
        const close = raw.indexOf(">", lt + 2);
        i = textStart = close < 0 ? n : close + 1;
      } else i = lt + 1;
      continue;
    }
    builder.text(textStart, lt);
    let nameEnd = nameStart + 1;
    while (nameEnd < n && isNameChar(raw.charCodeAt(nameEnd))) nameEnd++;
    const tag = raw.slice(nameStart, nameEnd).toLowerCase();
    if (closing) {
      const close = raw.indexOf(">", nameEnd);
      const end = close < 0 ? n : close + 1;
      if (tag === "br") builder.open("br", new Map(), lt, end, true);
      else builder.close(tag, lt, end);
      i = textStart = end;
      continue;
    }
    const attrs = new Map<string, string>();
    const { end, selfClosing } = readAttributes(raw, nameEnd, attrs);
    const el = builder.open(tag, attrs, lt, end, selfClosing && !RAW_TEXT.has(tag));
    i = textStart = end;
    if (RAW_TEXT.has(tag)) {
      lower ??= raw.toLowerCase();
      let close = lower.indexOf("</" + tag, end);
      while (close >= 0 && isNameChar(lower.charCodeAt(close + 2 + tag.length))) close = lower.indexOf("</" + tag, close + 2);
      const contentEnd = close < 0 ? n : close;
      el.innerStart = end;
      el.innerEnd = contentEnd;
      if (tag === "title" || tag === "textarea") builder.text(end, contentEnd);
      const tagClose = close < 0 ? n : raw.indexOf(">", close);
      const after = tagClose < 0 ? n : tagClose + 1;
      builder.close(tag, contentEnd, after);
      i = textStart = after;
    }
  }
  builder.text(textStart, n);
  return builder.finish(n);
}

/** Depth-first list of elements with a given tag. */
export function elementsByTag(root: HtmlElement, tags: ReadonlySet<string>): HtmlElement[] {
  const out: HtmlElement[] = [];
  const walk = (el: HtmlElement): void => {
    for (const child of el.children) {
      if (child.kind !== "element") continue;
      if (tags.has(child.tag)) out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}
