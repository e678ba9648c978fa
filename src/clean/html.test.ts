import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { corpus as sharedCorpus } from "../../test/support/shared.ts";
import { extractHtml, type HtmlExtraction } from "./html.ts";
import { decodeHtmlBytes } from "../text/charset.ts";
import { decodeReference } from "./html-entities.ts";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const fixtures = join(repo, "test", "fixtures", "clean-html");

interface Expected {
  paragraphs: string[];
  removed?: string[];
  meta: Record<string, string>;
}

/** Every mapped character of every paragraph is the raw character it claims to come from (or the reference that decodes to it). */
function assertMapsToRaw(raw: string, extraction: HtmlExtraction, label: string): void {
  for (const [p, { text, toRaw }] of extraction.paragraphs.entries()) {
    assert.equal(toRaw.length, text.length, `${label}: paragraph ${p} toRaw length`);
    for (let i = 0; i < text.length; i++) {
      const at = toRaw[i];
      if (at === -1) {
        assert.equal(text[i], " ", `${label}: paragraph ${p} char ${i} unmapped but not a space`);
        continue;
      }
      assert.ok(at >= 0 && at < raw.length, `${label}: paragraph ${p} char ${i} offset ${at} out of range`);
      if (raw[at] === text[i]) continue;
      if (text[i] === " " && /[\s\u00a0\u2000-\u200a\u3000]/.test(raw[at])) continue;
      if (raw[at] === "&") {
        const ref = decodeReference(raw, at, raw.length);
        assert.ok(ref, `${label}: paragraph ${p} char ${i} maps to an '&' that is no reference`);
        if (ref.text.includes(text[i]) || (text[i] === " " && /\s|\u00a0/.test(ref.text))) continue;
      }
      // A JSON-LD articleBody character maps to its JSON escape.
      if (raw[at] === "\\") {
        const escape = raw[at + 1] === "u" ? String.fromCharCode(parseInt(raw.slice(at + 2, at + 6), 16)) : JSON.parse(`"${raw.slice(at, at + 2)}"`);
        if (escape === text[i]) continue;
      }
      assert.fail(`${label}: paragraph ${p} char ${i} ${JSON.stringify(text[i])} maps to ${JSON.stringify(raw.slice(at, at + 8))}`);
    }
  }
}

for (const slug of readdirSync(fixtures).sort()) {
  const dir = join(fixtures, slug);
  if (!existsSync(join(dir, "source.html"))) continue;
  test(`fixture ${slug}`, () => {
    const raw = readFileSync(join(dir, "source.html"), "utf8");
    const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected;
    const result = extractHtml(raw);
    const got = result.paragraphs.map((p) => p.text);
    const first = expected.paragraphs.findIndex((text, i) => got[i] !== text);
    assert.equal(first === -1 ? got.length : first, expected.paragraphs.length, `first differing paragraph ${first}: got ${JSON.stringify(got[first])}`);
    assert.equal(got.length, expected.paragraphs.length, `extra paragraphs: ${JSON.stringify(got.slice(expected.paragraphs.length))}`);
    const reasons = new Set(result.removed.map((r) => r.reason));
    for (const reason of expected.removed ?? []) assert.ok(reasons.has(reason), `no removal for reason ${reason}: ${JSON.stringify(result.removed)}`);
    for (const [key, value] of Object.entries(expected.meta)) assert.equal(result.meta[key as keyof typeof result.meta], value, `meta.${key}`);
    for (const key of ["wire", "dateline"] as const) if (!(key in expected.meta)) assert.equal(result.meta[key], undefined, `meta.${key} should be absent`);
    assertMapsToRaw(raw, result, slug);
  });
}

test("removals carry raw offsets of the removed text", () => {
  const raw = readFileSync(join(fixtures, "wire-chrome", "source.html"), "utf8");
  const caption = extractHtml(raw).removed.find((r) => r.reason === "caption");
  assert.ok(caption);
  assert.ok(raw.slice(caption.start, caption.end).startsWith("Rescue workers at the scene"));
});

test("each kind of chrome is removed with its reason", () => {
  const body = "<p>The regional government said the new rail line would carry its first passengers in the spring, two years later than planned.</p>";
  const cases: [string, string][] = [
    ["<p>Sign up for our daily newsletter</p>", "newsletter"],
    ["<p>Please consider supporting our journalism with a donation. Donate now.</p>", "appeal"],
    ["<p>This website uses cookies. Accept all cookies</p>", "cookie"],
    ["<p>Protesters outside parliament on Friday. (AFP via Getty Images)</p>", "caption"],
    ["<p>Open image in gallery</p>", "caption"],
    ["<p>3,452 views</p>", "counter"],
    ["<p>Read more: Rail strikes planned for next month</p>", "related"],
    ["<p>By Jane Doe | Staff writer</p>", "byline"],
    ["<p>Advertisement</p>", "placeholder"],
    ["<p>segunda-feira, 22 de janeiro de 2018 às 0:13</p>", "metadata"],
    ["<p>November 20, 2019 Emiliano Bellini</p>", "metadata"],
    ["<p>Comments that are disrespectful or off-topic will not be approved by the moderator.</p>", "boilerplate"],
    ["<p>Text: Lida Buslaeva</p>", "byline"],
    ["<p>Email Tariq Malik at tmalik@example.com or follow him on Twitter.</p>", "byline"],
    ["<p>Related Roundup: Electric cars</p>", "related"],
    ["<p>Jane Roe contributed reporting from Lahore.</p>", "byline"],
    ["<p>This post may contain affiliate links.</p>", "boilerplate"],
    ["<p>Reading time: 4 minutes</p>", "metadata"],
    ["<p>Smoke rises over the harbour after the strike.Reuters</p>", "caption"],
    ["<p>The first global geologic map of Titan. (NASA/JPL-Caltech/ASU)</p>", "caption"],
  ];
  for (const [chrome, reason] of cases) {
    const result = extractHtml(`<html><body><article>${body}${chrome}${body}</article></body></html>`);
    assert.equal(result.paragraphs.length, 2, `${reason}: ${chrome} kept`);
    assert.ok(result.removed.some((r) => r.reason === reason), `${reason}: got ${JSON.stringify(result.removed.map((r) => r.reason))}`);
  }
});

test("article sentences that look like chrome are kept", () => {
  const sentences = [
    "“We told everyone to sign up for the evacuation list,” the mayor said, adding that 400 families had done so by Sunday.",
    "The charity said donations had doubled since the earthquake, with most gifts arriving online from abroad.",
    "Photo agencies including AFP and Reuters were denied access to the site, the journalists' union said on Tuesday.",
    "By Wednesday, the number of confirmed cases had risen to 52, according to the health ministry.",
    "Subscribe-and-save programmes have become common among retailers, the report found.",
    "Di Maio, the foreign minister, said the talks would resume next week in Rome.",
    "The vote is now set for March 3, 2026, after two delays.",
    "Comments from residents were collected by the council until the end of May, officials said.",
    "The company did not respond to questions sent by Reuters.",
    "Consumer prices rose 3.1% in March (year on year/seasonally adjusted).",
    "Several reporters contributed to the investigation, which took two years, the paper said.",
  ];
  const html = `<html><body><div class="story-body">${sentences.map((s) => `<p>${s}</p>`).join("")}</div></body></html>`;
  assert.deepEqual(extractHtml(html).paragraphs.map((p) => p.text), sentences);
});

test("a page without an article container still yields its text", () => {
  const text = "A strong earthquake struck off the coast early on Sunday, shaking buildings in the capital and sending residents into the streets.";
  const result = extractHtml(`<body>${text}</body>`);
  assert.deepEqual(result.paragraphs.map((p) => p.text), [text]);
});

test("the headline h1 goes, an h1 used as a subheading inside the story stays", () => {
  const para = (n: number): string => `<p>Paragraph ${n} of the story says enough, with commas, to be counted as article prose here.</p>`;
  const result = extractHtml(`<body><article><h1>Storm hits coast</h1>${para(1)}${para(2)}<h1>What happens next</h1>${para(3)}</article></body>`);
  assert.deepEqual(result.paragraphs.map((p) => p.text.slice(0, 17)), ["Paragraph 1 of th", "Paragraph 2 of th", "What happens next", "Paragraph 3 of th"]);
  const headline = result.removed.find((r) => r.text === "Storm hits coast");
  assert.equal(headline?.reason, "metadata");
});

test("a page of short lines still yields them", () => {
  const result = extractHtml("<body><nav><a href='/'>Home</a></nav><div>Quake hits coast</div><div>Two dead.</div></body>");
  assert.deepEqual(result.paragraphs.map((p) => p.text), ["Quake hits coast", "Two dead."]);
});

test("metadata: publication date from article:published, pdate or the canonical address; title without the site", () => {
  const head = (tags: string): Partial<Record<string, unknown>> =>
    extractHtml(`<html lang="de-AT"><head>${tags}</head><body><p>Ein Satz, der lang genug ist, um als Absatz zu gelten, steht hier.</p></body></html>`).meta;
  assert.equal(head('<meta property="article:published" content="2019-11-19T11:00:09.000Z">').published, "2019-11-19");
  assert.equal(head('<meta name="pdate" content="20191118">').published, "2019-11-18");
  assert.equal(head('<link rel="canonical" href="https://example.org/2024/03/07/flood-warning/">').published, "2024-03-07");
  assert.equal(head("<time datetime='2023-05-01T10:00'>1 May</time>").published, "2023-05-01");
  assert.equal(head('<meta name="date" content="next Tuesday">').published, undefined);
  const dated = (lang: string, line: string): string | undefined =>
    extractHtml(`<html lang="${lang}"><body><div>${line}</div><p>Um texto longo o bastante para ser um parágrafo do artigo, com vírgulas.</p></body></html>`).meta.published ?? undefined;
  assert.equal(dated("pt-BR", "05/10/2018 - Publicado por: Clarissa Borba"), "2018-10-05");
  assert.equal(dated("en-US", "Posted 05/10/2018"), "2018-05-10");
  assert.equal(dated("en", "Published: Feb 02, 2026"), "2026-02-02");
  const meta = head('<title>Hochwasser in Tirol - Tiroler Bote</title><meta property="og:site_name" content="Tiroler Bote">');
  assert.equal(meta.title, "Hochwasser in Tirol");
  assert.equal(meta.outlet, "Tiroler Bote");
  assert.equal(meta.language, "de");
});

test("empty and broken input gives no paragraphs and does not throw", () => {
  const deep = "<div>".repeat(20000) + "A sentence at the bottom of very deep nesting, long enough to be kept." + "</div>".repeat(20000);
  assert.equal(extractHtml(deep).paragraphs.length, 1);
  for (const raw of ["", "<", "<html><body><p>", "<!-- unterminated", "<script>var a = 1;", "</div></div>text?"]) {
    const result = extractHtml(raw);
    assert.ok(Array.isArray(result.paragraphs));
    assertMapsToRaw(raw, result, JSON.stringify(raw));
  }
});

// Real pages, when the shared corpus is beside the repo: every offset must still point at its character.
const corpus = [sharedCorpus("article-extraction-benchmark", "html")].find(existsSync);
test("offsets map back on real pages", { skip: corpus ? false : "shared corpus not found" }, () => {
  const files = readdirSync(corpus as string).filter((f) => f.endsWith(".html.gz")).sort().slice(0, 25);
  for (const file of files) {
    const raw = decodeHtmlBytes(gunzipSync(readFileSync(join(corpus as string, file))));
    const result = extractHtml(raw);
    assert.ok(result.paragraphs.length > 0, `${file}: no paragraphs`);
    assertMapsToRaw(raw, result, file);
  }
});

test("a heading opening a deeper one stays; one followed by a heading of its rank is an empty section and goes", () => {
  const para = (n: number): string => `<p>Paragraph ${n} of the story says enough, with commas, to be counted as article prose here.</p>`;
  const result = extractHtml(`<body><article>${para(1)}<h2>Part One</h2><h3>The first years</h3>${para(2)}<h2>Gallery</h2><h2>Part Two</h2>${para(3)}</article></body>`);
  assert.deepEqual(result.paragraphs.map((p) => p.text.slice(0, 17)), ["Paragraph 1 of th", "Part One", "The first years", "Paragraph 2 of th", "Part Two", "Paragraph 3 of th"]);
  assert.equal(result.removed.find((r) => r.text === "Gallery")?.reason, "boilerplate");
});

test("a comment widget named by the short form 'cmt' goes in any language", () => {
  const body = "<p>区政府表示，新的轻轨线路将于明年春季开始运营，比原计划晚了两年，沿线居民对此期待已久，许多人每天通勤要花两个小时。</p>";
  const result = extractHtml(`<html><body><article>${body}${body}<div class="module-cmt-header"><p>表情删除后不可恢复，是否删除</p></div></article></body></html>`);
  assert.equal(result.paragraphs.length, 2);
  assert.ok(result.removed.some((r) => r.reason === "boilerplate" && r.text.startsWith("表情")));
});

test("a block beside the body that joined it for its text still goes by its own chrome marks; a header-marked one stays", () => {
  const para = (n: number): string => `<p>Paragraph ${n} of the story says enough, with commas, clauses and detail, to be counted as article prose.</p>`;
  const caption = `<div class="lead-image-caption"><p>Workers at the plant, which opened in 2017 with two lines, assemble the panels by hand in a long, bright hall.</p></div>`;
  const bio = `<div class="author-bio"><p>Jo Example covers energy, trade and industry from the capital, and previously wrote about farming and fisheries.</p></div>`;
  const intro = `<div class="entry-meta"><p>The ministry wants cheaper panels, higher efficiency and more factories by the end of the decade.</p></div>`;
  const result = extractHtml(`<html><body><main>${intro}${caption}<div class="body">${para(1)}${para(2)}${para(3)}</div>${bio}</main></body></html>`);
  const kept = result.paragraphs.map((p) => p.text.slice(0, 12));
  assert.deepEqual(kept, ["The ministry", "Paragraph 1 ", "Paragraph 2 ", "Paragraph 3 "]);
  assert.equal(result.removed.find((r) => r.text.startsWith("Workers"))?.reason, "caption");
  assert.equal(result.removed.find((r) => r.text.startsWith("Jo Example"))?.reason, "byline");
});

test("a hover card inside a sentence (a photo, then links to other stories) is not read into it; the linked name stays", () => {
  const card = `<span class="pop"><span><img src="p.jpg"><a href="/people/ana">Ana Beispiel</a><a href="/a/1">Minister opens new bridge</a> <a href="/a/2">Budget vote delayed</a></span></span>`;
  const sentence = `<p>Transport minister <span><a href="/people/ana">Ana Beispiel</a>${card}</span> said on Monday, after a long debate, that the line would open in spring.</p>`;
  const other = "<p>The new line, which cost more than planned, links the port with the airport and the old town in twenty minutes.</p>";
  const result = extractHtml(`<html><body><article>${sentence}${other}${other}</article></body></html>`);
  assert.equal(result.paragraphs[0].text, "Transport minister Ana Beispiel said on Monday, after a long debate, that the line would open in spring.");
  // Text outside the links, or no image first: an ordinary run of links in a sentence stays.
  const list = extractHtml(`<html><body><article><p>Firms such as <span><a href="/a">Acme</a>, <a href="/b">Bolt</a> and <a href="/c">Corex</a></span> bid for the contract, officials said on Monday.</p>${other}</article></body></html>`);
  assert.match(list.paragraphs[0].text, /Acme, Bolt and Corex bid/);
});

test("two teaser cards side by side (previous and next story) go; one linked heading among the article's paragraphs stays", () => {
  const para = (n: number): string => `<p>Paragraph ${n} of the review says enough, with commas, clauses and figures, to be counted as article prose.</p>`;
  const card = (href: string, title: string, summary: string): string =>
    `<div class="cell"><a href="${href}"><h5>${title}</h5></a><p>${summary}</p></div>`;
  const pair = `<div class="pager">${card("/next", "A hatchback with 300 horsepower", "The fastest model yet has a large rear wing and two seats")}${card("/prev", "A seven-seater under four metres", "The new people carrier is shorter than most small cars")}</div>`;
  const result = extractHtml(`<html><body><article>${para(1)}${para(2)}${para(3)}${pair}</article></body></html>`);
  assert.deepEqual(result.paragraphs.map((p) => p.text.slice(0, 11)), ["Paragraph 1", "Paragraph 2", "Paragraph 3"]);
  assert.ok(result.removed.some((r) => r.reason === "related" && r.text.startsWith("The fastest")));
  const single = `<div class="source"><a href="/report"><h3>The ministry's report</h3></a><p>The report, published on Monday, lists forty projects and their costs in detail.</p></div>`;
  const kept = extractHtml(`<html><body><article>${para(1)}${single}${para(2)}${para(3)}</article></body></html>`);
  assert.ok(kept.paragraphs.some((p) => p.text.startsWith("The report, published")));
});
