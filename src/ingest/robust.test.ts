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
