import assert from "node:assert/strict";
import { test } from "node:test";
import { handMadeReportInput } from "../../test/support/report-input.ts";
import { figuresTableHtml, figuresTableMarkdown } from "./figure-table.ts";
import { buildReport } from "./index.ts";

const figures = () => buildReport(handMadeReportInput()).events[0].figures;

test("the figures table has the same columns and cells in Markdown and HTML", () => {
  const md = figuresTableMarkdown(figures());
  const html = figuresTableHtml(figures());
  assert.equal(md[0], "| Figure | Best | Range | Status | As of | Sources |");
  assert.equal(md.length, figures().length + 2);
  const headings = [...html.matchAll(/<thead>.*<\/thead>/g)][0][0].match(/<th[^>]*>([^<]*)<\/th>/g)!.map((h) => h.replace(/<[^>]+>/g, ""));
  assert.deepEqual(headings, ["Figure", "Best", "Range", "Status", "As of", "Sources"]);
  const first = figures()[0];
  assert.ok(md[2].includes(`**${first.best}**`), md[2]);
  assert.match(html, new RegExp(`<td class="num best">${first.best}</td>`));
  assert.match(html, new RegExp(`<span class="status ${first.status}">${first.status}</span>`));
});

test("a figure's name links where the caller says, escaped", () => {
  const html = figuresTableHtml(figures(), { href: (_, i) => `/events/a"b#figure-${i + 1}` });
  assert.match(html, /<th scope="row"><a href="\/events\/a&quot;b#figure-1">/);
  assert.doesNotMatch(figuresTableHtml(figures()), /<a /);
});
