// The web app through hono's app.request(): pages, the JSON API, adding documents, the report
// cache, and article text that must stay text. One SQLite store holds the founding corpus.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Hono } from "hono";
import { readInputs } from "../ingest/index.ts";
import { ReportCache, reportFromStore } from "../runs/index.ts";
import { openStore, type Store } from "../store/index.ts";
import type { Event, Report } from "../types.ts";
import { createApp, documentFromBody } from "./index.ts";

const CORPUS = join(import.meta.dirname, "../../examples/balochistan-2026-02");

/** A clock that moves a minute per reading, so each report has its own timestamp. */
function steppingClock(start = Date.parse("2026-02-05T08:00:00.000Z")): () => Date {
  let t = start;
  return () => new Date((t += 60_000));
}

let dir: string;
let store: Store;
let app: Hono;
let reports: ReportCache;
let gate: Promise<void> = Promise.resolve();

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "crosscheck-server-"));
  store = await openStore(join(dir, "store.sqlite"));
  const { documents } = await readInputs([CORPUS]);
  await store.putDocuments(documents, "2026-02-04T00:00:00.000Z");
  const now = steppingClock();
  // Updates wait at this gate while a test holds it shut, so "meanwhile" is a state, not a race.
  reports = new ReportCache(store, now, { compute: async (generatedAt) => (await gate, reportFromStore(store, { generatedAt })) });
  app = createApp({ store, now, reports });
});

after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string) => app.request(path);
const post = (body: string) => app.request("/api/documents", { method: "POST", body, headers: { "Content-Type": "application/json" } });

describe("pages", () => {
  test("/ lists the events with their figures, as HTML with no scripts allowed", async () => {
    const res = await get("/");
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^text\/html/);
    assert.match(res.headers.get("content-security-policy") ?? "", /default-src 'none'/);
    const html = await res.text();
    const report = (await (await get("/api/report")).json()) as Report;
    assert.ok(report.events.length > 0);
    for (const event of report.events) assert.ok(html.includes(`href="/events/${encodeURIComponent(event.id)}"`), `links to ${event.id}`);
    assert.match(html, /<form class="search" method="get" action="\/"/);
    assert.match(html, /<li class="card">/);
    assert.match(html, /<span class="fig">[^<]+<strong>\d+<\/strong> <span class="status (agreed|updated|disputed)"/);
    assert.doesNotMatch(html, /<script/i);
  });

  test("/events/:id shows what, when, where, who and each statement with its quote and document link", async () => {
    const report = (await (await get("/api/report")).json()) as Report;
    const event = report.events.find((e) => e.figures.length > 0) as Event;
    const html = await (await get(`/events/${event.id}`)).text();
    for (const term of ["<dt>What</dt>", "<dt>When</dt>", "<dt>Where</dt>", "<dt>Who</dt>"]) assert.ok(html.includes(term), term);
    const s = event.figures[0].statements[0];
    assert.ok(html.includes(`href="/documents/${encodeURIComponent(s.document)}#at-${s.start}"`), "the statement links to its place in the document");
    assert.match(html, /<td class="quote">[^<]*<mark class="num">/, "the number is marked inside its quote");
    assert.match(html, /<svg class="chart"/);
    // A qualifier is dropped in no output: the attackers are "nearly 200", the range keeps AP's "at least 18".
    const attackers = report.events.flatMap((e) => e.figures).find((f) => f.measure === "attackers" && f.bestQualifier === "nearly");
    if (attackers) {
      const page = await (await get(`/events/${report.events.find((e) => e.figures.includes(attackers))!.id}`)).text();
      assert.match(page, /<h4>Attackers: nearly 200 /);
      assert.match(page, /Best figure nearly 200 as of/);
      assert.doesNotMatch(page, /Attackers: 200\b|best 200\b/);
      assert.match(page, /stated as at least 18 to 33;/);
    } else assert.fail("the founding corpus's attackers are nearly 200");
  });

  test("/documents/:id highlights every cited number at its raw offset and says what cleaning removed", async () => {
    const report = (await (await get("/api/report")).json()) as Report;
    const s = report.events.flatMap((e) => e.figures).flatMap((f) => f.statements)[0];
    const html = await (await get(`/documents/${s.document}`)).text();
    assert.ok(html.includes(`<mark class="num" id="at-${s.start}"`), "anchored number");
    assert.match(html, /<mark class="quote">/);
    assert.match(html, /What cleaning removed/);
    const doc = report.documents.find((d) => d.id === s.document)!;
    if (doc.removed.length) assert.ok(html.includes(`<td>${doc.removed[0].reason}</td>`));
    // The marked number is the statement's words in the raw text.
    const stored = (await store.documentVersions(s.document))[0];
    const words = stored.raw.slice(s.start, s.end);
    const marked = new RegExp(`id="at-${s.start}"[^>]*>([^<]*)<`).exec(html);
    assert.ok(marked);
    assert.equal(marked[1].replace(/&#39;/g, "'"), words.replace(/\s+/g, " "));
  });

  test("unknown pages, events and documents are 404 with a reason", async () => {
    assert.equal((await get("/events/nope")).status, 404);
    const doc = await get("/documents/nope");
    assert.equal(doc.status, 404);
    assert.match(await doc.text(), /no document nope in the store/);
    const api = await get("/api/nope");
    assert.equal(api.status, 404);
    assert.match(((await api.json()) as { error: string }).error, /no such endpoint/);
  });
});

describe("API and cache", () => {
  test("a kept answer carries an ETag, and sending it back gets 304 until the report changes", async () => {
    await reports.settled();
    await get("/api/events");
    const kept = await get("/api/events");
    const etag = kept.headers.get("ETag");
    assert.match(etag ?? "", /^W\/"/);
    const body = await kept.text();
    const unchanged = await app.request("/api/events", { headers: { "If-None-Match": etag! } });
    assert.equal(unchanged.status, 304);
    assert.equal(await unchanged.text(), "");
    const other = await app.request("/api/events", { headers: { "If-None-Match": 'W/"someone-else"' } });
    assert.equal(other.status, 200);
    assert.equal(await other.text(), body);
  });

  test("/api/report and /api/events give the JSON report, computed once until the store changes", async () => {
    const first = (await (await get("/api/report")).json()) as Report;
    const again = (await (await get("/api/report")).json()) as Report;
    assert.equal(first.version, 1);
    assert.equal(first.documents.length, 5);
    assert.equal(again.generatedAt, first.generatedAt, "served from the cache");
    const events = (await (await get("/api/events")).json()) as { generatedAt: string; events: Event[] };
    assert.equal(events.generatedAt, first.generatedAt);
    assert.deepEqual(events.events, first.events);
    const runs = await store.runs();
    assert.equal(runs.length, 1, "one run stored for all those requests");
  });

  test("POST /api/documents stores an article and answers at once; the report takes it in behind the reads", async () => {
    const before = (await (await get("/api/report")).json()) as Report;
    const article = {
      id: "api-1",
      text: "Gunmen killed 7 people at a market in Peshawar on Tuesday, police said.\n\nThe attackers fled.",
      published: "2026-02-03",
      outlet: "Test Wire",
      title: "Market attack",
    };
    let open = () => {};
    gate = new Promise((resolve) => (open = resolve));
    const res = await post(JSON.stringify(article));
    assert.equal(res.status, 201);
    assert.deepEqual(
      { ...((await res.json()) as object), sha: undefined },
      { id: "api-1", status: "added", version: 1, sha: undefined, page: "/documents/api-1", report: "updating" },
    );
    assert.equal(res.headers.get("location"), "/documents/api-1");
    const meanwhile = await get("/api/report");
    assert.equal(meanwhile.headers.get("x-report-state"), "updating");
    assert.equal(((await meanwhile.json()) as Report).generatedAt, before.generatedAt, "reads answered from the last report");
    const page = await get("/documents/api-1");
    assert.equal(page.status, 202);
    assert.match(await page.text(), /Updating:.*being updated to take it in/s);
    open();
    await reports.settled();
    const current = await get("/api/report");
    assert.equal(current.headers.get("x-report-state"), "current");
    const after = (await current.json()) as Report;
    assert.notEqual(after.generatedAt, before.generatedAt, "recomputed");
    const stored = after.documents.find((d) => d.id === "api-1");
    assert.ok(stored);
    assert.equal(stored.outlet, "Test Wire");
    assert.equal(stored.published, "2026-02-03");

    const same = await post(JSON.stringify(article));
    assert.equal(same.status, 200);
    assert.equal(((await same.json()) as { status: string }).status, "unchanged");
    const changed = await post(JSON.stringify({ ...article, text: `${article.text}\n\nThe toll rose to 9.` }));
    assert.equal(changed.status, 201);
    assert.deepEqual([((await changed.json()) as { status: string }).status], ["version"]);
    assert.equal((await store.documentVersions("api-1")).length, 2);
    const listed = (await (await get("/api/documents")).json()) as { documents: { id: string; version: number }[] };
    assert.equal(listed.documents.find((d) => d.id === "api-1")?.version, 2);
  });

  test("bad bodies are refused with 400 and a clear reason", async () => {
    const cases: [string, RegExp][] = [
      ["{not json", /not valid JSON/],
      ["[]", /one JSON object/],
      ['"text"', /one JSON object/],
      ["{}", /"text" or "html" field is required/],
      ['{"text": "   "}', /"text" is empty/],
      ['{"text": 5}', /"text" must be a string/],
      ['{"text": "Body.", "id": ""}', /"id" must be/],
      ['{"text": "Body.", "id": {"a": 1}}', /"id" must be/],
      ['{"text": "Body.", "published": "yesterday"}', /"published" must be a date/],
      ['{"text": "Body.", "url": "javascript:alert(1)"}', /"url" must be an http/],
      ['{"text": "Body.", "outlet": 3}', /"outlet" must be a string/],
      ['{"text": "a\\u0000b"}', /NUL/],
    ];
    for (const [body, reason] of cases) {
      const res = await post(body);
      assert.equal(res.status, 400, body);
      assert.match(((await res.json()) as { error: string }).error, reason, body);
    }
  });

  test("a body over the limit is 413", async () => {
    const res = await post(JSON.stringify({ text: "x".repeat(11 * 1024 * 1024) }));
    assert.equal(res.status, 413);
  });
});

describe("article text stays text", () => {
  test("markup in an article, its id and its metadata is escaped on every page", async () => {
    const nasty = {
      id: `x"><script>alert(1)</script>`,
      html: `<html><head><title>T <img src=x onerror=alert(2)></title></head><body><article><p>Officials said 12 people were killed &lt;script&gt;alert(3)&lt;/script&gt; in the blast on Monday in Quetta.</p><p>"Nobody was safe," a witness said.</p></article></body></html>`,
      outlet: `<b onmouseover=alert(4)>Outlet</b>`,
    };
    const res = await post(JSON.stringify(nasty));
    assert.equal(res.status, 201);
    const page = (await res.json()) as { page: string };
    await reports.settled();
    for (const path of ["/", page.page]) {
      const html = await (await get(path)).text();
      assert.doesNotMatch(html, /<script>alert|<img src=x|<b onmouseover/i, path);
    }
    const doc = await (await get(page.page)).text();
    assert.ok(doc.includes("&lt;script&gt;alert(3)&lt;/script&gt;") || doc.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
  });
});

describe("documentFromBody", () => {
  test("html wins over text, a number id is a string, and a missing id is a content hash", () => {
    const a = documentFromBody('{"id": 12, "text": "t", "html": "<p>h</p>", "url": "https://x.test/a", "published": "2026-02-01T10:00:00Z"}');
    assert.equal(a.document?.id, "12");
    assert.equal(a.document?.format, "html");
    assert.equal(a.document?.raw, "<p>h</p>");
    assert.equal(a.document?.source, "https://x.test/a");
    assert.deepEqual(a.document?.given, { url: "https://x.test/a", published: "2026-02-01" });
    const b = documentFromBody('{"text": "Same text."}');
    assert.match(b.document?.id ?? "", /^[0-9a-f]{16}$/);
    assert.equal(b.document?.source, `api#${b.document?.id}`);
  });
});
