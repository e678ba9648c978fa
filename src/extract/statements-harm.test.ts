// Harm wording that news uses for one person or a few, read by the sentence rules (issue 11):
// invented news-style sentences, each class with sentences that must give nothing.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tokenize } from "./numbers.ts";
import { statementsInSentence } from "./statements.ts";

const brief = (sentence: string) => statementsInSentence(sentence, tokenize(sentence)).map((c) => `${c.measure}/${c.group} ${c.value}`);

describe("'fatally' makes the harm a death", () => {
  it("reads fatally wounded, injured and shot, gunned down and shot to death as killed", () => {
    assert.deepEqual(brief("A man was fatally wounded outside a bar on Friday."), ["killed/victims 1"]);
    assert.deepEqual(brief("Two teenagers were fatally shot near a park."), ["killed/victims 2"]);
    assert.deepEqual(brief("A driver struck and fatally injured a cyclist on Route 9."), ["killed/victims 1"]);
    assert.deepEqual(brief("A woman was gunned down outside her home."), ["killed/victims 1"]);
    assert.deepEqual(brief("Police found a man shot to death in a parked car."), ["killed/victims 1"]);
  });

  it("never makes the person who did it a victim", () => {
    assert.deepEqual(brief("Police say a man shot to death his former girlfriend."), []);
    assert.deepEqual(brief("A 40-year-old man gunned down his neighbour on Sunday."), []);
  });
});

describe("verbs and nouns of harm before one person", () => {
  it("reads murdering, the injury of, and the body of", () => {
    assert.deepEqual(brief("He is accused of murdering a woman in March."), ["killed/victims 1"]);
    assert.deepEqual(brief("He was convicted of the murder of a teacher and the injury of two others."), ["killed/victims 1", "injured/victims 2"]);
    assert.deepEqual(brief("Divers recovered the body of a man on Tuesday."), ["killed/victims 1"]);
  });

  it("reads a person killed 'by' something as the victim", () => {
    assert.deepEqual(brief("The father of a 9-year-old boy killed by a stray bullet spoke on Monday."), ["killed/victims 1"]);
    assert.deepEqual(brief("A man killed his brother on Monday."), []);
  });
});

describe("what stands between one person and the harm", () => {
  it("steps over a family count and a distance fallen", () => {
    assert.deepEqual(brief("A 59-year-old mother of two died after the crash."), ["killed/victims 1"]);
    assert.deepEqual(brief("A hiker has fallen 300ft to his death in the Alps."), ["killed/victims 1"]);
    assert.deepEqual(brief("A climber fell about 150 metres to his death on Friday."), ["killed/victims 1"]);
  });

  it("reads 'a second man' as one more person, 'a second' alone as time", () => {
    assert.deepEqual(brief("A second man has died in the national park."), ["killed/victims 1"]);
    assert.deepEqual(brief("The gunman paused for a second and fled."), []);
  });

  it("gives a named person's appositive no count", () => {
    assert.deepEqual(brief("Ana Ruiz, 34, a mother of three, was killed on Friday."), []);
    assert.deepEqual(brief("On Sunday, a woman was shot and killed."), ["killed/victims 1"]);
  });
});

describe("the accused of a killing are its attackers", () => {
  it("counts 'N men accused of / charged with killing' as attackers, cardinals only", () => {
    assert.deepEqual(brief("Prosecutors released video in the trial of two men accused of killing a mother."), ["attackers/militants 2", "killed/victims 1"]);
    assert.deepEqual(brief("The footage was shown at the trial of the two youths charged with murdering the teacher."), ["attackers/militants 2"]);
    assert.deepEqual(brief("A jury found one of the three men accused of murdering a teenager guilty."), ["attackers/militants 3", "killed/victims 1"]);
  });

  it("gives nothing for other charges, and none for one accused", () => {
    assert.deepEqual(brief("Two men were charged with drug possession."), []);
    assert.deepEqual(brief("A man accused of killing his wife appeared in court."), []);
    assert.deepEqual(brief("Three teens were arrested for the shooting."), ["arrested/militants 3"]);
  });
});
