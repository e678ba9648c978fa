// The JSON-LD `articleBody` a page states about itself, as blocks whose every character maps to
// raw (a JSON escape maps to its backslash). Used when the markup holds little of the article
// (pages that render their body by script, AMP shells). Paragraphs are its lines.

import type { Block } from "./html-blocks.ts";
import type { HtmlElement } from "./html-dom.ts";
import { decodeReference } from "./html-entities.ts";

const ARTICLE_BODY = /"articleBody"\s*:\s*"/g;
const ESCAPES: Record<string, string> = { n: "\n", r: "\n", t: " ", b: "", f: "", '"': '"', "\\": "\\", "/": "/" };

/** The articleBody of the page's ld+json scripts, cut into paragraphs; the longest body if there are several. */
export function jsonLdBody(raw: string, root: HtmlElement): Block[] {
  let best: Block[] = [];
  let bestLen = 0;
  for (const script of scripts(root)) {
    const inner = raw.slice(script.innerStart, script.innerEnd);
    for (const m of inner.matchAll(ARTICLE_BODY)) {
      const blocks = readString(raw, script.innerStart + m.index + m[0].length, script.innerEnd, script);
      // A body written as HTML is markup we would read better from the page itself.
      if (blocks.some((b) => /<\/?[a-z][^>]*>/i.test(b.text))) continue;
      const len = blocks.reduce((sum, b) => sum + b.len, 0);
      if (len > bestLen) [best, bestLen] = [blocks, len];
    }
  }
  return best;
}

function scripts(el: HtmlElement): HtmlElement[] {
  const out: HtmlElement[] = [];
  const visit = (node: HtmlElement) => {
    if (node.tag === "script" && node.attr("type").toLowerCase() === "application/ld+json" && node.innerStart >= 0) out.push(node);
    for (const child of node.children) if (child.kind === "element") visit(child);
  };
  visit(el);
  return out;
}

/** Decodes a JSON string starting at `from` (just past its quote) into line blocks, whitespace collapsed. */
function readString(raw: string, from: number, limit: number, owner: HtmlElement): Block[] {
  const blocks: Block[] = [];
  let chars: string[] = [];
  let offsets: number[] = [];
  let space = -2;
  const flush = () => {
    if (chars.length > 0) {
      const toRaw = Int32Array.from(offsets);
      const text = chars.join("");
      const len = text.replace(/\s/g, "").length;
      blocks.push({ text, toRaw, owner, len, linkLen: 0, start: toRaw[0], end: toRaw[toRaw.length - 1] + 1, index: -1 });
    }
    chars = [];
    offsets = [];
    space = -2;
  };
  for (let i = from; i < limit; i++) {
    let c = raw[i];
    const at = i;
    if (c === '"') break;
    if (c === "&") {
      // Some pages write HTML references inside the JSON string ("That&#039;s").
      const ref = decodeReference(raw, i, limit);
      if (ref && ref.text.length === 1) {
        c = ref.text;
        i = ref.end - 1;
      }
    } else if (c === "\\") {
      const next = raw[i + 1];
      if (next === "u" && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) {
        c = String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
        i += 5;
      } else {
        c = ESCAPES[next] ?? next ?? "";
        i += 1;
      }
      if (c === "\n") {
        flush();
        continue;
      }
    }
    if (/\s/.test(c)) {
      if (chars.length > 0 && space === -2) space = at;
      continue;
    }
    if (c === "") continue;
    if (space !== -2) {
      chars.push(" ");
      offsets.push(space);
      space = -2;
    }
    chars.push(c);
    offsets.push(at);
  }
  flush();
  return blocks;
}
