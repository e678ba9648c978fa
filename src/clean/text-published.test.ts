import { test } from "node:test";
import assert from "node:assert/strict";
import { publishedFrom } from "./text-published.ts";

test("reads a date header, a dated URL and a date line", () => {
  assert.equal(publishedFrom(" date 2026-02-02 Your support helps"), "2026-02-02");
  assert.equal(publishedFrom("http://blogs.example.com/2008/07/23/prophet-charged/\n\nHeadline"), "2008-07-23");
  assert.equal(publishedFrom("http://example.com/x.html\n\nHeadline\n\nWednesday, Sept. 08,2010\n\nBody."), "2010-09-08");
  assert.equal(publishedFrom("Prophet charged againJuly 23,2008.4: 49 pm\n\nBody."), "2008-07-23");
});

test("negative cases: no year, no date, a year alone, a date deep in the body", () => {
  assert.equal(publishedFrom("Saturday night\n\nThe fire broke out on Friday."), null);
  assert.equal(publishedFrom("Headline\n\nThe 2004 tsunami killed thousands."), null);
  assert.equal(publishedFrom("A\n\nB\n\nC\n\nD\n\nE\n\nOn July 23, 2008 it happened."), null);
  assert.equal(publishedFrom(""), null);
});
