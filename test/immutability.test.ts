// The pipeline never changes what it is given: every stage returns new values. The inputs of
// a whole run are frozen all the way down, so any stage that pushes to, sorts or assigns into
// a document, a message list or a problem throws here (strict-mode modules throw on writes to
// frozen objects) instead of quietly changing the caller's data.
import assert from "node:assert/strict";
import { test } from "node:test";
import { cleanDocuments } from "../src/clean/index.ts";
import { clusterDocuments } from "../src/cluster/index.ts";
import { extractDocuments } from "../src/extract/index.ts";
import { findLineage } from "../src/lineage/index.ts";
import { reportFromSources } from "../src/pipeline.ts";
import { reconcileEvent } from "../src/reconcile/index.ts";
import { buildReport, renderCsv, renderHtml, renderMarkdown } from "../src/report/index.ts";
import type { Problem, SourceDocument } from "../src/types.ts";

function deepFreeze<T>(value: T): T {
  // A typed array cannot be frozen (its elements are not configurable): `toRaw` stays writable.
  if (ArrayBuffer.isView(value)) return value;
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

const LEAD =
  "QUETTA, Pakistan (AP) — Militants attacked police stations and a bank in Pakistan's Balochistan province on Saturday, " +
  "killing at least 31 civilians and 17 members of the security forces, officials said.";
const FOLLOW =
  "Security forces killed 145 militants in the fighting that followed, the provincial chief minister told reporters in Quetta. " +
  "The army said the operation was over by Sunday evening and the roads to the city had been opened again.";
/** The same three sentences again in other words: a second paraphrase appended to the first. */
const RETOLD =
  "On Saturday militants in Balochistan province of Pakistan attacked a bank and several police stations, and at least 31 civilians " +
  "and 17 security forces members were killed, according to officials. In the fighting that followed security forces killed 145 " +
  "militants, the chief minister of the province told reporters in Quetta. By Sunday evening the operation was over and the roads " +
  "to the city were opened again, the army said.";
const UPDATE =
  "QUETTA, Pakistan (AP) — Militants attacked police stations and a bank in Pakistan's Balochistan province on Saturday, " +
  "killing at least 33 civilians and 17 members of the security forces, officials said on Monday, raising the toll.";

function source(id: string, published: string, raw: string, messages: SourceDocument["messages"] = []): SourceDocument {
  return { id, source: `${id}.txt`, raw, format: "text", given: { published }, bodyStart: 0, messages };
}

test("a whole run over deep-frozen inputs works and leaves them as they were", async () => {
  const sources: SourceDocument[] = [
    source("first", "2026-02-01", `${LEAD}\n\n${FOLLOW}\n`),
    source("update", "2026-02-02", `${UPDATE}\n\n${FOLLOW}\n`, [{ stage: "ingest", rule: "given", reason: "a message the caller gave" }]),
    // The story told twice: lineage's internal-repeat message must reach the report.
    source("pasted", "2026-02-01", `${LEAD}\n\n${FOLLOW}\n\n${RETOLD}\n`),
    source("empty", "2026-02-01", "   \n"),
  ];
  const problems: Problem[] = [{ stage: "ingest", rule: "bad-gzip", source: "broken.gz", reason: "not a readable gzip file", fatal: true }];
  const before = JSON.stringify({ sources, problems });
  deepFreeze(sources);
  deepFreeze(problems);

  const { report } = await reportFromSources(sources, problems, { generatedAt: "2026-02-03T00:00:00Z" });

  assert.equal(JSON.stringify({ sources, problems }), before);
  assert.ok(report.events.length >= 1);
  assert.ok(report.events.some((e) => e.figures.length > 0));
  const byId = new Map(report.documents.map((d) => [d.id, d]));
  assert.deepEqual(byId.get("update")?.messages.map((m) => m.rule), ["given"]);
  assert.ok(byId.get("pasted")?.messages.some((m) => m.stage === "lineage" && m.rule === "internal-repeat"));
  // The given problem and the document that cleaning left empty, both as fatal messages.
  assert.deepEqual(
    report.problems.map((p) => [p.stage, p.rule, p.source, p.fatal]),
    [
      ["ingest", "bad-gzip", "broken.gz", true],
      ["clean", "no-text-left", "empty.txt", true],
    ],
  );
});

test("each stage after cleaning leaves its frozen inputs (documents, links, families, extractions, events) as they were", async () => {
  const cleaned = deepFreeze(cleanDocuments([source("first", "2026-02-01", `${LEAD}\n\n${FOLLOW}\n`), source("update", "2026-02-02", `${UPDATE}\n\n${FOLLOW}\n`)]));
  const lineage = deepFreeze(await findLineage(cleaned));
  assert.ok(lineage.links.length > 0 && lineage.families.length === 1);
  const clusters = deepFreeze(clusterDocuments(cleaned, lineage.links));
  const extractions = deepFreeze(extractDocuments(cleaned));
  const events = deepFreeze(clusters.map((cluster) => reconcileEvent({ cluster, documents: cleaned, extractions, families: lineage.families })));
  assert.ok(events.some((e) => e.figures.some((f) => f.status === "updated")));
  const report = deepFreeze(buildReport({ documents: cleaned, links: lineage.links, families: lineage.families, events, problems: [], generatedAt: "2026-02-03T00:00:00Z" }));
  assert.deepEqual(report.families[0].members, ["first", "update"]);
  assert.ok(renderMarkdown(report).length > 0 && renderHtml(report).length > 0 && renderCsv(report).length > 0);
});
