import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { appendAll, maxOf, minOf } from "./arrays.ts";

describe("arrays", () => {
  // Past ~100k arguments a spread throws; these lengths used to overflow.
  const many = Array.from({ length: 500_000 }, (_, i) => (i * 7919) % 1_000_003);

  it("appends any number of items in order", () => {
    const target = [-1];
    appendAll(target, many);
    assert.equal(target.length, many.length + 1);
    assert.equal(target[1], many[0]);
    assert.equal(target.at(-1), many.at(-1));
    assert.throws(() => [].push(...(many as never[])), RangeError, "the spread this replaces does overflow");
  });

  it("gives what Math.max and Math.min give", () => {
    assert.equal(maxOf([3, 9, 2]), 9);
    assert.equal(minOf([3, 9, 2]), 2);
    assert.equal(maxOf([]), -Infinity);
    assert.equal(minOf([]), Infinity);
    assert.ok(Number.isNaN(maxOf([1, NaN])));
    let expected = -Infinity;
    for (const v of many) if (v > expected) expected = v;
    assert.equal(maxOf(many), expected);
  });
});
