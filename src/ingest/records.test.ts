// The one article-record parser: what JSONL reading and POST /api/documents both accepted
// before they shared it, and what either refused, now by one set of rules.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseArticleRecord, type ArticleRecord } from "./records.ts";

const record = (json: string): ArticleRecord => {
  const parsed = parseArticleRecord(json);
  assert.equal(parsed.error, undefined, json);
  return parsed.record!;
};
const refusal = (json: string): string => {
  const parsed = parseArticleRecord(json);
  assert.equal(parsed.record, undefined, json);
  return parsed.error!;
};

describe("parseArticleRecord accepts", () => {
  it("text or html, html winning when both are there", () => {
    assert.deepEqual(record('{"id": "a1", "text": "Ten people died."}'), { id: "a1", raw: "Ten people died.", format: "text", given: {}, fieldProblems: [] });
    const both = record('{"id": "a2", "text": "t", "html": "<p>h</p>"}');
    assert.equal(both.format, "html");
    assert.equal(both.raw, "<p>h</p>");
  });

  it("a number id as a string, a string id trimmed, and a missing or null id as the text's content hash", () => {
    assert.equal(record('{"id": 12, "text": "t"}').id, "12");
    assert.equal(record('{"id": "  a3 ", "text": "t"}').id, "a3");
    assert.match(record('{"text": "Same text."}').id, /^[0-9a-f]{16}$/);
    assert.equal(record('{"id": null, "text": "Same text."}').id, record('{"text": "Same text."}').id);
  });

  it("the optional fields trimmed, a published time cut to its day, and 'date' when 'published' is missing", () => {
    const full = record('{"text": "t", "url": " https://x.test/a ", "outlet": "Daily ", "title": " Ten dead", "published": "2026-02-01T10:00:00Z"}');
    assert.deepEqual(full.given, { url: "https://x.test/a", outlet: "Daily", title: "Ten dead", published: "2026-02-01" });
    assert.equal(record('{"text": "t", "date": "2026-03-01"}').given.published, "2026-03-01");
    assert.equal(record('{"text": "t", "published": "2026-03-02", "date": "2026-03-01"}').given.published, "2026-03-02");
    assert.deepEqual(record('{"text": "t", "outlet": "  ", "title": null}').given, {});
  });

  it("a record with a bad optional field, the field left out and the reason kept", () => {
    const cases: [string, RegExp][] = [
      ['{"text": "t", "published": "yesterday"}', /"published" must be a date/],
      ['{"text": "t", "date": "2026-13-45"}', /"date": date "2026-13-45" has no month 13/],
      ['{"text": "t", "url": "javascript:alert(1)"}', /"url" must be an http/],
      ['{"text": "t", "outlet": 3}', /"outlet" must be a string/],
    ];
    for (const [json, reason] of cases) {
      const { given, fieldProblems } = record(json);
      assert.deepEqual(given, {}, json);
      assert.equal(fieldProblems.length, 1, json);
      assert.match(fieldProblems[0], reason, json);
    }
  });
});

describe("parseArticleRecord refuses", () => {
  it("what is not one JSON object", () => {
    assert.match(refusal("{not json"), /not valid JSON/);
    for (const json of ["[]", '"text"', "null", "12"]) assert.match(refusal(json), /not one JSON object/, json);
  });

  it("a record without usable text", () => {
    assert.match(refusal("{}"), /"text" or "html" field is required/);
    assert.match(refusal('{"text": "   "}'), /"text" is empty/);
    assert.match(refusal('{"html": "", "text": "t"}'), /"html" is empty/);
    assert.match(refusal('{"text": 5}'), /"text" must be a string/);
    assert.match(refusal('{"html": 5, "text": "t"}'), /"html" must be a string/);
  });

  it("an id that is neither a non-empty string nor a number, or is too long", () => {
    for (const id of ['""', '"  "', '{"a": 1}', "true", "[1]"]) assert.match(refusal(`{"text": "t", "id": ${id}}`), /"id" must be/, id);
    assert.match(refusal(`{"text": "t", "id": "${"x".repeat(201)}"}`), /"id" is longer than 200/);
  });
});
