// bench:parsers — our own position-keeping parser (src/clean/html-dom.ts) against parse5
// (the HTML standard's tree building, with sourceCodeLocationInfo) and htmlparser2
// (startIndex/endIndex), each feeding the same extraction: F1 on the held-out half of both
// page sets (FNV-1a hash of the page id, odd), and pages per second for parsing plus extraction.
//
//   npx tsx bench/parsers.ts
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { parseDocument } from "htmlparser2";
import { parse as parse5 } from "parse5";
import { extractHtml } from "../src/clean/html.ts";
import { HtmlElement, parseHtml, type HtmlNode } from "../src/clean/html-dom.ts";
import { decodeHtmlBytes } from "../src/text/charset.ts";
import { corpus } from "../test/support/shared.ts";
import { scorePage, summarizePages } from "./clean.ts";
import { halfOf } from "./gate/data.ts";


const RAW_TEXT = new Set(["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "template", "textarea", "title", "plaintext"]);

/** Loose node shapes of the two parsers, as far as the adapter reads them. */
interface Parse5Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Parse5Node[];
  content?: Parse5Node;
  sourceCodeLocation?: { startOffset: number; endOffset: number } | null;
}
interface Htmlparser2Node {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: Htmlparser2Node[];
  startIndex: number | null;
  endIndex: number | null;
}

function adopt(parent: HtmlElement, child: HtmlNode): void {
  (parent.children as HtmlNode[]).push(child);
}

function markRawText(el: HtmlElement): void {
  if (!RAW_TEXT.has(el.tag)) return;
  const texts = el.children.filter((c) => c.kind === "text");
  if (texts.length > 0) {
    el.innerStart = texts[0].start;
    el.innerEnd = texts[texts.length - 1].end;
  }
  // Our segmenter never reads raw-text content as text; neither should the adapted trees.
  (el.children as HtmlNode[]).length = 0;
}

function fromParse5(raw: string): HtmlElement {
  const root = new HtmlElement("#document", new Map(), null, 0);
  root.end = raw.length;
  const walk = (node: Parse5Node, parent: HtmlElement) => {
    for (const child of node.childNodes ?? node.content?.childNodes ?? []) {
      const at = child.sourceCodeLocation;
      if (child.nodeName === "#text") {
        if (at) adopt(parent, { kind: "text", start: at.startOffset, end: at.endOffset });
      } else if (child.tagName) {
        const el = new HtmlElement(child.tagName, new Map((child.attrs ?? []).map((a) => [a.name, a.value])), parent, at?.startOffset ?? parent.start);
        el.end = at?.endOffset ?? parent.end;
        adopt(parent, el);
        walk(child, el);
        markRawText(el);
      }
    }
  };
  walk(parse5(raw, { sourceCodeLocationInfo: true }) as unknown as Parse5Node, root);
  return root;
}

function fromHtmlparser2(raw: string): HtmlElement {
  const root = new HtmlElement("#document", new Map(), null, 0);
  root.end = raw.length;
  const walk = (node: Htmlparser2Node, parent: HtmlElement) => {
    for (const child of node.children ?? []) {
      if (child.type === "text" && child.startIndex !== null && child.endIndex !== null) {
        adopt(parent, { kind: "text", start: child.startIndex, end: child.endIndex + 1 });
      } else if (child.name && (child.type === "tag" || child.type === "script" || child.type === "style")) {
        const el = new HtmlElement(child.name.toLowerCase(), new Map(Object.entries(child.attribs ?? {})), parent, child.startIndex ?? parent.start);
        el.end = (child.endIndex ?? parent.end - 1) + 1;
        adopt(parent, el);
        walk(child, el);
        markRawText(el);
      }
    }
  };
  walk(parseDocument(raw, { withStartIndices: true, withEndIndices: true, decodeEntities: false }) as unknown as Htmlparser2Node, root);
  return root;
}


const parsers: [string, (raw: string) => HtmlElement][] = [
  ["own (html-dom.ts)", parseHtml],
  ["parse5", fromParse5],
  ["htmlparser2", fromHtmlparser2],
];
const date = new Date().toISOString().slice(0, 10);
for (const set of ["article-extraction-benchmark", "readability-test-pages"]) {
  const folder = corpus(set);
  if (!existsSync(folder)) continue;
  const truth = JSON.parse(readFileSync(join(folder, "ground-truth.json"), "utf8")) as Record<string, { articleBody: string }>;
  const files = readdirSync(join(folder, "html")).filter((f) => {
    const id = f.replace(/\.html(\.gz)?$/, "");
    return id in truth && halfOf(id) === "held-out";
  });
  const pages = files.map((f) => {
    const bytes = readFileSync(join(folder, "html", f));
    return { id: f.replace(/\.html(\.gz)?$/, ""), html: decodeHtmlBytes(f.endsWith(".gz") ? gunzipSync(bytes) : bytes) };
  });
  for (const [name, parse] of parsers) {
    for (const page of pages.slice(0, 5)) extractHtml(page.html, { parse });
    const started = process.hrtime.bigint();
    const outputs = pages.map((page) => {
      try {
        return extractHtml(page.html, { parse }).paragraphs.map((p) => p.text).join("\n\n");
      } catch {
        return "";
      }
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const { f1 } = summarizePages(pages.map((page, i) => scorePage(page.id, truth[page.id].articleBody, outputs[i])));
    console.log(`bench:parsers ${date} ${set} held-out (${pages.length} pages) ${name.padEnd(18)} F1 ${f1.toFixed(3)}  ${(pages.length / seconds).toFixed(1)} pages/s`);
  }
}
