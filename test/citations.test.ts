// Every citation of every shared corpus names the sentence its quote is: the paragraph and
// sentence a statement (or a claim's evidence) carries, counted in the cleaned text as the
// document page shows it, hold the quote. A headline's quote is the document's title.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cleanDocuments } from "../src/clean/index.ts";
import { extractDocuments } from "../src/extract/index.ts";
import { readInputs } from "../src/ingest/index.ts";
import type { TextPlace } from "../src/types.ts";
import { sentenceAt, squash } from "./support/citations.ts";
import { SHARED_MISSING, corpus } from "./support/shared.ts";

interface Cited { document: string; quote: string; place: TextPlace | null; rule?: string }

/** Citations whose place does not hold their quote, as "document: why". */
async function wrongCitations(paths: string[], keep: (id: string) => boolean = () => true): Promise<{ checked: number; wrong: string[] }> {
  const { documents } = await readInputs(paths);
  const cleaned = cleanDocuments(documents.filter((d) => keep(d.id)));
  const byId = new Map(cleaned.map((d) => [d.id, d]));
  const wrong: string[] = [];
  let checked = 0;
  for (const x of extractDocuments(cleaned)) {
    const doc = byId.get(x.document)!;
    const cited: Cited[] = [...x.statements, ...x.assertions.flatMap((a) => a.evidence)];
    for (const c of cited) {
      checked++;
      if (!c.place) {
        // Only a headline's figure sits outside the body.
        if (!c.rule?.startsWith("headline:") || squash(doc.meta.title ?? "") !== squash(c.quote)) wrong.push(`${c.document}: no place for "${c.quote.slice(0, 60)}"`);
        continue;
      }
      const sentence = sentenceAt(doc, c.place);
      if (!sentence || !squash(sentence).includes(squash(c.quote).slice(0, 60))) {
        wrong.push(`${c.document} paragraph ${c.place.paragraph}, sentence ${c.place.sentence}: "${squash(sentence ?? "").slice(0, 50)}" is not "${squash(c.quote).slice(0, 50)}"`);
      }
    }
  }
  return { checked, wrong };
}

describe("citations name the sentence they quote", { skip: SHARED_MISSING }, () => {
  it("founding corpus", async () => {
    const { checked, wrong } = await wrongCitations([corpus("balochistan-2026-02")]);
    assert.ok(checked > 40);
    assert.deepEqual(wrong, []);
  });
  it("ecbplus-dev", async () => {
    const { checked, wrong } = await wrongCitations([corpus("ecbplus-dev", "docs")]);
    assert.ok(checked > 100);
    assert.deepEqual(wrong.slice(0, 10), []);
  });
  it("a sample of gva-train (every tenth report)", async () => {
    const { checked, wrong } = await wrongCitations([corpus("gva-train", "reports.jsonl")], (id) => Number(id.match(/\d+$/)?.[0] ?? 0) % 10 === 0);
    assert.ok(checked > 50);
    assert.deepEqual(wrong.slice(0, 10), []);
  });
});
