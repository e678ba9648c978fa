import { test } from "node:test";
import assert from "node:assert/strict";
import { ChromeModel, isBoilerplateSentence, maskSpans } from "./chrome.ts";
import { extractFeatures } from "./features.ts";
import { agesDisagree, describeIncident, incidentAgreement, peopleDisagree, settlePeople } from "./incident.ts";
import { documentFromText } from "../../test/support/cluster-documents.ts";

test("contact lines and rights notices are boilerplate; story sentences are not", () => {
  assert.ok(isBoilerplateSentence("Anyone with information is asked to call Crime Stoppers at 510-777-8572."));
  assert.ok(isBoilerplateSentence("Copyright 2019 Nexstar Broadcasting, Inc."));
  assert.ok(isBoilerplateSentence("This material may not be published, broadcast, rewritten, or redistributed."));
  assert.ok(isBoilerplateSentence("Send tips to news@example.com today."));
  // Negative cases: scores, ages, years and counts are no phone numbers.
  assert.ok(!isBoilerplateSentence("The man, 33, was shot twice in 2018 and the Rams won 3-1."));
  assert.ok(!isBoilerplateSentence("Police said 24 people were hurt in the 1200 block of Main Street."));
});

const footer = "Follow the Daily Courier on social media for the latest local headlines every morning.";
const stories = [
  "A man was shot on Oak Street on Sunday night, police said.",
  "Two teenagers were arrested after a robbery at a corner store downtown.",
  "Firefighters rescued a family from a burning house near the river bridge.",
  "A driver fled after hitting a cyclist outside the public library on Friday.",
  "The suspect fled in a grey sedan toward the river, witnesses told reporters.",
];

test("a sentence many different reports carry is chrome; copies of one story are not", () => {
  const model = new ChromeModel();
  const texts = stories.slice(0, 4).map((story) => `${story} ${footer}`);
  texts.forEach((t) => model.add(t));
  const spans = model.spansOf(0, texts[0]);
  assert.deepEqual(spans.map((s) => texts[0].slice(s.start, s.end)), [footer]);
  assert.equal(maskSpans(texts[0], spans).length, texts[0].length);

  const copies = new ChromeModel();
  const wire = `${stories[0]} ${stories[4]} ${footer}`;
  for (let i = 0; i < 4; i++) copies.add(wire);
  assert.deepEqual(copies.spansOf(0, wire), []);
});

test("a closing paragraph is chrome though its short reports are each listed twice; a story its copies and one quoter carry is not", () => {
  const closing = [
    "The Valley Crime Desk is an independent newsroom covering every shooting in the valley.",
    "Click here to see how your contribution can support our volunteer staff of reporters.",
  ].join(" ");
  const districts = ["Northgate", "Riverside", "Old Town", "Hillcrest"];
  const model = new ChromeModel();
  // Four different short reports, each filed twice (one article listed under two incidents).
  const texts = stories.slice(0, 4).flatMap((story, i) => {
    const text = `${story} It happened in ${districts[i]}, officials told reporters. ${closing}`;
    return [text, text];
  });
  texts.forEach((t) => model.add(t));
  assert.deepEqual(
    model.spansOf(0, texts[0]).map((s) => texts[0].slice(s.start, s.end)),
    closing.split(/(?<=\.) /),
  );

  // One wire story run four times, and one other report quoting its lead: one telling holds most.
  const quoted = new ChromeModel();
  const wire = `${stories[0]} ${stories[4]} ${closing}`;
  for (let i = 0; i < 4; i++) quoted.add(wire);
  quoted.add(`${stories[0]} ${stories[2]}`);
  assert.deepEqual(quoted.spansOf(0, wire), []);
});

function incidentOf(id: string, published: string, text: string) {
  const doc = documentFromText(id, ` date ${published} \n\n${text}`);
  const f = extractFeatures(doc);
  const incident = describeIncident(doc, f, f.eventDayStated);
  settlePeople(incident, new Set(["police", "said", "man", "shot"]));
  return incident;
}

test("incidents on days far apart, or on other streets, disagree; shared people outweigh both", () => {
  const a = incidentOf("a", "2018-03-05", "A man was shot Sunday night in the 300 block of Elm Avenue, police said.");
  const b = incidentOf("b", "2018-03-20", "A man was shot Monday night in the 900 block of Pine Avenue, police said.");
  const c = incidentOf("c", "2018-03-06", "Police are still looking for whoever shot a man on Elm Avenue on Sunday.");
  assert.ok(a.streets.has("elm avenue"));
  assert.ok(incidentAgreement(a, b) < 0.2);
  assert.equal(incidentAgreement(a, c), 1);
  const d = incidentOf("d", "2018-03-05", "Jordan Vexley, 23, was shot Sunday night on Elm Avenue, police said.");
  const e = incidentOf("e", "2018-04-20", "Jordan Vexley, 23, appeared in court on Friday over the Elm Avenue shooting.");
  assert.equal(incidentAgreement(d, e), 1);
});

test("a street, a place or a city with its weekday is no incident's person", () => {
  const a = incidentOf("a", "2018-03-05", "CHARLOTTE Sunday — A man was shot near East Chelten Avenue in Corpus Christi, police said.");
  for (const notPerson of ["chelten avenue", "corpus christi", "charlotte sunday", "charlotte"]) assert.ok(!a.people.has(notPerson), notPerson);
  const b = incidentOf("b", "2018-03-05", "Jordan Vexley Sunday was shot near the river, police said.");
  assert.ok(b.people.has("jordan vexley"));
});

test("photographers and reporters credited in a report are no incident's people", () => {
  const a = incidentOf("a", "2018-03-05", "A man was shot Sunday night in the Logan section. Photographs for the Riverside Crime Desk by Marta Quillon. Police said he was hit twice.");
  const b = incidentOf("b", "2018-03-28", "A woman was shot Tuesday night on Pine Avenue. (Marta Quillon/The Ledger) Police said she survived. Channel 4's Dorin Aplet reports.");
  for (const credit of ["marta quillon", "dorin aplet"]) assert.ok(!a.people.has(credit) && !b.people.has(credit), credit);
  assert.ok(incidentAgreement(a, b) < 1);
  // Negative case: a victim named with an age is still a person, parentheses or not.
  const c = incidentOf("c", "2018-03-05", "Jordan Vexley (23) was shot Sunday, police said. Staff writer Marta Quillon contributed to this report.");
  assert.ok(c.people.has("jordan vexley"));
  assert.ok(!c.people.has("marta quillon"));
});

test("two reports naming different victims disagree, however alike their telling; the same victim agrees", () => {
  const a = incidentOf("a", "2018-03-05", "Jordan Vexley, 23, was shot Sunday night on the east side, police said.");
  const b = incidentOf("b", "2018-03-05", "Tamsin Orrell, 31, was shot Sunday night on the east side, police said.");
  const c = incidentOf("c", "2018-03-06", "Police identified the man shot Sunday on the east side as Jordan Vexley.");
  assert.ok(peopleDisagree(a, b));
  assert.ok(incidentAgreement(a, b) < 1);
  assert.ok(!peopleDisagree(a, c));
  assert.equal(incidentAgreement(a, c), 1);
  // Negative case: a report that names no one is no disagreement.
  const d = incidentOf("d", "2018-03-05", "A man was shot Sunday night on the east side, police said.");
  assert.ok(!peopleDisagree(a, d));
});

test("the ages a lead gives its people tell two incidents apart; a year's difference does not", () => {
  const a = incidentOf("a", "2018-03-05", "A 28-year-old man was shot Sunday night on the east side, police said.");
  const b = incidentOf("b", "2018-03-05", "A 22-year-old man was shot Sunday night on the east side, police said.");
  const c = incidentOf("c", "2018-03-06", "The man, 29, shot Sunday on the east side is in stable condition. A 29-year-old man was hit twice.");
  assert.deepEqual(a.ages, [28]);
  assert.ok(agesDisagree(a, b));
  assert.ok(incidentAgreement(a, b) < 1);
  assert.ok(!agesDisagree(a, c));
  // Negative case: no age given is no disagreement.
  const d = incidentOf("d", "2018-03-05", "A man was shot Sunday night on the east side, police said.");
  assert.ok(!agesDisagree(a, d));
});

test("alike reports of a beat, days apart, stay apart when their people's ages differ", async () => {
  const { clusterDocuments } = await import("./index.ts");
  const report = (id: string, published: string, age: number, day: string, detail: string) =>
    documentFromText(id, ` date ${published} \n\nA ${age}-year-old man was shot ${day} night on the east side of Riverton, police said. ${detail} He was taken to Riverton General Hospital. Police have made no arrests and ask anyone with information to come forward.`);
  const apart = clusterDocuments([report("a", "2018-03-05", 28, "Sunday", "Officers found him wounded in a parked van."), report("b", "2018-03-20", 22, "Monday", "Witnesses heard four shots near a laundromat.")], []);
  assert.equal(apart.length, 2);
  // The control: the same telling with the same age is one story told again.
  const together = clusterDocuments([report("a", "2018-03-05", 28, "Sunday", "Officers found him wounded in a parked van."), report("c", "2018-03-20", 28, "Monday", "Officers found him wounded in a parked van.")], []);
  assert.equal(together.length, 1);
});
