import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { buildReport, renderCsv, renderHtml, renderMarkdown } from "./index.ts";
import { handMadeReportInput } from "../../test/support/report-input.ts";
import { CSV_COLUMNS } from "./csv.ts";

const schema = JSON.parse(readFileSync(new URL("../../contract/report.schema.json", import.meta.url), "utf8"));
const report = () => buildReport(handMadeReportInput());

test("buildReport validates against contract/report.schema.json", () => {
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  const built = report();
  const ok = validate(built);
  assert.ok(ok, JSON.stringify(validate.errors, null, 2));
  // And after a JSON round trip, as a check reads it.
  assert.ok(validate(JSON.parse(JSON.stringify(built))), JSON.stringify(validate.errors, null, 2));
});

test("buildReport keeps the contract's fields and drops internal ones", () => {
  const built = report();
  const json = JSON.parse(JSON.stringify(built));
  assert.deepEqual(json, built, "plain JSON values only: no typed arrays, no undefined");
  const doc = built.documents[0] as unknown as Record<string, unknown>;
  assert.deepEqual(Object.keys(doc).sort(), ["dateline", "id", "language", "messages", "outlet", "published", "removed", "source", "text", "title", "url", "wire"]);
  assert.equal(doc.wire, "Reuters");
  assert.equal(doc.dateline, "KHARKIV, Ukraine");
  assert.equal(built.version, 1);
  assert.equal(built.generatedAt, "2024-05-16T08:00:00Z");
  const figure = built.events[0].figures[0];
  assert.equal(figure.statements[0].quote.startsWith("Twelve people"), true);
  assert.ok(figure.rules.length > 0 && figure.sources === 2, "extra fields stay");
  assert.equal(built.problems.length, 1);
});

test("markdown: headline, summary, figures table, timeline, claims, cited quotes, sources with lineage", () => {
  const md = renderMarkdown(report());
  assert.match(md, /^## Shelling of Kharkiv market, Ukraine$/m);
  assert.match(md, /On 14 May 2024, in Kharkiv \(Ukraine\): 12 civilians \(disputed\) killed; 35 people injured/);
  assert.match(md, /^\| Civilians killed \| \*\*12\*\* \| 0–12 \| disputed \| 2024-05-14 \| 2 \|$/m);
  assert.match(md, /^- \*\*People injured\*\*: 2024-05-14: 20 \(a\) → 2024-05-15: 35 \(c\); best 35$/m);
  assert.match(md, /asserted by Moscow; denied by Kyiv/);
  assert.match(md, /— regional governor Oleh Synehubov; `a`, paragraph 1, sentence 1, 2024-05-14/);
  assert.match(md, /3 reports from 2 independent sources; 2 of them one Reuters story \(a, b\)\./);
  assert.match(md, /duplicate of b \(97% alike\)/);
  assert.match(md, /2022 strike on the market: people killed: 4/);
  // Article text cannot open HTML in a Markdown viewer.
  assert.ok(!/(?<!\\)<script/.test(md), "script tag escaped");
  assert.ok(!/(?<!\\)<img/.test(md), "img tag escaped");
  assert.ok(md.includes("\\<img src=x onerror="));
});

test("html: one self-contained page, every article string escaped", () => {
  const html = renderHtml(report());
  assert.ok(html.startsWith("<!doctype html>"));
  assert.ok(!/<script/i.test(html), "no script element");
  assert.ok(!/<img/i.test(html), "no img element from article text");
  assert.ok(!/(?:src|href)=["']?(?:https?:)?\/\//i.test(html), "no external assets");
  assert.ok(!/<link\b/i.test(html));
  assert.ok(html.includes("&lt;script&gt;window.__pwned = 1&lt;/script&gt;"));
  assert.ok(html.includes("&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;"));
  assert.ok(html.includes("Daily &lt;b&gt;Mirror&lt;/b&gt; &amp; Co"));
  assert.ok(html.includes('<h2 class="headline">Shelling of Kharkiv market, Ukraine</h2>'));
  assert.equal((html.match(/<svg class="chart"/g) ?? []).length, 2, "one chart per figure");
});

/** A small RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

test("csv: one row per figure, the contract's columns, RFC 4180 quoting", () => {
  const input = handMadeReportInput();
  input.events[0].title = 'Shelling of "Kharkiv" market, Ukraine';
  const csv = renderCsv(buildReport(input));
  assert.ok(csv.endsWith("\r\n"));
  assert.ok(!/[^\r]\n/.test(csv), "records end in CRLF");
  const rows = parseCsv(csv);
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  assert.equal(rows.length, 3);
  const record = Object.fromEntries(rows[0].map((k, i) => [k, rows[1][i]]));
  assert.deepEqual(record, {
    event_id: "kharkiv-market",
    event_title: 'Shelling of "Kharkiv" market, Ukraine',
    start: "2024-05-14",
    end: "2024-05-14",
    country: "UA",
    place: "Kharkiv",
    lat: "49.99",
    lon: "36.23",
    measure: "killed",
    group: "civilians",
    best: "12",
    low: "0",
    high: "12",
    status: "disputed",
    as_of: "2024-05-14",
    sources: "2",
    best_words: "12",
    qualifier: "exact",
    statements: "3",
    documents: "a_reuters b_copy c_ministry",
    urls: "",
  });
  assert.ok(csv.includes('"Shelling of ""Kharkiv"" market, Ukraine"'));
});

test("an empty run still makes a valid report and all three renderings", () => {
  const empty = buildReport({ documents: [], links: [], families: [], events: [], problems: [{ stage: "ingest", rule: "no-input", source: "-", reason: "no input", fatal: true }], generatedAt: "2024-01-01T00:00:00Z" });
  const ajv = new Ajv2020.default({ strict: false });
  assert.ok(ajv.validate(schema, empty), JSON.stringify(ajv.errors));
  assert.match(renderMarkdown(empty), /0 events/);
  assert.match(renderHtml(empty), /<\/html>\n$/);
  assert.equal(renderCsv(empty), `${CSV_COLUMNS.join(",")}\r\n`);
});

test("several events: a contents list links to each", () => {
  const input = handMadeReportInput();
  input.events.push({ ...input.events[0], id: "second", title: "Second event", figures: [] });
  const built = buildReport(input);
  const html = renderHtml(built);
  assert.ok(html.includes('<a href="#event-kharkiv-market">Shelling of Kharkiv market, Ukraine</a>'));
  assert.ok(html.includes('<a href="#event-second">Second event</a>'));
  assert.ok(html.includes('id="event-second"'));
  assert.match(renderMarkdown(built), /^2\. Second event \(2024-05-14\)$/m);
});
