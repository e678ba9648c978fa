import { test } from "node:test";
import assert from "node:assert/strict";
import { claimEvidenceIn } from "./assertions.ts";
import { isReportingDate } from "./index.ts";
import { placeOf } from "./cues.ts";

const stances = (sentence: string, speaker: string | null = null, last: string | null = null): string[] =>
  claimEvidenceIn(sentence, speaker, last).map((h) => `${h.kind}/${h.stance}/${h.who}`);

test("a backing claim is asserted by its speaker, or reported in the report's own voice", () => {
  assert.deepEqual(stances("He described those killed as “Indian-backed terrorists.”", "Interior Minister Mohsin Naqvi"), ["backing/asserts/Interior Minister Mohsin Naqvi"]);
  assert.deepEqual(stances("The attackers were backed by India."), ["backing/reports/null"]);
});

test("no response is not a denial", () => {
  assert.deepEqual(stances("However, he offered no evidence, and there was no immediate response from New Delhi."), ["backing/no-response/New Delhi"]);
  assert.deepEqual(stances("India did not immediately respond to the claim."), ["backing/no-response/India"]);
});

test("a denial names its denier most fully: the quoted spokesperson, else the subject", () => {
  assert.deepEqual(stances("India denied the accusation, stating that Islamabad was deflecting attention."), ["backing/denies/India"]);
  assert.deepEqual(
    stances("\"We categorically reject the baseless allegations made by Pakistan,\" India’s foreign ministry spokesperson Randhir Jaiswal said.", "Ministry Spokesperson Randhir Jaiswal"),
    ["backing/denies/India’s foreign ministry spokesperson Randhir Jaiswal"],
  );
});

test("a repeated accusation is asserted again by whoever repeats it", () => {
  assert.deepEqual(stances("The accusation was reiterated by Pakistan’s defence minister, who said the attackers had links across the border.", null, "IN"), ["backing/asserts/Pakistan’s defence minister"]);
});

test("responsibility: 'claimed responsibility' and 'attacks claimed by' are the group's own claim", () => {
  assert.deepEqual(stances("The Baloch Liberation Army (BLA) claimed responsibility for the attacks."), ["responsibility/asserts/Baloch Liberation Army (BLA)"]);
  assert.deepEqual(stances("The weekend attacks, claimed by the BLA, killed at least 18 civilians."), ["responsibility/asserts/BLA"]);
  assert.deepEqual(stances("The group claimed responsibility for attacks on security installations."), []);
  assert.deepEqual(stances("No group claimed responsibility."), []);
});

test("reporting-date: a date of speaking is not a date of the event", () => {
  const at = (sentence: string, text: string) => ({ start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length, text });
  const a = "Balochistan’s chief minister said on Sunday that 31 civilians had died in attacks on Friday and Saturday.";
  assert.equal(isReportingDate(a, at(a, "Sunday")), true);
  assert.equal(isReportingDate(a, at(a, "on Friday and Saturday")), false);
  const b = "On Monday, Defense Minister Khawaja Mohammad Asif said the weekend attacks killed 33 civilians.";
  assert.equal(isReportingDate(b, at(b, "On Monday")), true);
  const c = "which is now a routine allegation";
  assert.equal(isReportingDate(c, at(c, "now")), true);
  const e = "The death toll from a powerful earthquake in Morocco rose to 820 on Saturday, the interior ministry said.";
  assert.equal(isReportingDate(e, at(e, "on Saturday")), true);
  const d = "Gunmen attacked a police station on Saturday.";
  assert.equal(isReportingDate(d, at(d, "on Saturday")), false);
});

test("placeOf counts every sentence of the paragraph, the one after a stop included", () => {
  const text = "First one here. Second one, with “a quote.” Third.\n\nNext paragraph. Its second sentence.";
  assert.deepEqual(placeOf(text, "Second one, with “a quote.”"), { paragraph: 1, sentence: 2 });
  assert.deepEqual(placeOf(text, "Third."), { paragraph: 1, sentence: 3 });
  assert.deepEqual(placeOf(text, "Its second sentence."), { paragraph: 2, sentence: 2 });
  assert.equal(placeOf(text, "Not in the text."), null);
});
