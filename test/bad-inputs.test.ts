// Issue 16's done-when: a folder mixing one good report with every bad kind of input gives
// the good report, a named problem for each input that cannot be read (a message on the
// document for each one read with a fault), and exit code 1. How long it takes and how much
// memory is bench/load.ts's line, not an assertion here.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { EXIT, main } from "../src/cli/index.ts";
import type { Report } from "../src/types.ts";
import { writeBadInputsFolder } from "./support/bad-inputs.ts";
import { fakeIo } from "./support/cli.ts";

test("one good report among every bad kind of input: the report, a named problem or message for each, exit 1", async () => {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-bad-inputs-"));
  try {
    const inputs = writeBadInputsFolder(join(dir, "in"));
    const io = fakeIo();
    const code = await main(["report", "--json", "--quiet", join(dir, "in")], io);
    assert.equal(code, EXIT.inputProblems);
    const report = JSON.parse(io.out) as Report;
    assert.ok(report.documents.some((d) => d.id === "good" && d.text.includes("Gunmen killed 12 people")), "the good report");
    assert.ok(report.events.some((e) => e.figures.some((f) => f.best === 12)), "and its figure");
    for (const input of inputs) {
      const from = (source: string) => source.includes(join(dir, "in", input.name));
      if ("problem" in input.expect) {
        const problem = report.problems.find((p) => from(p.source));
        assert.ok(problem, `a problem names ${JSON.stringify(input.name)}`);
        assert.match(problem.reason, input.expect.problem, input.name);
        continue;
      }
      const doc = report.documents.find((d) => from(d.source));
      assert.ok(doc, `${JSON.stringify(input.name)} is read`);
      if ("message" in input.expect) assert.ok(doc.messages.some((m) => m.rule === (input.expect as { message: string }).message), `${JSON.stringify(input.name)}: ${(input.expect as { message: string }).message}`);
      assert.doesNotMatch(doc.id, /[\n\u202E]/, "ids are sanitised");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
