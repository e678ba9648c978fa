import { test } from "node:test";
import assert from "node:assert/strict";
import { allowedRange, explainsChange, speakerSpecificity } from "./rules.ts";
import { describeSpeaker } from "../extract/attribution.ts";
import { indexFamilies, newestMembers } from "./families.ts";
import { familiesOf } from "../lineage/families.ts";
import { link, statement } from "../../test/support/reconcile.ts";

test("attribution specificity: a named official beats a role, a role beats 'officials'", () => {
  const cases: [string | null, number][] = [
    [null, 0],
    ["officials", 1],
    ["Officials", 1],
    ["local authorities", 1],
    ["security sources", 1],
    ["Pakistan’s army", 2],
    ["Balochistan’s chief minister", 2],
    ["the Interior Ministry", 2],
    ["chief minister Sarfaraz Bugti", 3],
    ["Defense Minister Khawaja Mohammad Asif", 3],
    ["Ms Baker", 3],
    ["Randhir Jaiswal", 3],
  ];
  for (const [attribution, expected] of cases) assert.equal(speakerSpecificity(describeSpeaker(attribution)), expected, String(attribution));
  assert.equal(speakerSpecificity(describeSpeaker("the minister, Bugti", ["Sarfaraz Bugti"])), 3);
});

test("qualifiers set the values a statement allows", () => {
  assert.deepEqual(allowedRange(18, "at_least"), { lo: 18, hi: Infinity });
  assert.deepEqual(allowedRange(10, "more_than"), { lo: 11, hi: Infinity });
  assert.deepEqual(allowedRange(200, "nearly"), { lo: 160, hi: 200 });
  assert.deepEqual(allowedRange(24, "about"), { lo: 19, hi: 29 });
  assert.deepEqual(allowedRange(5, "up_to"), { lo: 0, hi: 5 });
});

test("change words: a toll said to move", () => {
  const said = (quote: string) => statement("d", quote, "1", { measure: "killed", group: "victims", value: 1 });
  assert.ok(explainsChange(said("raising the militant death toll to 177 in the past 1 days")));
  assert.ok(explainsChange(said("The toll climbed to 1 overnight")));
  assert.ok(!explainsChange(said("1 person was killed, police said")));
});

test("lineage: families from links, newer members from `newer` and publication dates", () => {
  const families = familiesOf([link("a", "b", "version", "b"), link("c", "a", "rewrite", null), link("x", "y", "duplicate", null)], { x: "2025-01-01", y: "2025-01-02" });
  const lineage = indexFamilies(families);
  assert.equal(lineage.familyOf("c"), "a");
  assert.equal(lineage.familyOf("b"), "a");
  assert.equal(lineage.familyOf("lonely"), "lonely");
  assert.deepEqual(lineage.membersOf("b"), ["a", "b", "c"]);
  assert.ok(lineage.isOlder("a", "b"));
  assert.ok(!lineage.isOlder("b", "a"));
  assert.ok(lineage.isOlder("x", "y"));
  assert.deepEqual(newestMembers(["a", "b", "c"], lineage), ["b", "c"]);
  assert.deepEqual(families.find((f) => f.id === "a")?.newest, ["b", "c"]);
  assert.deepEqual(families.find((f) => f.id === "x")?.original, ["x"]);
  // Within an event that has only "a" and "c", "b" neither joins nor orders them.
  const within = indexFamilies(families, new Set(["a", "c", "x"]));
  assert.equal(within.familyOf("c"), "a");
  assert.deepEqual(within.membersOf("x"), ["x"]);
});
