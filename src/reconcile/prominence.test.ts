// The `prominence` rule (docs/reconciliation.md): among totals of one date, an update, then
// the headline or lead, then corroboration and the source, then toll phrasing.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { handMadeStatement, type StatementFields } from "../../test/support/documents.ts";
import { link, reconcileOverLinks } from "../../test/support/reconcile.ts";
import { reconcileFigures } from "./index.ts";
import { prominenceOf } from "./prominence.ts";

const DAY = "2026-03-04";
const at = (document: string, quote: string, number: string, sentence: number | null, extra: Partial<StatementFields> = {}) => {
  const start = quote.indexOf(number);
  return handMadeStatement(document, quote, start, start + number.length, {
    measure: "killed",
    group: "victims",
    value: 0,
    reported: DAY,
    place: sentence === null ? null : { paragraph: sentence <= 2 ? 1 : 3, sentence: sentence <= 2 ? sentence : 1 },
    ...extra,
  });
};

describe("prominence: the count a report gives first is its count", () => {
  it("the lead's count beats one further down, even from a named source", () => {
    const lead = at("a", "Three people were killed in a shooting at a bar on Friday night.", "Three", 1, { value: 3, rule: "subject-passive+head" });
    const later = at("a", "One of them, a 24-year-old man, died at the scene, Sgt. Ana Ruiz said.", "One", 6, { value: 1, attribution: "Sgt. Ana Ruiz" });
    const [f] = reconcileFigures([later, lead], []);
    assert.equal(f.best, 3);
    assert.ok(f.rules.some((r) => r.startsWith("prominence: 3 (a: lead")), f.rules.join("\n"));
  });

  it("the headline counts as the lead", () => {
    const headline = at("a", "Gunman kills 4 at Ohio warehouse", "4", null, { value: 4 });
    const later = at("a", "Two of the victims worked the night shift, police said.", "Two", 7, { value: 2, attribution: "police" });
    assert.equal(reconcileFigures([later, headline], [])[0].best, 4);
  });

  it("an update in the body replaces the lead's older count", () => {
    const lead = at("a", "Five people were killed when a bus overturned on Monday.", "Five", 1, { value: 5 });
    const update = at("a", "The death toll later rose to 7, a hospital official said.", "7", 9, { value: 7, cues: { change: "rose", scope: null, vague: false } });
    const [f] = reconcileFigures([lead, update], []);
    assert.equal(f.best, 7);
  });

  it("prominence reads position and phrasing from what extraction left", () => {
    assert.deepEqual(prominenceOf(at("a", "The death toll stands at 12.", "12", 4, { value: 12 })).why, ["toll phrasing"]);
    assert.deepEqual(prominenceOf(at("a", "Two men were wounded.", "Two", 2, { value: 2, rule: "subject-passive" })).why, ["lead", "victims as subject"]);
    assert.equal(prominenceOf(at("a", "He said he saw 3 bodies.", "3", 8, { value: 3 })).position, 0);
  });
});

describe("repetition: a count the report comes back to", () => {
  it("wins over one said once in a sentence of the same standing", () => {
    const lead = "A man is dead and three people are injured after two gunmen entered a home on Thursday night.";
    const once = at("a", lead, "two", 1, { value: 2, rule: "subject-passive+head" });
    const first = at("a", lead, "A man", 1, { value: 1, rule: "subject-passive+head" });
    const again = at("a", "When officers arrived they found one man dead and three wounded.", "one", 6, { value: 1 });
    assert.equal(reconcileFigures([once, first, again], []).find((f) => f.measure === "killed")!.best, 1);
  });

  it("a copy of the same sentence is not a repetition", () => {
    const sentence = "Two people were killed and a third was hurt.";
    const two = at("a", sentence, "Two", 1, { value: 2 });
    const copy = at("b", sentence, "Two", 1, { value: 2 });
    const three = at("c", "Three people were killed in the crash, police said.", "Three", 1, { value: 3, attribution: "police" });
    // a and b are one family: 2 has one source and one sentence, like 3; the named source decides.
    assert.equal(reconcileOverLinks([two, copy, three], [link("a", "b", "duplicate")])[0].best, 3);
  });
});
