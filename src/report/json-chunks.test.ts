import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { REPO_ROOT } from "../../test/support/shared.ts";
import { runPipeline } from "../pipeline.ts";
import type { Report } from "../types.ts";
import { jsonChunks } from "./json-chunks.ts";

const whole = (report: unknown): string => `${JSON.stringify(report, null, 2)}\n`;
const pieced = (report: unknown): string => [...jsonChunks(report as Report)].join("");

describe("jsonChunks", () => {
  it("writes the text JSON.stringify writes, for a real report", async () => {
    const { report } = await runPipeline([join(REPO_ROOT, "examples", "balochistan-2026-02")], { generatedAt: "2026-02-03T00:00:00.000Z", jobs: 1 });
    assert.ok(report.documents.length > 0 && report.events.length > 0);
    assert.equal(pieced(report), whole(report));
  });

  it("writes lists long and empty, line breaks in strings, left-out and null fields as JSON.stringify does", () => {
    const long = Array.from({ length: 200 }, (_, i) => ({ n: i, text: "a\nb \"quoted\"", nested: [{ deep: [1, 2] }], none: undefined }));
    const odd = { version: 1, empty: [], nothing: null, skipped: undefined, list: [1, undefined, "x"], long, tail: { a: [] } };
    assert.equal(pieced(odd), whole(odd));
    assert.equal(pieced({}), whole({}));
  });
});
