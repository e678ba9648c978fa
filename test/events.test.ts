// The whole pipeline on the two situations issue 7 names: a toll that rises over days, and a
// toll one side disputes (test/fixtures/events/README.md).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { runPipeline } from "../src/pipeline.ts";
import type { Figure } from "../src/types.ts";

async function figuresOf(folder: string): Promise<Map<string, Figure>> {
  const { report } = await runPipeline([`test/fixtures/events/${folder}`], { generatedAt: "2026-01-01T00:00:00Z" });
  assert.equal(report.events.length, 1, report.events.map((e) => e.title).join(", "));
  return new Map(report.events[0].figures.map((f) => [`${f.measure}/${f.group}`, f]));
}

describe("events end to end", () => {
  it("an earthquake toll that rose over two days is an update, best the newest total", async () => {
    const figures = await figuresOf("quake-rising-toll");
    const killed = figures.get("killed/victims")!;
    assert.equal(killed.best, 2000);
    assert.equal(killed.low, 296);
    assert.equal(killed.status, "updated");
    assert.equal(killed.asOf, "2023-09-10");
    assert.ok(!killed.statements.some((s) => s.value === 600), "the 2004 quake is background");
    assert.ok(!killed.statements.some((s) => s.value === 394 && s.scope === "total"), "one province is a part");
    assert.equal(figures.get("injured/victims")!.best, 2059);
  });

  it("a toll the army denies is disputed, with the count as best and the denial cited", async () => {
    const figures = await figuresOf("strike-disputed-toll");
    const civilians = figures.get("killed/civilians")!;
    assert.equal(civilians.status, "disputed");
    assert.equal(civilians.best, 12);
    assert.equal(civilians.low, 0);
    assert.ok(civilians.statements.some((s) => s.value === 0 && /army/i.test(s.quote)));
    assert.ok(civilians.statements.some((s) => s.value === 5 && s.scope === "partial"));
  });
});
