// Bad and hostile inputs at ingest: each is read, or refused with a reason naming it; none
// is dropped or misread without a word.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { MAX_DOCUMENT_CHARS, readInputs } from "./index.ts";

async function folder(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "crosscheck-robust-"));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, ".."), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

describe("size budget", () => {
  it("refuses a JSONL line over the budget with the reason, and reads the other lines", async () => {
    const huge = "Word after word. ".repeat(Math.ceil(MAX_DOCUMENT_CHARS / 17) + 10);
    const lines = [JSON.stringify({ id: "huge", text: huge }), JSON.stringify({ id: "small", text: "A small report of one event." })];
    const dir = await folder({ "in.jsonl": lines.join("\n") });
    const { documents, problems } = await readInputs([dir]);
    assert.deepEqual(documents.map((d) => d.id), ["small"]);
    assert.equal(problems.length, 1);
    assert.match(problems[0].source, /in\.jsonl#huge$/);
    assert.match(problems[0].reason, /^document too large: 2\.0 million characters, over the 2\.0 million/);
  });
});

describe("ids that do not collide", () => {
  it("gives two files of one name in different folders different ids, the same on every run", async () => {
    const dir = await folder({ "a/report.txt": "Flooding killed 12 people.", "b/report.txt": "A bus crash injured 30 people." });
    const first = await readInputs([dir]);
    assert.equal(first.documents.length, 2);
    assert.equal(first.documents[0].id, "report");
    assert.match(first.documents[1].id, /^report-[0-9a-f]{8}$/);
    assert.ok(first.documents[1].messages.some((m) => m.rule === "duplicate-id"));
    const again = await readInputs([dir]);
    assert.deepEqual(again.documents.map((d) => d.id), first.documents.map((d) => d.id));
  });

  it("sanitises a newline and U+202E in a file name out of the id, keeping the raw name in source", async () => {
    const name = "evil\nname\u202Etxt.exe.txt";
    const dir = await folder({ [name]: "Flooding killed 12 people." });
    const { documents, problems } = await readInputs([dir]);
    assert.deepEqual(problems, []);
    assert.equal(documents[0].id, "evil_name_txt");
    assert.ok(documents[0].source.endsWith(name));
  });

  it("sanitises JSONL ids too", async () => {
    const dir = await folder({ "in.jsonl": JSON.stringify({ id: "a\u202Eb\u0007", text: "Flooding killed 12 people." }) });
    const { documents } = await readInputs([dir]);
    assert.equal(documents[0].id, "a_b_");
  });
});

describe("every input named", () => {
  const STORY = "Flooding killed 12 people in the valley on Tuesday, officials said.";

  it("reads UTF-16 and UTF-32 text by its byte-order mark (once refused as binary)", async () => {
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY, "utf16le")]);
    const utf16be = Buffer.from(utf16le.subarray(2)).swap16();
    const utf32le = Buffer.alloc(4 + STORY.length * 4);
    utf32le.set([0xff, 0xfe, 0, 0]);
    [...STORY].forEach((ch, i) => utf32le.writeUInt32LE(ch.codePointAt(0)!, 4 + i * 4));
    const utf32be = Buffer.alloc(4 + STORY.length * 4);
    utf32be.set([0, 0, 0xfe, 0xff]);
    [...STORY].forEach((ch, i) => utf32be.writeUInt32BE(ch.codePointAt(0)!, 4 + i * 4));
    const dir = await folder({
      "a.txt": utf16le,
      "b.txt": Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]),
      "c.txt": utf32le,
      "d.txt": utf32be,
    });
    const { documents, problems } = await readInputs([dir]);
    assert.deepEqual(problems, []);
    assert.deepEqual(documents.map((d) => d.raw), [STORY, STORY, STORY, STORY]);
  });

  it("follows a symbolic link inside a folder, and names a link loop and a broken link", async () => {
    const { symlink } = await import("node:fs/promises");
    const target = await folder({ "linked.txt": STORY });
    const dir = await folder({ "own.txt": STORY.replace("12", "13") });
    await symlink(join(target, "linked.txt"), join(dir, "link.txt"));
    await symlink(dir, join(dir, "loop"));
    await symlink(join(dir, "missing.txt"), join(dir, "broken.txt"));
    const { documents, problems } = await readInputs([dir]);
    assert.deepEqual(documents.map((d) => d.id).sort(), ["link", "own"]);
    assert.deepEqual(
      problems.map((p) => [p.source.slice(dir.length + 1), p.reason.split(":")[0]]).sort(),
      [["broken.txt", "broken symbolic link"], ["loop", "symbolic link loop"]],
    );
  });

  it("names a truncated feed and drops its cut item", async () => {
    const feed = `<?xml version="1.0"?><rss><channel><item><guid>one</guid><pubDate>Mon, 02 Feb 2026 10:00:00 GMT</pubDate><description>${STORY}</description></item><item><guid>two</guid><description>Flooding kil`;
    const dir = await folder({ "cut.xml": feed });
    const { documents, problems } = await readInputs([dir]);
    assert.deepEqual(documents.map((d) => d.id), ["one"]);
    assert.equal(documents[0].given.published, "2026-02-02");
    assert.match(problems[0].reason, /^feed is truncated: .*last item was cut/);
  });

  it("refuses Atom dates before year 1000 and impossible days with a reason, reading the item all the same", async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>old</id><updated>-0001-01-01T00:00:00Z</updated><content>${STORY}</content></entry><entry><id>feb</id><published>2026-02-30</published><content>${STORY} Again.</content></entry></feed>`;
    const jsonl = JSON.stringify({ id: "j", published: "2026-02-30", text: STORY });
    const dir = await folder({ "a.atom": atom, "b.jsonl": jsonl });
    const { documents } = await readInputs([dir]);
    assert.deepEqual(documents.map((d) => d.id), ["old", "feb", "j"]);
    for (const doc of documents) {
      assert.equal(doc.given.published, undefined, doc.id);
      // A feed item's date is refused as such; a JSONL record's bad field is named like every other bad field.
      assert.ok(doc.messages.some((m) => (m.rule === "bad-feed-date" || m.rule === "record-field") && /date/.test(m.reason)), doc.id);
    }
    assert.match(documents[1].messages[0].reason, /february 2026 has 28 days/i);
    assert.match(documents[2].messages[0].reason, /february 2026 has 28 days/i);
  });
});
