// bench:large-input: how long each stage takes on one huge article, in two shapes: one
// paragraph of N sentences (lineage was quadratic in the sentences of a paragraph) and N
// one-sentence paragraphs (plain-text cleaning was quadratic in the paragraphs).
// Prints each stage's time per size and the date; timings never go in tests.
//
//   npm run bench:large-input                        # 10k and 40k sentences
//   BENCH_LARGE_SENTENCES=10000,20000 npm run bench:large-input
import { cleanDocuments } from "../src/clean/index.ts";
import { clusterDocuments } from "../src/cluster/index.ts";
import { extractDocuments } from "../src/extract/index.ts";
import { makeDocument } from "../src/ingest/index.ts";
import { findLineage } from "../src/lineage/index.ts";
import { oneParagraph } from "../test/support/large-input.ts";

const SIZES = (process.env.BENCH_LARGE_SENTENCES ?? "10000,40000").split(",").map(Number);
const ms = (start: bigint): number => Math.round(Number(process.hrtime.bigint() - start) / 1e6);

console.log(`bench:large-input ${new Date().toISOString().slice(0, 10)}`);
const SHAPES = { "one paragraph": " ", "one sentence a paragraph": "\n\n" } as const;

for (const count of SIZES) {
  for (const [shape, separator] of Object.entries(SHAPES)) {
    const raw = oneParagraph(count).replace(/\. /g, `.${separator}`);
    const source = makeDocument("huge", "huge.txt", raw, "text", { published: "2026-02-01" });
    const times: string[] = [];
    let at = process.hrtime.bigint();
    const clean = cleanDocuments([source]);
    times.push(`clean ${ms(at)} ms`);
    at = process.hrtime.bigint();
    const lineage = await findLineage(clean);
    times.push(`lineage ${ms(at)} ms`);
    at = process.hrtime.bigint();
    clusterDocuments(clean, lineage.links);
    times.push(`cluster ${ms(at)} ms`);
    at = process.hrtime.bigint();
    extractDocuments(clean);
    times.push(`extract ${ms(at)} ms`);
    const notes = new Set([...clean[0].messages, ...(lineage.messages.get("huge") ?? [])].map((m) => m.rule));
    console.log(`${count} sentences, ${shape} (${(raw.length / 1e6).toFixed(1)} MB): ${times.join(", ")}; messages: ${[...notes].join(", ") || "none"}`);
  }
}
