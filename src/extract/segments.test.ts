import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cleanDocumentFromText } from "../../test/support/documents.ts";
import { extractDocument } from "./index.ts";
import { incidentBreaks } from "./segments.ts";

/** The rule of the first break in a report of these sentences, or null. */
const firstBreak = (sentences: string[]): string | null => incidentBreaks(sentences).find((b) => b !== null)?.rule.split(":")[0] ?? null;
const statementsOf = (text: string) => extractDocument(cleanDocumentFromText("t", text, { meta: { published: "2026-03-08" } })).statements;
const own = (text: string) => statementsOf(text).filter((s) => !s.background).map((s) => `${s.measure} ${s.value}`);

const LEAD = "A 24-year-old man was shot and killed Saturday night outside a bar on Main Street, police said.";

describe("round-ups: a report's later incidents open by news cues", () => {
  const positives: [string, string][] = [
    ["separate-incident", "In a separate shooting about two miles away, two women were wounded."],
    ["separate-incident", "In another incident Sunday, a teenager was shot in the leg."],
    ["separate-incident", "During an unrelated robbery, a store clerk was hurt."],
    ["separate-incident", "A second shooting happened about 11:30 p.m. near the park."],
    ["separate-incident", "Police are also investigating after a man was shot in the head on Elm Street."],
    ["elsewhere", "Elsewhere, a woman was wounded in a drive-by shooting."],
    ["elsewhere", "In other shootings: A 38-year-old man was wounded on the South Side."],
    ["most-recent", "Most recently, a man was shot while shoveling snow Sunday morning."],
    ["time-shift", "Forty-five minutes earlier, a man was shot in the Lincoln Square neighborhood."],
    ["time-shift", "About an hour and a half earlier Friday, another man was shot and killed."],
    ["time-shift", "Earlier in the day, two men were wounded in a drive-by shooting."],
    ["new-time-and-victim", "Sunday morning, a 28-year-old man was hurt in the Englewood neighborhood."],
    ["dateline", "RIVERTON — A woman was killed when a gunman opened fire at a gas station."],
  ];
  for (const [rule, sentence] of positives) {
    it(`${rule}: ${sentence}`, () => {
      const before = rule === "dateline" ? ["SPRINGFIELD — " + LEAD] : [LEAD];
      assert.equal(firstBreak([...before, "Officers found him on the sidewalk.", sentence]), rule);
    });
  }

  const negatives: [string, string[]][] = [
    ["the lead's own victims arriving later", [LEAD, "Later Saturday night, a 17-year-old came to the hospital with a gunshot to the neck."]],
    ["the same scene's responders", [LEAD, "Medics also responded to the call, but the man was not taken to the hospital."]],
    ["a criminal record", [LEAD, "Most recently, he was charged with assault in July, but the charges were dropped."]],
    ["a round-up's summary leads: no incident is the report's own", ["Four people were killed and 12 wounded in shootings across the city since Friday.", "A man was shot to death Friday on Elm Street.", "Forty-five minutes earlier, a man was shot in the arm."]],
    ["no incident told yet: a round-up's summary leads", ["Four people were killed and 12 wounded in shootings across the city since Friday.", "Most recently, two men were killed in a home invasion Sunday."]],
    ["no victim yet: only a reported shooting", ["Police are investigating a shooting reported Friday in Dundalk.", "About 30 minutes later, a man walked into a hospital with a gunshot wound."]],
    ["the time the lead already told", ["A man was shot around 1:45 a.m. Sunday on Hunter Street.", "Officers found him in a car.", "Sunday, a man was found wounded in a car."]],
    ["the story's first dateline, after a caption", ["Photo: officers at the scene of the fatal shooting on Tuesday.", "FARMINGTON — A standoff ended in a suspect's death early today."]],
    ["one incident told throughout", [LEAD, "The man was taken to a hospital, where he died.", "No arrests have been made."]],
  ];
  for (const [name, sentences] of negatives) {
    it(`no break: ${name}`, () => assert.equal(firstBreak(sentences), null));
  }
});

describe("round-ups: the report's figures are its lead incident's", () => {
  it("a later incident's count goes to a related event, with its rule", () => {
    const text = `${LEAD} Officers found him on the sidewalk. Police are also investigating after 3 people were wounded on Oak Avenue.`;
    assert.deepEqual(own(text), ["killed 1"]);
    const other = statementsOf(text).find((s) => s.value === 3)!;
    assert.equal(other.role, "background");
    assert.match(other.roleRule!, /^round-up-segment: separate-incident: "Police are also investigating after"/);
    assert.equal(other.background, "another incident of the report");
  });

  it("a later incident's implicit victims are not the lead's", () => {
    assert.deepEqual(own(`${LEAD} Forty-five minutes earlier, a man was shot in the arm on 5th Street.`), ["killed 1"]);
  });

  it("a single incident keeps every count", () => {
    const text = "Two men were shot Friday night on Pine Street, police said. Officers found them on the sidewalk. Around 10 p.m. Friday, a neighbor heard the gunfire. A third man was wounded in the hand.";
    assert.deepEqual(incidentBreaks(text.split(/(?<=[a-z]\.) (?=[A-Z])/)).filter((b) => b !== null), []);
  });
});
