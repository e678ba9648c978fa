import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cleanDocumentFromText } from "../../test/support/documents.ts";
import { extractDocument } from "./index.ts";
import { notACount } from "./roles.ts";

const statementsOf = (text: string, published = "2026-03-05") =>
  extractDocument(cleanDocumentFromText("t", text, { meta: { published } })).statements;
const values = (text: string) => statementsOf(text).map((s) => `${s.measure} ${s.value} ${s.role ?? "?"}`);

describe("not-a-count: numbers that count no one give no statement", () => {
  const negatives: [string, string][] = [
    ["block-number", "A man was killed in the 9300 block of South Ashland Avenue on Sunday."],
    ["street-address", "Two people were injured at 1080 South Lake Blvd late Friday."],
    ["day-of-month", "A bomb in Lahore killed 3 people on 4 March 2026."],
    ["age-after-name", "Tyrone Jenkins Jr., 39, of Harvey was killed."],
    ["age-after-people", "Two males, both 19, died after they were shot."],
    ["decade-or-ordinal", "Officers found a man in his 30s wounded on the porch."],
    ["decade-or-ordinal", "The killing was the city's 15th homicide of the year."],
    ["phone-number", "A neighbour called 911 after a woman had been wounded."],
    ["charges-or-rounds", "He was found guilty of murder and two counts of assault in the killing."],
    ["charges-or-rounds", "The gunman fired 13 shots, killing the woman."],
    ["page-counter", "Image 1 of / 3 Caption Close Woman found dead in vacant home."],
    ["web-counter", "Shooting injures man in parking lot 7 Comments Just after 1 a.m."],
    ["station-or-code", "(credit: WCBS 880) Two people were injured in the crash."],
    ["negated", "Two children in the back seat were not injured."],
    ["model-or-serial", "Officers said the gunman killed people with a model 770 rifle."],
  ];
  for (const [rule, sentence] of negatives) {
    it(`${rule}: ${sentence}`, () => {
      const wrong = statementsOf(sentence).filter((s) => [9300, 1080, 4, 39, 19, 30, 15, 911, 3, 7, 880, 770].includes(s.value) && !(rule === "day-of-month" && s.value === 3));
      assert.deepEqual(wrong.map((s) => s.value), []);
    });
  }

  it("people-carried: the people a vehicle carried are not the people harmed", () => {
    assert.deepEqual(values("Militants attacked a train carrying hundreds of people in the province, taking passengers hostage."), []);
    assert.deepEqual(values("A bus carrying about 40 pilgrims plunged into a gorge, killing 12 pilgrims."), ["killed 12 total"]);
    assert.deepEqual(values("Gunmen took 20 passengers hostage on the train."), ["abducted 20 total"]);
    assert.deepEqual(values("The attackers were carrying weapons when they killed 5 guards."), ["killed 5 total"]);
  });

  it("names the rule and its words", () => {
    const sentence = "A man was killed in the 9300 block of South Ashland Avenue.";
    const at = sentence.indexOf("9300");
    assert.match(notACount(sentence, at, at + 4)?.rule ?? "", /^block-number: "9300 block"/);
  });

  it("keeps the toll beside a day of the month", () => {
    assert.deepEqual(values("A bomb in Lahore killed 3 people on 4 March 2026."), ["killed 3 total"]);
  });
});

describe("roles of counts about people", () => {
  it("total: the event's toll", () => {
    assert.deepEqual(values("Four people were killed in the attack on Monday, police said."), ["killed 4 total"]);
  });

  it("partial: a subset of the harmed", () => {
    const [s] = statementsOf("Two of the injured were taken to Loretto Hospital.");
    assert.equal(s.role, "partial");
    assert.equal(s.scope, "partial");
  });

  it("individual: one person's relatives", () => {
    const [s] = statementsOf("Khan said his two children were killed in the blast.").filter((x) => x.value === 2);
    assert.equal(s?.role, "individual");
    assert.equal(s?.scope, "partial");
  });

  it("background: an older event named in the clause, without a date to compare", () => {
    const [s] = statementsOf("The quake revived fears of a similar quake that killed 40 people.").filter((x) => x.value === 40);
    assert.equal(s?.role, "background");
    assert.ok(s?.background);
  });

  it("background: a count summed over several events", () => {
    const [s] = statementsOf("Three people were wounded in separate shootings across the city on Saturday.");
    assert.equal(s?.role, "background");
  });
});

describe("round-ups: a count over several incidents is no one incident's toll", () => {
  const roundUps = [
    "Ten people, including two teenage boys, were wounded Monday night and Tuesday in five separate shootings in Baltimore.",
    "Four people were wounded by gunfire within a four-hour period Saturday night in different areas of Oakland, police said.",
    "Three people were injured in two Eastside shootings on Thursday night.",
    "Two men were killed in shootings about two miles and a few hours apart on Monday evening.",
    "Two people were injured Friday, one seriously, in what police said were unrelated shootings just hours apart.",
    "The latest incidents bring the city's 2014 gunshot victim total to 14 dead and 23 wounded.",
    "Three people were injured in another drive-by shooting two hours earlier on the expressway.",
    "In other shootings: A 38-year-old man was wounded around 5 a.m. Sunday on the South Side.",
    "About two hours earlier, a man was wounded in a shooting in the Back of the Yards neighborhood.",
    "Most recently, two men were killed in an apparent home invasion on Sunday morning.",
    "It followed a weekend of violence in which seven people were killed.",
  ];
  for (const text of roundUps) {
    it(`background: ${text}`, () => {
      const counted = statementsOf(text).filter((s) => s.value > 0);
      assert.ok(counted.length > 0);
      for (const s of counted) assert.equal(s.role, "background", `${s.value} ${s.measure}: ${s.roleRule}`);
    });
  }

  it("a coordinated wave's own parts are one event; separate incidents stay several", () => {
    assert.deepEqual(values("Troops killed about 30 militants overnight in multiple raids in the north, the army said."), ["killed 30 partial"]);
    assert.deepEqual(values("The raids followed a series of coordinated attacks across the region that left at least 40 people dead."), ["killed 40 total"]);
    assert.deepEqual(values("Militants carried out several simultaneous bombings that killed 25 people."), ["killed 25 total"]);
    assert.deepEqual(values("Five people were killed in a series of attacks across the country last week."), ["killed 5 background"]);
    assert.deepEqual(values("Six people were wounded in separate raids on two villages."), ["injured 6 background"]);
    assert.deepEqual(values("Four people were wounded in multiple shootings on Saturday."), ["injured 4 background"]);
  });

  it("one incident with several victims stays a total", () => {
    assert.deepEqual(values("Three people were wounded in a shooting outside a bar on Saturday, police said."), ["injured 3 total"]);
    assert.deepEqual(values("Two men were killed when a gunman opened fire at a party."), ["killed 2 total"]);
  });
});

describe("several events: victims in two named places", () => {
  it("sends 'one in X and the other in Y' to background, never a scene's two spots", () => {
    assert.deepEqual(values("The coroner identified two men fatally shot last week, one in Hyde Park and the other in the 7th Ward."), ["killed 2 background", "killed 1 background"]);
    assert.deepEqual(values("Two men were killed, one in the car and the other in the street."), ["killed 2 total"]);
  });
});
