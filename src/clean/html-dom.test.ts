import assert from "node:assert/strict";
import { test } from "node:test";
import { segmentBlocks } from "./html-blocks.ts";
import { parseHtml, type HtmlElement } from "./html-dom.ts";

const blocksOf = (raw: string): { text: string; owner: string }[] =>
  segmentBlocks(raw, parseHtml(raw)).map((b) => ({ text: b.text, owner: b.owner.tag }));

function shape(el: HtmlElement): string {
  const inner = el.children.filter((c): c is HtmlElement => c.kind === "element").map(shape).join("");
  return el.tag === "#document" ? inner : `${el.tag}(${inner})`;
}

test("an unclosed <p> is closed by the next block, </li> and </td> are implied", () => {
  assert.equal(shape(parseHtml("<div><p>one<p>two<div>x</div></div>")), "div(p()p()div())");
  assert.equal(shape(parseHtml("<ul><li>a<li>b<li><ul><li>c</ul></ul>")), "ul(li()li()li(ul(li())))");
  assert.equal(shape(parseHtml("<table><tr><td>a<td>b<tr><td>c</table>")), "table(tr(td()td())tr(td()))");
});

test("a stray end tag does not close through a table cell or a block", () => {
  assert.equal(shape(parseHtml("<div><table><tr><td></div>x</td></tr></table></div>")), "div(table(tr(td())))");
  assert.equal(shape(parseHtml("<div><span><p>a</span>b</p></div>")), "div(span(p()))");
});

test("script and style content is not text; comments and doctype are skipped", () => {
  const raw = '<!DOCTYPE html><p>a<script>if (a < b) document.write("<p>x</p>")</script>b<!-- <p>c</p> --><style>p{}</style>c</p>';
  assert.deepEqual(blocksOf(raw), [{ text: "abc", owner: "p" }]);
});

test("text decodes references and collapses whitespace, with offsets into raw", () => {
  const raw = "<p>  Caf&eacute;&nbsp;&amp;\n\t bar &#8212; &#x41;&unknown; &amp</p>";
  const [block] = segmentBlocks(raw, parseHtml(raw));
  assert.equal(block.text, "Café & bar — A&unknown; &");
  assert.equal(raw[block.toRaw[0]], "C");
  assert.equal(raw.slice(block.toRaw[3], block.toRaw[3] + 8), "&eacute;");
  assert.equal(raw[block.toRaw[block.text.length - 1]], "&");
});

test("two <br>s end a paragraph, one is a space; hidden elements give no text", () => {
  const raw = '<div>first line<br>same paragraph<br> <br>second<span hidden>x</span><span style="display: none">y</span> paragraph</div>';
  assert.deepEqual(blocksOf(raw).map((b) => b.text), ["first line same paragraph", "second paragraph"]);
});

test("attributes: quoted, unquoted, valueless, with references", () => {
  const [el] = parseHtml('<a href="/x?a=1&amp;b=2" class=story data-x disabled title=\'it"s\'>t</a>').children as HtmlElement[];
  assert.equal(el.attr("href"), "/x?a=1&b=2");
  assert.equal(el.attr("class"), "story");
  assert.equal(el.attrs.has("disabled"), true);
  assert.equal(el.attr("title"), 'it"s');
});
