// A planted document cannot clean a genuine report's text away: a gardening text that copies
// one paragraph of a real report word for word (issue 16) leaves the real report's figures
// as they were, whether it comes from the same folder, another outlet or the same site.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { reportFromSources } from "../src/pipeline.ts";
import type { Report, SourceDocument } from "../src/types.ts";
import { makeDocument } from "../src/ingest/index.ts";

const FOUNDING = join(import.meta.dirname, "../examples/balochistan-2026-02");
const founding: SourceDocument[] = readdirSync(FOUNDING)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => makeDocument(f.replace(/\.txt$/, ""), join(FOUNDING, f), readFileSync(join(FOUNDING, f), "utf8"), "text", {}));

const figures = (report: Report): string[] =>
  report.events.filter((e) => e.documents.some((d) => d.startsWith("00"))).flatMap((e) => e.figures.map((f) => `${f.measure}/${f.group}=${f.best}`)).sort();

/** The paragraph of 001 that carries its toll, copied into a text about something else. */
function planted(given: SourceDocument["given"]): SourceDocument {
  const genuine = founding.find((d) => d.id.startsWith("001"))!.raw;
  const paragraph = genuine.split(/\n+/).find((p) => /killed 50 people/.test(p))!;
  const raw = [
    "Spring is the time to divide perennials: lift the clump, tease the roots apart and replant the pieces at the same depth.",
    paragraph,
    "Water them in well and mulch with leaf mould; they will flower again by midsummer if the weather is kind.",
  ].join("\n\n");
  return makeDocument("garden", "garden.txt", raw, "text", given);
}

test("a gardening text copying a paragraph of a genuine report changes none of its figures", async () => {
  const generatedAt = "2026-02-03T00:00:00Z";
  const before = figures((await reportFromSources(founding, [], { generatedAt })).report);
  assert.ok(before.includes("killed/all=50") || before.some((f) => f.endsWith("=50")), before.join(" "));
  for (const given of [{}, { outlet: "Garden Weekly" }, { url: "https://www.independent.co.uk/life-style/gardening/perennials" }]) {
    const after = figures((await reportFromSources([...founding, planted(given)], [], { generatedAt })).report);
    assert.deepEqual(after, before, JSON.stringify(given));
  }
});
