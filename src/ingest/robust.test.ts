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
