import { test } from "node:test";
import assert from "node:assert/strict";
import { everyoneKilled, shotIncludesKilled, splitVersusAll, valueWords } from "./consistency.ts";
import { statement } from "../../test/support/reconcile.ts";
import type { Figure, Group, Qualifier } from "../types.ts";

function figure(group: Group, best: number, asOf: string, qualifier: Qualifier = "exact"): Figure {
  const s = statement(`d-${group}`, `${best} killed.`, String(best), { measure: "killed", group, value: best, qualifier, reported: asOf });
  return { measure: "killed", group, best, low: best, high: best, asOf, status: "agreed", rules: [], sources: 1, statements: [s] };
}

test("split-vs-all: an older 'all' total its groups do not add up to says it is the older", () => {
  const figures = splitVersusAll([figure("civilians", 33, "2026-02-02"), figure("security_forces", 17, "2026-02-02"), figure("militants", 177, "2026-02-02"), figure("all", 200, "2026-02-01", "nearly")]);
  const all = figures.find((f) => f.group === "all")!;
  const line = all.rules.find((r) => r.startsWith("split-vs-all:"));
  assert.ok(line, JSON.stringify(all.rules));
  assert.match(line, /nearly 200 is the older total \(2026-02-01/);
  assert.match(line, /33 \+ 17 \+ 177 = 227/);
});

test("split-vs-all: a whole of the same day that disagrees is marked as disagreeing", () => {
  const figures = splitVersusAll([figure("civilians", 10, "2026-02-02"), figure("security_forces", 5, "2026-02-02"), figure("militants", 5, "2026-02-02"), figure("all", 40, "2026-02-02")]);
  assert.match(figures.find((f) => f.group === "all")!.rules.join(";"), /split-vs-all: 40 disagrees with its groups, which add up to 10 \+ 5 \+ 5 = 20/);
});

test("split-vs-all: groups that add up, or an incomplete split, leave the whole alone", () => {
  const adding = splitVersusAll([figure("civilians", 33, "2026-02-02"), figure("security_forces", 17, "2026-02-02"), figure("victims", 50, "2026-02-02")]);
  assert.deepEqual(adding.find((f) => f.group === "victims")!.rules, []);
  // "nearly 200" allows 160-200: 190 is no contradiction.
  const loose = splitVersusAll([figure("civilians", 90, "2026-02-02"), figure("security_forces", 50, "2026-02-02"), figure("militants", 50, "2026-02-02"), figure("all", 200, "2026-02-01", "nearly")]);
  assert.deepEqual(loose.find((f) => f.group === "all")!.rules, []);
  const partial = splitVersusAll([figure("civilians", 33, "2026-02-02"), figure("all", 200, "2026-02-01")]);
  assert.deepEqual(partial.find((f) => f.group === "all")!.rules, []);
});

test("qualifier kept: a rule line's value is written as the report writes it", () => {
  assert.equal(valueWords({ value: 200, qualifier: "nearly" }), "nearly 200");
  assert.equal(valueWords({ value: 33, qualifier: "at_least" }), "at least 33");
  assert.equal(valueWords({ value: 17, qualifier: "exact" }), "17");
});

test("everyone-killed: victims and a dead shooter, no whole stated, give everyone killed", () => {
  const figures = everyoneKilled([figure("victims", 3, "2026-02-02"), figure("militants", 1, "2026-02-02")]);
  const all = figures.find((f) => f.group === "all")!;
  assert.equal(all.best, 4);
  assert.match(all.rules[0], /everyone-killed: 3 victims \+ 1 of the attackers = 4, derived/);
  // A whole a report states is never replaced by a sum.
  const stated = everyoneKilled([figure("victims", 50, "2026-02-02"), figure("militants", 177, "2026-02-02"), figure("all", 200, "2026-02-01")]);
  assert.deepEqual(stated.filter((f) => f.group === "all").map((f) => f.best), [200]);
  assert.equal(everyoneKilled([figure("victims", 3, "2026-02-02")]).length, 1);
  // One side's dead civilians and the other side's dead militants may be the same dead: no sum.
  const disputed = { ...figure("civilians", 12, "2026-02-02"), status: "disputed" as const };
  assert.equal(everyoneKilled([figure("victims", 12, "2026-02-02"), disputed, figure("militants", 7, "2026-02-02")]).filter((f) => f.group === "all").length, 0);
});

test("shot-includes-killed: 'four people were shot' in one report and one death in another give 3 injured", () => {
  const shot = statement("a", "Four people were shot Friday night.", "Four", { measure: "injured", group: "victims", value: 4, reported: "2026-02-02", rule: "implicit:shot-not-killed" });
  const injured: Figure = { measure: "injured", group: "victims", best: 4, low: 4, high: 4, asOf: "2026-02-02", status: "agreed", rules: [], sources: 1, statements: [shot] };
  const [fixed] = shotIncludesKilled([figure("victims", 1, "2026-02-02"), injured]).filter((f) => f.measure === "injured");
  assert.equal(fixed.best, 3);
  assert.match(fixed.rules.join(";"), /shot-includes-killed: 4 shot \(a\) less 1 killed \(d-victims\) = 3 injured/);
  // A count of the wounded ("four were wounded") is not of everyone shot: it stays.
  const wounded = { ...injured, statements: [{ ...shot, rule: "subject-passive+head" }] };
  assert.equal(shotIncludesKilled([figure("victims", 1, "2026-02-02"), wounded])[1].best, 4);
});
