// Fetching pages and feeds from a server on 127.0.0.1 started here: every fault a named
// problem, feeds of each shape read, and servers asked only for what changed.
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync, brotliCompressSync } from "node:zlib";
import { after, before, describe, test } from "node:test";
import { closedPort, startFeedServer, type FeedServer } from "../../test/support/feed-server.ts";
import { Fetcher, HostQueue, readInputs, type Validators } from "./index.ts";

const ARTICLE = "<html><head><title>Quake</title></head><body><article><p>A powerful earthquake struck on Friday, killing at least 296 people, the interior ministry said.</p></article></body></html>";

const RSS = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
<item><title>Quake kills 296</title><link>/news/quake</link><guid>quake-1</guid><pubDate>Sat, 09 Sep 2023 08:00:00 GMT</pubDate>
<description>Short.</description><content:encoded><![CDATA[<p>A powerful earthquake killed at least <b>296</b> people, officials said.</p>]]></content:encoded></item>
<item><title>Second</title><link>/missing-story</link><guid>item-2</guid><pubDate>the ninth of Smarch</pubDate><description>Rescuers searched for survivors.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
<entry><id>tag:wire,2023:1</id><title>Toll rises</title><link href="stories/1"/><updated>2023-09-10T06:00:00Z</updated>
<content type="html">&lt;p&gt;The death toll rose to 820, the ministry said.&lt;/p&gt;</content></entry>
</feed>`;

const JSON_FEED = JSON.stringify({
  version: "https://jsonfeed.org/version/1.1",
  title: "JSON wire",
  items: [
    { id: "j1", url: "/j/1", title: "Toll passes 2,000", date_published: "2023-09-11T09:00:00Z", content_html: "<p>More than 2,000 people were killed, officials said.</p>" },
    { id: "j2", title: "No date", date_published: "yesterday-ish", content_text: "Aid arrived in the mountains." },
  ],
});

const html = (body: string | Buffer, headers: Record<string, string> = {}) => ({ body, headers: { "Content-Type": "text/html; charset=utf-8", ...headers } });

let server: FeedServer;
const noWait = () => new HostQueue({ delayMs: 0, backoffMs: 0 });
const fetcher = (options: ConstructorParameters<typeof Fetcher>[0] = {}) => new Fetcher({ politeness: noWait(), ...options });

before(async () => {
  server = await startFeedServer({
    "/robots.txt": { body: "User-agent: crosscheck\nDisallow: /private/\n", headers: { "Content-Type": "text/plain" } },
    "/page": html(ARTICLE),
    "/private/page": html(ARTICLE),
    "/rss": { body: RSS, headers: { "Content-Type": "application/rss+xml" } },
    "/rss-mirror": { body: RSS, headers: { "Content-Type": "application/rss+xml" } },
    "/atom": { body: ATOM, headers: { "Content-Type": "application/atom+xml" } },
    "/json": { body: JSON_FEED, headers: { "Content-Type": "application/feed+json" } },
    "/news/quake": html(ARTICLE.replace("296", "350")),
    "/gone": { status: 404, body: "gone" },
    "/broken": { status: 503, body: "down" },
    "/hop/1": { status: 301, headers: { Location: "/hop/2" } },
    "/hop/2": { status: 302, headers: { Location: "/hop/3" } },
    "/hop/3": { status: 307, headers: { Location: "/page" } },
    "/loop": { status: 302, headers: { Location: "/loop" } },
    "/big": html(`<html><body>${"<p>Filler words for a very long page.</p>".repeat(5000)}</body></html>`),
    "/big-gzip": html(gzipSync(`<html><body>${"<p>Filler words for a very long page.</p>".repeat(5000)}</body></html>`), { "Content-Encoding": "gzip" }),
    "/brotli": html(brotliCompressSync(ARTICLE), { "Content-Encoding": "br" }),
    "/image": { body: Buffer.from([0x89, 0x50, 0x4e, 0x47]), headers: { "Content-Type": "image/png" } },
    "/cyrillic": { body: Buffer.from([0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0]), headers: { "Content-Type": "text/plain; charset=windows-1251" } },
    "/etag": { ...html(ARTICLE), etag: '"v1"' },
    "/slow": { hang: true },
  });
});

after(() => server.close());

describe("fetching a URL", () => {
  test("a page is read with an honest User-Agent and robots.txt asked first", async () => {
    const got = await fetcher().get(server.url("/page"));
    assert.equal(got.kind, "page");
    const asked = server.requests.filter((r) => r.path === "/page" || r.path === "/robots.txt");
    assert.equal(asked[0].path, "/robots.txt");
    assert.match(String(asked.at(-1)!.headers["user-agent"]), /^crosscheck\//);
  });

  test("robots.txt that disallows a path is a named problem", async () => {
    const got = await fetcher().get(server.url("/private/page"));
    assert.equal(got.kind === "problem" && got.rule, "robots-disallowed");
  });

  test("4xx and 5xx answers, unreachable hosts, timeouts and non-article types are named problems", async () => {
    const f = fetcher({ timeoutMs: 300 });
    const rule = async (url: string) => {
      const got = await f.get(url);
      return got.kind === "problem" ? got.rule : got.kind;
    };
    assert.equal(await rule(server.url("/gone")), "http-error");
    assert.equal(await rule(server.url("/broken")), "http-error");
    assert.equal(await rule(server.url("/image")), "not-an-article");
    assert.equal(await rule(server.url("/slow")), "timeout");
    assert.equal(await rule(`http://127.0.0.1:${await closedPort()}/page`), "unreachable");
    assert.equal(await rule("ftp://127.0.0.1/file"), "bad-url");
  });

  test("redirects are followed up to five, counted by hand", async () => {
    const got = await fetcher().get(server.url("/hop/1"));
    assert.equal(got.kind === "page" && got.url, server.url("/page"));
    const loop = await fetcher().get(server.url("/loop"));
    assert.equal(loop.kind === "problem" && loop.rule, "too-many-redirects");
    assert.equal(server.requests.filter((r) => r.path === "/loop").length >= 6, true);
  });

  test("a body over the size limit is a problem, compressed or not", async () => {
    for (const path of ["/big", "/big-gzip"]) {
      const got = await fetcher({ maxBytes: 50_000 }).get(server.url(path));
      assert.equal(got.kind === "problem" && got.rule, "too-large", path);
    }
  });

  test("brotli is decoded, and the charset comes from the headers", async () => {
    const br = await fetcher().get(server.url("/brotli"));
    assert.ok(br.kind === "page" && br.text.includes("296 people"));
    const cyrillic = await fetcher().get(server.url("/cyrillic"));
    assert.equal(cyrillic.kind === "page" && cyrillic.text, "Москва");
  });

  test("a second look sends the ETag kept from the first and is told nothing changed", async () => {
    const kept = new Map<string, Validators>();
    const validators = { get: async (url: string) => kept.get(url) ?? null, put: async (url: string, v: Validators) => void kept.set(url, v) };
    assert.equal((await fetcher({ validators }).get(server.url("/etag"))).kind, "page");
    assert.deepEqual(kept.get(server.url("/etag")), { etag: '"v1"' });
    assert.equal((await fetcher({ validators }).get(server.url("/etag"))).kind, "not-modified");
    assert.equal(server.requests.filter((r) => r.path === "/etag").at(-1)!.headers["if-none-match"], '"v1"');
  });
});

describe("URLs as inputs", () => {
  test("RSS: content:encoded HTML, relative links resolved, a bad date kept as a message with the item still read", async () => {
    const { documents, problems } = await readInputs([server.url("/rss")], { fetcher: fetcher() });
    assert.deepEqual(problems, []);
    assert.equal(documents.length, 2);
    const [quake, second] = documents;
    assert.equal(quake.format, "html");
    assert.match(quake.raw, /<b>296<\/b>/);
    assert.equal(quake.given.url, server.url("/news/quake"));
    assert.equal(quake.given.published, "2023-09-09");
    assert.equal(second.given.published, undefined);
    assert.deepEqual(second.messages.map((m) => m.rule), ["bad-feed-date"]);
  });

  test("two feeds with the same item ids give their items ids of their own", async () => {
    const { documents } = await readInputs([server.url("/rss"), server.url("/rss-mirror")], { fetcher: fetcher() });
    assert.equal(new Set(documents.map((d) => d.id)).size, 4);
    assert.ok(documents.every((d) => !d.messages.some((m) => m.rule === "duplicate-id")));
  });

  test("Atom and JSON Feed items become documents", async () => {
    const { documents, problems } = await readInputs([server.url("/atom"), server.url("/json")], { fetcher: fetcher() });
    assert.deepEqual(problems, []);
    assert.deepEqual(documents.map((d) => d.given.title), ["Toll rises", "Toll passes 2,000", "No date"]);
    assert.equal(documents[0].given.url, server.url("/stories/1"));
    assert.equal(documents[1].given.url, server.url("/j/1"));
    assert.equal(documents[1].given.published, "2023-09-11");
    assert.deepEqual(documents[2].messages.map((m) => m.rule), ["bad-feed-date"]);
  });

  test("--fetch-items reads each item's link; a link that fails keeps the feed's own text with a message", async () => {
    const { documents } = await readInputs([server.url("/rss")], { fetcher: fetcher(), fetchItems: true });
    assert.match(documents[0].raw, /at least 350 people/);
    assert.ok(documents[1].messages.some((m) => m.rule === "item-fetch-failed"));
  });

  test("a page that fails is a problem and the other inputs still go through", async () => {
    const { documents, problems } = await readInputs([server.url("/gone"), server.url("/page"), server.url("/image")], { fetcher: fetcher() });
    assert.deepEqual(problems.map((p) => [p.source, p.rule]), [[server.url("/gone"), "http-error"], [server.url("/image"), "not-an-article"]]);
    assert.equal(documents.length, 1);
    assert.equal(documents[0].source, server.url("/page"));
    assert.equal(documents[0].id, (await readInputs([server.url("/page")], { fetcher: fetcher() })).documents[0].id, "one id per URL, read after read");
  });
});

describe("politeness", () => {
  test("one request at a time per host, a pause between them, a longer one after errors", async () => {
    const sleeps: number[] = [];
    let clock = 0;
    const queue = new HostQueue({ delayMs: 100, backoffMs: 1000, now: () => clock, sleep: async (ms) => void sleeps.push(ms) });
    let running = 0;
    let most = 0;
    const request = async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      running--;
      return "ok";
    };
    await Promise.all([queue.run("a", request), queue.run("a", request), queue.run("b", request)]);
    assert.equal(most, 2, "hosts a and b at once, never two for a");
    assert.deepEqual(sleeps, [100]);
    await queue.run("a", async () => "bad", () => "failed");
    await queue.run("a", async () => "bad", () => "failed");
    assert.equal(queue.failuresOf("a"), 2);
    assert.deepEqual(sleeps.slice(-2), [100, 1000]);
    assert.equal(queue.pauseAfter(2), 2000);
    queue.askFor("b", 5000);
    await queue.run("b", request);
    await queue.run("b", request);
    assert.equal(sleeps.at(-1), 5000, "a host's Crawl-delay outweighs the usual pause");
  });
});

describe("bad item dates", () => {
  test("a feed file and the same feed fetched by URL name a bad item date with the same message", async () => {
    const dir = await mkdtemp(join(tmpdir(), "crosscheck-dates-"));
    try {
      const file = join(dir, "wire.rss");
      await writeFile(file, RSS);
      const fromFile = (await readInputs([file])).documents[1];
      const fromUrl = (await readInputs([server.url("/rss")], { fetcher: fetcher() })).documents[1];
      const bad = (doc: typeof fromFile) => doc.messages.filter((m) => m.rule === "bad-feed-date");
      assert.equal(bad(fromFile).length, 1);
      assert.deepEqual(bad(fromUrl), bad(fromFile));
      assert.match(bad(fromFile)[0].reason, /the item's date is refused: date "the ninth of Smarch" is not written YYYY-MM-DD.*read without a date/);
      assert.equal(fromFile.given.published, undefined);
      assert.equal(fromUrl.given.published, undefined);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
