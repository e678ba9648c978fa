import assert from "node:assert/strict";
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { readInputs } from "./index.ts";

async function folder(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "crosscheck-ingest-"));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, ".."), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

describe("ingest", () => {
  it("reads a folder recursively in name order, keeping the raw text and the date header", async () => {
    const dir = await folder({
      "b/002_x.txt": " date 2026-02-01 Second report text.",
      "001_y.txt": "First report text.\n",
    });
    const { documents, problems } = await readInputs([dir]);
    assert.deepEqual(problems, []);
    assert.deepEqual(documents.map((d) => d.id), ["001_y", "002_x"]);
    const second = documents[1];
    assert.equal(second.raw, " date 2026-02-01 Second report text.");
    assert.equal(second.given.published, "2026-02-01");
    assert.equal(second.raw.slice(second.bodyStart), "Second report text.");
  });

  it("reads gzip transparently and takes the id up to the first dot", async () => {
    const dir = await folder({ "abc.html.gz": gzipSync("<html><body><p>Hello there.</p></body></html>") });
    const { documents } = await readInputs([join(dir, "abc.html.gz")]);
    assert.equal(documents[0].id, "abc");
    assert.equal(documents[0].format, "html");
    assert.match(documents[0].raw, /Hello there/);
  });

  it("names the input and the reason for an empty file, a binary file and a missing path, and keeps the others", async () => {
    const dir = await folder({ "empty.txt": "", "image.bin": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), "good.txt": "A report." });
    const { documents, problems } = await readInputs([join(dir, "empty.txt"), join(dir, "image.bin"), join(dir, "missing.txt"), join(dir, "good.txt")]);
    assert.deepEqual(documents.map((d) => d.id), ["good"]);
    assert.deepEqual(
      problems.map((p) => [p.source.split("/").pop(), p.reason]),
      [
        ["empty.txt", "empty file: no text to read"],
        ["image.bin", "binary file: not text, HTML, JSONL or a feed"],
        ["missing.txt", "no such file or folder"],
      ],
    );
  });

  it("reads JSONL lines with their given metadata, and reports a bad line without losing the rest", async () => {
    const dir = await folder({
      "feed.jsonl": [
        JSON.stringify({ id: "a1", text: "Ten people died.", published: "2026-03-01", outlet: "Daily", title: "Ten dead" }),
        "{not json",
        JSON.stringify({ id: "a2", html: "<p>Two hurt.</p>" }),
      ].join("\n"),
    });
    const { documents, problems } = await readInputs([dir]);
    assert.deepEqual(documents.map((d) => [d.id, d.format, d.given.outlet ?? null]), [["a1", "text", "Daily"], ["a2", "html", null]]);
    assert.equal(documents[0].given.published, "2026-03-01");
    assert.equal(problems.length, 1);
    assert.match(problems[0].source, /feed\.jsonl:2$/);
    assert.match(problems[0].reason, /not valid JSON/);
  });

  it("keeps a JSONL article whose optional field is bad, without the field and with a message; a line that is no object is a problem", async () => {
    const dir = await folder({
      "feed.jsonl": [JSON.stringify({ id: "b1", text: "Five hurt.", published: "yesterday", outlet: "Daily" }), "null", JSON.stringify({ id: "", text: "x" })].join("\n"),
    });
    const { documents, problems } = await readInputs([dir]);
    assert.deepEqual(documents.map((d) => [d.id, d.given]), [["b1", { outlet: "Daily" }]]);
    assert.deepEqual(documents[0].messages.map((m) => [m.rule, m.reason]), [["record-field", '"published" must be a date written YYYY-MM-DD (a time may follow); the field is left out']]);
    assert.deepEqual(problems.map((p) => [p.source.split("/").pop(), p.reason.slice(0, 19)]), [["feed.jsonl:2", "not one JSON object"], ["feed.jsonl:3", '"id" must be a non-']]);
  });

  it("reads RSS items with their date, link and title", async () => {
    const rss = `<?xml version="1.0"?><rss><channel><item><title>Quake hits</title><link>https://example.com/q</link>
      <pubDate>Sun, 27 Nov 2005 08:20:00 GMT</pubDate><description>A quake killed ten people.</description></item></channel></rss>`;
    const dir = await folder({ "news.rss": rss });
    const { documents } = await readInputs([dir]);
    assert.equal(documents.length, 1);
    assert.deepEqual(documents[0].given, { published: "2005-11-27", title: "Quake hits", url: "https://example.com/q" });
    assert.equal(documents[0].raw, "A quake killed ten people.");
  });

  it("reads standard input for -", async () => {
    const { documents } = await readInputs(["-"], { stdin: Readable.from([Buffer.from("From a pipe.")]) });
    assert.equal(documents[0].raw, "From a pipe.");
    assert.match(documents[0].id, /^[0-9a-f]{16}$/);
  });

  it("decodes windows-1252 without mojibake and passes over data files in a folder walk", async () => {
    const dir = await folder({ "old.txt": new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0x97, 0x20, 0x63, 0x61, 0x66, 0xe9]), "gold.json": "{}" });
    const { documents, skipped } = await readInputs([dir]);
    assert.equal(documents[0].raw, "“Hi” — café");
    assert.deepEqual(skipped.map((s) => s.source.split("/").pop()), ["gold.json"]);
  });
});
