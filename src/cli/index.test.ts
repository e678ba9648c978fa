import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { main } from "./index.ts";
import { fakeIo } from "../../test/support/cli.ts";


const EXAMPLE = "examples/balochistan-2026-02";

describe("crosscheck report", () => {
  it("reports the bundled example as JSON with exit code 0", async () => {
    const io = fakeIo();
    const code = await main(["report", "--json", "--quiet", EXAMPLE], io);
    assert.equal(code, 0, io.err);
    const report = JSON.parse(io.out);
    assert.equal(report.version, 1);
    assert.equal(report.generatedAt, "2026-02-03T00:00:00.000Z");
    assert.equal(report.documents.length, 5);
    assert.ok(report.events.length >= 1);
  });

  it("names each bad input and its reason on stderr, still reports the others, and exits 1", async () => {
    const dir = await mkdtemp(join(tmpdir(), "crosscheck-cli-"));
    await writeFile(join(dir, "empty.txt"), "");
    await writeFile(join(dir, "blob.bin"), new Uint8Array([0, 1, 2, 3, 0, 0, 7]));
    const io = fakeIo();
    const code = await main(["report", "--json", "--quiet", join(dir, "empty.txt"), join(dir, "blob.bin"), join(dir, "nowhere.txt"), `${EXAMPLE}/001_f3904f487e54e178.txt`], io);
    assert.equal(code, 1);
    const lines = io.err.trim().split("\n");
    assert.equal(lines.length, 3, io.err);
    assert.match(lines[0], /empty\.txt: empty file/);
    assert.match(lines[1], /blob\.bin: binary file/);
    assert.match(lines[2], /nowhere\.txt: no such file or folder/);
    const report = JSON.parse(io.out);
    assert.deepEqual(report.documents.map((d: { id: string }) => d.id), ["001_f3904f487e54e178"]);
    assert.equal(report.problems.length, 3);
  });

  it("writes Markdown by default, and HTML and CSV on request", async () => {
    for (const [format, pattern] of [["md", /^# /m], ["html", /<!doctype html>/i], ["csv", /^event_id,event_title,start,end,country,place,lat,lon,measure,group,best,low,high,status,as_of,sources/]] as const) {
      const io = fakeIo();
      const args = format === "md" ? ["report", "-q", EXAMPLE] : ["report", "-q", "--format", format, EXAMPLE];
      assert.equal(await main(args, io), 0, io.err);
      assert.match(io.out, pattern, format);
    }
  });

  it("prints progress on stderr unless quiet", async () => {
    const io = fakeIo();
    await main(["report", "--json", `${EXAMPLE}/000_b9f804cec24d2e21.txt`], io);
    assert.match(io.err, /crosscheck: ingest: 1 document from 1 input, 0 problems/);
  });

  it("exits 0 for --help and 2 for a usage error", async () => {
    const help = fakeIo();
    assert.equal(await main(["report", "--help"], help), 0);
    assert.match(help.out, /Usage: crosscheck report/);
    const bad = fakeIo();
    assert.equal(await main(["report", "--format", "pdf", EXAMPLE], bad), 2);
    assert.match(bad.err, /pdf/);
    assert.equal(await main(["report"], fakeIo()), 2);
  });
});
