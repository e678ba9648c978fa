// `crosscheck watch --once` twice over a feed on 127.0.0.1 whose item changes between the
// polls: the second poll names the figure that moved and the new version, and the server
// serves the same changes as JSON and Atom.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fakeIo } from "../../test/support/cli.ts";
import { startFeedServer, type FeedServer } from "../../test/support/feed-server.ts";
import { createApp } from "../server/index.ts";
import { openStore } from "../store/index.ts";
import { main } from "./index.ts";
import { parseInterval } from "./watch.ts";

const QUAKE = join(import.meta.dirname, "../../test/fixtures/events/quake-rising-toll");
/** The fixture's text without its ` date ` header: the feed gives the date. */
const story = (file: string) => readFileSync(join(QUAKE, file), "utf8").replace(/^\s*date \S+ /, "");

const rss = (items: { id: string; title: string; date: string; text: string }[]) => `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title>
${items.map((i) => `<item><title>${i.title}</title><guid>${i.id}</guid><link>/story/${i.id}</link><pubDate>${i.date}</pubDate><description><![CDATA[${i.text}]]></description></item>`).join("\n")}
</channel></rss>`;

const FIRST = story("a.txt");
const UPDATED = FIRST.replace("killing at least 296 people", "killing at least 350 people").replace("Residents of Marrakech fled", "Residents of Marrakech and Taroudant fled");

let server: FeedServer;
let dir: string;

before(async () => {
  server = await startFeedServer();
  dir = mkdtempSync(join(tmpdir(), "crosscheck-watch-"));
});

after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const setFeed = (text: string, etag: string) =>
  server.routes.set("/feed.xml", { body: rss([{ id: "quake-1", title: "Morocco earthquake: at least 296 dead", date: "Sat, 09 Sep 2023 08:00:00 GMT", text }]), etag, headers: { "Content-Type": "application/rss+xml" } });

describe("crosscheck watch", () => {
  test("polls, stores, and says per event what changed since the last poll", async () => {
    const db = join(dir, "watch.sqlite");
    const feed = server.url("/feed.xml");
    const poll = async (at: string) => {
      const io = fakeIo(new Date(at));
      const code = await main(["watch", "--once", "--delay", "0", "--db", db, feed], io);
      return { code, ...io };
    };

    setFeed(FIRST, '"v1"');
    const first = await poll("2023-09-09T09:00:00Z");
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /New event: /);

    const unchanged = await poll("2023-09-09T09:10:00Z");
    assert.match(unchanged.out, /no changes/);
    assert.equal(server.requests.filter((r) => r.path === "/feed.xml").at(-1)!.headers["if-none-match"], '"v1"', "asked only for a change");

    setFeed(UPDATED, '"v2"');
    const second = await poll("2023-09-09T12:00:00Z");
    assert.equal(second.code, 0, second.err);
    assert.match(second.out, /killed: 296 -> 350 \(.*, 9 Sep\)/);
    assert.match(second.out, /new version of 'Morocco earthquake: at least 296 dead' \(2 sentences changed\)/);

    const store = await openStore(db);
    try {
      const [stored] = await store.latestDocuments();
      assert.match(stored.id, /-quake-1$/);
      assert.deepEqual((await store.documentVersions(stored.id)).map((d) => d.version), [1, 2], "the changed item is a new version of the same document");
      const app = createApp({ store, now: () => new Date("2023-09-09T13:00:00Z") });
      const json = (await (await app.request("/api/changes?since=2023-09-09T10:00:00Z")).json()) as { changes: { kind: string; before?: number; after?: number; sentencesChanged?: number }[] };
      assert.deepEqual(json.changes.map((c) => c.kind).sort(), ["figure", "new-version"]);
      assert.deepEqual(json.changes.find((c) => c.kind === "figure")?.after, 350);
      const all = (await (await app.request("/api/changes")).json()) as { changes: unknown[] };
      assert.ok(all.changes.length > json.changes.length, "without since, the first poll's new event too");
      assert.equal((await app.request("/api/changes?since=not-a-date")).status, 400);
      const atom = await app.request("/changes.atom?since=2023-09-09T10:00:00Z");
      assert.match(atom.headers.get("content-type") ?? "", /application\/atom\+xml/);
      const body = await atom.text();
      assert.match(body, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
      assert.match(body, /296 -&gt; 350/);
      assert.equal(body.match(/<entry>/g)?.length, 2);
    } finally {
      await store.close();
    }
  });

  test("a feed that cannot be read is a problem, and the exit code says so", async () => {
    const io = fakeIo();
    const code = await main(["watch", "--once", "--delay", "0", "--db", join(dir, "bad.sqlite"), server.url("/no-such-feed")], io);
    assert.equal(code, 1);
    assert.match(io.err, /HTTP 404/);
  });

  test("report and ingest read URLs; a URL that fails is a problem and the others go through", async () => {
    server.routes.set("/story.html", { body: `<html><head><title>Quake</title></head><body><article><p>${FIRST}</p></article></body></html>`, etag: '"s1"', headers: { "Content-Type": "text/html" } });
    const io = fakeIo();
    const code = await main(["report", "--json", "-q", server.url("/story.html"), server.url("/missing.html")], io);
    assert.equal(code, 1);
    const report = JSON.parse(io.out) as { documents: { source: string }[]; problems: { source: string; reason: string }[] };
    assert.deepEqual(report.documents.map((d) => d.source), [server.url("/story.html")]);
    assert.deepEqual(report.problems.map((p) => p.source), [server.url("/missing.html")]);

    const db = join(dir, "ingest.sqlite");
    const ingest = async () => {
      const out = fakeIo();
      return { code: await main(["ingest", "--db", db, server.url("/story.html")], out), ...out };
    };
    const first = await ingest();
    assert.equal(first.code, 0, first.err);
    assert.match(first.err, /1 new/);
    const again = await ingest();
    assert.match(again.err, /not changed since the last look/, "the store's ETag made the second look conditional");
  });

  test("--every takes s, m and h, and refuses to poll more often than every 10 s", () => {
    assert.equal(parseInterval("10m"), 600_000);
    assert.equal(parseInterval("90s"), 90_000);
    assert.equal(parseInterval("1h"), 3_600_000);
    assert.throws(() => parseInterval("1s"));
    assert.throws(() => parseInterval("soon"));
  });
});
